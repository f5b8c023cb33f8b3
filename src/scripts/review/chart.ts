/**
 * The trend chart: one KPI's actual figure each month as bars against its target as a dashed line,
 * the months below target marked (colour and a ✕, so colour is not the only sign). A small hand-drawn
 * SVG, loaded with `import()` once a month has figures.
 */
import { analyse } from '../../lib/review/analysis';
import { METRICS, type Metric } from '../../lib/review/model';
import { targetsFor, type ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { formatFigure, metricName } from '../../lib/review/view';
import { makeSvg } from '../kit/dom';
import type { ToolContext } from '../kit/tool';

const WIDTH = 480;
const HEIGHT = 220;
const PAD = { left: 8, right: 8, top: 24, bottom: 36 };

let chosenByUser = false;

/** The KPI to show first: the one missed longest in a row, else the first with figures. */
function firstMetric(state: ReviewState): Metric {
  const kpis = analyse(state).kpis.filter((kpi) => kpi.recorded > 0);
  const worst = [...kpis].sort((a, b) => b.streak - a.streak)[0];
  return worst?.metric ?? METRICS.find((metric) => state.months.some((record) => record[metric] !== null)) ?? 'sales';
}

export function drawChart(tool: ToolContext<unknown, ReviewStrings>, state: ReviewState): void {
  const select = tool.one<HTMLSelectElement>('[data-chart-metric]');
  if (!select.dataset['wired']) {
    select.dataset['wired'] = '1';
    select.addEventListener('change', () => {
      chosenByUser = true;
    });
  }
  if (!chosenByUser) select.value = firstMetric(state);
  const metric = select.value as Metric;
  // One target for every month, or (sales from a month-by-month plan) each month's own.
  const planned = metric === 'sales' && state.salesPlan.length > 0;
  const target = planned ? null : state.targets[metric];
  const points = state.months.flatMap((record) => {
    const value = record[metric];
    return value === null ? [] : [{ month: record.month, value, target: targetsFor(state, record.month)[metric] }];
  });
  const top = Math.max(target ?? 0, ...points.map((point) => Math.max(point.value, point.target ?? 0))) * 1.1 || 1;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(points.length, 1);
  const name = metricName(metric, tool.t);
  const label = tool.t(planned ? 'chartLabelPlan' : 'chartLabel', {
    metric: name,
    target: formatFigure(metric, target),
  });
  const svg = makeSvg('svg', {
    viewBox: `0 0 ${String(WIDTH)} ${String(HEIGHT)}`,
    role: 'img',
    'aria-label': label,
    class: 'review-svg',
  });
  svg.append(
    makeSvg('title', {}, label),
    makeSvg(
      'desc',
      {},
      points
        .map(
          (point) =>
            `${point.month}: ${formatFigure(metric, point.value)}${point.target !== null && point.value < point.target ? ` (${tool.t('chartMissed')})` : ''}`,
        )
        .join(tool.t('list.sep')),
    ),
  );
  points.forEach((point, index) => {
    const missed = point.target !== null && point.value < point.target;
    const x = PAD.left + index * step + step * 0.15;
    const width = step * 0.7;
    svg.append(
      makeSvg('rect', {
        x: x.toFixed(1),
        y: y(point.value).toFixed(1),
        width: width.toFixed(1),
        height: (PAD.top + plotHeight - y(point.value)).toFixed(1),
        class: missed ? 'bar missed' : 'bar',
      }),
      makeSvg(
        'text',
        { x: (x + width / 2).toFixed(1), y: String(HEIGHT - PAD.bottom + 16), class: 'axis' },
        point.month.slice(2),
      ),
    );
    if (planned && point.target !== null) {
      // The month's own target: a short line across its bar.
      const level = y(point.target).toFixed(1);
      svg.append(
        makeSvg('line', {
          x1: (x - 2).toFixed(1),
          x2: (x + width + 2).toFixed(1),
          y1: level,
          y2: level,
          class: 'target',
        }),
      );
    }
    if (missed)
      svg.append(
        makeSvg('text', { x: (x + width / 2).toFixed(1), y: (y(point.value) - 4).toFixed(1), class: 'mark' }, '✕'),
      );
  });
  if (target !== null) {
    const line = y(target).toFixed(1);
    svg.append(
      makeSvg('line', { x1: String(PAD.left), x2: String(WIDTH - PAD.right), y1: line, y2: line, class: 'target' }),
      makeSvg(
        'text',
        { x: String(WIDTH - PAD.right), y: (y(target) - 4).toFixed(1), class: 'target-label' },
        `${tool.t('chartTarget')} ${formatFigure(metric, target)}`,
      ),
    );
  }
  tool.one('[data-chart-figure]').replaceChildren(svg);
}
