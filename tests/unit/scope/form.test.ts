import { describe, expect, it } from 'vitest';
import { readScopeForm, scopeFormValues, withOwner } from '../../../src/lib/scope/form';
import { defaultScopeState, type ScopeState } from '../../../src/lib/scope/state';
import { modules } from './fixture';

import { describeFieldError, kitStrings } from '../../../src/lib/kit/kit-strings';
import { translator } from '../../../src/lib/kit/strings';
import type { FieldError } from '../../../src/lib/fields';

const enField = (error: FieldError | undefined) =>
  error ? describeFieldError(error, translator(kitStrings.en)) : undefined;

const filled: ScopeState = {
  ...defaultScopeState(),
  experience: 'some',
  inHouse: {
    'store-setup': 'yes',
    traffic: 'none',
    operations: 'partly',
    'customer-service': 'none',
    data: 'yes',
    brand: 'yes',
  },
  budgetFen: 2_500_050,
  category: 'cosmetics',
  goal: 'grow',
  platform: 'tmall-global',
  foreignBrand: true,
  custodyChoice: 'half',
  overrides: { 'paid-ads': 'shared' },
};

describe('scope form', () => {
  it('reads back the state it shows', () => {
    const values = scopeFormValues(filled, modules);
    expect(values['owner.paid-ads']).toBe('shared');
    expect(readScopeForm(values, modules, filled.overrides)).toEqual({ state: filled, errors: {} });
    const empty = defaultScopeState();
    expect(readScopeForm(scopeFormValues(empty, modules), modules, {}).state).toEqual(empty);
  });

  it('puts a message at a budget that does not parse, and leaves the budget out', () => {
    const { state, errors } = readScopeForm({ ...scopeFormValues(filled, modules), budget: 'thirty k' }, modules, {});
    expect(state.budgetFen).toBeNull();
    expect(enField(errors['budget'])).toMatch(/amount in yuan/);
  });

  it('ignores values that are not on offer', () => {
    const { state } = readScopeForm(
      { experience: 'guru', 'inHouse.traffic': 'maybe', category: 'weapons' },
      modules,
      {},
    );
    expect([state.experience, state.inHouse, state.category]).toEqual([null, {}, null]);
  });

  it('keeps a matrix change only while it differs from the suggestion', () => {
    const base = { ...filled, overrides: {} };
    const changed = withOwner(base, modules, 'store-design', 'agency');
    expect(changed.overrides).toEqual({ 'store-design': 'agency' });
    expect(withOwner(changed, modules, 'store-design', 'merchant').overrides).toEqual({});
    expect(withOwner(base, modules, 'store-design', 'boss')).toBe(base);
  });
});
