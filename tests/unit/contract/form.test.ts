import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contractFormValues,
  keptFields,
  moneyFields,
  readContractForm,
  textFields,
  wholeFields,
} from '../../../src/lib/contract/form';
import { defaultContractState, type ContractState } from '../../../src/lib/contract/state';
import { contractState } from './arbitraries';

import { describeFieldError, kitStrings } from '../../../src/lib/kit/kit-strings';
import { translator } from '../../../src/lib/kit/strings';
import type { FieldError } from '../../../src/lib/fields';

const zhField = (error: FieldError | undefined) =>
  error ? describeFieldError(error, translator(kitStrings.zh)) : undefined;
const enField = (error: FieldError | undefined) =>
  error ? describeFieldError(error, translator(kitStrings.en)) : undefined;

const kept = keptFields(defaultContractState());
const read = (values: Record<string, string | boolean>, base = defaultContractState()) =>
  readContractForm({ ...contractFormValues(base), ...values }, kept);

/** Text as the form keeps it: trimmed, no control characters. */
function normalise(state: ContractState): ContractState {
  const clean = (text: string) => text.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  return {
    ...state,
    merchantNameZh: clean(state.merchantNameZh),
    merchantNameEn: clean(state.merchantNameEn),
    agencyNameZh: clean(state.agencyNameZh),
    agencyNameEn: clean(state.agencyNameEn),
    draftVersion: clean(state.draftVersion),
    kpiMetricOther: clean(state.kpiMetricOther),
    storeEntityName: clean(state.storeEntityName),
    licenceHolderName: clean(state.licenceHolderName),
  };
}

describe('contract form', () => {
  it('reads back any state it shows', () => {
    fc.assert(
      fc.property(contractState, (raw) => {
        const state = normalise(raw);
        const result = readContractForm(contractFormValues(state), keptFields(state));
        expect(result.errors).toEqual({});
        expect(result.state).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  it('reads what people type', () => {
    const { state, errors } = read({
      merchantNameZh: ' 陈氏家纺 ',
      baseFeeFen: '1.5万',
      commissionRatePct: '6%',
      kpiMetric: 'gmv',
      kpiTarget: '100万',
      kpiPeriodMonths: '３',
      guarantee: 'yes',
      agencyDeposit: 'no',
      'offer.forfeitOnExit': true,
    });
    expect(errors).toEqual({});
    expect(state).toMatchObject({
      merchantNameZh: '陈氏家纺',
      baseFeeFen: 1_500_000,
      commissionRatePct: 6,
      kpiTarget: 100_000_000,
      kpiPeriodMonths: 3,
      guarantee: true,
      agencyDeposit: false,
    });
    expect(state.offer.forfeitOnExit).toBe(true);
  });

  it.each([
    ...Object.keys(moneyFields).map((name) => [name, '12abc']),
    ...Object.keys(wholeFields).map((name) => [name, '999']),
    ...Object.keys(textFields).map((name) => [name, 'x'.repeat(81)]),
    ['commissionRatePct', '120'],
    ['draftDate', '2026-13-01'],
    ['kpiTarget', 'lots'],
  ])('%s = %j gets a message at the field and stays blank in the state', (name, typed) => {
    const { state, errors } = read({ [name]: typed });
    expect(zhField(errors[name])).toBeTruthy();
    expect(enField(errors[name])).toBeTruthy();
    const value = (state as unknown as Record<string, unknown>)[name];
    expect(value === null || value === '').toBe(true);
    expect(Object.keys(errors)).toEqual([name]);
  });

  it('checks a KPI target against its metric', () => {
    expect(read({ kpiMetric: 'conversion', kpiTarget: '150' }).errors['kpiTarget']).toBeDefined();
    expect(read({ kpiMetric: 'conversion', kpiTarget: '3.5' }).state.kpiTarget).toBe(3.5);
    expect(read({ kpiMetric: 'roas', kpiTarget: '4' }).state.kpiTarget).toBe(4);
  });

  it('refuses a minimum fee above the cap, at the minimum', () => {
    const { state, errors } = read({ minFeeFen: '20000', capFeeFen: '10000' });
    expect(enField(errors['minFeeFen'])).toMatch(/minimum/);
    expect(state.minFeeFen).toBeNull();
    expect(state.capFeeFen).toBe(1_000_000);
  });

  it('ignores choices that are not on offer', () => {
    const { state } = read({ custody: 'quarter', output: 'fr', guarantee: 'maybe' });
    expect([state.custody, state.output, state.guarantee]).toEqual([null, null, null]);
  });

  it('reads the draft date however it is typed and keeps it as year-month-day', () => {
    for (const typed of ['30 Nov 2026', '30/11/2026', '2026年11月30日', '2026/11/30', 'November 30, 2026']) {
      expect(read({ draftDate: typed }).state.draftDate, typed).toBe('2026-11-30');
    }
  });

  it('asks which date is meant when day and month could be either, in both languages', () => {
    const { state, errors } = read({ draftDate: '5/11/2026' });
    expect(state.draftDate).toBe('');
    expect(zhField(errors['draftDate'])).toBe(
      '这个日期有两种读法：2026-11-05 还是 2026-05-11？请按“年-月-日”重写一遍。',
    );
    expect(enField(errors['draftDate'])).toMatch(/^Is that 2026-11-05 or 2026-05-11 \(year-month-day\)\?/);
  });

  it('reads the customer-service targets and peak windows, and refuses a window that ends before it starts', () => {
    const { state, errors } = read({
      csFirstReplySeconds: '30',
      csConversionPct: '45.5',
      csCoverage: 'peak-only',
      csPeak1From: '1 Jun 2026',
      csPeak1To: '2026年6月20日',
      csPeak2From: '2026-11-12',
      csPeak2To: '20/10/2026',
    });
    expect([state.csFirstReplySeconds, state.csConversionPct, state.csCoverage]).toEqual([30, 45.5, 'peak-only']);
    expect([state.csPeak1From, state.csPeak1To, state.csPeak2From]).toEqual(['2026-06-01', '2026-06-20', '2026-11-12']);
    expect(state.csPeak2To).toBe('');
    expect(zhField(errors['csPeak2To'])).toBe('结束日期不能早于开始日期。');
    expect(errors['csPeak2From']).toBeUndefined();
  });
});
