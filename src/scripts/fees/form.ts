/**
 * The fee form's inputs as text (`RawInputs`), read from and written to the page, and the field
 * errors shown through the kit. What the text means is decided in src/lib/fees.
 */
import type { FieldError, RawBracket, RawInputs } from '../../lib/fees/fields';
import { echoText, errorMessage, inputId, overridesFor, type FormOverrides } from '../../lib/fees/form';
import type { FeeTranslate } from '../../lib/fees/strings';
import type { KitStrings } from '../../lib/kit/kit-strings';
import type { Translate } from '../../lib/kit/strings';
import { setText, showFieldErrors, type FieldSlot } from '../kit/form';

/** Nothing computed from invalid values may stay on the page, not even hidden. */
export function clearResults(root: HTMLElement) {
  for (const table of root.querySelectorAll<HTMLTableElement>(
    '[data-compare], [data-chart-table], [data-plan-table], .fee-statement',
  )) {
    table.tHead?.replaceChildren();
    table.tBodies[0]?.replaceChildren();
  }
  for (const node of root.querySelectorAll(
    '[data-pairs], [data-warnings], [data-legend], [data-chart-svg], [data-answer], [data-flip], [data-jumps], [data-statement-caption]',
  ))
    node.replaceChildren();
}

/**
 * `initial` is what the page was rendered with: inputs not on the page (the settlement terms, until
 * they are opened) keep the text last written to them, so reading the form never loses a value.
 */
export function feeForm(root: HTMLElement, initial: RawInputs) {
  let held: RawInputs = initial;
  const inputs = (selector: string) => [...root.querySelectorAll<HTMLInputElement>(selector)];
  const rowElements = [...root.querySelectorAll<HTMLElement>('[data-tier-row]')];
  const visible = () => rowElements.filter((row) => !row.hidden);
  const cells = (row: HTMLElement) => [...row.querySelectorAll('input')];
  let overrides: FormOverrides = { show: null, tiers: null };

  function rows(): RawBracket[] {
    return visible().map((row) => ({ upTo: cells(row)[0]?.value ?? '', rate: cells(row)[1]?.value ?? '' }));
  }

  /** Shows `brackets` in the first rows and hides the rest (the first row always shows). */
  function setRows(brackets: readonly RawBracket[]) {
    rowElements.forEach((row, index) => {
      row.hidden = index > 0 && index >= brackets.length;
      const [upTo, rate] = cells(row);
      if (upTo && rate) {
        upTo.value = brackets[index]?.upTo ?? '';
        rate.value = brackets[index]?.rate ?? '';
      }
    });
    const count = visible().length;
    (root.querySelector('[data-tier-add]') as HTMLButtonElement).disabled = count >= rowElements.length;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-tier-remove]')) button.disabled = count === 1;
  }

  function read(): RawInputs {
    const raw: Record<string, unknown> = { ...held };
    const radios = new Set<string>();
    const shown: string[] = [];
    for (const { name, value, type, checked } of inputs('input[name], select[name]')) {
      if (name === 'show') {
        if (checked) shown.push(value);
      } else if (type === 'radio') {
        if (checked || !radios.has(name)) raw[name] = checked ? value : '';
        radios.add(name);
      } else if (!name.startsWith('tier-')) raw[name] = value;
    }
    return { ...raw, show: overrides.show ?? shown.join(','), tiers: overrides.tiers ?? rows() } as RawInputs;
  }

  function write(raw: RawInputs) {
    held = raw;
    overrides = overridesFor(raw, rowElements.length);
    setRows(raw.tiers);
    const codes = raw.show.split(',');
    for (const input of inputs('input[name], select[name]')) {
      const value = (raw as unknown as Record<string, string | undefined>)[input.name];
      if (input.name === 'show') input.checked = codes.includes(input.value);
      else if (input.type === 'radio') input.checked = input.value === value;
      else if (value !== undefined) input.value = value;
    }
  }

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

  function showErrors(errors: readonly FieldError[], t: FeeTranslate, kit: Translate<KitStrings>) {
    const messages = Object.fromEntries(errors.map((error) => [error.field, errorMessage(error, t)]));
    // The summary says, in the tool's words, that results and saving wait for the fixes.
    const words: Translate<KitStrings> = (key, values) => (key === 'errorSummary' ? t(key, values) : kit(key, values));
    showFieldErrors(root, messages, words, fields());
  }

  function echo() {
    for (const output of root.querySelectorAll<HTMLElement>('[data-echo]')) {
      const input = root.querySelector<HTMLInputElement>(`#fee-${output.dataset['echo'] ?? ''}`);
      setText(output, echoText(input?.value ?? ''));
    }
  }

  /** A store type was picked: its figures (in the option's data attributes) go into the platform fields. */
  function preset(select: HTMLSelectElement) {
    const figures = select.selectedOptions[0]?.dataset ?? {};
    for (const name of ['dep', 'pcr', 'pay']) {
      const [input] = inputs(`#fee-${name}`);
      if (input && figures[name]) input.value = figures[name];
    }
  }

  return {
    read,
    preset,
    write,
    rows,
    setRows,
    showErrors,
    echo,
    /** The merchant edited an input: a link's value it stood in for is dropped. */
    edited(name: string) {
      if (name === 'show') overrides = { ...overrides, show: null };
      if (name.startsWith('tier-')) overrides = { ...overrides, tiers: null };
    },
    focusRow(index: number) {
      visible()[index]?.querySelector('input')?.focus();
    },
  };
}
