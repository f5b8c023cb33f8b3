import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftMeta } from '../../../src/lib/contract/view';
import { fillTemplate, generateChecklist } from '../../../src/lib/contract/generate';
import { placeholdersIn, segmentTemplate } from '../../../src/lib/contract/placeholders';
import { clauseRule, selectClause } from '../../../src/lib/contract/select';
import { defaultContractState, type ContractState } from '../../../src/lib/contract/state';
import { BLANK, placeholderValues } from '../../../src/lib/contract/values';
import { contractState } from './arbitraries';
import { clauses, redFlags } from './fixture';

const state = (partial: Partial<ContractState>): ContractState => ({ ...defaultContractState(), ...partial });
const ids = (checklist: ReturnType<typeof generateChecklist>) => checklist.clauses.map((clause) => clause.id);
const textOf = (checklist: ReturnType<typeof generateChecklist>, id: string, locale: 'zh' | 'en') =>
  checklist.clauses.find((clause) => clause.id === id)?.text[locale]?.text;

/** 陈女士 after talking to agency B: commission only, a guarantee with a written refund. */
const chen = state({
  merchantNameZh: '陈氏家纺',
  agencyNameZh: 'B 公司',
  custody: 'full',
  specialCategory: false,
  tmallGlobal: false,
  foreignBrand: false,
  feeModel: 'commission',
  commissionRatePct: 18,
  commissionBase: 'net',
  capFeeFen: 8_000_000,
  kpiMetric: 'gmv',
  kpiTarget: 100_000_000,
  kpiPeriodMonths: 3,
  guarantee: true,
  refundAmountFen: 8_400_000,
  refundDays: 15,
  agencyDeposit: false,
  termMonths: 12,
});

describe('segmentTemplate', () => {
  it('splits text and placeholders and lists each placeholder once', () => {
    expect(segmentTemplate('A{termMonths}B{termMonths}')).toEqual([
      { text: 'A' },
      { slot: 'termMonths' },
      { text: 'B' },
      { slot: 'termMonths' },
    ]);
    expect(placeholdersIn('{agencyName} to {merchantName}, {agencyName}')).toEqual(['agencyName', 'merchantName']);
  });

  it('refuses a placeholder outside the fixed list, so a typo fails the build', () => {
    expect(() => segmentTemplate('{termMonth} months')).toThrow(/Unknown placeholder \{termMonth\}/);
  });
});

describe('selecting clauses: each input → the clauses', () => {
  it('keeps every conditional clause, marked, while nothing is decided (the default printout)', () => {
    const checklist = generateChecklist(clauses, redFlags, defaultContractState(), 'zh');
    expect(ids(checklist)).toHaveLength(clauses.length);
    const guarantee = checklist.clauses.find((clause) => clause.id === 'c-guarantee-refund');
    expect(guarantee).toMatchObject({ applies: 'if', dependsOn: ['guarantee'] });
    expect(checklist.clauses.find((clause) => clause.id === 'c-deposit')).toMatchObject({ dependsOn: ['deposit'] });
    expect(checklist.clauses.find((clause) => clause.id === 'c-term')).toMatchObject({ applies: 'yes', dependsOn: [] });
  });

  it('orders by topic, then by the order in the data', () => {
    const topics = generateChecklist(clauses, redFlags, defaultContractState(), 'zh').clauses.map((c) => c.topic);
    expect(topics.slice(0, 5)).toEqual(['scope', 'scope', 'scope', 'fees', 'fees']);
    expect(topics.at(-1)).toBe('compliance');
  });

  it.each([
    ['full', 'c-scope-full'],
    ['half', 'c-scope-half'],
    ['single', 'c-scope-single'],
  ] as const)('custody %s keeps only %s of the scope clauses', (custody, kept) => {
    const scope = ids(generateChecklist(clauses, redFlags, state({ custody }), 'zh')).filter((id) =>
      id.startsWith('c-scope'),
    );
    expect(scope).toEqual([kept]);
  });

  it.each([
    ['base-commission', 'c-fee-base'],
    ['commission', 'c-fee-commission'],
    ['fixed', 'c-fee-fixed'],
    ['tiered', 'c-fee-tiered'],
  ] as const)('fee model %s keeps only %s', (feeModel, kept) => {
    const fees = ids(generateChecklist(clauses, redFlags, state({ feeModel }), 'zh')).filter((id) =>
      id.startsWith('c-fee'),
    );
    expect(fees).toEqual([kept]);
  });

  it.each([
    ['guarantee', 'c-guarantee-refund'],
    ['tmallGlobal', 'c-tmallglobal'],
    ['specialCategory', 'c-special'],
    ['foreignBrand', 'c-foreign'],
    ['agencyDeposit', 'c-deposit'],
  ] as const)('%s: yes keeps %s, no drops it', (field, id) => {
    const clause = clauses.find((c) => c.id === id);
    if (!clause) throw new Error(id);
    expect(selectClause(clauseRule(clause), state({ [field]: true })).applies).toBe('yes');
    expect(ids(generateChecklist(clauses, redFlags, state({ [field]: false }), 'zh'))).not.toContain(id);
  });
});

describe('filling placeholders: each input → the filled values', () => {
  it('writes the merchant’s numbers into the KPI and refund clauses (English)', () => {
    const checklist = generateChecklist(clauses, redFlags, chen, 'en');
    expect(textOf(checklist, 'c-kpi-gmv', 'en')).toBe(
      'By the end of month 3, monthly store GMV reaches at least ¥1,000,000.',
    );
    expect(textOf(checklist, 'c-guarantee-refund', 'en')).toBe(
      'If monthly GMV has not reached ¥1,000,000 by the end of month 3, B 公司 refunds ¥84,000 within 15 days.',
    );
    expect(textOf(checklist, 'c-fee-commission', 'en')).toBe(
      'Commission is 18% of the GMV net of refunds, capped at ¥80,000 a month.',
    );
    expect(checklist.locales).toEqual(['en']);
  });

  it('writes them in Chinese, and in both languages side by side when asked', () => {
    const checklist = generateChecklist(clauses, redFlags, chen, 'en', 'both');
    expect(checklist.locales).toEqual(['zh', 'en']);
    expect(textOf(checklist, 'c-guarantee-refund', 'zh')).toBe(
      '第3个月结束时月成交额（GMV）未达到1,000,000元的,乙方应在15日内退还84,000元。',
    );
    // The Chinese text calls the parties 甲方 and 乙方; their names head the checklist.
    expect(draftMeta(chen, '2026-12-02').agencyName).toBe('B 公司');
    expect(textOf(checklist, 'c-term', 'zh')).toBe('本合同期限为12个月。');
    expect(textOf(checklist, 'c-term', 'en')).toBe('This contract runs for 12 months.');
  });

  it('prints open answers as blanks and names parties by role, capitalised at a sentence start', () => {
    const checklist = generateChecklist(clauses, redFlags, defaultContractState(), 'en');
    const full = checklist.clauses.find((clause) => clause.id === 'c-scope-full')?.text.en;
    expect(full).toEqual({ text: 'The agency runs every module.', blanks: [] });
    const refund = checklist.clauses.find((clause) => clause.id === 'c-guarantee-refund')?.text.en;
    expect(refund?.text).toBe(
      `If ${BLANK} has not reached ${BLANK} by the end of month ${BLANK}, the agency refunds ¥${BLANK} within ${BLANK} days.`,
    );
    expect(refund?.blanks).toEqual(['kpiMetric', 'kpiTarget', 'kpiPeriodMonths', 'refundAmount', 'refundDays']);
    expect(textOf(generateChecklist(clauses, redFlags, defaultContractState(), 'zh'), 'c-scope-full', 'zh')).toBe(
      '乙方负责全部模块。',
    );
  });

  it('formats each kind of value', () => {
    const values = placeholderValues(
      state({
        kpiMetric: 'store-experience',
        kpiTarget: 4.8,
        reportCadence: 'fortnightly',
        meetingCadence: 'fortnightly',
        adPayer: 'merchant',
        merchantNameEn: '  Maison Lune  ',
        storeHolder: 'other',
        storeEntityName: 'Maison Lune (HK) Ltd',
        licenceHolder: 'other',
        baseFeeFen: 1_500_050,
        commissionRatePct: 6.5,
      }),
      'en',
    );
    expect(values).toMatchObject({
      kpiMetric: 'store experience score (店铺综合体验分)',
      kpiTarget: '4.8',
      reportCadence: 'fortnightly',
      meetingCadence: 'every two weeks',
      adPayer: 'Maison Lune',
      storeEntity: 'Maison Lune (HK) Ltd',
      licenceHolder: null,
      baseFee: '15,000.50',
      commissionRate: '6.5',
    });
    const zh = placeholderValues(state({ kpiMetric: 'conversion', kpiTarget: 3.5, storeHolder: 'agency' }), 'zh');
    expect(zh).toMatchObject({ kpiMetric: '支付转化率', kpiTarget: '3.5%', storeEntity: '乙方' });
    expect(placeholderValues(state({ kpiMetric: 'other', kpiMetricOther: '' }), 'zh').kpiMetric).toBeNull();
    // A return on ad spend is a multiple of the spend, in words as in the form.
    expect(placeholderValues(state({ kpiMetric: 'roas', kpiTarget: 3 }), 'zh').kpiTarget).toBe('3倍');
    expect(placeholderValues(state({ kpiMetric: 'roas', kpiTarget: 3.5 }), 'en').kpiTarget).toBe('3.5×');
  });

  it('uses the GMV KPI target as the GMV floor unless a floor is given', () => {
    expect(placeholderValues(state({ kpiMetric: 'gmv', kpiTarget: 50_000_000 }), 'en').gmvTarget).toBe('500,000');
    expect(
      placeholderValues(state({ kpiMetric: 'gmv', kpiTarget: 50_000_000, gmvTargetFen: 20_000_000 }), 'en').gmvTarget,
    ).toBe('200,000');
  });

  it('carries the ticks the merchant made', () => {
    const checklist = generateChecklist(clauses, redFlags, state({ ticks: { 'c-term': true } }), 'zh');
    expect(checklist.clauses.filter((clause) => clause.ticked).map((clause) => clause.id)).toEqual(['c-term']);
  });

  it('never leaves a raw {placeholder}, whatever the answers', () => {
    fc.assert(
      fc.property(contractState, fc.constantFrom('zh' as const, 'en' as const), (answers, locale) => {
        const checklist = generateChecklist(clauses, redFlags, answers, locale);
        for (const clause of checklist.clauses) {
          for (const filled of Object.values(clause.text)) expect(filled.text).not.toMatch(/\{[A-Za-z]+\}/);
        }
      }),
    );
  });

  it('a value that looks like a placeholder is printed as typed, not filled again', () => {
    expect(
      fillTemplate(
        '{merchantName} and {agencyName}',
        placeholderValues(state({ merchantNameEn: '{agencyName}' }), 'en'),
      ).text,
    ).toBe('{agencyName} and the agency');
  });
});
