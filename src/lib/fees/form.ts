/**
 * The fee form's decisions, apart from the DOM (how brackets move when one is added or removed is
 * brackets.ts, loaded with the results): which link values the form cannot hold, and what a money field echoes (what opening a link does is
 * url.ts; the words of a refusal, messages.ts: both load only when needed).
 */
import { formatYuan, parseDecimal } from '../money';
import { MODEL_CODES, type RawBracket, type RawInputs } from './fields';

/** Link values the form cannot show (an unknown model code, no or too many brackets): kept as text until that input is edited. */
export interface FormOverrides {
  show: string | null;
  tiers: RawBracket[] | null;
}

export function overridesFor(raw: RawInputs, rowCount: number): FormOverrides {
  const known: string[] = Object.values(MODEL_CODES);
  return {
    show: raw.show.split(',').every((code) => code === '' || known.includes(code)) ? null : raw.show,
    tiers: raw.tiers.length === 0 || raw.tiers.length > rowCount ? raw.tiers : null,
  };
}

/** The amount under a money field, with separators ("= ¥200,000"); empty when it is not an amount. */
export function echoText(value: string): string {
  const parsed = parseDecimal(value, 2, { units: true });
  return parsed.ok && parsed.value < 10n ** 15n ? `= ${formatYuan(Number(parsed.value))}` : '';
}
