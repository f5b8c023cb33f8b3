/**
 * Sentences the calculator builds from its results, in the page's language. The words come
 * from `FeeText` (one language of `strings.ts`, embedded in the page as JSON), so the same
 * functions write the server-rendered page and update it in the browser.
 */
import type { Cheaper, CostSegment } from './breakEven';
import type { FieldErrorCode } from './fields';
import { fill } from './template';
import type { ModelId } from './models';
import { formatPercent, formatYuan, formatYuanWhole, type Fen } from '../money';
import type { FeeWarning } from './warnings';

/** The strings the browser needs, in one language. */
export interface FeeText {
  /** Models as named in sentences ("the commission-only offer"). */
  modelNames: Record<ModelId, string>;
  /** Models as named in headings ("Commission only"). */
  shortNames: Record<ModelId, string>;
  /** "{label}({model})": an offer the merchant named. */
  namedModel: string;
  answer: string;
  answerTie: string;
  answerNone: string;
  and: string;
  pairFlip: string;
  pairToEqual: string;
  pairFromEqual: string;
  pairAlways: string;
  pairSame: string;
  pairMany: string;
  segmentFirst: string;
  segmentMiddle: string;
  segmentLast: string;
  segmentSame: string;
  listSeparator: string;
  warnings: Record<FeeWarning['id'], string>;
  errors: Record<FieldErrorCode, string>;
  errorSummary: string;
  adReturn: string;
  adReturnNone: string;
  /** Row headings of the comparison table. */
  metrics: [string, string, string, string, string];
  /** Column heading of the comparison table's first column. */
  metricHeading: string;
  /** Headings of the 12-month table on screen (the CSV spells out the currency). */
  tableGmv: string;
  tableCost: string;
  tableProfit: string;
  cheapestBadge: string;
  /** Chart table's first column heading. */
  gmvHeading: string;
  noBreakEven: string;
  monthNames: string[];
  csv: {
    index: string;
    month: string;
    gmv: string;
    grossProfit: string;
    platform: string;
    ads: string;
    cost: string;
    profit: string;
    total: string;
    file: string;
  };
  copied: string;
  copyFailed: string;
  fixFirst: string;
  linkPrompt: string;
  useLink: string;
  keepSaved: string;
  linkUsed: string;
  savedRestored: string;
  yourSales: string;
  none: string;
}

/** Starts a sentence with a capital (English names are written in lower case for mid-sentence use). */
const sentence = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** An offer's name: the merchant's label with the model in brackets, or the model's own name. */
export function offerName(text: FeeText, id: ModelId, label: string, short = false): string {
  if (label) return fill(text.namedModel, { label, model: text.shortNames[id] });
  return (short ? text.shortNames : text.modelNames)[id];
}

function cheaperName(cheaper: Cheaper, a: string, b: string, text: FeeText): string {
  return cheaper === 'a' ? a : cheaper === 'b' ? b : text.segmentSame;
}

/** "Below ¥125,000 a month of sales, A is cheaper; above it, B is cheaper." and its variants. */
export function pairSentence(segments: readonly CostSegment[], a: string, b: string, text: FeeText): string {
  return sentence(pairText(segments, a, b, text));
}

function pairText(segments: readonly CostSegment[], a: string, b: string, text: FeeText): string {
  const [first, second] = segments;
  if (!first) return '';
  if (!second) {
    return fill(first.cheaper === 'equal' ? text.pairSame : text.pairAlways, {
      a,
      b,
      cheaper: cheaperName(first.cheaper, a, b, text),
      other: first.cheaper === 'a' ? b : a,
    });
  }
  const x = formatYuanWhole(second.fromFen);
  if (segments.length === 2) {
    if (first.cheaper === 'equal')
      return fill(text.pairFromEqual, { x, a, b, cheaper: cheaperName(second.cheaper, a, b, text) });
    if (second.cheaper === 'equal')
      return fill(text.pairToEqual, { x, a, b, cheaper: cheaperName(first.cheaper, a, b, text) });
    return fill(text.pairFlip, {
      x,
      below: cheaperName(first.cheaper, a, b, text),
      above: cheaperName(second.cheaper, a, b, text),
    });
  }
  const parts = segments.map((segment, index) => {
    const name = cheaperName(segment.cheaper, a, b, text);
    const from = formatYuanWhole(segment.fromFen);
    const next = segments[index + 1];
    if (index === 0) return fill(text.segmentFirst, { x: formatYuanWhole(next?.fromFen ?? 0), name });
    if (!next) return fill(text.segmentLast, { x: from, name });
    return fill(text.segmentMiddle, { x: from, y: formatYuanWhole(next.fromFen), name });
  });
  return fill(text.pairMany, { a, b, parts: parts.join(text.listSeparator) });
}

/** The headline: which offer costs least at the merchant's sales. */
export function answerSentence(
  gmvFen: Fen,
  cheapest: readonly string[],
  costFen: Fen | undefined,
  text: FeeText,
): string {
  if (cheapest.length === 0 || costFen === undefined) return text.answerNone;
  const values = { gmv: formatYuan(gmvFen), cost: formatYuan(costFen) };
  if (cheapest.length === 1) return fill(text.answer, { ...values, name: cheapest[0] ?? '' });
  return fill(text.answerTie, { ...values, names: cheapest.join(text.and) });
}

export function warningSentence(warning: FeeWarning, names: Record<ModelId, string>, text: FeeText): string {
  return sentence(warningText(warning, names, text));
}

function warningText(warning: FeeWarning, names: Record<ModelId, string>, text: FeeText): string {
  switch (warning.id) {
    case 'rate-range':
      return fill(text.warnings['rate-range'], {
        name: names[warning.model],
        rates: warning.ratesBp.map(formatPercent).join(text.listSeparator),
      });
    case 'zero-base':
      return fill(text.warnings['zero-base'], { name: names[warning.model] });
    case 'loss':
      return fill(text.warnings.loss, {
        name: names[warning.model],
        month: formatYuan(warning.monthlyProfitFen),
        year: formatYuan(warning.yearlyProfitFen),
      });
    case 'ads-from-fee':
      return text.warnings['ads-from-fee'];
  }
}

/** Ad return (GMV ÷ ad spend) with two decimals, e.g. "10" or "4.17". */
export function adReturnSentence(hundredths: number | null, text: FeeText): string {
  if (hundredths === null) return text.adReturnNone;
  return fill(text.adReturn, { ratio: (hundredths / 100).toFixed(2).replace(/\.?0+$/, '') });
}

/** Every model's name for a state, in sentence form or (with `short`) heading form. */
export function offerNames(
  labels: Record<ModelId, { label: string }>,
  text: FeeText,
  short = false,
): Record<ModelId, string> {
  return {
    'base-commission': offerName(text, 'base-commission', labels['base-commission'].label, short),
    fixed: offerName(text, 'fixed', labels.fixed.label, short),
    commission: offerName(text, 'commission', labels.commission.label, short),
    tiered: offerName(text, 'tiered', labels.tiered.label, short),
  };
}
