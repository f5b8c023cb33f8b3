import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareModels, firstBreakEven } from '../../../src/lib/fees/breakEven';
import { MAX_GMV_FEN } from '../../../src/lib/fees/limits';
import {
  computeAgencyCost,
  exactAgencyCost,
  kinkPoints,
  type AgencyModel,
  type CommissionBasis,
} from '../../../src/lib/fees/models';

const onGmv: CommissionBasis = { on: 'gmv', refundBp: 0 };
const yuan = (amount: number) => amount * 100;

const agencyA: AgencyModel = { id: 'base-commission', baseFen: yuan(15_000), rateBp: 600 };
const agencyB: AgencyModel = { id: 'commission', rateBp: 1800 };
const fixed: AgencyModel = { id: 'fixed', feeFen: yuan(30_000) };
const tiered: AgencyModel = {
  id: 'tiered',
  brackets: [
    { upToFen: yuan(300_000), rateBp: 500 },
    { upToFen: null, rateBp: 800 },
  ],
  minimumFen: null,
  capFen: null,
};

describe('computeAgencyCost', () => {
  it('prices 陈女士’s offers at ¥200,000 a month', () => {
    // A: 15,000 + 6 % × 200,000 = 27,000; B: 18 % × 200,000 = 36,000; fixed 30,000;
    // tiered: 5 % × 200,000 = 10,000 (all of it in the first bracket).
    expect(computeAgencyCost(agencyA, yuan(200_000), onGmv)).toBe(yuan(27_000));
    expect(computeAgencyCost(agencyB, yuan(200_000), onGmv)).toBe(yuan(36_000));
    expect(computeAgencyCost(fixed, yuan(200_000), onGmv)).toBe(yuan(30_000));
    expect(computeAgencyCost(tiered, yuan(200_000), onGmv)).toBe(yuan(10_000));
  });

  it('charges each tiered rate on its own slice only', () => {
    // 500,000: 5 % × 300,000 + 8 % × 200,000 = 15,000 + 16,000 = 31,000.
    expect(computeAgencyCost(tiered, yuan(500_000), onGmv)).toBe(yuan(31_000));
  });

  it('applies the tiered minimum and cap', () => {
    const bounded: AgencyModel = { ...tiered, minimumFen: yuan(12_000), capFen: yuan(20_000) };
    expect(computeAgencyCost(bounded, yuan(100_000), onGmv)).toBe(yuan(12_000)); // 5,000 raised to the minimum
    expect(computeAgencyCost(bounded, yuan(300_000), onGmv)).toBe(yuan(15_000));
    expect(computeAgencyCost(bounded, yuan(500_000), onGmv)).toBe(yuan(20_000)); // 31,000 capped
  });

  it('charges commission on sales after refunds when told to', () => {
    const net: CommissionBasis = { on: 'net', refundBp: 1000 };
    // 200,000 less 10 % refunds = 180,000; A: 15,000 + 6 % × 180,000 = 25,800; the fixed fee does not move.
    expect(computeAgencyCost(agencyA, yuan(200_000), net)).toBe(yuan(25_800));
    expect(computeAgencyCost(fixed, yuan(200_000), net)).toBe(yuan(30_000));
    expect(computeAgencyCost(agencyA, yuan(200_000), { on: 'gmv', refundBp: 1000 })).toBe(yuan(27_000));
  });

  it('rounds once, half up, to the fen', () => {
    // ¥0.25 × 6 % = 1.5 fen → 2 fen; ¥0.24 × 6 % = 1.44 fen → 1 fen.
    expect(computeAgencyCost({ id: 'commission', rateBp: 600 }, 25, onGmv)).toBe(2);
    expect(computeAgencyCost({ id: 'commission', rateBp: 600 }, 24, onGmv)).toBe(1);
  });
});

describe('compareModels', () => {
  it('finds the break-even of 陈女士’s offers at ¥125,000', () => {
    // 15,000 + 6 % g = 18 % g → g = 15,000 / 12 % = 125,000.
    const segments = compareModels(agencyA, agencyB, onGmv, MAX_GMV_FEN);
    expect(segments).toEqual([
      { fromFen: 0, cheaper: 'b' },
      { fromFen: yuan(125_000), cheaper: 'a' },
    ]);
  });

  it('finds base + commission against fixed at ¥250,000', () => {
    // 15,000 + 6 % g = 30,000 → g = 250,000.
    expect(firstBreakEven(compareModels(agencyA, fixed, onGmv, MAX_GMV_FEN))).toBe(yuan(250_000));
  });

  it('reports a crossing that falls between two fen as the first fen past it', () => {
    // ¥20,000 + 8 % against 15 %: 20,000 / 7 % = 285,714.2857… → 285,714.29.
    const segments = compareModels(
      { id: 'base-commission', baseFen: yuan(20_000), rateBp: 800 },
      { id: 'commission', rateBp: 1500 },
      onGmv,
      MAX_GMV_FEN,
    );
    expect(firstBreakEven(segments)).toBe(28_571_429);
  });

  it('finds two crossings when a tiered schedule overtakes and is capped', () => {
    const capped: AgencyModel = { ...tiered, capFen: yuan(40_000) };
    // Against 15,000 + 6 %: tiered 5 % g is cheaper up to 300,000; above, 8 % g − 9,000 meets 15,000 + 6 % g at 1,200,000;
    // the cap of 40,000 is reached at 8 % g − 9,000 = 40,000 → g = 612,500, so tiered stays cheaper: A costs 15,000 + 6 % × 612,500 = 51,750 there.
    expect(compareModels(agencyA, capped, onGmv, MAX_GMV_FEN)).toEqual([{ fromFen: 0, cheaper: 'b' }]);
    // Against a fixed 30,000: tiered is cheaper until 5 % g = 30,000 → 600,000… but the first bracket ends at 300,000,
    // so 8 % g − 9,000 = 30,000 → g = 487,500; then the cap (40,000) never falls back below 30,000.
    expect(compareModels(capped, fixed, onGmv, MAX_GMV_FEN)).toEqual([
      { fromFen: 0, cheaper: 'a' },
      { fromFen: yuan(487_500), cheaper: 'b' },
    ]);
    const cappedAtFixed: AgencyModel = { ...tiered, capFen: yuan(30_000) };
    expect(compareModels(cappedAtFixed, fixed, onGmv, MAX_GMV_FEN)).toEqual([
      { fromFen: 0, cheaper: 'a' },
      { fromFen: yuan(487_500), cheaper: 'equal' },
    ]);
  });

  it('says so when two models always cost the same or one always costs less', () => {
    expect(compareModels(fixed, fixed, onGmv, MAX_GMV_FEN)).toEqual([{ fromFen: 0, cheaper: 'equal' }]);
    expect(compareModels({ id: 'fixed', feeFen: 1 }, fixed, onGmv, MAX_GMV_FEN)).toEqual([
      { fromFen: 0, cheaper: 'a' },
    ]);
    // A zero base fee + 18 % is the commission-only offer under another name: equal everywhere.
    expect(compareModels({ id: 'base-commission', baseFen: 0, rateBp: 1800 }, agencyB, onGmv, MAX_GMV_FEN)).toEqual([
      { fromFen: 0, cheaper: 'equal' },
    ]);
  });
});

// ---- Property tests ----

const rateBp = fc.integer({ min: 0, max: 10_000 });
const fen = (max: number) => fc.integer({ min: 0, max });
const basisArb: fc.Arbitrary<CommissionBasis> = fc.record({
  on: fc.constantFrom('gmv' as const, 'net' as const),
  refundBp: rateBp,
});

const tieredArb: fc.Arbitrary<AgencyModel> = fc
  .record({
    edges: fc.uniqueArray(fc.integer({ min: 1, max: 2_000_000_000 }), { minLength: 0, maxLength: 7 }),
    rates: fc.array(rateBp, { minLength: 8, maxLength: 8 }),
    minimum: fc.option(fen(50_000_000), { nil: null }),
    cap: fc.option(fen(50_000_000), { nil: null }),
  })
  .map(({ edges, rates, minimum, cap }) => {
    const sorted = [...edges].sort((p, q) => p - q);
    const bounded =
      minimum !== null && cap !== null && minimum > cap
        ? { minimumFen: cap, capFen: minimum }
        : { minimumFen: minimum, capFen: cap };
    return {
      id: 'tiered' as const,
      brackets: [
        ...sorted.map((upToFen, index) => ({ upToFen, rateBp: rates[index] ?? 0 })),
        { upToFen: null, rateBp: rates[7] ?? 0 },
      ],
      ...bounded,
    };
  });

const modelArb: fc.Arbitrary<AgencyModel> = fc.oneof(
  fc.record({ id: fc.constant('base-commission' as const), baseFen: fen(10_000_000), rateBp }),
  fc.record({ id: fc.constant('fixed' as const), feeFen: fen(10_000_000) }),
  fc.record({ id: fc.constant('commission' as const), rateBp }),
  tieredArb,
);

const gmvArb = fen(5_000_000_000);

describe('properties', () => {
  it('cost never falls as GMV rises, exactly and after rounding', () => {
    fc.assert(
      fc.property(modelArb, basisArb, gmvArb, gmvArb, (model, basis, g1, g2) => {
        const [low, high] = g1 <= g2 ? [g1, g2] : [g2, g1];
        expect(exactAgencyCost(model, low, basis) <= exactAgencyCost(model, high, basis)).toBe(true);
        expect(computeAgencyCost(model, low, basis)).toBeLessThanOrEqual(computeAgencyCost(model, high, basis));
      }),
      { numRuns: 500 },
    );
  });

  it('a tiered schedule is continuous at its bracket edges', () => {
    fc.assert(
      fc.property(tieredArb, basisArb, (model, basis) => {
        if (model.id !== 'tiered') return;
        const steepest = BigInt(Math.max(...model.brackets.map((bracket) => bracket.rateBp)));
        for (const point of kinkPoints(model, basis, 6_000_000_000)) {
          // One fen more GMV can add at most one fen times the steepest rate: no jump at an edge.
          const step = exactAgencyCost(model, point + 1, basis) - exactAgencyCost(model, point, basis);
          expect(step >= 0n && step <= 10_000n * steepest).toBe(true);
          if (point > 0) {
            const before = exactAgencyCost(model, point, basis) - exactAgencyCost(model, point - 1, basis);
            expect(before >= 0n && before <= 10_000n * steepest).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('break-even points agree with the costs on either side', () => {
    const maxFen = 6_000_000_000;
    fc.assert(
      fc.property(
        modelArb,
        modelArb,
        basisArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (a, b, basis, fractions) => {
          const segments = compareModels(a, b, basis, maxFen);
          const order = (gmv: number) => {
            const difference = exactAgencyCost(a, gmv, basis) - exactAgencyCost(b, gmv, basis);
            return difference < 0n ? 'a' : difference > 0n ? 'b' : 'equal';
          };
          expect(segments[0]?.fromFen).toBe(0);
          segments.forEach((segment, index) => {
            const end = (segments[index + 1]?.fromFen ?? maxFen + 1) - 1;
            expect(end).toBeGreaterThanOrEqual(segment.fromFen);
            // Inside a segment, the named model is cheaper (a crossing itself may be a single fen of equality).
            const inside = [
              segment.fromFen + 1,
              end,
              ...fractions.map((f) => segment.fromFen + Math.floor(f * (end - segment.fromFen))),
            ];
            for (const gmv of inside.filter((value) => value > segment.fromFen && value <= end)) {
              expect(order(gmv)).toBe(segment.cheaper);
            }
            if (index > 0) {
              const previous = segments[index - 1]?.cheaper;
              // Just below the boundary the previous order held; at it, the new order holds or the costs are equal.
              expect(order(segment.fromFen - 1)).toBe(previous);
              expect([segment.cheaper, 'equal']).toContain(order(segment.fromFen));
            }
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
