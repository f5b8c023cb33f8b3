/**
 * The target check's inputs as typed ⇄ its state. Form field names are the link's parameters, so a
 * link is judged by exactly the form's rules and its mistakes show at their fields. Every number goes
 * through `parseDecimal` (src/lib/money.ts).
 */
import { fenToPlainYuan, parseDecimal, scaledToPlain } from '../money';
import {
  BASES,
  HISTORIES,
  MAX_COUNT,
  MAX_CPC_FEN,
  MAX_MONTHLY_FEN,
  MAX_MONTHS,
  MAX_ROI_H,
  MAX_TARGET_FEN,
  PEAK_RANGE,
  type TargetState,
} from './state';

/** What is wrong with a field; `limit` values fill the message. */
export interface TargetFieldError {
  code: 'required' | 'number' | 'precision' | 'range' | 'positive' | 'either';
  min?: string;
  max?: string;
}

type NumberKey = Exclude<keyof TargetState, 'basis' | 'history'>;

interface Spec {
  /** Where it goes in the state. */
  key: NumberKey;
  /** Decimals typed; the state keeps the value scaled by 10^decimals. */
  decimals: number;
  min: number;
  max: number;
  /** Money: accepts 万, 亿, k, m. */
  money?: true;
  /** Empty means "not said" (`null`). */
  optional?: true;
}

/** Every numeric field by its form name and link parameter. */
export const NUMBER_FIELDS = {
  target: { key: 'targetFen', decimals: 2, min: 1, max: MAX_TARGET_FEN, money: true },
  months: { key: 'months', decimals: 0, min: 1, max: MAX_MONTHS },
  start: { key: 'startMonth', decimals: 0, min: 1, max: 12 },
  x618: { key: 'peak618', decimals: 2, min: PEAK_RANGE[0], max: PEAK_RANGE[1] },
  x1111: { key: 'peakDouble11', decimals: 2, min: PEAK_RANGE[0], max: PEAK_RANGE[1] },
  xny: { key: 'peakNewYear', decimals: 2, min: PEAK_RANGE[0], max: PEAK_RANGE[1] },
  visitors: { key: 'visitors', decimals: 0, min: 1, max: MAX_COUNT },
  cr: { key: 'crBp', decimals: 2, min: 1, max: 10_000 },
  aov: { key: 'aovFen', decimals: 2, min: 1, max: MAX_MONTHLY_FEN, money: true },
  repeat: { key: 'repeatBp', decimals: 2, min: 0, max: 10_000 },
  paid: { key: 'paidBp', decimals: 2, min: 0, max: 10_000 },
  roi: { key: 'roiH', decimals: 2, min: 1, max: MAX_ROI_H, optional: true },
  cpc: { key: 'cpcFen', decimals: 2, min: 1, max: MAX_CPC_FEN, money: true, optional: true },
  budget: { key: 'budgetFen', decimals: 2, min: 0, max: MAX_MONTHLY_FEN, money: true },
  stock: { key: 'stockUnits', decimals: 0, min: 0, max: MAX_COUNT, optional: true },
  upo: { key: 'unitsPerOrderH', decimals: 2, min: 1, max: 100_000 },
  approve: { key: 'approvalDays', decimals: 0, min: 1, max: 30, optional: true },
} as const satisfies Record<string, Spec>;

/** Choices by form name. */
export const CHOICE_FIELDS = { basis: BASES, hist: HISTORIES } as const;

export type FieldName = keyof typeof NUMBER_FIELDS | keyof typeof CHOICE_FIELDS;
export const FIELD_NAMES = [...Object.keys(NUMBER_FIELDS), ...Object.keys(CHOICE_FIELDS)] as FieldName[];

export type RawTarget = Partial<Record<string, string | boolean>>;

function parseNumber(spec: Spec, text: string): number | null | TargetFieldError {
  const parsed = parseDecimal(text, spec.decimals, { units: spec.money === true, exponent: false });
  const scale = (value: number) => scaledToPlain(value, spec.decimals);
  const range = { code: 'range', min: scale(spec.min), max: scale(spec.max) } as const;
  if (!parsed.ok) {
    if (parsed.error === 'empty') return spec.optional ? null : { code: 'required' };
    if (parsed.error === 'too-precise') return { code: 'precision', max: String(spec.decimals) };
    return parsed.error === 'too-large' || parsed.error === 'negative' ? range : { code: 'number' };
  }
  if (parsed.value === 0n && spec.min > 0) return { code: 'positive' };
  if (parsed.value < BigInt(spec.min) || parsed.value > BigInt(spec.max)) return range;
  return Number(parsed.value);
}

/** Reads the form: the state when every field is valid (else `null`), and each refused field's error. */
export function readTargetForm(raw: RawTarget): {
  state: TargetState | null;
  errors: Record<string, TargetFieldError>;
} {
  const errors: Record<string, TargetFieldError> = {};
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(NUMBER_FIELDS) as [string, Spec][]) {
    const value = raw[name];
    const text = typeof value === 'string' ? value : '';
    // An ROI is often written as a ratio: "1:3" (or 1：3) means 3.
    const result = parseNumber(spec, name === 'roi' ? text.replace(/^\s*1\s*[:：]/, '') : text);
    if (result !== null && typeof result === 'object') errors[name] = result;
    else values[spec.key] = result;
  }
  // The ads are priced by an ROI or a cost per click: one of the two is needed.
  if (values['roiH'] === null && values['cpcFen'] === null) errors['roi'] = { code: 'either' };
  const basis = BASES.find((option) => option === raw['basis']);
  const history = HISTORIES.find((option) => option === raw['hist']);
  if (!basis) errors['basis'] = { code: 'required' };
  if (!history) errors['hist'] = { code: 'required' };
  const state = Object.keys(errors).length === 0 ? ({ ...values, basis, history } as TargetState) : null;
  return { state, errors };
}

/** The form's text for a state (the inverse of `readTargetForm`). */
export function targetFormValues(state: TargetState): Record<FieldName, string> {
  const values = { basis: state.basis, hist: state.history } as Record<FieldName, string>;
  for (const [name, spec] of Object.entries(NUMBER_FIELDS) as [keyof typeof NUMBER_FIELDS, Spec][]) {
    const value = state[spec.key];
    values[name] = value === null ? '' : spec.money ? fenToPlainYuan(value) : scaledToPlain(value, spec.decimals);
  }
  return values;
}

/** Whether a query string carries any of the tool's inputs. */
export function hasInputs(query: URLSearchParams): boolean {
  return FIELD_NAMES.some((name) => query.has(name));
}

/**
 * The form's text for a link: parameters present replace `fallback`'s text (each cut at 60 characters).
 * A link pricing the ads by `cpc` alone promises no ROI: the fallback's is not lent to it.
 */
export function rawFromQuery(query: URLSearchParams, fallback: Record<FieldName, string>): Record<FieldName, string> {
  const raw = { ...fallback };
  if (query.has('cpc') && !query.has('roi')) raw.roi = '';
  for (const name of FIELD_NAMES) {
    const value = query.get(name);
    if (value !== null) raw[name] = value.slice(0, 60);
  }
  return raw;
}

/** The query string (without `?`) holding every input of `state`. */
export function queryFromState(state: TargetState): string {
  return new URLSearchParams(targetFormValues(state)).toString();
}
