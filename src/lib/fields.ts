/**
 * What a user types into a form field, turned into a value or an error to show at the field.
 * Every number goes through `parseDecimal` in `money.ts` (the site's one number parser), so every
 * tool accepts the same things: full-width digits, thousands separators, ¥ / 元, and 万.
 *
 * Errors are codes with values; the words are in the kit's dictionaries (`kit/kit-strings.ts`), so
 * a page's script carries no sentences of either language.
 */
import { parseDecimal as parseExact, scaledToPlain } from './money';

/** A message in both site languages, for texts printed in both (the bilingual contract). */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Why a field refused its value; `values` fill the message's placeholders. */
export interface FieldError {
  code: FieldErrorCode;
  values?: Readonly<Record<string, string | number>>;
}

export type FieldErrorCode =
  | 'amount'
  | 'amount-precision'
  | 'amount-max'
  | 'whole-range'
  | 'decimal-range'
  | 'text-control'
  | 'text-long'
  | 'date'
  | 'min-above-cap';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: FieldError };

const refuse = (code: FieldErrorCode, values?: FieldError['values']): { ok: false; error: FieldError } =>
  values ? { ok: false, error: { code, values } } : { ok: false, error: { code } };

/** ¥ amount for messages: 15000000 fen → "150,000". */
function yuanText(fen: number): string {
  return scaledToPlain(fen, 2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * An amount in yuan (up to two decimals, optionally in 万 or 亿) as whole fen. Empty gives `null`:
 * a blank the checklist prints as ______.
 */
export function parseYuan(raw: string, maxFen: number): FieldResult<number | null> {
  const parsed = parseExact(raw, 2, { units: true, exponent: false });
  if (!parsed.ok) {
    if (parsed.error === 'empty') return { ok: true, value: null };
    if (parsed.error === 'too-precise') return refuse('amount-precision');
    if (parsed.error === 'too-large') return refuse('amount-max', { max: yuanText(maxFen) });
    return refuse('amount');
  }
  if (parsed.value > BigInt(maxFen)) return refuse('amount-max', { max: yuanText(maxFen) });
  return { ok: true, value: Number(parsed.value) };
}

/** A whole number from `min` to `max`; empty gives `null`. */
export function parseWhole(raw: string, min: number, max: number): FieldResult<number | null> {
  const parsed = parseExact(raw, 0, { exponent: false });
  if (!parsed.ok && parsed.error === 'empty') return { ok: true, value: null };
  if (!parsed.ok || parsed.value < BigInt(min) || parsed.value > BigInt(max))
    return refuse('whole-range', { min, max });
  return { ok: true, value: Number(parsed.value) };
}

/** A number from `min` to `max` with at most two decimals (percent, score, ratio); empty gives `null`. */
export function parseDecimal(raw: string, min: number, max: number): FieldResult<number | null> {
  const parsed = parseExact(raw, 2, { exponent: false });
  if (!parsed.ok && parsed.error === 'empty') return { ok: true, value: null };
  if (!parsed.ok || parsed.value < BigInt(min * 100) || parsed.value > BigInt(max * 100)) {
    return refuse('decimal-range', { min, max });
  }
  return { ok: true, value: Number(parsed.value) / 100 };
}

/** Text up to `max` characters, trimmed; control characters are refused. */
export function parseText(raw: string, max: number): FieldResult<string> {
  const value = raw.trim();
  if (/[\u0000-\u001F\u007F]/.test(value)) return refuse('text-control');
  if (value.length > max) return refuse('text-long', { max, length: value.length });
  return { ok: true, value };
}

/**
 * A date as people type it: 2026-11-30, 2026/11/30, 2026.11.30 or 2026年11月30日, with or without
 * leading zeros and in full-width digits; given back as YYYY-MM-DD. Empty gives ''.
 */
export function parseDate(raw: string): FieldResult<string> {
  const clean = raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
  if (clean === '') return { ok: true, value: '' };
  const match = /^(\d{4})(?:[-/.\uFF0D\uFF0F\uFF0E]|年)(\d{1,2})(?:[-/.\uFF0D\uFF0F\uFF0E]|月)(\d{1,2})日?$/.exec(
    clean,
  );
  const value = match ? `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}` : '';
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return refuse('date');
  return { ok: true, value };
}
