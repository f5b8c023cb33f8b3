/**
 * Draws the comparison of `<vetting-scorecard>` from its view model (src/lib/vetting/view.ts): the
 * ranking, and the detail tables cloned from the blank server-rendered one. User text via text nodes.
 */
import type { CellView, DetailTableView, Part, RankingRow } from '../../lib/vetting/view';
import { make, type Attributes } from '../kit/dom';

const part = ({ text, tag, className }: Part): Node | string =>
  tag ? make(tag, text, className ? { class: className } : {}) : text;

/** A `td` from the model, greyed out when its agency is not the one being scored. */
function cell({ attrs, parts }: CellView, active = true): HTMLTableCellElement {
  const extra: Attributes = active ? {} : { class: 'vs-inactive' };
  return make('td', parts.map(part), { ...attrs, ...extra });
}

function rankingRow(row: RankingRow): HTMLTableRowElement {
  return make(
    'tr',
    [
      make('td', row.rank, { class: 'vs-rank' }),
      make(
        'th',
        [
          make('strong', row.name, { class: 'vs-rank-name' }),
          make('span', row.status, { class: 'vs-rank-status' }),
          make('span', row.trust, { class: 'vs-rank-trust' }),
        ],
        { scope: 'row' },
      ),
      make('td', [make('strong', row.total), make('span', row.detail, { class: 'vs-rank-detail' })], {
        class: 'vs-rank-total',
      }),
      make('td', row.unchecked),
    ],
    row.attrs,
  );
}

/** The ranking: small, drawn on every change. */
export function drawRanking(root: HTMLElement, rows: RankingRow[]): void {
  const box = root.querySelector<HTMLElement>('[data-ranking-box]');
  if (box) box.hidden = rows.length === 0;
  root.querySelector('[data-ranking]')?.replaceChildren(...rows.map(rankingRow));
}

function detailTable(template: HTMLTableElement, view: DetailTableView): HTMLTableElement {
  const table = template.cloneNode(true) as HTMLTableElement;
  table.removeAttribute('data-detail-template');
  table.classList.remove('vs-template');
  table.classList.toggle('vs-inactive', !view.columns.some((column) => column.active));
  const caption = table.querySelector('caption');
  if (caption) caption.textContent = view.caption;
  for (const blank of table.querySelectorAll('.vs-blank')) blank.remove();
  table
    .querySelector('thead tr')
    ?.append(
      ...view.columns.map(({ name, active }) =>
        make('th', name, active ? { scope: 'col' } : { scope: 'col', class: 'vs-inactive' }),
      ),
    );
  for (const head of table.querySelectorAll<HTMLTableCellElement>('th[colspan]'))
    head.colSpan = 1 + view.columns.length;
  const cells = (models: CellView[]) => models.map((model, index) => cell(model, view.columns[index]?.active));
  table.querySelector('tr[data-summary-row="total"]')?.append(...cells(view.total));
  table.querySelector('tr[data-summary-row="unchecked"]')?.append(...cells(view.unchecked));
  table.querySelector('tr[data-summary-row="notes"]')?.append(...cells(view.notes));
  const rows = new Map(view.rows.map((row) => [row.id, row]));
  for (const element of table.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
    const row = rows.get(element.dataset['row'] ?? '');
    if (!row) continue;
    element.append(...cells(row.cells));
    element.hidden = row.hidden;
    element.toggleAttribute('data-na', row.notApplicable);
  }
  const flags = table.querySelector<HTMLElement>('tbody[data-section="flags"]');
  if (flags) flags.hidden = view.flagsHidden;
  return table;
}

/**
 * The detail tables: a copy of the whole criteria table per group of agencies, the largest thing the
 * page draws. The scorecard draws them when they come near the screen and before printing.
 */
function drawDetail(root: HTMLElement, tables: DetailTableView[]): void {
  const template = root.querySelector<HTMLTableElement>('[data-detail-template]');
  const detail = root.querySelector('[data-detail-box]');
  if (template && detail) detail.replaceChildren(...tables.map((view) => detailTable(template, view)));
}

/**
 * The detail tables drawn lazily: `show` keeps what they should show, drawn once they come near the
 * screen; `flush` draws it now (before printing).
 */
export function lazyDetail(root: HTMLElement): { show: (tables: () => DetailTableView[]) => void; flush: () => void } {
  let pending: (() => DetailTableView[]) | null = null;
  let near = false;
  const flush = () => {
    if (pending) drawDetail(root, pending());
    pending = null;
  };
  const box = root.querySelector('[data-detail-box]');
  if (box) {
    new IntersectionObserver(
      (entries) => {
        near = entries.some((entry) => entry.isIntersecting);
        if (near) flush();
      },
      { rootMargin: '100% 0px' },
    ).observe(box);
  }
  return {
    show: (tables) => {
      pending = tables;
      if (near) flush();
    },
    flush,
  };
}
