/**
 * Drawing the monthly review from its state: the month picker, the set-up's slots in the month editor,
 * the sales plan, the month's line, the report and the chart (which loads with `import()` when there
 * are figures to draw). Writes the page only; the element (src/scripts/review.ts) owns the state.
 */
import { METRICS, contractMonths } from '../../lib/review/model';
import { monthRecord } from '../../lib/review/form';
import { targetsFor, type ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { formatFigure, monthAgainstTargets, reviewReport } from '../../lib/review/view';
import { make } from '../kit/dom';
import { setHidden, setText } from '../kit/form';
import type { ToolContext } from '../kit/tool';

type Tool = ToolContext<unknown, ReviewStrings>;

/** The months of the contract and those recorded, in order, each labelled. */
function months(tool: Tool, state: ReviewState) {
  const recorded = new Set(state.months.map((record) => record.month));
  return [...new Set([...contractMonths(state.start, state.term), ...recorded])].sort().map((month) => ({
    month,
    label: recorded.has(month) ? tool.t('monthOption', { month }) : month,
  }));
}

/** The month picker: keeps the chosen month when it is still listed, else the last recorded one. */
export function drawMonthSelect(tool: Tool, select: HTMLSelectElement, state: ReviewState): void {
  const current = select.value;
  const list = months(tool, state);
  if (list.length === 0) {
    select.replaceChildren(make('option', tool.t('monthNone'), { value: '' }));
  } else {
    select.replaceChildren(...list.map(({ month, label }) => make('option', label, { value: month })));
    const last = state.months[state.months.length - 1]?.month;
    select.value = list.some((item) => item.month === current) ? current : (last ?? list[0]?.month ?? '');
  }
  for (const body of tool.all<HTMLFieldSetElement>('[data-month-body]')) body.disabled = select.value === '';
}

let chartModule: Promise<typeof import('./chart')> | null = null;

/** Everything else the state shows, for the month `month` ('' when none is chosen). */
export function drawReview(tool: Tool, state: ReviewState, month: string, chart: HTMLElement): void {
  state.deliverables.forEach(({ label }, i) => {
    const slot = tool.one(`[data-slot="d.${i}"]`);
    setHidden(slot, label === '');
    setText(tool.one(`label[for="review-m-d-${i}"]`), label);
  });
  state.obligations.forEach(({ label, amount, unit }, i) => {
    const slot = tool.one(`[data-slot="o.${i}"]`);
    setHidden(slot, label === '');
    setText(tool.one(`label[for="review-m-o-${i}"]`), [label, amount ?? '', unit].join(' ').trim());
  });
  setHidden(
    tool.one('[data-no-deliverables]'),
    state.deliverables.some((slot) => slot.label),
  );
  setHidden(
    tool.one('[data-no-obligations]'),
    state.obligations.some((slot) => slot.label),
  );
  const plan = state.salesPlan;
  setHidden(tool.one('[data-sales-plan]'), plan.length === 0);
  setText(
    tool.one('[data-plan-text]'),
    tool.t('planLine', {
      list: plan
        .map((fen, i) => tool.t('planMonth', { i: i + 1, amount: formatFigure('sales', fen) }))
        .join(tool.t('list.items')),
    }),
  );
  setText(
    tool.one('[data-month-line]'),
    month ? monthAgainstTargets(monthRecord(state, month), targetsFor(state, month), tool.t) : '',
  );
  const report = reviewReport(state, tool.t);
  setHidden(tool.one('[data-report-empty]'), !report.empty);
  const lines = report.empty ? [] : [...report.kpis, ...report.consequences, ...report.agency, report.merchant];
  tool.one('[data-report]').replaceChildren(...lines.map((line) => make('li', line.text, { 'data-tone': line.tone })));
  const hasFigures = state.months.some((record) => METRICS.some((metric) => record[metric] !== null));
  setHidden(chart, !hasFigures);
  if (hasFigures) {
    chartModule ??= import('./chart');
    void chartModule.then((module) => {
      module.drawChart(tool, state);
    });
  }
}

/** Draws the chart again (its own controls changed), once it has loaded. */
export function redrawChart(tool: Tool, state: ReviewState): void {
  void chartModule?.then((module) => {
    module.drawChart(tool, state);
  });
}
