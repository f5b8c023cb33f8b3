/**
 * Plain form values in and out of the monthly review: the set-up form (targets, the agency's
 * deliverables, the merchant's obligations, the contract's consequences) and the editor of one month.
 */
import { parseDecimal, parseText, parseWhole, parseYuan, type FieldError, type FieldResult } from '../fields';
import { fenToPlainYuan, scaledToPlain } from '../money';
import {
  ACTIONS,
  DELIVERABLE_KINDS,
  DELIVERY_STATUSES,
  LIMITS,
  METRICS,
  OBLIGATION_STATUSES,
  SLOTS,
  type Action,
  type DeliverableKind,
  type DeliveryStatus,
  type Metric,
  type ObligationStatus,
} from './model';
import { emptyMonth, type MonthRecord, type ReviewState } from './state';

/** A field error: the kit's codes, or the review's own (a month that cannot be read). */
export type ReviewError = FieldError | { code: 'month-format' };

export type Values = Readonly<Record<string, string | boolean>>;

const str = (values: Values, name: string) => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};

function pick<T extends string>(options: readonly T[], raw: string, fallback: T): T {
  return (options as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

/** A month as people write it (2026-03, 2026/3, 2026.3, 2026年3月) → `YYYY-MM`; '' stays ''; `null` when it is not a real month. */
export function parseMonth(raw: string): string | null {
  const clean = raw.trim().replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (clean === '') return '';
  const found = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/.exec(clean);
  const month = Number(found?.[2]);
  if (!found || month < 1 || month > 12) return null;
  return `${found[1] ?? ''}-${String(month).padStart(2, '0')}`;
}

/** Collects parse results: the value when it parsed, the error under its field name when not. */
function collector() {
  const errors: Record<string, ReviewError> = {};
  const take = <T>(name: string, result: FieldResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    errors[name] = result.error;
    return fallback;
  };
  return { errors, take };
}

/** The set-up form → the set-up part of the state (months and mapping kept) and errors by field. */
export function readSetupForm(values: Values, previous: ReviewState) {
  const { errors, take } = collector();
  const start = parseMonth(str(values, 'start'));
  if (start === null) errors['start'] = { code: 'month-format' };
  const term = take('term', parseWhole(str(values, 'term'), 1, LIMITS.months), previous.term) ?? previous.term;
  const state: ReviewState = {
    ...previous,
    start: start ?? previous.start,
    term,
    targets: {
      sales: take('target.sales', parseYuan(str(values, 'target.sales'), LIMITS.moneyFen), null),
      visitors: take('target.visitors', parseWhole(str(values, 'target.visitors'), 0, LIMITS.visitors), null),
      conversion: take('target.conversion', parseDecimal(str(values, 'target.conversion'), 0, 100), null),
      roi: take('target.roi', parseDecimal(str(values, 'target.roi'), 0, LIMITS.roi), null),
    },
    deliverables: Array.from({ length: SLOTS.deliverables }, (_, i) => ({
      kind: pick<DeliverableKind>(DELIVERABLE_KINDS, str(values, `d.${i}.kind`), 'report'),
      label: take(`d.${i}.label`, parseText(str(values, `d.${i}.label`), LIMITS.label), ''),
      due: take(`d.${i}.due`, parseText(str(values, `d.${i}.due`), LIMITS.due), ''),
    })),
    obligations: Array.from({ length: SLOTS.obligations }, (_, i) => ({
      label: take(`o.${i}.label`, parseText(str(values, `o.${i}.label`), LIMITS.label), ''),
      amount: take(`o.${i}.amount`, parseDecimal(str(values, `o.${i}.amount`), 0, LIMITS.amount), null),
      unit: take(`o.${i}.unit`, parseText(str(values, `o.${i}.unit`), LIMITS.unit), ''),
    })),
    consequences: Array.from({ length: SLOTS.consequences }, (_, i) => ({
      metric: pick<Metric>(METRICS, str(values, `c.${i}.metric`), 'sales'),
      months: take(`c.${i}.months`, parseWhole(str(values, `c.${i}.months`), 1, 12), null),
      action: pick<Action | ''>(['', ...ACTIONS], str(values, `c.${i}.action`), ''),
      note: take(`c.${i}.note`, parseText(str(values, `c.${i}.note`), LIMITS.note), ''),
    })),
  };
  return { state, errors };
}

const plain = (value: number | null, decimals = 2) =>
  value === null ? '' : scaledToPlain(Math.round(value * 10 ** decimals), decimals);
const yuan = (fen: number | null) => (fen === null ? '' : fenToPlainYuan(fen));

/** The set-up part of the state as form values. */
export function setupFormValues(state: ReviewState): Record<string, string> {
  const values: Record<string, string> = {
    start: state.start,
    term: String(state.term),
    'target.sales': yuan(state.targets.sales),
    'target.visitors': plain(state.targets.visitors, 0),
    'target.conversion': plain(state.targets.conversion),
    'target.roi': plain(state.targets.roi),
  };
  state.deliverables.forEach((slot, i) => {
    Object.assign(values, { [`d.${i}.kind`]: slot.kind, [`d.${i}.label`]: slot.label, [`d.${i}.due`]: slot.due });
  });
  state.obligations.forEach((slot, i) => {
    Object.assign(values, {
      [`o.${i}.label`]: slot.label,
      [`o.${i}.amount`]: plain(slot.amount),
      [`o.${i}.unit`]: slot.unit,
    });
  });
  state.consequences.forEach((slot, i) => {
    Object.assign(values, {
      [`c.${i}.metric`]: slot.metric,
      [`c.${i}.months`]: plain(slot.months, 0),
      [`c.${i}.action`]: slot.action,
      [`c.${i}.note`]: slot.note,
    });
  });
  return values;
}

/** The month editor → that month's record and errors by field. */
export function readMonthForm(values: Values, month: string) {
  const { errors, take } = collector();
  const record: MonthRecord = {
    ...emptyMonth(month),
    sales: take('m.sales', parseYuan(str(values, 'm.sales'), LIMITS.moneyFen), null),
    visitors: take('m.visitors', parseWhole(str(values, 'm.visitors'), 0, LIMITS.visitors), null),
    conversion: take('m.conversion', parseDecimal(str(values, 'm.conversion'), 0, 100), null),
    adSpend: take('m.adSpend', parseYuan(str(values, 'm.adSpend'), LIMITS.moneyFen), null),
    roi: take('m.roi', parseDecimal(str(values, 'm.roi'), 0, LIMITS.roi), null),
    delivered: Array.from({ length: SLOTS.deliverables }, (_, i) =>
      pick<DeliveryStatus>(DELIVERY_STATUSES, str(values, `m.d.${i}`), ''),
    ),
    met: Array.from({ length: SLOTS.obligations }, (_, i) =>
      pick<ObligationStatus>(OBLIGATION_STATUSES, str(values, `m.o.${i}`), ''),
    ),
    notes: take('m.notes', parseText(str(values, 'm.notes').replace(/\r?\n/g, ' '), LIMITS.monthNotes), ''),
    evidence: take('m.evidence', parseText(str(values, 'm.evidence').replace(/\r?\n/g, ' '), LIMITS.monthNotes), ''),
  };
  return { record, errors };
}

/** A month's record as the editor's values. */
export function monthFormValues(record: MonthRecord): Record<string, string> {
  const values: Record<string, string> = {
    'm.sales': yuan(record.sales),
    'm.visitors': plain(record.visitors, 0),
    'm.conversion': plain(record.conversion),
    'm.adSpend': yuan(record.adSpend),
    'm.roi': plain(record.roi),
    'm.notes': record.notes,
    'm.evidence': record.evidence,
  };
  record.delivered.forEach((status, i) => (values[`m.d.${i}`] = status));
  record.met.forEach((status, i) => (values[`m.o.${i}`] = status));
  return values;
}

/** Whether a record holds anything at all. */
export function isEmptyMonth(record: MonthRecord): boolean {
  const blank = emptyMonth(record.month);
  return JSON.stringify(blank) === JSON.stringify(record);
}

/** The state with `record` in its place (months kept in order, one per month; an empty record is dropped). */
export function withMonth(state: ReviewState, record: MonthRecord): ReviewState {
  const others = state.months.filter((month) => month.month !== record.month);
  const months = isEmptyMonth(record) ? others : [...others, record];
  return { ...state, months: months.sort((a, b) => a.month.localeCompare(b.month)) };
}

/** The record of `month`, or an empty one. */
export function monthRecord(state: ReviewState, month: string): MonthRecord {
  return state.months.find((record) => record.month === month) ?? emptyMonth(month);
}
