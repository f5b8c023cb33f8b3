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
    // GMV 200,000, no refunds, growth 0, multipliers 1: a year is 12 equal months.
    expect(results.models.map((model) => [model.id, model.monthlyFen, model.yearlyFen, model.takeRateBp])).toEqual([
      ['base-commission', yuan(27_000), yuan(324_000), 1350],
      ['fixed', yuan(30_000), yuan(360_000), 1500],
      ['commission', yuan(36_000), yuan(432_000), 1800],
      ['tiered', yuan(10_000), yuan(120_000), 500],
    ]);
    expect(results.cheapest).toEqual(['tiered']);
  });

  it('works out the merchant’s profit under each model', () => {
    // Gross profit 40 % × 200,000 = 80,000. Platform: 5 % × 200,000 = 10,000; payment 1 % = 2,000;
    // yearly fee 30,000 + 4 % of the 50,000 deposit = 32,000 a year → 2,666.67 a month. Ads 20,000.
    // Before the agency: 80,000 − 14,666.67 − 20,000 = 45,333.33.
    expect(results.month).toEqual({
      gmvFen: yuan(200_000),
      grossProfitFen: yuan(80_000),
      platformFen: yuan(14_666.67),
      adFen: yuan(20_000),
    });
    expect(results.models.map((model) => model.monthlyProfitFen)).toEqual([
      yuan(18_333.33),
      yuan(15_333.33),
      yuan(9_333.33),
      yuan(35_333.33),
    ]);
    // Year: 960,000 − (144,000 + 32,000) − 240,000 = 544,000 before the agency.
    expect(results.models.map((model) => model.yearlyProfitFen)).toEqual([
      yuan(220_000),
      yuan(184_000),
      yuan(112_000),
      yuan(424_000),
    ]);
    expect(results.adReturnHundredths).toBe(1000);
  });

  it('finds the break-even between every pair', () => {
    expect(pairBreakEven(results, 'base-commission', 'fixed')).toBe(yuan(250_000));
    expect(pairBreakEven(results, 'base-commission', 'commission')).toBe(yuan(125_000));
    // 30,000 / 18 % = 166,666.666… → the first fen at which 18 % reaches 30,000 is 166,666.67.
    expect(pairBreakEven(results, 'fixed', 'commission')).toBe(yuan(166_666.67));
    // Tiered against A: 8 % g − 9,000 = 15,000 + 6 % g above 300,000 → 1,200,000.
    expect(pairBreakEven(results, 'base-commission', 'tiered')).toBe(yuan(1_200_000));
    expect(results.pairs).toHaveLength(6);
  });

  it('warns about the commission-only offer', () => {
    expect(feeWarnings(defaultFeeState(), results)).toEqual([
      { id: 'rate-range', model: 'commission', ratesBp: [1800] },
      { id: 'zero-base', model: 'commission' },
    ]);
  });

  it('keeps the plan table adding up to its totals', () => {
    expect(results.planTotals.gmvFen).toBe(yuan(2_400_000));
    expect(results.plan.map((row) => row.platformFen - 1_200_000)).toEqual(spreadOverYear(yuan(32_000)));
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
    // Margin 10 %: 20,000 − 14,666.67 = 5,333.33 before the agency: every offer loses money.
    expect(ids).toEqual([
      'zero-base:base-commission',
      'rate-range:commission',
      'zero-base:commission',
      'loss:base-commission',
      'loss:fixed',
      'loss:commission',
      'loss:tiered',
      'ads-from-fee',
    ]);
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
        expect(Math.max(...months) - Math.min(...months)).toBeLessThanOrEqual(1);
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
    const names = { 'base-commission': 'A 公司', fixed: '固定费', commission: '=B, "纯提成"', tiered: '阶梯' };
    const csv = planCsv(results, names, headings);
    expect(
      csv.startsWith('\uFEFF序号,月份,销售额(元),毛利(元),平台费用(元),商家承担的广告费(元),A 公司:代运营费用(元)'),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(15); // heading, 12 months, total, and the empty string after the last CRLF
    expect(lines[0]).toContain(`"'=B, ""纯提成"":代运营费用(元)"`);
    expect(lines[1]).toBe(
      '1,1月,200000.00,80000.00,14666.66,20000.00,27000.00,30000.00,36000.00,10000.00,18333.34,15333.34,9333.34,35333.34',
    );
    expect(lines[13]).toBe(
      '合计,,2400000.00,960000.00,176000.00,240000.00,324000.00,360000.00,432000.00,120000.00,220000.00,184000.00,112000.00,424000.00',
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
    // GMV 200,000 → at least 400,000; tiered meets the fixed fee at 487,500 (8 % g − 9,000 = 30,000) → 609,375 → ¥80万.
    expect(chart.xTicks.at(-1)?.label).toBe('¥80万');
    expect(chart.series).toHaveLength(4);
    expect(chart.rows.find((row) => row.current)?.costs).toEqual({
      'base-commission': yuan(27_000),
      fixed: yuan(30_000),
      commission: yuan(36_000),
      tiered: yuan(10_000),
    });
    expect(compactYuan(yuan(1_500_000), 'en')).toBe('¥1.5M');
    expect(compactYuan(yuan(150_000), 'en')).toBe('¥150k');
    expect(compactYuan(yuan(25_000), 'zh')).toBe('¥2.5万');
  });
});
