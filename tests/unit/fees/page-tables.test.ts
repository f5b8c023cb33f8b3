/**
 * The fee calculator's hand-worked tables, moved from the browser suite (tests/e2e/fees.spec.ts):
 * a link's text goes through the same functions the page calls (rawFromQuery → parseInputs →
 * buildView / errorMessage), and the values checked are the ones the page writes into its
 * `data-value` contract and its field messages. Two cases of each table stay in the browser to
 * prove the wiring.
 */
import { describe, expect, it } from 'vitest';
import { parseAll, rawAll } from '../../../src/lib/fees/module-fields';
import { type FieldName, type RawInputs } from '../../../src/lib/fees/fields';
import { fenToPlainYuan } from '../../../src/lib/money';
import type { ModelId } from '../../../src/lib/fees/models';
import { defaultFeeState } from '../../../src/lib/fees/state';
import { translator } from '../../../src/lib/kit/strings';
import { errorMessage } from '../../../src/lib/fees/messages';
import { feeStrings } from '../../../src/lib/fees/strings';

const zhText = translator(feeStrings.zh);
import { rawFromLink } from '../../../src/lib/fees/url';
import { buildView } from '../../../src/lib/fees/view';
import { convertedAmount } from '../../../src/lib/fees/text';

/** What a fresh page shows for `?query`: each model's `data-value` and the break-even's (null: no attribute). */
function pageFigures(query: string) {
  // As the page opens a link: what it leaves out keeps its old meaning (all sales, no refunds).
  const raw = rawFromLink(new URLSearchParams(query));
  const parsed = parseAll(raw);
  if (!parsed.ok) throw new Error(`the link was refused: ${JSON.stringify(parsed.errors)}`);
  const view = buildView(parsed.state, zhText, 'zh');
  const costs: Record<string, number> = {};
  for (const row of view.compare.body)
    for (const cell of row.cells)
      if (cell.inner?.['data-result'] === 'agency-cost')
        costs[cell.inner['data-model'] ?? ''] = Number(cell.inner['data-value']);
  // The page's `data-result="break-even"` is the pair base + commission against fixed fee.
  const pair = view.pairs.filter((p) => p.a === 'base-commission' && p.b === 'fixed');
  expect(pair).toHaveLength(1);
  const breakEvenFen = pair[0]?.breakEvenFen ?? null;
  return { costs, breakEven: breakEvenFen === null ? null : Number(fenToPlainYuan(breakEvenFen)) };
}

interface ContractCase {
  name: string;
  query: string;
  /** The four offers compared by default (the offer priced by module is off in these links). */
  costs: Record<Exclude<ModelId, 'module'>, number>;
  /** Break-even GMV of base + commission against fixed fee (yuan), or null when they never cross. */
  breakEven: number | null;
}

// The link contract, on input sets worked out by hand. The tiered offer keeps its default
// schedule in every set: 5 % on the first ¥300,000 of the commission base, 8 % above.
const contractCases: ContractCase[] = [
  {
    // 陈女士: A 15,000 + 6 % × 200,000 = 27,000; fixed 30,000; B 18 % × 200,000 = 36,000;
    // tiered 5 % × 200,000 = 10,000. Break-even: 15,000 + 6 % g = 30,000 → g = 15,000 / 0.06 = 250,000.
    name: 'the default example (陈女士)',
    query: 'gmv=200000&base=15000&rate=6&fixed=30000&pure=18',
    costs: { 'base-commission': 27_000, fixed: 30_000, commission: 36_000, tiered: 10_000 },
    breakEven: 250_000,
  },
  {
    // The offer: 20,000 + 8 % × 300,000 = 44,000; fixed 40,000; 15 % × 300,000 = 45,000;
    // tiered 5 % × 300,000 = 15,000 (exactly the first bracket). Break-even (40,000 − 20,000) / 0.08 = 250,000.
    name: '¥20,000 + 8 % against 15 % at ¥300,000',
    query: 'gmv=300000&base=20000&rate=8&fixed=40000&pure=15',
    costs: { 'base-commission': 44_000, fixed: 40_000, commission: 45_000, tiered: 15_000 },
    breakEven: 250_000,
  },
  {
    // Commission on sales after 10 % refunds: base 200,000 × 0.9 = 180,000.
    // A 15,000 + 6 % × 180,000 = 25,800; fixed 30,000; B 18 % × 180,000 = 32,400; tiered 5 % × 180,000 = 9,000.
    // Break-even: 15,000 + 0.054 g = 30,000 → g = 277,777.77… → first fen at or past it: 277,777.78.
    name: 'commission on sales net of 10 % refunds',
    query: 'gmv=200000&base=15000&rate=6&fixed=30000&pure=18&refund=10&on=net',
    costs: { 'base-commission': 25_800, fixed: 30_000, commission: 32_400, tiered: 9_000 },
    breakEven: 277_777.78,
  },
  {
    // Refunds entered but commission on all GMV: the same as the default example.
    name: 'refunds entered, commission on all GMV',
    query: 'gmv=200000&base=15000&rate=6&fixed=30000&pure=18&refund=10&on=gmv',
    costs: { 'base-commission': 27_000, fixed: 30_000, commission: 36_000, tiered: 10_000 },
    breakEven: 250_000,
  },
  {
    // ¥500,000: A 15,000 + 30,000 = 45,000; fixed 30,000; B 90,000;
    // tiered 5 % × 300,000 + 8 % × 200,000 = 15,000 + 16,000 = 31,000.
    name: 'sales above the first tiered bracket',
    query: 'gmv=500000&base=15000&rate=6&fixed=30000&pure=18',
    costs: { 'base-commission': 45_000, fixed: 30_000, commission: 90_000, tiered: 31_000 },
    breakEven: 250_000,
  },
  {
    // Fen-level rounding (half up, once): GMV ¥123,456.78 = 12,345,678 fen.
    // A: 100,000 fen + 12,345,678 × 7.5 % = 100,000 + 925,925.85 → 1,025,926 fen = ¥10,259.26.
    // B: 12,345,678 × 12.5 % = 1,543,209.75 → 1,543,210 fen = ¥15,432.10. Tiered: × 5 % = 617,283.9 → ¥6,172.84.
    // Break-even: 4,000 / 0.075 = 53,333.33… → first fen at or past it: 53,333.34.
    name: 'amounts that round to the fen',
    query: 'gmv=123456.78&base=1000&rate=7.5&fixed=5000&pure=12.5',
    costs: { 'base-commission': 10_259.26, fixed: 5_000, commission: 15_432.1, tiered: 6_172.84 },
    breakEven: 53_333.34,
  },
  {
    // A base fee above the fixed fee: 35,000 + 5 % × 100,000 = 40,000 is never below 30,000: no break-even.
    // B 20 % × 100,000 = 20,000; tiered 5,000.
    name: 'a base fee above the fixed fee never breaks even',
    query: 'gmv=100000&base=35000&rate=5&fixed=30000&pure=20',
    costs: { 'base-commission': 40_000, fixed: 30_000, commission: 20_000, tiered: 5_000 },
    breakEven: null,
  },
  {
    // No sales: A is its base fee, 15,000; the commission models cost nothing. The break-even does not depend on GMV.
    name: 'zero sales',
    query: 'gmv=0&base=15000&rate=6&fixed=30000&pure=18',
    costs: { 'base-commission': 15_000, fixed: 30_000, commission: 0, tiered: 0 },
    breakEven: 250_000,
  },
  {
    // The largest GMV accepted, ¥1,000,000,000: A 100,000 + 10 % = 100,100,000; fixed 50,000,000; B 150,000,000;
    // tiered 15,000 + 8 % × 999,700,000 = 15,000 + 79,976,000 = 79,991,000.
    // Break-even (50,000,000 − 100,000) / 0.1 = 499,000,000.
    name: 'the largest GMV accepted',
    query: 'gmv=1000000000&base=100000&rate=10&fixed=50000000&pure=15',
    costs: { 'base-commission': 100_100_000, fixed: 50_000_000, commission: 150_000_000, tiered: 79_991_000 },
    breakEven: 499_000_000,
  },
  {
    // What people type, carried by a link: 20万 = 200,000, full-width ６ = 6, a ¥ sign and separators.
    name: 'Chinese units and full-width digits in a link',
    query: `gmv=${encodeURIComponent('20万')}&base=${encodeURIComponent('¥15,000')}&rate=${encodeURIComponent('６')}&fixed=30000&pure=18`,
    costs: { 'base-commission': 27_000, fixed: 30_000, commission: 36_000, tiered: 10_000 },
    breakEven: 250_000,
  },
];

describe('the link contract, on input sets worked out by hand', () => {
  it.each(contractCases)('$name', ({ query, costs, breakEven }) => {
    const figures = pageFigures(query);
    expect(figures.costs).toEqual(costs);
    expect(figures.breakEven).toBe(breakEven);
  });
});

/** Bad text typed into one field of a valid form: the message the page shows at that field. */
const badInputs: { field: FieldName; value: string; message: RegExp }[] = [
  { field: 'gmv', value: '', message: /请填写这一项/ },
  { field: 'gmv', value: '-5000', message: /不能是负数/ },
  { field: 'gmv', value: 'abc', message: /请只填数字/ },
  { field: 'gmv', value: '1e15', message: /不能超过 ¥1,000,000,000/ },
  { field: 'rate', value: '300', message: /不能超过 100%/ },
  { field: 'pure', value: '12.345', message: /最多保留 2 位小数/ },
  { field: 'base', value: '１２ab', message: /请只填数字/ },
  { field: 'bcname', value: '名'.repeat(41), message: /最多 40 个字/ },
];

describe('bad input: a message at the field and no results', () => {
  // The browser's starting point: sales of ¥250,000 typed into the default form.
  const start = (): RawInputs => ({ ...rawAll(defaultFeeState()), gmv: '250000' });

  it('starts from a valid form', () => {
    expect(parseAll(start()).ok).toBe(true);
  });

  it.each(badInputs)('#fee-$field = $value', ({ field, value, message }) => {
    const parsed = parseAll({ ...start(), [field]: value });
    // No state: the page computes no figure and saves nothing while any field is refused.
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => error.field)).toEqual([field]);
    const [error] = parsed.errors;
    if (!error) return;
    expect(errorMessage(error, zhText)).toMatch(message);
    // Fixing it (as the browser test types) makes the form valid again.
    const fixed = field === 'bcname' ? 'A 公司' : field === 'gmv' ? '260000' : '10';
    expect(parseAll({ ...start(), [field]: fixed }).ok).toBe(true);
  });
});

describe('a second currency beside CNY', () => {
  it('converts at the merchant’s rate, in the table and the answer', () => {
    const state = { ...defaultFeeState(), fx: { currency: 'EUR' as const, cnyPerUnitE4: 78_000 } };
    const view = buildView(state, zhText, 'zh');
    // A: 25,800 ÷ 7.8 = 3,307.692… → €3,307.69; tiered (cheapest) 9,000 ÷ 7.8 = 1,153.846… → €1,153.85.
    const first = view.compare.body[0]?.cells[1];
    expect(first).toMatchObject({ text: '¥25,800', note: '≈ €3,307.69' });
    expect(view.answer).toBe('按每月 ¥200,000 的销售额，阶梯提成最便宜：每月 ¥9,000（约 €1,153.85）。');
    expect(view.fxNote).toBe('外币金额按你填的汇率 1 EUR = 7.8 元换算，四舍五入到分，只供参考。');
    const usd = buildView({ ...state, fx: { currency: 'USD', cnyPerUnitE4: 71_234 } }, translator(feeStrings.en), 'en');
    // 9,000 ÷ 7.1234 = 1,263.441… → US$1,263.44.
    expect(usd.answer).toBe(
      'At ¥200,000 a month of sales, the tiered offer is the cheapest: ¥9,000 (≈ US$1,263.44) a month.',
    );
  });

  it('keeps the sign of a loss, and shows CNY only without a rate', () => {
    expect(convertedAmount(-780_000, { currency: 'EUR', cnyPerUnitE4: 78_000 }, zhText)).toBe('-€1,000');
    expect(convertedAmount(780_000, { currency: 'EUR', cnyPerUnitE4: null }, zhText)).toBe('');
    const view = buildView(defaultFeeState(), zhText, 'zh');
    expect(view.compare.body[0]?.cells[1]?.note).toBeUndefined();
    expect(view.fxNote).toBe('');
  });
});

describe('the Chinese words', () => {
  it('use full-width punctuation', () => {
    for (const [key, value] of Object.entries(feeStrings.zh)) {
      // Digits may keep their separators (1,200,000; 7.8); nothing else is half-width.
      const bare = value.replace(/\d[\d,.]*\d/g, '0');
      expect(`${key}: ${bare}`).not.toMatch(/: .*[,:;!?()]/);
    }
  });
});
