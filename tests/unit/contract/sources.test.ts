import { describe, expect, it } from 'vitest';
import { contractFieldsFromFees, offersInFees, readFees } from '../../../src/lib/contract/fee-source';
import {
  defaultFeeState,
  feeStateDefinition,
  migrateFeesV1,
  migrateFeesV2,
  migrateFeesV3,
  type FeeState,
} from '../../../src/lib/fees/state';
import { contractFieldsFromScope, readScope } from '../../../src/lib/contract/scope-source';
import { contractStateDefinition, defaultContractState } from '../../../src/lib/contract/state';
import { defaultScopeState, scopeStateDefinition } from '../../../src/lib/scope/state';
import { encodeEnvelope } from '../../../src/lib/state';
import { modules } from '../scope/fixture';

/** The fee calculator's first-visit state (tool-fees, src/lib/fees/state.ts `defaultFeeState`), as saved. */
export const feeState = {
  gmvFen: 20_000_000,
  refundPct: 0,
  commissionOn: 'gmv',
  marginPct: 40,
  adSpendFen: 2_000_000,
  adPayer: 'merchant',
  models: {
    'base-commission': { enabled: true, label: 'A 公司', baseFen: 1_500_000, ratePct: 6 },
    fixed: { enabled: true, label: '', feeFen: 3_000_000 },
    commission: { enabled: true, label: 'B 公司', ratePct: 18 },
    tiered: {
      enabled: false,
      label: '',
      brackets: [
        { upToFen: 30_000_000, ratePct: 5 },
        { upToFen: null, ratePct: 8 },
      ],
      minimumFen: 500_000,
      capFen: null,
    },
  },
  platform: {
    commissionPct: 5,
    paymentPct: 1,
    annualFeeFen: 3_000_000,
    annualRefundThresholdFen: null,
    depositFen: 5_000_000,
    capitalCostPct: 4,
  },
  plan: { startMonth: 1, growthPct: 0, peak618: 1, peakDouble11: 1, peakNewYear: 1 },
};

const envelope = (tool: string, data: unknown, schemaVersion = 1) =>
  JSON.stringify({ app: 'tmall-agency-guide', tool, schemaVersion, savedAt: '', revision: 'r', data });

describe('fee source (read-only view of the fee calculator)', () => {
  it('reads what the fee calculator saves, checked by the calculator’s own definition', () => {
    // `feeState` has the version 1 shape: saved as today's version, it carries v2's, v3's and v4's fields.
    for (const state of [defaultFeeState(), migrateFeesV3(migrateFeesV2(migrateFeesV1(feeState))) as FeeState]) {
      const saved = encodeEnvelope(feeStateDefinition, state, 'r', new Date(0));
      expect(readFees(saved)).toEqual(state);
    }
  });

  it('reads a saved fee calculator state and lists the offers switched on', () => {
    const fees = readFees(envelope('fees', feeState));
    expect(fees).not.toBeNull();
    if (!fees) return;
    expect(offersInFees(fees)).toEqual([
      { model: 'base-commission', label: 'A 公司' },
      { model: 'fixed', label: '' },
      { model: 'commission', label: 'B 公司' },
    ]);
  });

  it('maps each offer to the contract’s fee answers, leaving other fields alone', () => {
    const fees = readFees(envelope('fees', feeState));
    if (!fees) throw new Error('no fees');
    expect(contractFieldsFromFees(fees, 'base-commission')).toEqual({
      feeModel: 'base-commission',
      feeFrom: 'base-commission',
      baseFeeFen: 1_500_000,
      commissionRatePct: 6,
      commissionBase: 'gmv',
      adPayer: 'merchant',
      adBudgetFen: 2_000_000,
    });
    expect(contractFieldsFromFees(fees, 'fixed')).toMatchObject({ feeModel: 'fixed', fixedFeeFen: 3_000_000 });
    expect(contractFieldsFromFees(fees, 'commission')).not.toHaveProperty('capFeeFen');
    // Every bracket of the tiered offer goes with it, not only its minimum and cap.
    expect(contractFieldsFromFees(fees, 'tiered')).toMatchObject({
      minFeeFen: 500_000,
      capFeeFen: null,
      tiers: feeState.models.tiered.brackets,
    });
    for (const model of ['base-commission', 'fixed', 'commission', 'tiered'] as const) {
      const merged = { ...defaultContractState(), ...contractFieldsFromFees(fees, model) };
      expect(contractStateDefinition.schema.safeParse(merged).success).toBe(true);
    }
  });

  it('ignores missing, damaged, foreign and newer data instead of guessing', () => {
    expect(readFees(null)).toBeNull();
    expect(readFees('{not json')).toBeNull();
    expect(readFees(envelope('vetting', feeState))).toBeNull();
    expect(readFees(envelope('fees', feeState, 2))).toBeNull();
    expect(readFees(envelope('fees', { ...feeState, adPayer: 'nobody' }))).toBeNull();
  });
});

describe('scope source', () => {
  it('takes custody, category, platform and the matrix from the scope chooser', () => {
    const scope = {
      ...defaultScopeState(),
      experience: 'none' as const,
      inHouse: Object.fromEntries(modules.map((module) => [module.id, 'none' as const])),
      category: 'cosmetics' as const,
      platform: 'tmall-global' as const,
      foreignBrand: true,
      overrides: { 'paid-ads': 'shared' as const },
    };
    const read = readScope(encodeEnvelope(scopeStateDefinition, scope, 'r', new Date(0)));
    expect(read).toEqual(scope);
    if (!read) return;
    const fields = contractFieldsFromScope(read, modules);
    expect(fields).toMatchObject({ custody: 'full', specialCategory: true, tmallGlobal: true, foreignBrand: true });
    expect(fields.owners['paid-ads']).toBe('shared');
    expect(fields.owners['rule-compliance']).toBe('shared');
    expect(Object.keys(fields.owners)).toHaveLength(18);
  });

  it('leaves unanswered questions open', () => {
    expect(contractFieldsFromScope(defaultScopeState(), modules)).toMatchObject({
      custody: null,
      specialCategory: null,
      tmallGlobal: null,
      foreignBrand: null,
    });
    expect(readScope(envelope('scope', { experience: 'lots' }))).toBeNull();
  });
});
