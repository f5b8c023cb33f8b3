import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartModel, compactYuan } from '../../../src/lib/fees/chart';
import { amount, csvCell, planCsv, type CsvHeadings } from '../../../src/lib/fees/csv';
import { planMonths, spreadOverYear } from '../../../src/lib/fees/plan';
import { computeResults, pairBreakEven } from '../../../src/lib/fees/results';
import { defaultFeeState, type FeeState } from '../../../src/lib/fees/state';
import { feeWarnings } from '../../../src/lib/fees/warnings';
import { feeStateArb } from './arbitraries';

const yuan = (value: number) => Math.round(value * 100);

describe('computeResults on the default example (陈女士)', () => {
  const results = computeResults(defaultFeeState());

  it('prices every model for the month and the year', () => {
    // GMV 200,000, 10 % refunds, commission on sales after refunds: the base is 180,000. Growth 0,
    // multipliers 1: a year is 12 equal months. A 15,000 + 6 % × 180,000 = 25,800; fixed 30,000;
    // B 18 % × 180,000 = 32,400; tiered 5 % × 180,000 = 9,000.
    expect(results.models.map((model) => [model.id, model.monthlyFen, model.yearlyFen, model.takeRateBp])).toEqual([
      ['base-commission', yuan(25_800), yuan(309_600), 1290],
      ['fixed', yuan(30_000), yuan(360_000), 1500],
      ['commission', yuan(32_400), yuan(388_800), 1620],
      ['tiered', yuan(9_000), yuan(108_000), 450],
    ]);
    expect(results.cheapest).toEqual(['tiered']);
  });

  it('works out the merchant’s profit under each model', () => {
    // Gross profit 40 % × 180,000 = 72,000. Platform: 5 % × 180,000 = 9,000; payment 1 % × 200,000 = 2,000;
    // no yearly fee, 4 % of the 50,000 deposit = 2,000 a year → 166.66 in an ordinary month. Ads 20,000.
    // Before the agency: 72,000 − 11,166.66 − 20,000 = 40,833.34.
    expect(results.month).toEqual({
      gmvFen: yuan(200_000),
      grossProfitFen: yuan(72_000),
      platformFen: yuan(11_166.66),
      adFen: yuan(20_000),
    });
    expect(results.models.map((model) => model.monthlyProfitFen)).toEqual([
      yuan(15_033.34),
      yuan(10_833.34),
      yuan(8_433.34),
      yuan(31_833.34),
    ]);
    // Year: 864,000 − (132,000 + 2,000) − 240,000 = 490,000 before the agency.
    expect(results.models.map((model) => model.yearlyProfitFen)).toEqual([
      yuan(180_400),
      yuan(130_000),
      yuan(101_200),
      yuan(382_000),
    ]);
    expect(results.adReturnHundredths).toBe(1000);
  });

  it('finds the break-even between every pair', () => {
    // A against fixed: 15,000 + 6 % × 90 % × g = 30,000 → g = 15,000 / 0.054 = 277,777.77… → 277,777.78.
    expect(pairBreakEven(results, 'base-commission', 'fixed')).toBe(yuan(277_777.78));
    // A against B: 15,000 = (18 % − 6 %) × 90 % × g → g = 138,888.88… → 138,888.89.
    expect(pairBreakEven(results, 'base-commission', 'commission')).toBe(yuan(138_888.89));
    // 30,000 / (18 % × 90 %) = 185,185.18… → the first fen at which B reaches 30,000 is 185,185.19.
    expect(pairBreakEven(results, 'fixed', 'commission')).toBe(yuan(185_185.19));
    // Tiered against A: 8 % b − 9,000 = 15,000 + 6 % b above a base b of 300,000 → b = 1,200,000,
    // g = b / 90 % = 1,333,333.33… → 1,333,333.34.
    expect(pairBreakEven(results, 'base-commission', 'tiered')).toBe(yuan(1_333_333.34));
    expect(results.pairs).toHaveLength(6);
  });

  it('warns about the commission-only offer, and not with the base + commission range', () => {
    // 18 % is outside 5–15 %, but that range is for base fee + commission deals: no rate-range warning.
    expect(feeWarnings(defaultFeeState(), results)).toEqual([{ id: 'zero-base', model: 'commission' }]);
  });

  it('keeps the plan table adding up to its totals', () => {
    expect(results.planTotals.gmvFen).toBe(yuan(2_400_000));
    expect(results.plan.map((row) => row.platformFen - yuan(11_000))).toEqual(spreadOverYear(yuan(2_000)));
    // Ordinary months are equal; the 8 fen that 2,000 ÷ 12 leaves go once, to month 12.
    expect(results.plan.map((row) => row.profits.tiered)).toEqual([
      ...Array.from({ length: 11 }, () => yuan(31_833.34)),
      yuan(31_833.26),
    ]);
    expect(results.planTotals.platformFen).toBe(yuan(134_000));
  });
});

describe('warnings', () => {
  it('flags a loss, a zero base fee and ads paid from the fee', () => {
    const state: FeeState = defaultFeeState();
    state.marginPct = 10;
    state.adPayer = 'agency';
    state.models['base-commission'].baseFen = 0;
    const results = computeResults(state);
    const ids = feeWarnings(state, results).map((warning) =>
      'model' in warning ? `${warning.id}:${warning.model}` : warning.id,
    );
    // Margin 10 %: 18,000 − 11,166.66 = 6,833.34 before the agency: every offer loses money.
    expect(ids).toEqual([
      'zero-base:base-commission',
      'zero-base:commission',
      'loss:base-commission',
      'loss:fixed',
      'loss:commission',
      'loss:tiered',
      'ads-from-fee',
    ]);
  });

  it('compares the base + commission rate with its own range only', () => {
    const state: FeeState = defaultFeeState();
    state.models['base-commission'].ratePct = 16;
    state.models.commission.ratePct = 30;
    state.models.tiered.brackets = [{ upToFen: null, ratePct: 20 }];
    // (B at 30 % and tiered at 20 % also lose money: those warnings are left out here.)
    expect(feeWarnings(state, computeResults(state)).filter((warning) => warning.id !== 'loss')).toEqual([
      { id: 'rate-range', model: 'base-commission', ratesBp: [1600] },
      { id: 'zero-base', model: 'commission' },
    ]);
  });

  it('flags commission on all sales with what it costs each offer', () => {
    const state: FeeState = { ...defaultFeeState(), commissionOn: 'gmv' };
    // 10 % of 200,000 refunded: A pays 6 % × 20,000 = 1,200 more, B 18 % × 20,000 = 3,600, tiered 5 % = 1,000.
    expect(feeWarnings(state, computeResults(state))[0]).toEqual({
      id: 'gross-base',
      refundBp: 1000,
      extras: [
        { model: 'base-commission', extraFen: yuan(1_200) },
        { model: 'commission', extraFen: yuan(3_600) },
        { model: 'tiered', extraFen: yuan(1_000) },
      ],
    });
    // With no refunds entered the figures are equal, and the warning still says why the base matters.
    const none: FeeState = { ...state, refundPct: 0 };
    expect(feeWarnings(none, computeResults(none))[0]).toEqual({ id: 'gross-base', refundBp: 0, extras: [] });
  });
});

describe('the 12-month plan', () => {
  it('applies growth and the big sales months', () => {
    // Start in May at 100,000 with 10 % growth: May 100,000; June 110,000 × 1.5 (618) = 165,000; July 121,000;
    // … November 100,000 × 1.1⁶ × 2 = 354,312.2; January 100,000 × 1.1⁸ (2.14358881) × 1.3 = 278,666.5453 → 278,666.55.
    const months = planMonths({
      startFen: yuan(100_000),
      startMonth: 5,
      growthBp: 1000,
      peaks: { peak618: 150, peakDouble11: 200, peakNewYear: 130 },
    });
    expect(months.map((month) => month.month)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4]);
    expect(months[0]?.gmvFen).toBe(yuan(100_000));
    expect(months[1]?.gmvFen).toBe(yuan(165_000));
    expect(months[2]?.gmvFen).toBe(yuan(121_000));
    expect(months[6]?.gmvFen).toBe(yuan(354_312.2));
    expect(months[8]?.gmvFen).toBe(yuan(278_666.55));
  });

  it('spreads a yearly amount so the months add up exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (yearly) => {
        const months = spreadOverYear(yearly);
        expect(months.reduce((sum, month) => sum + month, 0)).toBe(yearly);
        // Months 1–11 are equal; month 12 carries the remainder once (0–11 fen).
        expect(new Set(months.slice(0, 11)).size).toBe(1);
        expect((months[11] ?? 0) - (months[0] ?? 0)).toBeGreaterThanOrEqual(0);
        expect((months[11] ?? 0) - (months[0] ?? 0)).toBeLessThan(12);
      }),
    );
  });

  it('always adds up: totals are the sums of the rows, for any valid state', () => {
    fc.assert(
      fc.property(feeStateArb, (state) => {
        const results = computeResults(state);
        for (const id of results.enabled) {
          expect(results.plan.reduce((sum, row) => sum + (row.costs[id] ?? 0), 0)).toBe(results.planTotals.costs[id]);
          expect(results.plan.reduce((sum, row) => sum + (row.profits[id] ?? 0), 0)).toBe(
            results.planTotals.profits[id],
          );
        }
        expect(Number.isSafeInteger(results.planTotals.gmvFen)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

const headings: CsvHeadings = {
  index: '序号',
  month: '月份',
  gmv: '销售额(元)',
  grossProfit: '毛利(元)',
  platform: '平台费用(元)',
  ads: '商家承担的广告费(元)',
  cost: '{name}:代运营费用(元)',
  profit: '{name}:净利润(元)',
  total: '合计',
  monthNames: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
};

describe('planCsv', () => {
  it('writes a BOM, CRLF lines, Chinese headings and plain numbers', () => {
    const results = computeResults(defaultFeeState());
    const names = {
      'base-commission': 'A 公司',
      fixed: '固定费',
      commission: '=B, "纯提成"',
      tiered: '阶梯',
      module: '按模块',
    };
    const csv = planCsv(results, names, headings);
    expect(
      csv.startsWith('\uFEFF序号,月份,销售额(元),毛利(元),平台费用(元),商家承担的广告费(元),A 公司:代运营费用(元)'),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(15); // heading, 12 months, total, and the empty string after the last CRLF
    expect(lines[0]).toContain(`"'=B, ""纯提成"":代运营费用(元)"`);
    expect(lines[1]).toBe(
      '1,1月,200000.00,72000.00,11166.66,20000.00,25800.00,30000.00,32400.00,9000.00,15033.34,10833.34,8433.34,31833.34',
    );
    // Month 12 carries the 8 fen that the deposit's 2,000 a year leaves over 12 months.
    expect(lines[12]).toBe(
      '12,12月,200000.00,72000.00,11166.74,20000.00,25800.00,30000.00,32400.00,9000.00,15033.26,10833.26,8433.26,31833.26',
    );
    expect(lines[13]).toBe(
      '合计,,2400000.00,864000.00,134000.00,240000.00,309600.00,360000.00,388800.00,108000.00,180400.00,130000.00,101200.00,382000.00',
    );
    expect(csv.includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });

  it('formats amounts and cells safely', () => {
    expect(amount(5)).toBe('0.05');
    expect(amount(-933_333)).toBe('-9333.33');
    expect(csvCell('+86 电话')).toBe("'+86 电话");
    expect(csvCell('-5', false)).toBe('-5');
  });
});

describe('chartModel', () => {
  it('spans past the GMV and the nearby break-even points', () => {
    const state = defaultFeeState();
    const chart = chartModel(state, computeResults(state), 'zh');
    // GMV 200,000 → at least 400,000; tiered meets the fixed fee at a base of 487,500 (8 % b − 9,000 = 30,000),
    // GMV 541,666.67 → × 1.25 = 677,083 → ¥80万.
    expect(chart.xTicks.at(-1)?.label).toBe('¥80万');
    expect(chart.series).toHaveLength(4);
    expect(chart.rows.find((row) => row.current)?.costs).toEqual({
      'base-commission': yuan(25_800),
      fixed: yuan(30_000),
      commission: yuan(32_400),
      tiered: yuan(9_000),
    });
    expect(compactYuan(yuan(1_500_000), 'en')).toBe('¥1.5M');
    expect(compactYuan(yuan(150_000), 'en')).toBe('¥150k');
    expect(compactYuan(yuan(25_000), 'zh')).toBe('¥2.5万');
  });
});
