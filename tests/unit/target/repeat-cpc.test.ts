/**
 * Returning buyers and the cost per click (schema version 2): hand-worked tables, and properties
 * against version 1's frozen model (tests/unit/target/model-v1.reference.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/kit/strings';
import { analyse, type Level } from '../../../src/lib/target/model';
import { defaultTargetState, type TargetState } from '../../../src/lib/target/state';
import { targetStrings } from '../../../src/lib/target/strings';
import { targetView } from '../../../src/lib/target/view';
import { analyse as analyseV1 } from './model-v1.reference';

const state = (changes: Partial<TargetState> = {}): TargetState => ({ ...defaultTargetState(), ...changes });
const LEVELS: Level[] = ['plausible', 'stretch', 'implausible'];

describe('returning buyers: hand-worked', () => {
  // The example (¥250,000 an average month, 50,000 visitors × 2 % × ¥150 = ¥150,000 today, 40 % paid,
  // ROI 3, ¥30,000 committed) with a quarter of the orders from returning buyers.
  it.each([
    // repeat, paid share of all sales, spend (fen), budget ratio, reach (fen), conversion at reach (bp), verdict
    // 0 %: 40 %; 250,000 × 40 % / 3 = 33,333.33; reach 150,000 × 60 % + 90,000 = 180,000.
    [0, 4_000, 3_333_333, 111, 18_000_000, 278, 'stretch'],
    // 25 %: 75 % × 40 % = 30 %; 250,000 × 30 % / 3 = 25,000 (0.83×); reach 150,000 × 70 % + 90,000 = 195,000;
    // conversion 2 % × 250/195 = 2.56 %.
    [2_500, 3_000, 2_500_000, 83, 19_500_000, 256, 'stretch'],
    // 100 %: nothing to buy; reach 150,000 + 90,000 = 240,000; 2 % × 250/240 = 2.08 %.
    [10_000, 0, 0, 0, 24_000_000, 208, 'stretch'],
  ] as const)('repeat %i bp', (repeatBp, share, spend, budget, reach, cr, verdict) => {
    const a = analyse(state({ repeatBp }));
    expect(a.paidShareBp).toBe(share);
    expect(a.adSpendFen).toBe(spend);
    expect(a.budgetRatio).toBe(budget);
    expect(a.reachFen).toBe(reach);
    expect(a.crAtReachBp).toBe(cr);
    expect(a.verdict).toBe(verdict);
    // Returning buyers still visit: the visitors needed do not change.
    expect(a.requiredVisitors).toBe(83_334);
  });

  it('a new store counting returning buyers is warned', () => {
    const t = translator(targetStrings.en);
    expect(targetView(state({ history: 'none', repeatBp: 1_000 }), t).warnings).toEqual([
      expect.stringContaining('no returning buyers yet'),
    ]);
    expect(targetView(state({ repeatBp: 1_000 }), t).warnings).toEqual([]);
  });
});

describe('cost per click: hand-worked', () => {
  it('¥1.20 a click, no ROI promised: ROI 2 % × ¥150 ÷ ¥1.20 = 2.5, spend ¥40,000', () => {
    const a = analyse(state({ roiH: null, cpcFen: 120 }));
    expect(a.roiH).toBe(250);
    // Paid sales 250,000 × 40 % = 100,000 ÷ (2 % × 150) = 33,333.3 → 33,334 paid visitors; × 1.20 = ¥40,000.
    expect(a.paidVisitors).toBe(33_334);
    expect(a.adSpendFen).toBe(4_000_000);
    expect(a.budgetRatio).toBe(133);
    // Reach 150,000 × 60 % + 30,000 × 2.5 = 165,000; 250/165 = 1.52 → not realistic.
    expect(a.reachFen).toBe(16_500_000);
    expect(a.reasons.find((r) => r.check === 'conversion')?.level).toBe('implausible');
    expect(a.reasons.find((r) => r.check === 'roi')).toEqual({ check: 'roi', level: 'plausible', ratio: null });
    expect(a.verdict).toBe('implausible');
  });

  it.each([
    // promised ROI, ratio to the clicks' 2.5, level
    [250, 100, 'plausible'],
    [200, 80, 'plausible'],
    [300, 120, 'stretch'],
    [375, 150, 'stretch'],
    [400, 160, 'implausible'],
  ] as const)('a promised ROI of %i hundredths against ¥1.20 a click', (roiH, ratio, level) => {
    const a = analyse(state({ roiH, cpcFen: 120 }));
    expect(a.reasons.find((r) => r.check === 'roi')).toEqual({ check: 'roi', level, ratio });
    // The spend follows the clicks, not the promise.
    expect(a.adSpendFen).toBe(4_000_000);
  });

  it('says the contradiction in words, with the implied ROI for tests', () => {
    const view = targetView(state({ roiH: 400, cpcFen: 120 }), translator(targetStrings.en));
    const reason = view.reasons.find((r) => r.value !== undefined);
    expect(reason?.value).toBe('2.5');
    expect(reason?.level).toBe('implausible');
    expect(reason?.text).toContain('promises an ROI of 4, but at ¥1.20 a click, 2% conversion');
    expect(reason?.text).toContain('the ROI is only 2.5: the promise is 1.6×');
    const zh = targetView(state({ roiH: null, cpcFen: 120 }), translator(targetStrings.zh));
    expect(zh.reasons.find((r) => r.value)?.text).toBe(
      '按点击单价 ¥1.20：平均每月需要 33,334 位付费访客，广告费 ¥40,000；每 1 元广告带来 2.5 元销售额，这就是 ROI。',
    );
  });
});

const arbitraryState = fc.record({
  targetFen: fc.integer({ min: 1, max: 1_000_000_000_000 }),
  months: fc.integer({ min: 1, max: 36 }),
  startMonth: fc.integer({ min: 1, max: 12 }),
  peakDouble11: fc.integer({ min: 10, max: 1000 }),
  visitors: fc.integer({ min: 1, max: 1_000_000_000 }),
  crBp: fc.integer({ min: 1, max: 10_000 }),
  aovFen: fc.integer({ min: 1, max: 100_000_000_000 }),
  paidBp: fc.integer({ min: 0, max: 10_000 }),
  roiH: fc.integer({ min: 1, max: 10_000 }),
  budgetFen: fc.integer({ min: 0, max: 100_000_000_000 }),
  stockUnits: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })),
  history: fc.constantFrom('store' as const, 'none' as const),
});

describe('properties', () => {
  it('a repeat share of 0 and no cost per click give exactly version 1’s results', () => {
    fc.assert(
      fc.property(arbitraryState, (changes) => {
        const now = analyse(state({ ...changes, repeatBp: 0, cpcFen: null }));
        const { paidShareBp, paidVisitors, roiH, ...rest } = now;
        expect(rest).toEqual(analyseV1({ ...state(changes), roiH: changes.roiH }));
        expect(roiH).toBe(changes.roiH);
        expect(paidShareBp).toBe(changes.paidBp);
        expect(paidVisitors).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a higher repeat share never needs more ad spend, in any month, nor gives a worse verdict', () => {
    fc.assert(
      fc.property(
        arbitraryState,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.option(fc.integer({ min: 1, max: 100_000 })),
        (changes, r1, r2, cpcFen) => {
          const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const a = analyse(state({ ...changes, cpcFen, repeatBp: low }));
          const b = analyse(state({ ...changes, cpcFen, repeatBp: high }));
          expect(b.adSpendFen).toBeLessThanOrEqual(a.adSpendFen);
          b.months.forEach((month, i) => {
            expect(month.adSpendFen).toBeLessThanOrEqual(a.months[i]?.adSpendFen ?? 0);
          });
          expect(b.reachFen).toBeGreaterThanOrEqual(a.reachFen);
          expect(LEVELS.indexOf(b.verdict)).toBeLessThanOrEqual(LEVELS.indexOf(a.verdict));
          expect(b.requiredVisitors).toBe(a.requiredVisitors);
        },
      ),
    );
  });

  it('pricing by the click is pricing at the ROI the click gives', () => {
    // With 1 % conversion and an order of ROI × CPC (hundredths × fen), the clicks' ROI is exactly roiH.
    fc.assert(
      fc.property(
        arbitraryState,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (changes, cpcFen, repeatBp) => {
          const base = { ...changes, crBp: 100, aovFen: changes.roiH * cpcFen, repeatBp };
          const byClick = analyse(state({ ...base, roiH: null, cpcFen }));
          const byRoi = analyse(state({ ...base, cpcFen: null }));
          expect(byClick.roiH).toBe(changes.roiH);
          const { reasons: clickReasons, ...click } = byClick;
          const { reasons: roiReasons, ...roi } = byRoi;
          expect(click).toEqual(roi);
          expect(clickReasons.filter((r) => r.check !== 'roi')).toEqual(roiReasons);
        },
      ),
    );
  });

  it('spend by the click is the paid visitors × the cost per click (to the fen and the visitor)', () => {
    fc.assert(
      fc.property(arbitraryState, fc.integer({ min: 1, max: 100_000 }), (changes, cpcFen) => {
        const a = analyse(state({ ...changes, months: 1, roiH: null, cpcFen }));
        // paidVisitors is rounded up, the spend to the nearest fen: within one click and a fen.
        expect(a.paidVisitors * cpcFen).toBeGreaterThanOrEqual(a.adSpendFen - 1);
        expect(a.paidVisitors * cpcFen).toBeLessThanOrEqual(a.adSpendFen + cpcFen + 1);
      }),
    );
  });

  it('a promised ROI is a finding exactly when it is above what the clicks give', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (roiH, cpcFen, crBp, aovFen) => {
          const reason = analyse(state({ roiH, cpcFen, crBp, aovFen })).reasons.find((r) => r.check === 'roi');
          // roiH / 100 ≤ crBp / 10 000 × aov / cpc
          const fine = BigInt(roiH) * 100n * BigInt(cpcFen) <= BigInt(crBp) * BigInt(aovFen);
          expect(reason?.level === 'plausible').toBe(fine);
        },
      ),
    );
  });
});
