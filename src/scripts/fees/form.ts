/**
 * The fee form's inputs as text (`RawInputs`), read from and written to the page, and the field
 * errors shown through the kit. What the text means is decided in src/lib/fees.
 */
import type { RawBracket, RawInputs } from '../../lib/fees/fields';
import { echoText, overridesFor, type FormOverrides } from '../../lib/fees/form';
import { setText } from '../kit/form';

/** Nothing computed from invalid values may stay on the page, not even hidden. */
export function clearResults(root: HTMLElement) {
  for (const table of root.querySelectorAll<HTMLTableElement>(
    '[data-compare], [data-chart-table], [data-plan-table]',
  )) {
    table.tHead?.replaceChildren();
    table.tBodies[0]?.replaceChildren();
  }
  for (const node of root.querySelectorAll(
    '[data-pairs], [data-warnings], [data-legend], [data-chart-svg], [data-answer], [data-flip]',
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

  function echo() {
    for (const output of root.querySelectorAll<HTMLElement>('[data-echo]')) {
      const input = root.querySelector<HTMLInputElement>(`#fee-${output.dataset['echo'] ?? ''}`);
      setText(output, echoText(input?.value ?? ''));
    }
  }

  return {
    read,
    write,
    rows,
    setRows,
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

export type FeeForm = ReturnType<typeof feeForm>;
