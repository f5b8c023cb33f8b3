import { describe, expect, it } from 'vitest';
import { parseAll, rawAll } from '../../../src/lib/fees/module-fields';
import { computeResults } from '../../../src/lib/fees/results';
import { defaultFeeState } from '../../../src/lib/fees/state';
import { buildTermsView, statementFor } from '../../../src/lib/fees/terms-view';
import { feeStrings } from '../../../src/lib/fees/strings';
import { translator } from '../../../src/lib/kit/strings';
import { queryFromState, rawFromLink } from '../../../src/lib/fees/url';

const costsOf = (query: string) => {
  const parsed = parseAll(rawFromLink(new URLSearchParams(query)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return Object.fromEntries(computeResults(parsed.state).models.map((model) => [model.id, model.monthlyFen / 100]));
};
const errorsOf = (query: string) => {
  const parsed = parseAll(rawFromLink(new URLSearchParams(query)));
  return parsed.ok ? [] : parsed.errors.map((error) => [error.field, error.code]);
};

// 陈女士's offers at ¥200,000 with 10 % refunds: every case worked by hand.
const base = 'gmv=200000&base=15000&rate=6&fixed=30000&pure=18&refund=10';

describe('the settlement terms in links', () => {
  it.each<[string, string, Record<string, number>]>([
    // Today's contract is unchanged.
    ['on=net', `${base}&on=net`, { 'base-commission': 25_800, fixed: 30_000, commission: 32_400, tiered: 9_000 }],
    [
      'basis=gmv',
      `${base}&basis=gmv`,
      { 'base-commission': 27_000, fixed: 30_000, commission: 36_000, tiered: 10_000 },
    ],
    // Paid with 5 % unpaid: base 190,000. A: 15,000 + 11,400; B: 34,200; tiered 9,500.
    [
      'basis=paid',
      `${base}&basis=paid&unpaid=5`,
      { 'base-commission': 26_400, fixed: 30_000, commission: 34_200, tiered: 9_500 },
    ],
    // Receipt, 5 % unpaid, 3 % of the 10 % refunded after receipt: 200,000 − 10,000 − 14,000 = 176,000.
    [
      'basis=receipt',
      `${base}&basis=receipt&unpaid=5&after=3`,
      { 'base-commission': 25_560, fixed: 30_000, commission: 31_680, tiered: 8_800 },
    ],
    // Net with 2 % coupons: 200,000 − 20,000 − 4,000 = 176,000.
    [
      'basis=net + coupons',
      `${base}&basis=net&coupon=2`,
      { 'base-commission': 25_560, fixed: 30_000, commission: 31_680, tiered: 8_800 },
    ],
    [
      'basis wins over on',
      `${base}&on=net&basis=gmv`,
      { 'base-commission': 27_000, fixed: 30_000, commission: 36_000, tiered: 10_000 },
    ],
    // Threshold ¥100,000 on 180,000: 15,000 + 6 % × 80,000 = 19,800; other offers untouched.
    [
      'threshold',
      `${base}&on=net&threshold=100000`,
      { 'base-commission': 19_800, fixed: 30_000, commission: 32_400, tiered: 9_000 },
    ],
    [
      'threshold 0 = none',
      `${base}&on=net&threshold=0`,
      { 'base-commission': 25_800, fixed: 30_000, commission: 32_400, tiered: 9_000 },
    ],
    // Whole-amount on 180,000 after refunds: the 8 % bracket (150,000–500,000) applies to all of it = 14,400.
    [
      'tiers whole',
      `${base}&on=net&tiers=150000:5,500000:8,:10&tiermode=whole`,
      { 'base-commission': 25_800, fixed: 30_000, commission: 32_400, tiered: 14_400 },
    ],
    // Marginal: 5 % × 150,000 + 8 % × 30,000 = 7,500 + 2,400 = 9,900.
    [
      'tiers marginal',
      `${base}&on=net&tiers=150000:5,500000:8,:10&tiermode=marginal`,
      { 'base-commission': 25_800, fixed: 30_000, commission: 32_400, tiered: 9_900 },
    ],
    // Guarantee 250,000 missed (180,000): half of the 15,000 back: 25,800 − 7,500 = 18,300.
    [
      'guarantee missed',
      `${base}&on=net&guarantee=250000&shortfall=50`,
      { 'base-commission': 18_300, fixed: 30_000, commission: 32_400, tiered: 9_000 },
    ],
    // Guarantee 180,000 met exactly on the base after refunds: nothing back.
    [
      'guarantee met',
      `${base}&on=net&guarantee=180000&shortfall=50`,
      { 'base-commission': 25_800, fixed: 30_000, commission: 32_400, tiered: 9_000 },
    ],
  ])('%s', (_, query, costs) => {
    expect(costsOf(query)).toEqual(costs);
  });

  it.each<[string, [string, string][]]>([
    ['basis=sideways', [['on', 'choose']]],
    ['tiermode=stepped', [['tiermode', 'choose']]],
    ['threshold=-5', [['threshold', 'negative']]],
    ['guarantee=lots', [['guarantee', 'not-number']]],
    ['shortfall=120', [['shortfall', 'too-large']]],
    ['refund=10&after=12', [['after', 'after-over-refund']]],
    ['refund=60&unpaid=30&coupon=20', [['unpaid', 'shares-over']]],
    ['bcbasis=all', [['bcbasis', 'choose']]],
  ])('refuses %s at its field', (query, errors) => {
    expect(errorsOf(query)).toEqual(errors);
  });

  it('writes every term into the link and reads it back', () => {
    const state = defaultFeeState();
    state.commissionOn = 'receipt';
    state.unpaidPct = 4;
    state.afterPct = 2.5;
    state.couponPct = 1;
    state.models['base-commission'] = {
      ...state.models['base-commission'],
      on: 'net',
      thresholdFen: 5_000_000,
      guaranteeFen: 25_000_000,
      shortfallPct: 50,
      period: 'quarter',
    };
    state.models.tiered = { ...state.models.tiered, mode: 'whole', on: 'gmv' };
    const query = new URLSearchParams(queryFromState(state));
    expect(query.get('basis')).toBe('receipt');
    expect(query.get('tiermode')).toBe('whole');
    const parsed = parseAll(rawFromLink(query));
    expect(parsed).toEqual({ ok: true, state });
    expect(rawAll(state).guarantee).toBe('250000');
  });
});

describe('the statement agrees with the results', () => {
  const t = translator(feeStrings.zh);
  it('totals each offer’s compared month and plan months as the page shows them', () => {
    const parsed = parseAll(
      rawFromLink(
        new URLSearchParams(
          `${base}&on=net&threshold=50000&guarantee=250000&shortfall=50&period=quarter&tiers=150000:5,:8&tiermode=whole&growth=5&tmin=12000`,
        ),
      ),
    );
    if (!parsed.ok) throw new Error('invalid');
    const results = computeResults(parsed.state);
    for (const model of results.models) {
      expect(statementFor(parsed.state, model.id, 'current').totalFen).toBe(model.monthlyFen);
      results.plan.forEach((row, index) => {
        expect(statementFor(parsed.state, model.id, index).totalFen).toBe(row.costs[model.id]);
      });
    }
    const view = buildTermsView(parsed.state, t, 'base-commission', '2');
    expect(view.caption).toBe('底薪 + 提成，计划第 3 个月（3月）：逐行结算');
    expect(view.refunds?.body.at(-1)?.cells.map((cell) => cell.text)).toEqual([
      '12 个月合计',
      // Monthly: every month misses (180,000 × 1.05ⁿ < 250,000 until month 8): 7 × 7,500.
      '¥52,500',
      // Quarterly: quarters 1 and 2 miss (22,500 each); yearly: the year's base is 2,865,… < 3,000,000.
      '¥45,000',
      '¥90,000',
    ]);
  });
});
