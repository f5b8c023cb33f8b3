import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawInputs } from '../../../src/lib/fees/fields';
import {
  adShareFen,
  depositCostFen,
  moduleCostFen,
  moduleLines,
  type ModuleMonth,
  type ModuleOffer,
} from '../../../src/lib/fees/module';
import {
  moduleExample,
  moduleUsed,
  parseAll,
  parseModule,
  rawAll,
  rawFromModule,
} from '../../../src/lib/fees/module-fields';
import { computeResults, moduleOffer } from '../../../src/lib/fees/results';
import { defaultFeeState, moduleOff, type FeeState } from '../../../src/lib/fees/state';
import { feeStrings } from '../../../src/lib/fees/strings';
import { statementFor, statementsCsv } from '../../../src/lib/fees/terms-view';
import { buildView } from '../../../src/lib/fees/view';
import { hasInputs, linkHasModule, queryFromState, rawFromLink } from '../../../src/lib/fees/url';
import { translator } from '../../../src/lib/kit/strings';
import { moduleArb } from './arbitraries';

const yuan = (amount: number) => amount * 100;
const none: ModuleOffer = {
  adBp: 0,
  adMinFen: null,
  seats: 0,
  seatFeeFen: 0,
  peakSeats: 0,
  shifts: 0,
  shiftFeeFen: 0,
  designItems: 0,
  designFeeFen: 0,
  setupFen: 0,
  depositFen: 0,
  depositMonths: 12,
};
const ordinary: ModuleMonth = { index: 0, peak: false, adSpendFen: yuan(80_000), rateBp: 400 };
const charged = (offer: ModuleOffer, month: ModuleMonth) =>
  moduleLines(offer, month)
    .filter((line) => line.charge)
    .map((line) => [line.key, line.fen]);

/** 王总's state: ¥600,000 a month, ¥80,000 of ads, peaks at 618 (2×) and Double 11 (3×). */
function wang(module: Partial<FeeState['models']['module']>): FeeState {
  const state = defaultFeeState();
  return {
    ...state,
    gmvFen: yuan(600_000),
    adSpendFen: yuan(80_000),
    plan: { ...state.plan, peak618: 2, peakDouble11: 3 },
    models: { ...state.models, module: { ...moduleExample(), ...module } },
  };
}

describe('the offer priced by module, worked by hand', () => {
  it.each<[string, Partial<ModuleOffer>, ModuleMonth, [string, number][]]>([
    // 8 % × 80,000 = 6,400; 2 seats × 4,500 = 9,000. Total 15,400.
    [
      'ads and seats in an ordinary month',
      { adBp: 800, seats: 2, seatFeeFen: yuan(4_500), peakSeats: 2 },
      ordinary,
      [
        ['ad', yuan(6_400)],
        ['seats', yuan(9_000)],
      ],
    ],
    // The same in a peak month: 2 extra seats × 4,500 = 9,000 more. Total 24,400.
    [
      'extra seats in a peak month',
      { adBp: 800, seats: 2, seatFeeFen: yuan(4_500), peakSeats: 2 },
      { ...ordinary, index: 6, peak: true },
      [
        ['ad', yuan(6_400)],
        ['seats', yuan(9_000)],
        ['peak-seats', yuan(9_000)],
      ],
    ],
    // 8 % × 20,000 = 1,600 < minimum 5,000: topped up by 3,400 to exactly 5,000.
    [
      'the minimum above the share',
      { adBp: 800, adMinFen: yuan(5_000) },
      { ...ordinary, adSpendFen: yuan(20_000) },
      [
        ['ad', yuan(1_600)],
        ['ad-minimum', yuan(3_400)],
      ],
    ],
    // 8 % × 62,500 = 5,000 exactly the minimum: no top-up line.
    [
      'the share exactly at the minimum',
      { adBp: 800, adMinFen: yuan(5_000) },
      { ...ordinary, adSpendFen: yuan(62_500) },
      [['ad', yuan(5_000)]],
    ],
    // 7.5 % × ¥333.33 = ¥24.999 75 → ¥25.00 (half up, to the fen).
    ['a share rounded to the fen', { adBp: 750 }, { ...ordinary, adSpendFen: 33_333 }, [['ad', 2_500]]],
    // 3 shifts × 800 = 2,400; 10 design items × 150 = 1,500; set-up 20,000 in month 1.
    [
      'shifts, design and the set-up fee in month 1',
      { shifts: 3, shiftFeeFen: yuan(800), designItems: 10, designFeeFen: yuan(150), setupFen: yuan(20_000) },
      { ...ordinary, index: 1 },
      [
        ['shifts', yuan(2_400)],
        ['design', yuan(1_500)],
        ['setup', yuan(20_000)],
      ],
    ],
    // Deposit 50,000 at 4 % a year: 50,000 × 4 % × 1 / 12 = 166.666… → 166.67 in month 1.
    [
      'the deposit’s cost of money in month 1',
      { depositFen: yuan(50_000) },
      { ...ordinary, index: 1 },
      [['deposit-cost', 16_667]],
    ],
    // Month 2: running total 333.33 − 166.67 = 166.66.
    [
      'the deposit’s cost of money in month 2',
      { depositFen: yuan(50_000) },
      { ...ordinary, index: 2 },
      [['deposit-cost', 16_666]],
    ],
    // Held 3 months: nothing in month 4.
    ['no cost once the deposit is back', { depositFen: yuan(50_000), depositMonths: 3 }, { ...ordinary, index: 4 }, []],
  ])('%s', (_, offer, month, lines) => {
    expect(charged({ ...none, ...offer }, month)).toEqual(lines);
  });

  it('shows the deposit as cash paid and returned, never as a cost', () => {
    const offer = { ...none, depositFen: yuan(50_000), depositMonths: 12 };
    const first = moduleLines(offer, { ...ordinary, index: 1 });
    expect(first.find((line) => line.key === 'deposit-paid')).toMatchObject({ fen: yuan(50_000), charge: false });
    const last = moduleLines(offer, { ...ordinary, index: 12 });
    expect(last.find((line) => line.key === 'deposit-back')).toMatchObject({ fen: yuan(50_000), charge: false });
    // 12 months of 50,000 × 4 % ÷ 12 add up to exactly 2,000.
    const year = Array.from({ length: 12 }, (_, index) => moduleCostFen(offer, { ...ordinary, index: index + 1 }));
    expect(year.reduce((sum, fen) => sum + fen, 0)).toBe(yuan(2_000));
    expect(depositCostFen(offer, 400, 12)).toBe(yuan(2_000));
  });

  it('charges the set-up fee in month 1 only and says so in other months', () => {
    const offer = { ...none, setupFen: yuan(20_000) };
    expect(moduleCostFen(offer, { ...ordinary, index: 1 })).toBe(yuan(20_000));
    expect(moduleCostFen(offer, ordinary)).toBe(0);
    expect(moduleLines(offer, ordinary)).toEqual([{ key: 'setup-later', fen: yuan(20_000), charge: false }]);
  });
});

const monthArb = fc.record({
  index: fc.integer({ min: 0, max: 12 }),
  peak: fc.boolean(),
  adSpendFen: fc.integer({ min: 0, max: 100_000_000_000 }),
  rateBp: fc.integer({ min: 0, max: 10_000 }),
});

describe('the offer priced by module, for any figures', () => {
  it('never costs less when ad spend rises', () => {
    fc.assert(
      fc.property(moduleArb, monthArb, fc.integer({ min: 0, max: 1_000_000_000 }), (state, month, more) => {
        const offer = moduleOffer({ ...defaultFeeState(), models: { ...defaultFeeState().models, module: state } });
        const before = moduleCostFen(offer, month);
        const after = moduleCostFen(offer, { ...month, adSpendFen: month.adSpendFen + more });
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('applies the minimum exactly: the ad-management lines are the larger of the share and the minimum', () => {
    fc.assert(
      fc.property(moduleArb, monthArb, (state, month) => {
        const offer = moduleOffer({ ...defaultFeeState(), models: { ...defaultFeeState().models, module: state } });
        const ads = moduleLines(offer, month)
          .filter((line) => line.key === 'ad' || line.key === 'ad-minimum')
          .reduce((sum, line) => sum + line.fen, 0);
        expect(ads).toBe(Math.max(adShareFen(offer, month.adSpendFen), offer.adMinFen ?? 0));
      }),
      { numRuns: 300 },
    );
  });

  it('adds its statement lines up to the cost the plan and the comparison show, every month', () => {
    fc.assert(
      fc.property(moduleArb, fc.integer({ min: 0, max: 100_000_000 }), (module, adSpendFen) => {
        const state = { ...wang({ ...module, enabled: true }), adSpendFen };
        const results = computeResults(state);
        const compared = results.models.find((model) => model.id === 'module');
        const current = statementFor(state, 'module', 'current');
        expect(current.totalFen).toBe(compared?.monthlyFen);
        results.plan.forEach((row, index) => {
          const bill = statementFor(state, 'module', index);
          const sum = bill.lines.reduce((total, line) => total + (line.charge ? line.fen : 0), 0);
          expect(sum).toBe(bill.totalFen);
          expect(bill.totalFen).toBe(row.costs.module);
        });
        expect(compared?.yearlyFen).toBe(results.plan.reduce((sum, row) => sum + (row.costs.module ?? 0), 0));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the offer priced by module in the results', () => {
  it('costs 王总 the example’s figures, with peak seats in June and November only', () => {
    // 8 % × 80,000 = 6,400 + 2 seats × 4,500 = 9,000 → 15,400 a month; June and November add
    // 2 × 4,500 = 9,000 → 24,400. Year: 10 × 15,400 + 2 × 24,400 = 202,800.
    const results = computeResults(wang({}));
    const module = results.models.find((model) => model.id === 'module');
    expect(module).toMatchObject({ monthlyFen: yuan(15_400), yearlyFen: yuan(202_800) });
    expect(results.plan.filter((row) => row.costs.module === yuan(24_400)).map((row) => row.month)).toEqual([6, 11]);
  });

  it('puts the set-up fee in month 1 and the deposit’s cost in the months it is held', () => {
    // Set-up 10,000 in month 1. Deposit 30,000 at 6 % held 6 months: 30,000 × 6 % ÷ 12 = 150 a month.
    const state = wang({ setupFen: yuan(10_000), depositFen: yuan(30_000), depositMonths: 6 });
    state.platform.capitalCostPct = 6;
    const costs = computeResults(state).plan.map((row) => row.costs.module);
    expect(costs[0]).toBe(yuan(15_400 + 10_000 + 150));
    expect(costs[1]).toBe(yuan(15_400 + 150));
    expect(costs[6]).toBe(yuan(15_400));
  });

  it('warns in the merchant’s numbers and links the guide', () => {
    const zh = buildView(wang({ adMinFen: yuan(10_000), depositFen: yuan(30_000) }), translator(feeStrings.zh), 'zh');
    const texts = zh.warnings.map((warning) => [warning.guide, warning.text]);
    // 8 % of 80,000 = 6,400, below the 10,000 minimum: paid until spend reaches 10,000 / 8 % = 125,000.
    expect(texts).toContainEqual([
      'half-custody',
      expect.stringContaining('现在每月推广 ¥80,000，托管费 ¥10,000；推广每多花 ¥10,000，托管费就多 ¥800'),
    ]);
    expect(texts).toContainEqual(['half-custody', expect.stringContaining('推广花费在 ¥125,000 以下')]);
    // 30,000 × 4 % × 12 / 12 = 1,200.
    expect(texts).toContainEqual(['contract', expect.stringContaining('代价是 ¥1,200')]);
    const en = buildView({ ...wang({ peakSeats: 2 }), plan: defaultFeeState().plan }, translator(feeStrings.en), 'en');
    expect(en.warnings.map((warning) => warning.text)).toContainEqual(
      expect.stringContaining('has 2 extra seats for peak months, but the 12-month plan has no month'),
    );
  });

  it('writes its month-1 bill into the CSV, set-up fee and deposit included', () => {
    const state = wang({ setupFen: yuan(10_000), depositFen: yuan(30_000) });
    const csv = statementsCsv(state, translator(feeStrings.en)).map((cells) => cells.join(','));
    expect(csv).toContain('One-off set-up fee,10000.00,yes');
    expect(
      csv.some(
        (line) =>
          line.startsWith('"Quality deposit paid (returned after 12 months') &&
          line.endsWith(',30000.00,for information'),
      ),
    ).toBe(true);
  });
});

describe('the offer priced by module in the form and links', () => {
  const raw = (changes: Record<string, string>): RawInputs => ({ ...rawAll(wang({})), ...changes });

  it.each<[Record<string, string>, string, string, string?]>([
    [{ seats: '2.5' }, 'seats', 'count'],
    [{ seats: '1001' }, 'seats', 'too-large', '1000'],
    [{ depmonths: '0' }, 'depmonths', 'too-small', '1'],
    [{ adpct: '101' }, 'adpct', 'too-large', '100%'],
    [{ deposit: '-1' }, 'deposit', 'negative'],
    [{ seatfee: 'abc' }, 'seatfee', 'not-number'],
  ])('refuses %j at %s (%s)', (changes, field, code, limit) => {
    const result = parseAll(raw(changes));
    expect(result).toEqual({ ok: false, errors: [limit === undefined ? { field, code } : { field, code, limit }] });
  });

  it('reads what people type and leaves the minimum blank for none', () => {
    const errors: never[] = [];
    expect(parseModule(raw({ adpct: '８％', admin: '', seatfee: '4.5k', deposit: '3万' }), errors)).toMatchObject({
      adPct: 8,
      adMinFen: null,
      seatFeeFen: yuan(4_500),
      depositFen: yuan(30_000),
    });
  });

  it('round-trips any figures through the form text and a link', () => {
    fc.assert(
      fc.property(moduleArb, (module) => {
        const state = { ...defaultFeeState(), models: { ...defaultFeeState().models, module } };
        expect(parseAll(rawAll(state))).toEqual({ ok: true, state });
        const query = new URLSearchParams(queryFromState(state));
        expect(linkHasModule(query)).toBe(moduleUsed(module));
        expect(parseAll(rawFromLink(query))).toMatchObject({ ok: true, state: { models: { module } } });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the offer out of links that do not use it, and reads a hand-made one', () => {
    expect(queryFromState(defaultFeeState())).not.toContain('adpct');
    const query = new URLSearchParams('gmv=600000&ad=80000&show=bc,mod&adpct=8&seats=2&seatfee=4500');
    expect(hasInputs(query) && linkHasModule(query)).toBe(true);
    const parsed = parseAll(rawFromLink(query));
    expect(parsed.ok && parsed.state.models.module).toEqual({
      ...moduleOff(),
      enabled: true,
      adPct: 8,
      seats: 2,
      seatFeeFen: yuan(4_500),
    });
    expect(rawFromModule(moduleOff()).depmonths).toBe('12');
  });
});
