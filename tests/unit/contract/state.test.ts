import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractStateDefinition, defaultContractState } from '../../../src/lib/contract/state';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/state';
import { contractState } from './arbitraries';

const parse = (data: unknown) => contractStateDefinition.schema.safeParse(data);

describe('contract state', () => {
  it('accepts the defaults and every valid state, unchanged, through an export round trip', () => {
    expect(parse(defaultContractState()).success).toBe(true);
    fc.assert(
      fc.property(contractState, (state) => {
        const text = encodeEnvelope(contractStateDefinition, state, 'r', new Date(0));
        const decoded = decodeEnvelope(contractStateDefinition, text);
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.data).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['merchantNameZh', 'x'.repeat(81), 'merchantNameZh'],
    ['draftDate', '30/11/2026', 'draftDate'],
    ['output', 'fr', 'output'],
    ['custody', 'partial', 'custody'],
    ['baseFeeFen', 12.5, 'baseFeeFen'],
    ['baseFeeFen', -1, 'baseFeeFen'],
    ['commissionRatePct', 101, 'commissionRatePct'],
    ['commissionRatePct', 6.125, 'commissionRatePct'],
    ['kpiMetric', 'dsr', 'kpiMetric'],
    ['termMonths', 0, 'termMonths'],
    ['noticeDays', 181, 'noticeDays'],
    ['responseDays', 2.5, 'responseDays'],
    ['offer', { forfeitOnExit: 'yes' }, 'offer.forfeitOnExit'],
    ['ticks', { 'C TERM': true }, 'ticks.C TERM'],
    ['owners', { 'paid-ads': 'boss' }, 'owners.paid-ads'],
  ])('refuses %s = %j, naming the field', (field, value, path) => {
    const result = parse({ ...defaultContractState(), [field]: value });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path.join('.')).toBe(path);
  });

  it('checks a KPI target against its metric, and the minimum fee against the cap', () => {
    const base = defaultContractState();
    expect(parse({ ...base, kpiMetric: 'conversion', kpiTarget: 150 }).success).toBe(false);
    expect(parse({ ...base, kpiMetric: 'gmv', kpiTarget: 100.5 }).success).toBe(false);
    expect(parse({ ...base, kpiMetric: 'gmv', kpiTarget: 100_000_000 }).success).toBe(true);
    expect(parse({ ...base, minFeeFen: 200, capFeeFen: 100 }).success).toBe(false);
    expect(parse({ ...base, minFeeFen: 100, capFeeFen: 100 }).success).toBe(true);
  });
});
