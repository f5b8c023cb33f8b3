/**
 * What the page shows for a state, already worded and formatted: the server renders it into
 * HTML and the browser writes the same values into the DOM, so both always agree.
 */
import type { Locale } from '../i18n';
import { chartModel, type ChartModel } from './chart';
import type { ModelId } from './models';
import { formatPercent, formatYuan, type Fen } from './money';
import { computeResults, type FeeResults } from './results';
import type { FeeState } from './state';
import { adReturnSentence, answerSentence, fill, offerNames, pairSentence, warningSentence, type FeeText } from './text';
import { feeWarnings } from './warnings';

export interface ModelColumn {
  id: ModelId;
  /** Heading name (the merchant's label, or the model's short name). */
  name: string;
  cheapest: boolean;
  monthlyFen: Fen;
  /** Per month, per year, take rate, profit per month, profit per year. */
  cells: [string, string, string, string, string];
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
  columns: ModelColumn[];
  adReturn: string;
  pairs: PairView[];
  warnings: string[];
  chart: ChartModel;
  /** Names for the chart legend and tables, by model. */
  names: Record<ModelId, string>;
  planHead: string[];
  planRows: string[][];
}

export function buildView(state: FeeState, text: FeeText, locale: Locale): FeeView {
  const results = computeResults(state);
  const names = offerNames(state.models, text);
  const short = offerNames(state.models, text, true);
  const columns = results.models.map(
    (model): ModelColumn => ({
      id: model.id,
      name: short[model.id],
      cheapest: results.cheapest.includes(model.id) && results.models.length > 1,
      monthlyFen: model.monthlyFen,
      cells: [
        formatYuan(model.monthlyFen),
        formatYuan(model.yearlyFen),
        model.takeRateBp === null ? text.none : formatPercent(model.takeRateBp),
        formatYuan(model.monthlyProfitFen),
        formatYuan(model.yearlyProfitFen),
      ],
    }),
  );
  const pairs = results.pairs.map(
    (pair): PairView => ({
      a: pair.a,
      b: pair.b,
      sentence: pairSentence(pair.segments, names[pair.a], names[pair.b], text),
      breakEvenFen: pair.segments[1]?.fromFen ?? null,
    }),
  );
  // The pair that matters most: the cheapest offer against the next cheapest at this GMV.
  const ranked = [...results.models].sort((x, y) => x.monthlyFen - y.monthlyFen).map((model) => model.id);
  const [first, second] = ranked;
  const key = pairs.find((pair) => (pair.a === first && pair.b === second) || (pair.a === second && pair.b === first));
  const cheapest = results.models.find((model) => results.cheapest.includes(model.id));
  return {
    results,
    answer: answerSentence(
      state.gmvFen,
      results.cheapest.map((id) => names[id]),
      cheapest?.monthlyFen,
      text,
    ),
    flip: key?.sentence ?? '',
    columns,
    adReturn: adReturnSentence(results.adReturnHundredths, text),
    pairs,
    warnings: feeWarnings(state, results).map((warning) => warningSentence(warning, names, text)),
    chart: chartModel(state, results, locale),
    names: short,
    planHead: [
      text.csv.month.replace(/\s*\(.*\)$/, ''),
      text.csv.gmv,
      ...results.enabled.map((id) => fill(text.csv.cost, { name: short[id] })),
      ...results.enabled.map((id) => fill(text.csv.profit, { name: short[id] })),
    ],
    planRows: [
      ...results.plan.map((row) => [
        text.monthNames[row.month - 1] ?? String(row.month),
        formatYuan(row.gmvFen),
        ...results.enabled.map((id) => formatYuan(row.costs[id] ?? 0)),
        ...results.enabled.map((id) => formatYuan(row.profits[id] ?? 0)),
      ]),
      [
        text.csv.total,
        formatYuan(results.planTotals.gmvFen),
        ...results.enabled.map((id) => formatYuan(results.planTotals.costs[id] ?? 0)),
        ...results.enabled.map((id) => formatYuan(results.planTotals.profits[id] ?? 0)),
      ],
    ],
  };
}
