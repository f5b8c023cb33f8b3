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
  | 'date-ambiguous'
  | 'date-order'
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

/** English month names, as the date parser accepts them: the full name, its first three letters, or "Sept". */
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

function monthNumber(name: string): number {
  const index = MONTHS.findIndex((full) => name === full || name === full.slice(0, 3));
  return name === 'sept' ? 9 : index + 1;
}

/** YYYY-MM-DD when the day exists, or `null`. */
function isoIfReal(year: string, month: number, day: number): string | null {
  const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}

/**
 * A date as people type it, given back as YYYY-MM-DD (what is saved); empty gives ''. Full-width
 * digits are read as digits. Accepted:
 * - year first: 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日;
 * - a month named in English: 30 Nov 2026, 30 November 2026, Nov 30, 2026;
 * - day and month as numbers before the year: 30/11/2026 (day first, as outside the US). When the
 *   first number cannot be a month it is the day; when only the second cannot, it is 11/30/2026;
 *   when either way is a real date (5/11/2026), the field asks which is meant (`date-ambiguous`).
 */
export function parseDate(raw: string): FieldResult<string> {
  const clean = raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0D\uFF0F\uFF0E\uFF0C]/g, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfee0))
    .toLowerCase();
  if (clean === '') return { ok: true, value: '' };
  const sep = '\\s*[-/.]\\s*';
  const yearFirst = new RegExp(
    `^(\\d{4})(?:${sep}|\\s*年\\s*)(\\d{1,2})(?:${sep}|\\s*月\\s*)(\\d{1,2})\\s*[日号]?$`,
  ).exec(clean);
  // 30 Nov 2026, 30 November 2026, 30-Nov-2026; Nov 30, 2026.
  const dayName = /^(\d{1,2})(?:st|nd|rd|th)?[\s.-]*([a-z]+)\.?[\s,.-]*(\d{4})$/.exec(clean);
  const nameDay = /^([a-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d{4})$/.exec(clean);
  const numeric = new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})$`).exec(clean);
  let found: string | null = null;
  if (yearFirst) {
    found = isoIfReal(yearFirst[1] ?? '', Number(yearFirst[2]), Number(yearFirst[3]));
  } else if (dayName || nameDay) {
    const [day, name, year] = dayName
      ? [dayName[1], dayName[2], dayName[3]]
      : [nameDay?.[2], nameDay?.[1], nameDay?.[3]];
    const month = monthNumber(name ?? '');
    found = month > 0 ? isoIfReal(year ?? '', month, Number(day)) : null;
  } else if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3] ?? ''];
    const dayFirst = isoIfReal(year, second, first);
    const monthFirst = isoIfReal(year, first, second);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return refuse('date-ambiguous', { dayFirst, monthFirst });
    found = dayFirst ?? monthFirst;
  }
  return found ? { ok: true, value: found } : refuse('date');
}
