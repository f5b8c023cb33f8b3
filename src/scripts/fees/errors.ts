/**
 * Refused values shown at their fields through the kit (loaded with the results code: a page whose
 * values are all valid never needs it).
 */
import type { FieldError } from '../../lib/fees/fields';
import { errorMessage, inputId } from '../../lib/fees/messages';
import type { FeeTranslate } from '../../lib/fees/strings';
import type { KitStrings } from '../../lib/kit/kit-strings';
import type { Translate } from '../../lib/kit/strings';
import { showFieldErrors, type FieldSlot } from '../kit/form';

export function showErrors(
  root: HTMLElement,
  errors: readonly FieldError[],
  t: FeeTranslate,
  kit: Translate<KitStrings>,
) {
  const inputs = (selector: string) => [...root.querySelectorAll<HTMLInputElement>(selector)];
  /** The form's fields for the kit: a radio group, the offers' checkboxes and the schedule each count as one. */
  function fields(): FieldSlot[] {
    const slots = [...root.querySelectorAll<HTMLElement>('[data-error-for]')].map((error): FieldSlot => {
      const name = error.dataset['errorFor'] ?? '';
      const controls =
        name === 'tiers'
          ? inputs('[data-tier-row]:not([hidden]) input')
          : name.includes('.')
            ? inputs(`#${inputId(name as FieldError['field'])}`)
            : inputs(`[name="${name}"]`);
      const labelled =
        name === 'show'
          ? root.querySelector('#fee-offers-heading')
          : controls.length > 1
            ? error.closest('fieldset')?.querySelector('legend')
            : controls[0]?.labels?.[0];
      return { name, controls, error, label: labelled?.textContent.replace(/\s+/g, ' ').trim() ?? name };
    });
    // The schedule first: clearing its mark must not clear a bracket cell's.
    return slots.sort((a, b) => Number(b.name === 'tiers') - Number(a.name === 'tiers'));
  }

  const messages = Object.fromEntries(errors.map((error) => [error.field, errorMessage(error, t)]));
  // The summary says, in the tool's words, that results and saving wait for the fixes.
  const words: Translate<KitStrings> = (key, values) => (key === 'errorSummary' ? t(key, values) : kit(key, values));
  showFieldErrors(root, messages, words, fields());
}
