/** Where a refused value's message goes, and its words (loaded with the code that shows refusals). */
import type { FieldError, FieldKey } from './fields';
import type { FeeTranslate } from './strings';

/** The id of the input an error belongs to (`tiers.2.upTo` → `fee-tier-2-upto`). */
export function inputId(field: FieldKey): string {
  const [name, row, part] = field.split('.');
  return row === undefined ? `fee-${name ?? ''}` : `fee-tier-${row}-${part === 'upTo' ? 'upto' : 'rate'}`;
}

/** The message shown at a field that refused its value (kept out of text.ts, which loads with the results). */
export function errorMessage(error: FieldError, t: FeeTranslate): string {
  return t(`error.${error.code}`, { limit: error.limit ?? '' });
}
