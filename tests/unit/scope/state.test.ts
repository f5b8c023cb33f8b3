import { describe, expect, it } from 'vitest';
import { defaultScopeState, scopeStateDefinition } from '../../../src/lib/scope/state';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/state';

const parse = (data: unknown) => scopeStateDefinition.schema.safeParse(data);

describe('scope state', () => {
  it('accepts the defaults and a filled-in state, and survives an export round trip', () => {
    expect(parse(defaultScopeState()).success).toBe(true);
    const filled = {
      ...defaultScopeState(),
      experience: 'none',
      inHouse: { traffic: 'partly', brand: 'yes' },
      budgetFen: 3_000_000,
      category: 'food',
      goal: 'launch',
      platform: 'tmall',
      custodyChoice: 'half',
      overrides: { 'paid-ads': 'merchant' },
    };
    const text = encodeEnvelope(scopeStateDefinition, filled as never, 'r1', new Date('2026-11-30T00:00:00Z'));
    const decoded = decodeEnvelope(scopeStateDefinition, text);
    expect(decoded.ok && decoded.data).toEqual(filled);
  });

  it.each([
    ['experience', 'expert', 'experience'],
    ['budgetFen', -1, 'budgetFen'],
    ['budgetFen', 1.5, 'budgetFen'],
    ['category', 'drugs', 'category'],
    ['foreignBrand', 'yes', 'foreignBrand'],
    ['inHouse', { traffic: 'maybe' }, 'inHouse.traffic'],
    ['inHouse', { 'Not An Id': 'yes' }, 'inHouse.Not An Id'],
    ['overrides', { 'paid-ads': 'nobody' }, 'overrides.paid-ads'],
    ['custodyChoice', 'quarter', 'custodyChoice'],
  ])('refuses %s = %j, naming the field', (field, value, path) => {
    const result = parse({ ...defaultScopeState(), [field]: value });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path.join('.')).toBe(path);
  });

  it('refuses an oversized matrix and drops unknown top-level keys', () => {
    const overrides = Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`s-${index}`, 'agency']));
    expect(parse({ ...defaultScopeState(), overrides }).success).toBe(false);
    const result = parse({ ...defaultScopeState(), extra: 1 });
    expect(result.success && 'extra' in result.data).toBe(false);
  });
});
