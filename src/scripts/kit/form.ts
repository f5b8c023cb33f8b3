/**
 * Plain values in and out of a tool's form, and messages at the fields: every tool's logic reads
 * and writes plain `name → value` records (src/lib/<tool>/form.ts), never the DOM.
 */
import type { KitStrings } from '../../lib/kit/kit-strings';
import type { Translate } from '../../lib/kit/strings';
import { make } from './dom';

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

/** A field as `showFieldErrors` sees it: its controls (several for a radio group), its error line and its label. */
export interface FieldSlot {
  name: string;
  controls: Control[];
  error: HTMLElement;
  label: string;
}

/** The fields of a form marked up as `.field[data-field="name"]`, each with one control and an empty `.field-error`. */
function markedFields(form: HTMLElement): FieldSlot[] {
  return [...form.querySelectorAll<HTMLElement>('.field[data-field]')].flatMap((field) => {
    const name = field.dataset['field'] ?? '';
    const control = field.querySelector<Control>('input, select');
    const error = field.querySelector<HTMLElement>('.field-error');
    const label = field.querySelector('label, legend')?.textContent.trim() ?? name;
    return control && error ? [{ name, controls: [control], error, label }] : [];
  });
}

/**
 * Puts each message at its field (`aria-invalid`, `aria-describedby`) and clears the fields that are
 * fine now. By default a field is an element `.field[data-field="name"]` holding its control and an
 * empty `.field-error`; a tool whose markup differs passes its own `fields`. When the form has a
 * `[data-error-summary]`, it lists the messages as links to their fields ("2 fields need fixing:"),
 * in the words of the kit's dictionary `t`.
 */
export function showFieldErrors(
  form: HTMLElement,
  errors: Readonly<Record<string, string>>,
  t?: Translate<KitStrings>,
  fields: readonly FieldSlot[] = markedFields(form),
): void {
  const links: HTMLElement[] = [];
  for (const { name, controls, error, label } of fields) {
    const message = errors[name];
    if (message) {
      error.textContent = message;
      error.hidden = false;
      for (const control of controls) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [control.dataset['hint'], error.id].filter(Boolean).join(' '));
      }
      const text = t ? t('errorLink', { label, message }) : message;
      links.push(make('li', [make('a', text, { href: `#${controls[0]?.id ?? ''}` })]));
    } else if (!error.hidden) {
      error.hidden = true;
      error.textContent = '';
      for (const control of controls) {
        const hint = control.dataset['hint'];
        control.removeAttribute('aria-invalid');
        if (hint) control.setAttribute('aria-describedby', hint);
        else control.removeAttribute('aria-describedby');
      }
    }
  }
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  if (summary && t) {
    setHidden(summary, links.length === 0);
    summary.replaceChildren(
      ...(links.length > 0
        ? [make('p', t('errorSummary', { count: links.length })), make('ul', links, { 'data-error-list': '' })]
        : []),
    );
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
