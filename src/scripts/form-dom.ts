/**
 * Plain values in and out of a tool's form, and messages at the fields. Shared by the tools whose
 * logic reads and writes `RawForm` values (src/lib/scope/form.ts, src/lib/contract/form.ts).
 */
import type { Bilingual } from '../lib/fields';
import type { Locale } from '../lib/i18n';

type Control = HTMLInputElement | HTMLSelectElement;

function controls(form: HTMLFormElement): Control[] {
  return [...form.elements].filter(
    (element): element is Control =>
      (element instanceof HTMLInputElement && element.type !== 'file') || element instanceof HTMLSelectElement,
  );
}

/** Every named control's value: text for inputs and selects, the checked value of a radio group, booleans for checkboxes. */
export function readForm(form: HTMLFormElement): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const control of controls(form)) {
    if (!control.name) continue;
    if (control instanceof HTMLInputElement && control.type === 'radio') {
      if (control.checked) values[control.name] = control.value;
      else values[control.name] ??= '';
    } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      values[control.name] = control.checked;
    } else {
      values[control.name] = control.value;
    }
  }
  return values;
}

/** Shows `values` in the form (controls not listed keep what they have). */
export function writeForm(form: HTMLFormElement, values: Readonly<Record<string, string | boolean>>): void {
  for (const control of controls(form)) {
    const value = values[control.name];
    if (value === undefined) continue;
    if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = control.value === value;
    else if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
    else control.value = String(value);
  }
}

/** Puts each message at its field (aria-invalid, aria-describedby) and clears fields that are fine now. */
export function showFieldErrors(
  form: HTMLFormElement,
  errors: Readonly<Record<string, Bilingual>>,
  locale: Locale,
): void {
  for (const field of form.querySelectorAll<HTMLElement>('.field[data-field]')) {
    const name = field.dataset['field'] ?? '';
    const control = field.querySelector<Control>('input, select');
    const error = field.querySelector<HTMLElement>('.field-error');
    if (!control || !error) continue;
    const message = errors[name];
    const hint = control.dataset['hint'];
    if (message) {
      error.textContent = message[locale];
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [hint, error.id].filter(Boolean).join(' '));
    } else if (!error.hidden) {
      error.hidden = true;
      error.textContent = '';
      control.removeAttribute('aria-invalid');
      if (hint) control.setAttribute('aria-describedby', hint);
      else control.removeAttribute('aria-describedby');
    }
  }
}

/**
 * Sets an element's text only when it differs: a page-wide render then touches only what changed,
 * so restoring a tool does not make the browser restyle and lay out every clause again.
 */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Shows or hides an element, touching the DOM only when that changes. */
export function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}
