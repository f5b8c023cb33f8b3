import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareModels, firstBreakEven } from '../../../src/lib/fees/breakEven';
import { MAX_GMV_FEN } from '../../../src/lib/fees/limits';
import {
  baseShareBp,
  computeAgencyCost,
  exactAgencyCost,
  type AgencyModel,
  type Basis,
  type CommissionBasis,
} from '../../../src/lib/fees/models';
import { settlementStatement, tierJumps } from '../../../src/lib/fees/statement';

const yuan = (amount: number) => amount * 100;
const sales: CommissionBasis = { on: 'gmv', refundBp: 1000, unpaidBp: 500, afterBp: 300, couponBp: 200 };
const tiered = (mode: 'marginal' | 'whole', extra: { on?: Basis } = {}): AgencyModel => ({
  id: 'tiered',
  brackets: [
    { upToFen: yuan(200_000), rateBp: 500 },
    { upToFen: yuan(500_000), rateBp: 800 },
    { upToFen: null, rateBp: 1000 },
  ],
  minimumFen: null,
  capFen: null,
  mode,
  ...extra,
});

describe('commission bases', () => {
  it.each<[Basis, number, number]>([
    // 200,000 of GMV; 5 % unpaid, 10 % refunded (3 % of it after receipt), 2 % merchant-funded coupons.
    ['gmv', 10_000, 200_000],
    ['paid', 9_500, 190_000], // less the unpaid 10,000
    ['receipt', 8_800, 176_000], // less the 7 % refunded before receipt (14,000)
    ['net', 8_300, 166_000], // less every refund (20,000) and the coupons (4,000)
  ])('%s: %i bp of GMV, ¥%i on ¥200,000', (on, share, base) => {
    expect(baseShareBp(on, sales)).toBe(share);
    expect(computeAgencyCost({ id: 'commission', rateBp: 1000, on }, yuan(200_000), sales)).toBe(yuan(base) / 10);
  });

  it('today’s two bases are unchanged without the new shares', () => {
    expect(baseShareBp('net', { on: 'net', refundBp: 1000 })).toBe(9000);
    expect(baseShareBp('gmv', { on: 'gmv', refundBp: 1000 })).toBe(10_000);
  });
});

describe('threshold and guarantee (base + commission)', () => {
  const offer: AgencyModel = { id: 'base-commission', baseFen: yuan(15_000), rateBp: 600 };
  const gmv: CommissionBasis = { on: 'gmv', refundBp: 0 };
  it('charges commission only above the threshold', () => {
    // 15,000 + 6 % × (200,000 − 150,000) = 18,000; below the threshold only the base fee.
    expect(computeAgencyCost({ ...offer, thresholdFen: yuan(150_000) }, yuan(200_000), gmv)).toBe(yuan(18_000));
    expect(computeAgencyCost({ ...offer, thresholdFen: yuan(150_000) }, yuan(100_000), gmv)).toBe(yuan(15_000));
  });
  it('a threshold of 0 is no threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_GMV_FEN }), fc.integer({ min: 0, max: 10_000 }), (g, rateBp) => {
        const plain: AgencyModel = { ...offer, rateBp };
        expect(computeAgencyCost({ ...plain, thresholdFen: 0 }, g, sales)).toBe(computeAgencyCost(plain, g, sales));
      }),
    );
  });
  it('refunds the share of the base fee in a month that misses the guarantee', () => {
    const guaranteed: AgencyModel = { ...offer, guarantee: { salesFen: yuan(250_000), refundBp: 5000 } };
    // Missed: 15,000 − 7,500 + 12,000 = 19,500. Met at 250,000: 15,000 + 15,000 = 30,000.
    expect(computeAgencyCost(guaranteed, yuan(200_000), gmv)).toBe(yuan(19_500));
    expect(computeAgencyCost(guaranteed, yuan(250_000), gmv)).toBe(yuan(30_000));
    expect(computeAgencyCost(guaranteed, yuan(250_000) - 1, gmv)).toBe(yuan(22_500) - 0);
  });
});

describe('tiers', () => {
  const gmv: CommissionBasis = { on: 'gmv', refundBp: 0 };
  it('whole-amount: the whole month at the rate of the bracket it falls in', () => {
    expect(computeAgencyCost(tiered('whole'), yuan(200_000), gmv)).toBe(yuan(10_000));
    expect(computeAgencyCost(tiered('whole'), yuan(300_000), gmv)).toBe(yuan(24_000));
    expect(computeAgencyCost(tiered('whole'), yuan(600_000), gmv)).toBe(yuan(60_000));
    // Marginal: 10,000 + 8 % × 100,000 = 18,000.
    expect(computeAgencyCost(tiered('marginal'), yuan(300_000), gmv)).toBe(yuan(18_000));
  });
  it('shows the jump at each edge: one fen more at ¥200,000 costs ¥6,000 more', () => {
    expect(tierJumps(tiered('whole'), gmv, MAX_GMV_FEN)).toEqual([
      { edgeFen: yuan(200_000), belowGmvFen: yuan(200_000), jumpFen: yuan(6_000) },
      { edgeFen: yuan(500_000), belowGmvFen: yuan(500_000), jumpFen: yuan(10_000) },
    ]);
    expect(tierJumps(tiered('marginal'), gmv, MAX_GMV_FEN)).toEqual([]);
  });

  const ratesArb = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 4 });
  const edgesArb = fc.uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 3, maxLength: 3 });
  const basisArb = fc.record({
    on: fc.constantFrom<Basis>('gmv', 'paid', 'receipt', 'net'),
    refundBp: fc.integer({ min: 0, max: 3000 }),
    unpaidBp: fc.integer({ min: 0, max: 3000 }),
    afterBp: fc.integer({ min: 0, max: 0 }),
    couponBp: fc.integer({ min: 0, max: 3000 }),
  });
  const scheduleArb = fc.tuple(ratesArb, edgesArb).map(([rates, edges]) => {
    const sorted = [...edges].sort((a, b) => a - b).slice(0, rates.length - 1);
    return rates.map((rateBp, index) => ({ upToFen: sorted[index] ?? null, rateBp }));
  });

  it('marginal schedules never cost less as sales rise', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        basisArb,
        fc.integer({ min: 0, max: 6_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (brackets, basis, g, step) => {
          const model: AgencyModel = { id: 'tiered', brackets, minimumFen: null, capFen: null, mode: 'marginal' };
          expect(computeAgencyCost(model, g + step, basis)).toBeGreaterThanOrEqual(computeAgencyCost(model, g, basis));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('whole-amount schedules move by more than two fen in one fen of sales exactly at the jumps shown', () => {
    fc.assert(
      fc.property(scheduleArb, basisArb, (brackets, basis) => {
        const model: AgencyModel = { id: 'tiered', brackets, minimumFen: null, capFen: null, mode: 'whole' };
        const jumps = tierJumps(model, basis, 6_000_000);
        for (const jump of jumps) {
          expect(
            computeAgencyCost(model, jump.belowGmvFen + 1, basis) - computeAgencyCost(model, jump.belowGmvFen, basis),
          ).toBe(jump.jumpFen);
        }
        // Every other one-fen step near an edge or anywhere sampled moves by at most the slope (≤ 1 fen + rounding).
        const shown = new Set(jumps.map((jump) => jump.belowGmvFen));
        const probes = brackets.flatMap(({ upToFen }) =>
          upToFen === null ? [] : [upToFen - 2, upToFen - 1, upToFen, upToFen + 1, Math.floor(upToFen * 1.3)],
        );
        for (const g of probes.filter((p) => p >= 0)) {
          const step = computeAgencyCost(model, g + 1, basis) - computeAgencyCost(model, g, basis);
          if (!shown.has(g)) expect(Math.abs(step)).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('settlement statements', () => {
  const models: fc.Arbitrary<AgencyModel> = fc.oneof(
    fc.record({
      id: fc.constant('base-commission' as const),
      baseFen: fc.integer({ min: 0, max: 10_000_000 }),
      rateBp: fc.integer({ min: 0, max: 10_000 }),
      thresholdFen: fc.integer({ min: 0, max: 50_000_000 }),
      guarantee: fc.option(
        fc.record({ salesFen: fc.integer({ min: 0, max: 50_000_000 }), refundBp: fc.integer({ min: 0, max: 10_000 }) }),
        { nil: null },
      ),
    }),
    fc.record({ id: fc.constant('fixed' as const), feeFen: fc.integer({ min: 0, max: 10_000_000 }) }),
    fc.record({ id: fc.constant('commission' as const), rateBp: fc.integer({ min: 0, max: 10_000 }) }),
    fc.record({
      id: fc.constant('tiered' as const),
      brackets: fc.constant([
        { upToFen: 12_345_678, rateBp: 333 },
        { upToFen: 45_678_901, rateBp: 777 },
        { upToFen: null, rateBp: 1234 },
      ]),
      minimumFen: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
      capFen: fc.option(fc.integer({ min: 1_000_000, max: 5_000_000 }), { nil: null }),
      mode: fc.constantFrom('marginal' as const, 'whole' as const),
    }),
  );
  const basisArb = fc.record({
    on: fc.constantFrom<Basis>('gmv', 'paid', 'receipt', 'net'),
    refundBp: fc.integer({ min: 0, max: 3333 }),
    unpaidBp: fc.integer({ min: 0, max: 3333 }),
    afterBp: fc.constant(0),
    couponBp: fc.integer({ min: 0, max: 3333 }),
  });

  it('lines charged add up to the total, which is the month’s cost', () => {
    fc.assert(
      fc.property(models, basisArb, fc.integer({ min: 0, max: 100_000_000 }), (model, basis, g) => {
        const statement = settlementStatement(model, g, basis);
        expect(statement.totalFen).toBe(computeAgencyCost(model, g, basis));
        expect(statement.lines.filter((line) => line.charge).reduce((sum, line) => sum + line.fen, 0)).toBe(
          statement.totalFen,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('writes 陈女士’s base + commission offer out with a threshold and a missed guarantee', () => {
    const offer: AgencyModel = {
      id: 'base-commission',
      baseFen: yuan(15_000),
      rateBp: 600,
      thresholdFen: yuan(50_000),
      guarantee: { salesFen: yuan(250_000), refundBp: 5000 },
    };
    const { lines, totalFen } = settlementStatement(offer, yuan(200_000), { on: 'net', refundBp: 1000 });
    // 200,000 − 20,000 refunds = 180,000; − 50,000 threshold = 130,000 × 6 % = 7,800; 15,000 − 7,500 refund.
    expect(lines.map(({ key, fen }) => [key, fen / 100])).toEqual([
      ['sales', 200_000],
      ['refunds', -20_000],
      ['base', 180_000],
      ['base-fee', 15_000],
      ['threshold', -50_000],
      ['above', 130_000],
      ['commission', 7_800],
      ['guarantee', -7_500],
    ]);
    expect(totalFen).toBe(yuan(15_300));
  });
});

describe('break-even with the new terms', () => {
  const basisArb = fc.record({
    on: fc.constantFrom<Basis>('gmv', 'net', 'paid'),
    refundBp: fc.integer({ min: 0, max: 3000 }),
    unpaidBp: fc.integer({ min: 0, max: 2000 }),
  });
  it('the cheaper model is the other one on either side of the first break-even', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.constantFrom('marginal' as const, 'whole' as const),
        basisArb,
        (baseFen, rateBp, thresholdFen, guaranteeFen, mode, basis) => {
          const a: AgencyModel = {
            id: 'base-commission',
            baseFen,
            rateBp,
            thresholdFen,
            guarantee: { salesFen: guaranteeFen, refundBp: 5000 },
          };
          const b = tiered(mode);
          const max = 200_000_000;
          const segments = compareModels(a, b, basis, max);
          const x = firstBreakEven(segments);
          if (x === null || x === 0) return;
          const sign = (g: number) => {
            const d = exactAgencyCost(a, g, basis) - exactAgencyCost(b, g, basis);
            return d < 0n ? -1 : d > 0n ? 1 : 0;
          };
          const before = segments[0]?.cheaper === 'a' ? -1 : segments[0]?.cheaper === 'b' ? 1 : 0;
          expect(sign(x - 1)).toBe(before);
          expect(sign(x)).not.toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
