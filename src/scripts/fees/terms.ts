/**
 * The settlement section's drawing (loaded when it is opened): the statement of the offer and month
 * picked, the whole-amount jumps, the month on each commission base, and the guarantee's refunds.
 */
import type { FeeState } from '../../lib/fees/state';
import type { FeeTranslate } from '../../lib/fees/strings';
import { buildTermsView } from '../../lib/fees/terms-view';
import type { Cell, TableModel } from '../../lib/fees/view';
import { make } from '../kit/dom';
import type { FeeForm } from './form';

const cell = (value: Cell) =>
  make(value.scope ? 'th' : 'td', value.inner ? [make('span', value.text, value.inner)] : value.text, {
    ...(value.scope ? { scope: value.scope } : {}),
    ...value.attrs,
  });

function fill(table: HTMLTableElement, model: TableModel) {
  table.tHead?.replaceChildren(make('tr', model.head.map(cell)));
  table.tBodies[0]?.replaceChildren(...model.body.map((row) => make('tr', row.cells.map(cell), row.attrs)));
}

/** Fills a picker with options, keeping the choice when it is still offered. */
function options(select: HTMLSelectElement, list: { value: string; label: string }[]) {
  const chosen = select.value;
  select.replaceChildren(...list.map(({ value, label }) => make('option', label, { value })));
  if (list.some(({ value }) => value === chosen)) select.value = chosen;
}

const pickers = (root: HTMLElement) => ({
  model: root.querySelector('[data-statement-model]') as HTMLSelectElement,
  month: root.querySelector('[data-statement-month]') as HTMLSelectElement,
});

/** Draws the section for a valid state; with none (a value refused), nothing computed stays on the page. */
export function draw(root: HTMLElement, state: FeeState | null, t: FeeTranslate) {
  if (!state) {
    for (const table of root.querySelectorAll<HTMLTableElement>('.fee-statement')) fill(table, { head: [], body: [] });
    for (const node of root.querySelectorAll('[data-jumps], [data-statement-caption]')) node.replaceChildren();
    return;
  }
  const pick = pickers(root);
  const view = buildTermsView(state, t, pick.model.value, pick.month.value);
  options(
    pick.model,
    view.models.map(({ id, name }) => ({ value: id, label: name })),
  );
  options(pick.month, view.months);
  const $ = (selector: string) => root.querySelector(selector) as HTMLElement;
  const table = (selector: string) => root.querySelector(selector) as HTMLTableElement;
  $('[data-statement-caption]').textContent = view.caption;
  fill(table('[data-statement]'), view.statement);
  $('[data-jumps]').replaceChildren(...view.jumps.map((text) => make('li', text)));
  $('[data-jumps-box]').hidden = view.jumps.length === 0;
  fill(table('[data-bases]'), view.bases);
  $('[data-refunds-box]').hidden = view.refunds === null;
  fill(table('[data-refunds]'), view.refunds ?? { head: [], body: [] });
}

/**
 * Puts the settlement terms on the page with the values they hold (read before their inputs, with
 * the page's first values, join the page), and redraws when the merchant picks another offer or month.
 */
export function open(root: HTMLElement, form: FeeForm, current: () => FeeState | null, t: FeeTranslate) {
  const template = root.querySelector<HTMLTemplateElement>('template[data-terms-template]');
  if (!template) return;
  const raw = form.read();
  template.replaceWith(template.content.cloneNode(true));
  (root.querySelector('[data-terms-open]') as HTMLElement).hidden = true;
  form.write(raw);
  const pick = pickers(root);
  for (const select of [pick.model, pick.month])
    select.addEventListener('change', () => {
      draw(root, current(), t);
    });
}
