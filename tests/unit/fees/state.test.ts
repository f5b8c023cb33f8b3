import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToolStore, decodeEnvelope } from '../../../src/lib/state';
import {
  defaultFeeState,
  feeStateDefinition,
  feeStateSchema,
  migrateFeesV3,
  moduleOff,
  type FeeState,
} from '../../../src/lib/fees/state';
import { linkFallbackState } from '../../../src/lib/fees/url';
import { computeResults } from '../../../src/lib/fees/results';
import { MemoryStorage } from '../memory-storage';
import { feeStateArb } from './arbitraries';

describe('feeStateSchema', () => {
  it('accepts the defaults and every valid state, unchanged', () => {
    expect(feeStateSchema.safeParse(defaultFeeState())).toEqual({ success: true, data: defaultFeeState() });
    fc.assert(
      fc.property(feeStateArb, (state) => {
        expect(feeStateSchema.safeParse(state)).toEqual({ success: true, data: state });
      }),
      { numRuns: 300 },
    );
  });

  it('drops unknown keys', () => {
    expect(feeStateSchema.safeParse({ ...defaultFeeState(), extra: 'dropped' })).toEqual({
      success: true,
      data: defaultFeeState(),
    });
  });

  const tiered = (changes: Partial<FeeState['models']['tiered']>) => {
    const state = defaultFeeState();
    return { ...state, models: { ...state.models, tiered: { ...state.models.tiered, ...changes } } };
  };

  it.each<[string, (state: FeeState) => unknown, PropertyKey[]]>([
    ['not an object', () => 'state', []],
    ['a missing field', (s) => ({ ...s, gmvFen: undefined }), ['gmvFen']],
    ['fen that are not whole', (s) => ({ ...s, gmvFen: s.gmvFen + 0.5 }), ['gmvFen']],
    ['negative fen', (s) => ({ ...s, adSpendFen: -1 }), ['adSpendFen']],
    ['fen over the limit', (s) => ({ ...s, gmvFen: 100_000_000_001 }), ['gmvFen']],
    ['a percentage over 100', (s) => ({ ...s, refundPct: 100.01 }), ['refundPct']],
    ['three decimals', (s) => ({ ...s, marginPct: 33.333 }), ['marginPct']],
    ['a number as text', (s) => ({ ...s, marginPct: '40' }), ['marginPct']],
    ['an unknown choice', (s) => ({ ...s, commissionOn: 'sideways' }), ['commissionOn']],
    ['an unknown store type', (s) => ({ ...s, storeType: 'tmall' }), ['storeType']],
    ['an unknown currency', (s) => ({ ...s, fx: { ...s.fx, currency: 'GBP' } }), ['fx', 'currency']],
    ['a zero exchange rate', (s) => ({ ...s, fx: { ...s.fx, cnyPerUnitE4: 0 } }), ['fx', 'cnyPerUnitE4']],
    ['an exchange rate as a decimal', (s) => ({ ...s, fx: { ...s.fx, cnyPerUnitE4: 7.8 } }), ['fx', 'cnyPerUnitE4']],
    ['growth below -50 %', (s) => ({ ...s, plan: { ...s.plan, growthPct: -50.01 } }), ['plan', 'growthPct']],
    ['month 0', (s) => ({ ...s, plan: { ...s.plan, startMonth: 0 } }), ['plan', 'startMonth']],
    ['a multiplier over 20', (s) => ({ ...s, plan: { ...s.plan, peak618: 21 } }), ['plan', 'peak618']],
    [
      'a label over 40 characters',
      (s) => ({ ...s, models: { ...s.models, fixed: { ...s.models.fixed, label: 'x'.repeat(41) } } }),
      ['models', 'fixed', 'label'],
    ],
    [
      'enabled as text',
      (s) => ({ ...s, models: { ...s.models, fixed: { ...s.models.fixed, enabled: 'yes' } } }),
      ['models', 'fixed', 'enabled'],
    ],
    ['no brackets', () => tiered({ brackets: [] }), ['models', 'tiered', 'brackets']],
    [
      'nine brackets',
      () =>
        tiered({
          brackets: [
            ...Array.from({ length: 8 }, (_, i) => ({ upToFen: i + 1, ratePct: 5 })),
            { upToFen: null, ratePct: 8 },
          ],
        }),
      ['models', 'tiered', 'brackets'],
    ],
    [
      'edges that do not rise',
      () =>
        tiered({
          brackets: [
            { upToFen: 500, ratePct: 5 },
            { upToFen: 400, ratePct: 6 },
            { upToFen: null, ratePct: 8 },
          ],
        }),
      ['models', 'tiered', 'brackets', 1, 'upToFen'],
    ],
    [
      'a top bracket with an edge',
      () => tiered({ brackets: [{ upToFen: 500, ratePct: 5 }] }),
      ['models', 'tiered', 'brackets', 0, 'upToFen'],
    ],
    [
      'an open bracket below the top',
      () =>
        tiered({
          brackets: [
            { upToFen: null, ratePct: 5 },
            { upToFen: null, ratePct: 8 },
          ],
        }),
      ['models', 'tiered', 'brackets', 0, 'upToFen'],
    ],
    ['a minimum above the cap', () => tiered({ minimumFen: 5, capFen: 4 }), ['models', 'tiered', 'minimumFen']],
  ])('refuses %s, with its path', (_, tweak, path) => {
    const result = feeStateSchema.safeParse(tweak(defaultFeeState()));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(path);
  });

  it('reads the version 1 envelope saved before store types and currencies, with the same meaning', () => {
    const decoded = decodeEnvelope(
      feeStateDefinition,
      readFileSync(new URL('../../fixtures/saved/fees-v1.json', import.meta.url), 'utf8'),
    );
    expect(decoded).toMatchObject({ ok: true, migratedFrom: 1 });
    // Every figure as saved (none taken from today's defaults), no store type chosen, CNY only.
    if (decoded.ok)
      expect(decoded.data).toEqual({
        gmvFen: 18_888_888,
        refundPct: 7.5,
        storeType: 'custom',
        fx: { currency: 'EUR', cnyPerUnitE4: null },
        commissionOn: 'net',
        unpaidPct: 0,
        afterPct: 0,
        couponPct: 0,
        marginPct: 40,
        adSpendFen: 2_000_000,
        adPayer: 'agency',
        models: {
          'base-commission': {
            enabled: true,
            label: 'A 公司, "报价 2" & 其他',
            baseFen: 1_200_000,
            ratePct: 6.5,
            on: null,
            thresholdFen: 0,
            guaranteeFen: null,
            shortfallPct: 0,
            period: 'month',
          },
          fixed: { enabled: false, label: '', feeFen: 3_000_000 },
          commission: { enabled: true, label: 'B 公司', ratePct: 17.25, on: null },
          tiered: {
            enabled: true,
            label: '',
            brackets: [
              { upToFen: 30_000_000, ratePct: 5 },
              { upToFen: 50_000_000, ratePct: 6 },
              { upToFen: null, ratePct: 8 },
            ],
            minimumFen: 800_000,
            capFen: null,
            mode: 'marginal',
            on: null,
          },
          module: moduleOff(),
        },
        platform: {
          commissionPct: 5,
          paymentPct: 1,
          annualFeeFen: 3_000_000,
          annualRefundThresholdFen: 600_000_000,
          depositFen: 5_000_000,
          capitalCostPct: 4,
        },
        plan: { startMonth: 7, growthPct: -2.5, peak618: 1, peakDouble11: 2.4, peakNewYear: 1.25 },
      });
  });

  it('keeps a version 1 state that said "all sales" meaning all sales', () => {
    const v1 = { ...linkFallbackState(), storeType: undefined, fx: undefined };
    const decoded = decodeEnvelope(
      feeStateDefinition,
      JSON.stringify({ app: 'tmall-agency-guide', tool: 'fees', schemaVersion: 1, revision: 'r', data: v1 }),
    );
    expect(decoded.ok && decoded.data.commissionOn).toBe('gmv');
    expect(decoded.ok && decoded.data.refundPct).toBe(0);
    expect(decoded.ok && decoded.data.platform.annualFeeFen).toBe(3_000_000);
  });

  it('reads the version 2 envelope saved before settlement terms, with the same costs', () => {
    const text = readFileSync(new URL('../../fixtures/saved/fees-v2.json', import.meta.url), 'utf8');
    const decoded = decodeEnvelope(feeStateDefinition, text);
    expect(decoded).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!decoded.ok) return;
    const old = (JSON.parse(text) as { data: FeeState }).data;
    // Every version 2 figure kept; the new terms mean what version 2 did.
    expect(decoded.data).toMatchObject({ ...old, models: {} });
    expect(decoded.data.commissionOn).toBe('gmv');
    expect(decoded.data.models.tiered).toEqual({ ...old.models.tiered, mode: 'marginal', on: null });
    expect(decoded.data.models['base-commission']).toEqual({
      ...old.models['base-commission'],
      on: null,
      thresholdFen: 0,
      guaranteeFen: null,
      shortfallPct: 0,
      period: 'month',
    });
    expect([decoded.data.unpaidPct, decoded.data.afterPct, decoded.data.couponPct]).toEqual([0, 0, 0]);
    // What version 2 showed for these figures: 15,000 + 6.5 % × 250,000 = 31,250; 17.25 % = 43,125;
    // tiered 5 % × 250,000 = 12,500.
    const costs = computeResults(decoded.data).models.map((model) => [model.id, model.monthlyFen]);
    expect(costs).toEqual([
      ['base-commission', 3_125_000],
      ['commission', 4_312_500],
      ['tiered', 1_250_000],
    ]);
  });

  it('reads the version 3 envelope saved before the offer priced by module, with the same costs', () => {
    const text = readFileSync(new URL('../../fixtures/saved/fees-v3.json', import.meta.url), 'utf8');
    const decoded = decodeEnvelope(feeStateDefinition, text);
    expect(decoded).toMatchObject({ ok: true, migratedFrom: 3 });
    if (!decoded.ok) return;
    const old = (JSON.parse(text) as { data: FeeState }).data;
    // Every version 3 figure kept; the new offer arrives off and empty.
    expect(decoded.data).toEqual({ ...old, models: { ...old.models, module: moduleOff() } });
    // The costs version 3 showed for this file (captured from the version 3 code before the change).
    const costs = computeResults(decoded.data).models.map((model) => [model.id, model.monthlyFen, model.yearlyFen]);
    expect(costs).toEqual([
      ['base-commission', 1_740_000, 24_480_000],
      ['commission', 8_964_000, 129_978_000],
      ['tiered', 3_984_000, 51_840_000],
    ]);
  });

  it('migrates version 3 purely: the input is not changed, other shapes are left for the check', () => {
    const old = { models: { fixed: { enabled: true } } };
    const copy = structuredClone(old);
    expect(migrateFeesV3(old)).toEqual({ models: { fixed: { enabled: true }, module: moduleOff() } });
    expect(old).toEqual(copy);
    expect(migrateFeesV3('nothing')).toBe('nothing');
  });

  it('protects the merchant on a first visit', () => {
    const state = defaultFeeState();
    expect(state.commissionOn).toBe('net');
    expect(state.refundPct).toBeGreaterThan(0);
    expect(state.adPayer).toBe('merchant');
    expect(state.models.tiered.minimumFen).toBeNull();
    // The yearly fee was reported abolished for new stores from 1 September 2024: not charged by default.
    expect(state.platform.annualFeeFen).toBe(0);
    expect(feeStateDefinition.version).toBe(4);
    // The offer priced by module is not compared and holds nothing: no deposit.
    expect(state.models.module).toEqual(moduleOff());
    expect(state.models.module).toMatchObject({ enabled: false, depositFen: 0, adPct: 0, seats: 0 });
    // No settlement term is set on a first visit: marginal tiers, no threshold, no guarantee.
    expect(state.models.tiered.mode).toBe('marginal');
    expect(state.models['base-commission'].thresholdFen).toBe(0);
    expect(state.models['base-commission'].guaranteeFen).toBeNull();
  });

  it('works with the shared store: save, load, refuse a damaged file', () => {
    const storage = new MemoryStorage();
    const store = new ToolStore(feeStateDefinition, { storage });
    expect(store.save(defaultFeeState())).toEqual({ ok: true });
    expect(new ToolStore(feeStateDefinition, { storage }).load()).toEqual({
      status: 'loaded',
      data: defaultFeeState(),
    });
    storage.setItem(
      store.key,
      JSON.stringify({
        app: 'tmall-agency-guide',
        tool: 'fees',
        schemaVersion: 2,
        revision: 'x',
        data: { gmvFen: -1 },
      }),
    );
    expect(new ToolStore(feeStateDefinition, { storage }).load()).toMatchObject({
      status: 'problem',
      problem: { code: 'corrupt' },
    });
  });
});
