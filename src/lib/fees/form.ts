/**
 * The fee form's decisions, apart from the DOM: how brackets move when one is added or removed,
 * which link values the form cannot hold, what a money field echoes, and what opening a link does.
 */
import { formatYuan, parseDecimal } from '../money';
import { MODEL_CODES, type FieldError, type FieldKey, type RawBracket, type RawInputs } from './fields';
import type { FeeState } from './state';
import type { FeeTranslate } from './strings';
import { queryFromState } from './query';

/** A new bracket goes in below the open top bracket, which moves up one row. */
export function addBracket(rows: readonly RawBracket[]): RawBracket[] {
  return [...rows.slice(0, -1), { upTo: '', rate: '' }, ...rows.slice(-1)];
}

export function removeBracket(rows: readonly RawBracket[], index: number): RawBracket[] {
  return rows.filter((_, row) => row !== index);
}

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

/** Whether two states hold the same figures (as their links do). */
export function sameFigures(a: FeeState, b: FeeState): boolean {
  return queryFromState(a) === queryFromState(b);
}

/**
 * What opening a link with figures does: with nothing saved, save them; with the same figures
 * saved, nothing; with other figures saved, ask before anything is saved over them.
 */
export function linkChoice(saved: FeeState | null, shown: FeeState | null): 'save' | 'keep' | 'ask' {
  if (!saved) return 'save';
  return shown && sameFigures(shown, saved) ? 'keep' : 'ask';
}

/** The id of the input an error belongs to (`tiers.2.upTo` → `fee-tier-2-upto`). */
export function inputId(field: FieldKey): string {
  const [name, row, part] = field.split('.');
  return row === undefined ? `fee-${name ?? ''}` : `fee-tier-${row}-${part === 'upTo' ? 'upto' : 'rate'}`;
}

/** The message shown at a field that refused its value (kept out of text.ts, which loads with the results). */
export function errorMessage(error: FieldError, t: FeeTranslate): string {
  return t(`error.${error.code}`, { limit: error.limit ?? '' });
}
