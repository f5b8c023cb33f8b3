/**
 * What the page shows for a state, already worded and formatted: the server renders it into
 * HTML and the browser writes the same values into the DOM, so both always agree.
 */
import type { Locale } from '../i18n';
import { chartModel, type ChartModel } from './chart';
import type { ModelId } from './models';
import { fenToPlainYuan, formatPercent, formatYuan, scaledToPlain, type Fen } from '../money';
import { computeResults, type FeeResults } from './results';
import type { FeeState } from './state';
import type { FeeTranslate } from './strings';
import {
  adReturnSentence,
  answerSentence,
  convertedAmount,
  monthNames,
  offerNames,
  pairSentence,
  warningGuide,
  warningSentence,
} from './text';
import { feeWarnings } from './warnings';

/** One table cell: a heading when `scope` is set; `inner` wraps the text in a span (for data attributes). */
export interface Cell {
  text: string;
  scope?: 'row' | 'col';
  attrs?: Record<string, string>;
  inner?: Record<string, string>;
  /** A short tag after the text, e.g. "cheapest". */
  badge?: string;
  /** A second line: the amount in the merchant's second currency ("≈ €3,307.69"). */
  note?: string;
}

/** A table as data: the server renders it with DataTable.astro, the browser with the same shape. */
export interface TableModel {
  head: Cell[];
  body: { attrs?: Record<string, string>; cells: Cell[] }[];
}

export interface PairView {
  a: ModelId;
  b: ModelId;
  sentence: string;
  breakEvenFen: Fen | null;
}

export interface FeeView {
  results: FeeResults;
  answer: string;
  /** Where the cheapest offer stops being cheapest against the runner-up. */
  flip: string;
  /** The offers side by side; monthly costs carry the `data-result="agency-cost"` contract. */
  compare: TableModel;
  adReturn: string;
  /** The rate used for the second currency, or '' for CNY only. */
  fxNote: string;
  pairs: PairView[];
  /** Each warning's sentence, and the guide it links to (the box's own link covers the older ones). */
  warnings: { text: string; guide: 'fees' | 'kpi' | 'contract' | 'half-custody' | null }[];
  chart: ChartModel;
  /** The chart's figures, for screen readers and anyone who prefers numbers. */
  chartTable: TableModel;
  /** Names for the chart legend and tables, by model. */
  names: Record<ModelId, string>;
  plan: TableModel;
}

const heading = (text: string): Cell => ({ text, scope: 'col' });

/** Row headings of the comparison table, in order. */
const METRICS = ['metric.monthly', 'metric.yearly', 'metric.share', 'metric.profit', 'metric.profit-year'] as const;

export function buildView(state: FeeState, t: FeeTranslate, locale: Locale): FeeView {
  const months = monthNames(t);
  const results = computeResults(state);
  const names = offerNames(state.models, t);
  const short = offerNames(state.models, t, true);
  const cheapestMark = (id: ModelId) =>
    results.cheapest.includes(id) && results.models.length > 1 ? { 'data-cheapest': '' } : undefined;
  const money = (fen: Fen) => {
    const converted = convertedAmount(fen, state.fx, t);
    return { text: formatYuan(fen), ...(converted ? { note: t('fx.beside', { amount: converted }) } : {}) };
  };
  const figures = results.models.map((model) => [
    money(model.monthlyFen),
    money(model.yearlyFen),
    { text: model.takeRateBp === null ? t('none') : formatPercent(model.takeRateBp) },
    money(model.monthlyProfitFen),
    money(model.yearlyProfitFen),
  ]);
  const compare: TableModel = {
    head: [
      heading(t('metricHeading')),
      ...results.models.map((model) => {
        const mark = cheapestMark(model.id);
        return {
          ...heading(short[model.id]),
          attrs: { 'data-model': model.id, ...mark },
          ...(mark ? { badge: t('cheapestBadge') } : {}),
        };
      }),
    ],
    body: METRICS.map((metric, row) => ({
      cells: [
        { text: t(metric), scope: 'row' as const },
        ...results.models.map((model, column) => ({
          text: '',
          ...figures[column]?.[row],
          ...(cheapestMark(model.id) ? { attrs: { 'data-cheapest': '' } } : {}),
          ...(row === 0
            ? {
                inner: {
                  'data-result': 'agency-cost',
                  'data-model': model.id,
                  'data-value': fenToPlainYuan(model.monthlyFen),
                },
              }
            : {}),
        })),
      ],
    })),
  };
  const pairs = results.pairs.map((pair): PairView => ({
    a: pair.a,
    b: pair.b,
    sentence: pairSentence(pair.segments, names[pair.a], names[pair.b], t),
    breakEvenFen: pair.segments[1]?.fromFen ?? null,
  }));
  // The pair that matters most: the cheapest offer against the next cheapest at this GMV.
  const ranked = [...results.models].sort((x, y) => x.monthlyFen - y.monthlyFen).map((model) => model.id);
  const [first, second] = ranked;
  const key = pairs.find((pair) => (pair.a === first && pair.b === second) || (pair.a === second && pair.b === first));
  const cheapest = results.models.find((model) => results.cheapest.includes(model.id));
  const chart = chartModel(state, results, locale);
  const row = (cells: string[], attrs?: Record<string, string>) => ({
    cells: cells.map((cell, index): Cell => (index === 0 ? { text: cell, scope: 'row' } : { text: cell })),
    ...(attrs ? { attrs } : {}),
  });
  const planFigures = (line: Omit<FeeResults['plan'][number], 'index' | 'month'>) => [
    formatYuan(line.gmvFen),
    ...results.enabled.map((id) => formatYuan(line.costs[id] ?? 0)),
    ...results.enabled.map((id) => formatYuan(line.profits[id] ?? 0)),
  ];
  return {
    results,
    answer: answerSentence(
      state.gmvFen,
      results.cheapest.map((id) => names[id]),
      cheapest?.monthlyFen,
      t,
      cheapest ? convertedAmount(cheapest.monthlyFen, state.fx, t) : '',
    ),
    fxNote:
      state.fx.cnyPerUnitE4 === null
        ? ''
        : t('fx.note', { currency: state.fx.currency, rate: scaledToPlain(state.fx.cnyPerUnitE4, 4) }),
    flip: key?.sentence ?? '',
    compare,
    adReturn: adReturnSentence(results.adReturnHundredths, t),
    pairs,
    warnings: feeWarnings(state, results).map((warning) => ({
      text: warningSentence(warning, names, t),
      guide: warningGuide(warning),
    })),
    chart,
    chartTable: {
      head: [heading(t('gmvHeading')), ...results.enabled.map((id) => heading(short[id]))],
      body: chart.rows.map((line) =>
        row(
          [
            line.current ? t('yourSales', { gmv: formatYuan(line.gmvFen) }) : formatYuan(line.gmvFen),
            ...results.enabled.map((id) => formatYuan(line.costs[id] ?? 0)),
          ],
          line.current ? { 'data-current': '' } : undefined,
        ),
      ),
    },
    names: short,
    plan: {
      head: [
        heading(t('csv.month')),
        heading(t('tableGmv')),
        ...results.enabled.map((id) => heading(t('tableCost', { name: short[id] }))),
        ...results.enabled.map((id) => heading(t('tableProfit', { name: short[id] }))),
      ],
      body: [
        ...results.plan.map((line) => row([months[line.month - 1] ?? String(line.month), ...planFigures(line)])),
        row([t('csv.total'), ...planFigures(results.planTotals)], { 'data-total': '' }),
      ],
    },
  };
}
