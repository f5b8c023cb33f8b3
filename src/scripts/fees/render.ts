/**
 * Draws the fee calculator's results (tables, sentences, chart) from `buildView`, and writes the
 * CSV. Loaded on first need: the server-rendered page already shows the default example's
 * results, so a first visit runs none of this until the merchant starts typing.
 */
import { CHART_SIZE, type ChartModel } from '../../lib/fees/chart';
import { planCsv } from '../../lib/fees/csv';
import { fenToPlainYuan } from '../../lib/money';
import type { FeeState } from '../../lib/fees/state';
import type { FeeTranslate } from '../../lib/fees/strings';
import { csvHeadings, offerNames } from '../../lib/fees/text';
import { buildView, type Cell, type TableModel } from '../../lib/fees/view';
import { localeHref, type Locale } from '../../lib/i18n';
import { make, makeSvg } from '../kit/dom';
import { addBracket, removeBracket } from '../../lib/fees/brackets';
import type { FeeForm } from './form';

import { shareClick } from './share';
import type { Persistence } from '../kit/persistence';
export { showErrors } from './errors';
export { queryFromState } from '../../lib/fees/url';

function makeCell(cell: Cell) {
  const node = make(cell.scope ? 'th' : 'td', cell.inner ? [make('span', cell.text, cell.inner)] : cell.text, {
    ...(cell.scope ? { scope: cell.scope } : {}),
    ...cell.attrs,
  });
  if (cell.badge) node.append(make('span', cell.badge, { class: 'fee-badge' }));
  if (cell.note) node.append(make('span', cell.note, { class: 'fee-fx-note' }));
  return node;
}

/** Writes a table model into a table; mirrors DataTable.astro. */
function fillTable(table: HTMLTableElement, model: TableModel) {
  table.tHead?.replaceChildren(make('tr', model.head.map(makeCell)));
  table.tBodies[0]?.replaceChildren(...model.body.map((row) => make('tr', row.cells.map(makeCell), row.attrs)));
}

/** Redraws the chart; mirrors CostChart.astro. */
function drawChart(svg: SVGSVGElement, chart: ChartModel) {
  const { width, height, left, right, top, bottom } = CHART_SIZE;
  const base = height - bottom;
  const line = (className: string, x1: number, x2: number, y1: number, y2: number) =>
    makeSvg('line', { class: className, x1, x2, y1, y2 });
  const label = (x: number, y: number, anchor: string, content: string) =>
    makeSvg('text', { class: 'fee-axis-label', x, y, 'text-anchor': anchor }, content);
  svg.replaceChildren(
    ...chart.yTicks.map((tick) => line('fee-grid-line', left, width - right, tick.at, tick.at)),
    ...chart.yTicks.map((tick) => label(left - 4, tick.at + 3, 'end', tick.label)),
    ...chart.xTicks.map((tick) => label(tick.at, base + 14, 'middle', tick.label)),
    line('fee-axis', left, width - right, base, base),
    line('fee-axis', left, left, top, base),
    ...(chart.current ? [line('fee-current', chart.current.at, chart.current.at, top, base)] : []),
    ...chart.series.map((series) =>
      makeSvg('polyline', { class: 'fee-series', 'data-model': series.id, points: series.points }),
    ),
    ...chart.crossings.map((point) => makeSvg('circle', { class: 'fee-crossing', cx: point.x, cy: point.y, r: 3 })),
  );
}

/** Shows the results of a valid state. */
export function render(root: HTMLElement, state: FeeState, t: FeeTranslate, locale: Locale) {
  const $ = (selector: string) => root.querySelector(selector) as HTMLElement;
  const view = buildView(state, t, locale);
  for (const [selector, model] of [
    ['[data-compare]', view.compare],
    ['[data-chart-table]', view.chartTable],
    ['[data-plan-table]', view.plan],
  ] as const) {
    fillTable(root.querySelector(selector) as HTMLTableElement, model);
  }
  $('[data-answer]').textContent = view.answer;
  $('[data-flip]').textContent = view.flip;
  $('[data-ad-return]').textContent = view.adReturn;
  $('[data-fx-note]').textContent = view.fxNote;
  $('[data-pairs]').replaceChildren(
    ...view.pairs.map((pair) =>
      make('li', pair.sentence, {
        // The contract: base + commission against fixed fee is *the* break-even; other pairs are `pair`.
        'data-result': pair.a === 'base-commission' && pair.b === 'fixed' ? 'break-even' : 'pair',
        'data-pair': `${pair.a}:${pair.b}`,
        ...(pair.breakEvenFen === null ? {} : { 'data-value': fenToPlainYuan(pair.breakEvenFen) }),
      }),
    ),
  );
  $('[data-warnings]').replaceChildren(
    ...view.warnings.map(({ text, guide }) =>
      make(
        'li',
        guide
          ? [
              `${text} ${t('warning.guide')}`,
              make('a', t(`guide.${guide}`), { href: localeHref(locale, `guide/${guide}`) }),
            ]
          : text,
      ),
    ),
  );
  $('[data-warnings-box]').hidden = view.warnings.length === 0;
  drawChart(root.querySelector('[data-chart-svg]') as SVGSVGElement, view.chart);
  $('[data-legend]').replaceChildren(
    ...view.results.enabled.map((id) => {
      const sample = makeSvg('svg', { viewBox: '0 0 30 10', 'aria-hidden': 'true' });
      sample.append(makeSvg('line', { class: 'fee-series', 'data-model': id, x1: 0, x2: 30, y1: 5, y2: 5 }));
      return make('li', [sample, view.names[id]], { 'data-model': id });
    }),
  );
}

/** Downloads the 12-month plan as CSV. */
export async function downloadCsv(state: FeeState, t: FeeTranslate, locale: Locale) {
  const { results } = buildView(state, t, locale);
  const { statementsCsv } = await import('../../lib/fees/terms-view');
  const statements = statementsCsv(state, t)
    .map((cells) => cells.join(','))
    .join('\r\n');
  const csv = `${planCsv(results, offerNames(state.models, t, true), csvHeadings(t))}${statements}\r\n`;
  const link = make('a', '', {
    href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })),
    download: t('csv.file'),
  });
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 1000);
}

/** A store type was picked: its figures (in the option's data attributes) go into the platform fields. */
export function preset(root: HTMLElement, select: HTMLSelectElement) {
  const figures = select.selectedOptions[0]?.dataset ?? {};
  for (const name of ['dep', 'pcr', 'pay']) {
    const input = root.querySelector<HTMLInputElement>(`#fee-${name}`);
    if (input && figures[name]) input.value = figures[name];
  }
}

/** The merchant added or removed a bracket: rows move, focus follows (the ids of the rows never change). */
export function tierClick(root: HTMLElement, button: Element, form: FeeForm) {
  const rows = form.rows();
  const remove = button.closest<HTMLElement>('[data-tier-row]');
  const index = remove ? [...root.querySelectorAll('[data-tier-row]:not([hidden])')].indexOf(remove) : -1;
  form.edited('tier-');
  form.setRows(remove ? removeBracket(rows, index) : addBracket(rows));
  form.focusRow(remove ? Math.min(index, rows.length - 2) : rows.length - 1);
}

/** What a click on a share or bracket button needs from the page. */
export interface ClickContext {
  root: HTMLElement;
  t: FeeTranslate;
  locale: Locale;
  form: FeeForm;
  /** The valid state on screen, or null while an input is refused. */
  state: FeeState | null;
  persistence: Persistence;
  /** The form changed (a bracket added or removed). */
  edited: () => void;
}

/** A share button (copy, CSV, print) or a bracket's add or remove button was pressed. */
export function click(button: Element, { root, t, locale, form, state, persistence, edited }: ClickContext) {
  if (button.matches('[data-share]'))
    shareClick(button, {
      root,
      t,
      state,
      flush: () => {
        persistence.flush();
      },
      downloadCsv: (shown) => void downloadCsv(shown, t, locale),
    });
  else {
    tierClick(root, button, form);
    edited();
  }
}
