/**
 * Draws the scorecard's own parts from the state and its view model: the agency switcher, the editor
 * of the agency being scored, its status line and progress, and the weights. Wiring only.
 */
import type { AgencyRecord } from '../../lib/vetting/state';
import type { VettingView } from '../../lib/vetting/view';
import { setHidden, setText } from '../kit/form';
import { make } from '../kit/dom';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The switcher (radio buttons and the comparison's select), rebuilt when agencies come or go. */
export function drawSwitcher(root: HTMLElement, view: VettingView): void {
  const one = (selector: string) => root.querySelector<HTMLElement>(selector) as HTMLElement;
  const select = one('#vs-compare-switch') as HTMLSelectElement;
  const { agencies } = view;
  one('[data-switcher]').replaceChildren(
    ...agencies.map(({ id, active }) => {
      const input = make('input', undefined, { type: 'radio', name: 'vs-active', value: id, 'data-field': 'active' });
      input.checked = active;
      return make('label', [input, make('span', undefined, { 'data-name-of': id })]);
    }),
  );
  select.replaceChildren(...agencies.map(({ id, active }) => new Option('', id, false, active)));
  setHidden(one('[data-switcher-box]'), agencies.length === 0);
  setHidden(one('[data-compare-switch-box]'), agencies.length < 2);
  setHidden(one('[data-empty-note]'), agencies.length > 0);
  (one('[data-action="add"]') as HTMLButtonElement).disabled = view.full;
  setHidden(one('[data-full-note]'), !view.full);
  root.toggleAttribute('data-empty', agencies.length === 0);
  drawNames(root, view);
}

/** Every place that shows an agency's name, without rebuilding the switcher. */
export function drawNames(root: HTMLElement, view: VettingView): void {
  for (const { id, name } of view.agencies) {
    for (const element of root.querySelectorAll<HTMLElement>(`[data-name-of="${id}"]`)) setText(element, name);
    const option = root.querySelector<HTMLOptionElement>(`#vs-compare-switch option[value="${id}"]`);
    if (option && option.text !== name) option.text = name;
  }
}

/** Shows or hides what a red flag's box reveals (why it costs points, a note). */
export function showFlagEffect(item: HTMLElement, observed: boolean): void {
  const effect = item.querySelector<HTMLElement>('[data-flag-effect]');
  if (effect) setHidden(effect, !observed);
  item.toggleAttribute('data-observed', observed);
}

/**
 * Fills the editor with `agency`'s answers, putting it on the page from its <template> the first time
 * (until then the page holds none of its fields: see AgencyEditor.astro); hides it for none.
 */
export function drawEditor(
  root: HTMLElement,
  agency: AgencyRecord | undefined,
  notApplicable: readonly string[],
): void {
  if (agency) {
    const template = root.querySelector<HTMLTemplateElement>('template[data-editor-template]');
    template?.replaceWith(template.content);
  }
  const editor = root.querySelector<HTMLElement>('[data-editor]');
  if (!editor) return;
  editor.hidden = !agency;
  if (!agency) return;
  const set = (field: Field | null, value: string) => {
    if (field && field.value !== value) field.value = value;
  };
  set(editor.querySelector('[data-field="name"]'), agency.name);
  set(editor.querySelector('[data-field="notes"]'), agency.notes);
  for (const item of editor.querySelectorAll<HTMLElement>('[data-id]')) {
    const id = item.dataset['id'] ?? '';
    const check = (value: string) => {
      for (const radio of item.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
        radio.checked = radio.value === value;
    };
    const kind = item.dataset['kind'];
    if (kind === 'knockout') {
      check(agency.knockouts[id]?.answer ?? 'unchecked');
      set(item.querySelector('[data-field="ko-note"]'), agency.knockouts[id]?.note ?? '');
    } else if (kind === 'scored') {
      check(String(agency.scores[id]?.score ?? ''));
      const na = item.querySelector<HTMLInputElement>('[data-field="na"]');
      if (na) na.checked = notApplicable.includes(id);
      set(item.querySelector('[data-field="note"]'), agency.scores[id]?.note ?? '');
      set(item.querySelector('[data-field="evidence"]'), agency.scores[id]?.evidence ?? '');
    } else if (kind === 'flag') {
      const observed = agency.redFlags[id]?.observed ?? false;
      const box = item.querySelector<HTMLInputElement>('[data-field="flag"]');
      if (box) box.checked = observed;
      set(item.querySelector('[data-field="flag-note"]'), agency.redFlags[id]?.note ?? '');
      showFlagEffect(item, observed);
    }
  }
}

/** The status line and the groups' progress of the agency being scored. */
export function drawAgencyStatus(root: HTMLElement, view: VettingView): void {
  // No agency shown: the editor, which holds the status line, may not be on the page yet.
  const status = root.querySelector<HTMLElement>('[data-agency-status]');
  if (!status) return;
  if (!view.status) {
    status.replaceChildren();
    return;
  }
  status.dataset['status'] = view.status.status;
  status.replaceChildren(make('strong', view.status.line), make('span', view.status.score));
  for (const { group, text } of view.progress) {
    const progress = root.querySelector<HTMLElement>(`[data-editor] [data-progress-of="${group}"]`);
    if (progress) setText(progress, text);
  }
}

/** The weights' labels, shares and the all-zero message; with `values`, the fields too. */
export function drawWeights(root: HTMLElement, view: VettingView, values: boolean): void {
  const error = root.querySelector<HTMLElement>('[data-weights-error]');
  if (error) {
    setText(error, view.allZero);
    setHidden(error, !view.allZero);
  }
  const changed = root.querySelector<HTMLElement>('[data-weights-changed]');
  if (changed) setText(changed, view.weightsChanged);
  for (const { id, value, label, share, notApplicable } of view.weights) {
    for (const element of root.querySelectorAll<HTMLElement>(`[data-weight-of="${id}"]`)) setText(element, label);
    const cell = root.querySelector<HTMLElement>(`[data-share-of="${id}"]`);
    if (cell) setText(cell, share);
    const input = values ? root.querySelector<HTMLInputElement>(`#vs-${id}-weight`) : null;
    if (input) input.value = value;
    root.querySelector(`.vs-weights-table tr[data-id="${id}"]`)?.toggleAttribute('data-na', notApplicable);
  }
  for (const [selector, text] of [
    ['[data-weight-total]', view.weightTotal.points],
    ['[data-share-total]', view.weightTotal.share],
    ['[data-left-out]', view.leftOut],
    ['[data-ranking-summary]', view.summary],
  ] as const) {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      setText(element, text);
      setHidden(element, !text);
    }
  }
}

/** Criteria's and red flags' titles by id, as the page shows them (from the blank detail table). */
export function readTitles(root: HTMLElement): Map<string, string> {
  return new Map(
    [...root.querySelectorAll<HTMLElement>('[data-detail-template] tr[data-row]')].map((row) => [
      row.dataset['row'] ?? '',
      row.querySelector('[data-title]')?.textContent.trim() ?? '',
    ]),
  );
}
