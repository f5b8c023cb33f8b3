import { describe, expect, it } from 'vitest';
import { printWords } from '../../../src/lib/contract/labels';
import { defaultContractState } from '../../../src/lib/contract/state';
import { contractStrings } from '../../../src/lib/contract/strings';
import { withTick } from '../../../src/lib/contract/ticks';
import { hasSources, prefilled, readSources, withFees } from '../../../src/lib/contract/update';
import { slotText } from '../../../src/lib/contract/values';
import { checklistView } from '../../../src/lib/contract/checklist-view';
import { fieldApplies, formConditions, isoDate, printHeader } from '../../../src/lib/contract/view';
import { defaultFeeState, feeStateDefinition } from '../../../src/lib/fees/state';
import { defaultScopeState, scopeStateDefinition } from '../../../src/lib/scope/state';
import { encodeEnvelope } from '../../../src/lib/state';
import { modules } from '../scope/fixture';

const rules = {
  'c-term': { appliesWhen: 'always', usesDeposit: false },
  'c-cs-kpi': { appliesWhen: 'always', usesDeposit: false, module: 'customer-service' },
  'c-cs-peak-only': { appliesWhen: 'cs-peak-only', usesDeposit: false, module: 'customer-service' },
  'c-fee-fixed': { appliesWhen: 'fee-fixed', usesDeposit: false },
  'c-deposit': { appliesWhen: 'always', usesDeposit: true },
} as const;

describe('checklist view', () => {
  it('keeps every clause of a first visit, marking the ones that wait for an answer', () => {
    const view = checklistView(defaultContractState(), rules, modules, 'en', '2026-11-30');
    expect(view.outputLang).toBe('en');
    expect(view.clauses['c-term']).toEqual({ hidden: false, conditional: false, dependsOn: [], ticked: false });
    expect(view.clauses['c-fee-fixed']).toMatchObject({ hidden: false, conditional: true, dependsOn: ['fee-fixed'] });
    expect(view.clauses['c-deposit']?.dependsOn).toEqual(['deposit']);
    expect(view.meta).toEqual({
      merchantName: '______',
      agencyName: '______',
      draftDate: '2026-11-30',
      draftVersion: '______',
    });
    expect(view.flags.size).toBe(0);
    expect(view.kpiUnit).toBe('number');
  });

  it('hides what does not apply and shows the answers, red flags and ticks', () => {
    const state = {
      ...withTick(defaultContractState(), 'c-term', true),
      output: 'both' as const,
      feeModel: 'commission' as const,
      agencyDeposit: false,
      kpiMetric: 'gmv' as const,
      merchantNameZh: '小林茶业',
      owners: { 'paid-ads': 'shared' as const },
    };
    const view = checklistView(state, rules, modules, 'zh', '2026-11-30');
    expect(view.outputLang).toBe('both');
    expect(view.clauses['c-fee-fixed']?.hidden).toBe(true);
    expect(view.clauses['c-deposit']?.hidden).toBe(true);
    expect(view.clauses['c-term']?.ticked).toBe(true);
    expect(view.flags.has('rf-zero-service-fee')).toBe(true);
    // The English text names a party with only a Chinese name by that name; the Chinese text says 甲方.
    expect(view.slots.en.merchantName).toBe('小林茶业');
    expect(view.slots.zh.merchantName).toBe('甲方');
    expect(view.slots.en.agencyName).toBe('the agency');
    expect(view.kpiUnit).toBe('yuan');
    expect(view.owners).toEqual({ 'paid-ads': 'shared' });
    expect(withTick(state, 'c-term', false).ticks).toEqual({});
  });

  it('leaves out the clauses of a module the merchant keeps, and says which', () => {
    const open = checklistView(defaultContractState(), rules, modules, 'zh', '2026-11-30');
    expect(open.kept.size).toBe(0);
    expect(open.clauses['c-cs-kpi']?.hidden).toBe(false);
    expect(open.clauses['c-cs-peak-only']).toMatchObject({ hidden: false, dependsOn: ['cs-peak-only'] });
    const csKept = {
      ...defaultContractState(),
      csCoverage: 'peak-only' as const,
      owners: { 'presale-service': 'merchant', 'aftersale-service': 'merchant', membership: 'merchant' } as const,
    };
    const view = checklistView(csKept, rules, modules, 'zh', '2026-11-30');
    expect([...view.kept]).toEqual(['customer-service']);
    expect(view.clauses['c-cs-kpi']?.hidden).toBe(true);
    expect(view.clauses['c-cs-peak-only']?.hidden).toBe(true);
    expect(view.clauses['c-term']?.hidden).toBe(false);
    expect(formConditions(csKept, modules)['csOutsourced']).toBe('no');
    // One service outsourced: the module is not kept, and the customer-service fields are offered.
    const shared = { ...csKept, owners: { ...csKept.owners, 'presale-service': 'agency' as const } };
    expect(checklistView(shared, rules, modules, 'zh', '2026-11-30').clauses['c-cs-peak-only']).toMatchObject({
      hidden: false,
      conditional: false,
    });
    expect(fieldApplies('csOutsourced=yes', false, formConditions(shared, modules))).toBe(true);
  });

  it('prints a date typed wrong as a blank, never as today', () => {
    const state = { ...defaultContractState(), draftDate: '' };
    expect(checklistView(state, rules, modules, 'en', '2026-12-02').meta.draftDate).toBe('2026-12-02');
    expect(checklistView(state, rules, modules, 'en', '2026-12-02', new Set(['draftDate'])).meta.draftDate).toBe(
      '______',
    );
    const header = printHeader(state, 'en', printWords, '2026-12-02', true);
    expect(header.right).toBe('Date: ______ · Version: ______');
  });

  it('the key terms: the chosen fee line, and no refund line when nothing is guaranteed', () => {
    const first = checklistView(defaultContractState(), rules, modules, 'zh', '2026-11-30');
    expect(first.feeLine).toBe('');
    expect(first.refundLine).toBe(true);
    const state = { ...defaultContractState(), feeModel: 'tiered' as const, guarantee: false };
    const view = checklistView(state, rules, modules, 'zh', '2026-11-30');
    expect(view.feeLine).toBe('tiered');
    expect(view.refundLine).toBe(false);
  });

  it('names each answer that raised a flag', () => {
    const state = {
      ...defaultContractState(),
      ipOwner: 'agency' as const,
      offer: { ...defaultContractState().offer, noHandover: true },
    };
    const view = checklistView(state, rules, modules, 'zh', '2026-11-30');
    expect([...view.flags]).toEqual(['rf-handover-refusal']);
    expect([...view.reasons]).toEqual(['rf-handover-refusal', 'rf-handover-refusal:none']);
  });

  it('capitalises a role that starts an English sentence, and prints blanks', () => {
    expect(slotText('the agency', true)).toBe('The agency');
    expect(slotText('the agency', false)).toBe('the agency');
    expect(slotText(null, true)).toBe('______');
  });

  it('shows a waiting field for its answers, and for an undecided one unless strict', () => {
    expect(fieldApplies('feeModel=fixed|tiered', false, { feeModel: 'tiered' })).toBe(true);
    expect(fieldApplies('feeModel=fixed|tiered', false, { feeModel: 'commission' })).toBe(false);
    expect(fieldApplies('feeModel=fixed|tiered', false, { feeModel: '' })).toBe(true);
    expect(fieldApplies('storeHolder=other', true, { storeHolder: '' })).toBe(false);
  });

  it('words the print header in the output language(s)', () => {
    const state = { ...defaultContractState(), merchantNameEn: 'Acme', draftVersion: 'v2' };
    expect(printHeader(state, 'zh', printWords, '2026-11-30')).toEqual({
      left: '合同检查清单 · 甲方：Acme · 乙方：______',
      right: '日期：2026-11-30 · 版本：v2',
      foot: '甲方签字缩写 ________   乙方签字缩写 ________',
    });
    const both = printHeader({ ...state, output: 'both' }, 'zh', printWords, '2026-11-30');
    expect(both.left).toBe('合同检查清单 / Contract checklist · 甲方 / Merchant: Acme · 乙方 / Agency: ______');
    expect(printHeader({ ...state, merchantNameEn: '{colon}' }, 'en', printWords, 'd').left).toContain(
      'Merchant: {colon}',
    );
  });

  it('dates a draft in the reader’s own calendar', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('answers from the other tools', () => {
  const fees = encodeEnvelope(feeStateDefinition, defaultFeeState(), 'r', new Date(0));

  const stored =
    (values: Record<string, string | null>) =>
    (tool: string): string | null =>
      values[tool] ?? null;

  it('finds nothing without saved data', () => {
    expect(hasSources(readSources(stored({})))).toBe(false);
  });

  it('fills the first offer on a first visit, and another offer on request', () => {
    const sources = readSources(stored({ fees }));
    expect(hasSources(sources)).toBe(true);
    const filled = prefilled(defaultContractState(), sources, modules);
    expect(filled).toMatchObject({ feeModel: 'base-commission', baseFeeFen: 1_500_000, output: null });
    expect(withFees(filled, sources, 'commission')).toMatchObject({ feeModel: 'commission', commissionRatePct: 18 });
    expect(withFees(filled, sources, 'nonsense')).toBe(filled);
  });

  it('prints both languages for a foreign brand, unless the form names one', () => {
    const scope = { ...defaultScopeState(), platform: 'tmall-global' as const, foreignBrand: true };
    const sources = readSources(stored({ scope: encodeEnvelope(scopeStateDefinition, scope, 'r', new Date(0)) }));
    expect(prefilled(defaultContractState(), sources, modules)).toMatchObject({ foreignBrand: true, output: 'both' });
    const english = { ...defaultContractState(), output: 'en' as const };
    expect(prefilled(english, sources, modules).output).toBe('en');
  });

  it('has both languages in its interface dictionary', () => {
    expect(Object.keys(contractStrings.en)).toEqual(Object.keys(contractStrings.zh));
  });
});
