import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, splitTarget } from '../../../src/lib/target/model';
import { defaultTargetState, type TargetState } from '../../../src/lib/target/state';

const state = (changes: Partial<TargetState> = {}): TargetState => ({ ...defaultTargetState(), ...changes });

describe('analyse: hand-worked cases', () => {
  it('the example: ¥3,000,000 over 12 months at 50,000 visitors, 2 %, ¥150, 40 % paid at ROI 3, ¥30,000 committed', () => {
    const a = analyse(state());
    // Average month 250,000; today 50,000 × 2 % × 150 = 150,000 → 1.67×.
    expect(a.averageFen).toBe(25_000_000);
    expect(a.todayFen).toBe(15_000_000);
    expect(a.growth).toBe(167);
    // 250,000 / (0.02 × 150) = 83,333.3 → 83,334 visitors.
    expect(a.requiredVisitors).toBe(83_334);
    // 250,000 × 40 % / 3 = 33,333.33.
    expect(a.adSpendFen).toBe(3_333_333);
    expect(a.budgetRatio).toBe(111);
    // Reach: 150,000 × 60 % + 30,000 × 3 = 180,000; conversion 2 % × 250/180 = 2.78 %.
    expect(a.reachFen).toBe(18_000_000);
    expect(a.crAtReachBp).toBe(278);
    expect(a.verdict).toBe('stretch');
    expect(a.months).toHaveLength(12);
    expect(a.months.every((m) => m.targetFen === 25_000_000)).toBe(true);
    expect(a.months[11]?.cumulativeFen).toBe(300_000_000);
    // 250,000 / 150 / 30 = 55.6 orders a day.
    expect(a.ordersPerDayT).toBe(556);
  });

  it('plausible: ¥1,200,000 over 12 months, 50,000 visitors, 2 %, ¥120, 30 % paid, ROI 4, ¥10,000 committed', () => {
    // Average 100,000 against today's 120,000; spend 100,000 × 30 % / 4 = 7,500 ≤ 10,000.
    const a = analyse(
      state({ targetFen: 120_000_000, aovFen: 12_000, paidBp: 3_000, roiH: 400, budgetFen: 1_000_000 }),
    );
    expect(a.adSpendFen).toBe(750_000);
    expect(a.verdict).toBe('plausible');
  });

  it('impossible conversion: 3× today’s sales with little budget', () => {
    // Today 150,000; target 450,000 a month; reach 150,000 × 80 % + 5,000 × 3 = 135,000 → 3.33×.
    const a = analyse(state({ targetFen: 540_000_000, paidBp: 2_000, budgetFen: 500_000 }));
    expect(a.crAtReachBp).toBe(667);
    expect(a.reasons.find((r) => r.check === 'conversion')?.level).toBe('implausible');
    expect(a.verdict).toBe('implausible');
  });

  it('only with uncommitted budget: ad spend 2× the budget', () => {
    // Average 150,000 = today; spend 150,000 × 60 % / 3 = 30,000 against 15,000 committed.
    const a = analyse(state({ targetFen: 180_000_000, paidBp: 6_000, budgetFen: 1_500_000 }));
    expect(a.growth).toBe(100);
    expect(a.budgetRatio).toBe(200);
    expect(a.verdict).toBe('implausible');
  });

  it('a new store is a stretch at best, and implausible when its own assumptions fall short', () => {
    const ok = analyse(state({ history: 'none', targetFen: 120_000_000, budgetFen: 5_000_000 }));
    expect(ok.verdict).toBe('stretch');
    expect(ok.reasons.at(-1)?.check).toBe('new-store');
    const short = analyse(state({ history: 'none', targetFen: 240_000_000, budgetFen: 5_000_000 }));
    expect(short.reasons[0]).toMatchObject({ check: 'growth', level: 'implausible' });
  });

  it('no budget: infinite ratio, not NaN', () => {
    const a = analyse(state({ budgetFen: 0 }));
    expect(a.budgetRatio).toBeNull();
    expect(a.verdict).toBe('implausible');
    const none = analyse(state({ budgetFen: 0, paidBp: 10_000 }));
    expect(none.crAtReachBp).toBeNull();
  });

  it('stock: a peak month needing more than the stock is a stretch', () => {
    const a = analyse(state({ targetFen: 120_000_000, stockUnits: 500, peakDouble11: 200 }));
    const stock = a.reasons.find((r) => r.check === 'stock');
    expect(stock?.level).toBe('stretch');
  });

  it('peaks: November weighs double, and the months still add up', () => {
    const a = analyse(state({ peakDouble11: 200 }));
    // Weights 11 × 100 + 200 = 1300; November = 3,000,000 × 200/1300.
    const november = a.months.find((m) => m.month === 11);
    expect(november?.targetFen).toBe(46_153_846);
    expect(a.peakFen).toBe(46_153_846);
  });
});

const arbitraryState = fc.record({
  targetFen: fc.integer({ min: 1, max: 1_000_000_000_000 }),
  months: fc.integer({ min: 1, max: 36 }),
  startMonth: fc.integer({ min: 1, max: 12 }),
  peak618: fc.integer({ min: 10, max: 1000 }),
  peakDouble11: fc.integer({ min: 10, max: 1000 }),
  peakNewYear: fc.integer({ min: 10, max: 1000 }),
  visitors: fc.integer({ min: 1, max: 1_000_000_000 }),
  crBp: fc.integer({ min: 1, max: 10_000 }),
  aovFen: fc.integer({ min: 1, max: 100_000_000_000 }),
  paidBp: fc.integer({ min: 0, max: 10_000 }),
  roiH: fc.integer({ min: 1, max: 10_000 }),
  budgetFen: fc.integer({ min: 0, max: 100_000_000_000 }),
});

describe('analyse: properties', () => {
  it('the months add up to the target exactly', () => {
    fc.assert(
      fc.property(arbitraryState, (changes) => {
        const a = analyse(state(changes));
        expect(a.months.reduce((sum, m) => sum + m.targetFen, 0)).toBe(changes.targetFen);
        expect(a.months.at(-1)?.cumulativeFen).toBe(changes.targetFen);
      }),
    );
  });

  it('a higher target never needs less ad spend at a fixed ROI', () => {
    fc.assert(
      fc.property(arbitraryState, fc.integer({ min: 1, max: 1_000_000_000 }), (changes, more) => {
        const higher = Math.min(changes.targetFen + more, 1_000_000_000_000);
        const low = analyse(state(changes));
        const high = analyse(state({ ...changes, targetFen: higher }));
        expect(high.adSpendFen).toBeGreaterThanOrEqual(low.adSpendFen);
        expect(high.requiredVisitors).toBeGreaterThanOrEqual(low.requiredVisitors);
      }),
    );
  });

  it('every figure is a finite number', () => {
    fc.assert(
      fc.property(arbitraryState, (changes) => {
        const a = analyse(state(changes));
        for (const value of [a.averageFen, a.adSpendFen, a.requiredVisitors, a.growth, a.reachFen, a.peakUnits])
          expect(Number.isFinite(value)).toBe(true);
        expect(['plausible', 'stretch', 'implausible']).toContain(a.verdict);
      }),
    );
  });

  it('splitTarget never misses a fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.array(fc.integer({ min: 10, max: 1000 }), { minLength: 1, maxLength: 36 }),
        (target, weights) => {
          expect(splitTarget(target, weights).reduce((a, b) => a + b, 0)).toBe(target);
        },
      ),
    );
  });
});

describe('the worked example in the KPI guide (zh and en)', () => {
  it('Ms Chen: ¥1,000,000 in six months on agency B’s assumptions', () => {
    const a = analyse(
      state({
        targetFen: 100_000_000,
        months: 6,
        history: 'none',
        visitors: 40_000,
        crBp: 250,
        aovFen: 12_000,
        paidBp: 5_000,
        roiH: 250,
        budgetFen: 2_000_000,
      }),
    );
    expect(a.averageFen).toBe(16_666_667);
    expect(a.todayFen).toBe(12_000_000);
    expect(a.adSpendFen).toBe(3_333_333);
    // The conversion would have to rise by more than half: 166,667 / (60,000 + 50,000) = 1.52.
    expect(a.crAtReachBp).toBe(379);
    expect(a.verdict).toBe('implausible');
  });
});
