/**
 * Sentences the calculator builds from its results, in the page's language. The words come from
 * the fee dictionary (`t`: one language of `strings.ts`, handed to the page in `data-strings`), so
 * the same functions write the server-rendered page and update it in the browser.
 */
import type { Cheaper, CostSegment } from './breakEven';
import type { CsvHeadings } from './csv';
import { MODEL_IDS, type ModelId } from './models';
import { divideRounded, formatAmount, formatPercent, formatYuan, formatYuanWhole, type Fen } from '../money';
import type { FeeState } from './state';
import type { FeeTranslate } from './strings';
import type { StatementLine } from './statement';
import type { FeeWarning } from './warnings';

/** The calendar months' names, January first. */
export const monthNames = (t: FeeTranslate): string[] =>
  Array.from({ length: 12 }, (_, index) => t(`month.${index + 1}` as 'month.1'));

/** The CSV's column headings in the page's language. */
export function csvHeadings(t: FeeTranslate): CsvHeadings {
  return {
    index: t('csv.index'),
    month: t('csv.month'),
    gmv: t('csv.gmv'),
    grossProfit: t('csv.grossProfit'),
    platform: t('csv.platform'),
    ads: t('csv.ads'),
    cost: t('csv.cost'),
    profit: t('csv.profit'),
    total: t('csv.total'),
    monthNames: monthNames(t),
  };
}

/** Starts a sentence with a capital (English names are written in lower case for mid-sentence use). */
const sentence = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** An offer's name: the merchant's label with the model in brackets, or the model's own name. */
export function offerName(t: FeeTranslate, id: ModelId, label: string, short = false): string {
  if (label) return t('namedModel', { label, model: t(`short.${id}`) });
  return t(`${short ? 'short' : 'model'}.${id}`);
}

function cheaperName(cheaper: Cheaper, a: string, b: string, t: FeeTranslate): string {
  return cheaper === 'a' ? a : cheaper === 'b' ? b : t('segmentSame');
}

/** "Below ¥125,000 a month of sales, A is cheaper; above it, B is cheaper." and its variants. */
export function pairSentence(segments: readonly CostSegment[], a: string, b: string, t: FeeTranslate): string {
  return sentence(pairText(segments, a, b, t));
}

function pairText(segments: readonly CostSegment[], a: string, b: string, t: FeeTranslate): string {
  const [first, second] = segments;
  if (!first) return '';
  if (!second) {
    return t(first.cheaper === 'equal' ? 'pairSame' : 'pairAlways', {
      a,
      b,
      cheaper: cheaperName(first.cheaper, a, b, t),
      other: first.cheaper === 'a' ? b : a,
    });
  }
  const x = formatYuanWhole(second.fromFen);
  if (segments.length === 2) {
    if (first.cheaper === 'equal')
      return t('pairFromEqual', { x, a, b, cheaper: cheaperName(second.cheaper, a, b, t) });
    if (second.cheaper === 'equal') return t('pairToEqual', { x, a, b, cheaper: cheaperName(first.cheaper, a, b, t) });
    return t('pairFlip', {
      x,
      below: cheaperName(first.cheaper, a, b, t),
      above: cheaperName(second.cheaper, a, b, t),
    });
  }
  const parts = segments.map((segment, index) => {
    const name = cheaperName(segment.cheaper, a, b, t);
    const from = formatYuanWhole(segment.fromFen);
    const next = segments[index + 1];
    if (index === 0) return t('segmentFirst', { x: formatYuanWhole(next?.fromFen ?? 0), name });
    if (!next) return t('segmentLast', { x: from, name });
    return t('segmentMiddle', { x: from, y: formatYuanWhole(next.fromFen), name });
  });
  return t('pairMany', { a, b, parts: parts.join(t('listSeparator')) });
}

/** The headline: which offer costs least at the merchant's sales. */
export function answerSentence(
  gmvFen: Fen,
  cheapest: readonly string[],
  costFen: Fen | undefined,
  t: FeeTranslate,
  /** The cost in the second currency, e.g. "€3,307.69", or '' for CNY only. */
  converted = '',
): string {
  if (cheapest.length === 0 || costFen === undefined) return t('answerNone');
  const values = {
    gmv: formatYuan(gmvFen),
    cost: formatYuan(costFen) + (converted && t('fx.answer', { amount: converted })),
  };
  if (cheapest.length === 1) return t('answer', { ...values, name: cheapest[0] ?? '' });
  return t('answerTie', { ...values, names: cheapest.join(t('and')) });
}

export function warningSentence(warning: FeeWarning, names: Record<ModelId, string>, t: FeeTranslate): string {
  return sentence(warningText(warning, names, t));
}

function warningText(warning: FeeWarning, names: Record<ModelId, string>, t: FeeTranslate): string {
  switch (warning.id) {
    case 'rate-range':
      return t('warning.rate-range', {
        name: names[warning.model],
        rates: warning.ratesBp.map(formatPercent).join(t('listSeparator')),
      });
    case 'zero-base':
      return t('warning.zero-base', { name: names[warning.model] });
    case 'gross-base':
      if (warning.extras.length === 0) return t('warning.gross-base-none', { refund: formatPercent(warning.refundBp) });
      return t('warning.gross-base', {
        refund: formatPercent(warning.refundBp),
        extras: warning.extras
          .map(({ model, extraFen }) => t('warning.gross-extra', { name: names[model], extra: formatYuan(extraFen) }))
          .join(t('listSeparator')),
      });
    case 'loss':
      return t('warning.loss', {
        name: names[warning.model],
        month: formatYuan(warning.monthlyProfitFen),
        year: formatYuan(warning.yearlyProfitFen),
      });
    case 'ads-from-fee':
      return t('warning.ads-from-fee');
    case 'partial-base':
      return t('warning.partial-base', {
        name: names[warning.model],
        basis: t(`basis.${warning.on}`),
        coupons: warning.coupons ? t('warning.coupons') : '',
        extra: formatYuan(warning.extraFen),
      });
    case 'whole-jumps': {
      const [first] = warning.jumps;
      return t('warning.whole-jumps', {
        gmv: formatYuan(first?.belowGmvFen ?? 0),
        jump: formatYuan(first?.jumpFen ?? 0),
        more: warning.jumps.length > 1 ? t('warning.whole-more', { count: warning.jumps.length }) : '',
      });
    }
    case 'guarantee-period':
      return t('warning.guarantee-period', {
        period: t(`periodWord.${warning.period}`),
        refund: formatYuan(warning.refundFen),
        monthly: formatYuan(warning.monthlyRefundFen),
      });
    case 'guarantee-empty':
      return t('warning.guarantee-empty');
    case 'threshold-low':
      return t('warning.threshold-low', {
        threshold: formatYuan(warning.thresholdFen),
        gmv: formatYuan(warning.gmvFen),
      });
    case 'ad-share':
      return t('warning.ad-share', {
        name: names.module,
        rate: formatPercent(warning.rateBp),
        spend: formatYuan(warning.spendFen),
        fee: formatYuan(warning.feeFen),
        more: formatYuan(warning.moreFen),
      });
    case 'ad-minimum':
      return t('warning.ad-minimum', {
        name: names.module,
        minimum: formatYuan(warning.minimumFen),
        share: formatYuan(warning.shareFen),
        spend: formatYuan(warning.spendFen),
      });
    case 'peak-none':
      return t('warning.peak-none', { name: names.module, n: warning.seats });
    case 'module-deposit':
      return t('warning.module-deposit', {
        name: names.module,
        deposit: formatYuan(warning.depositFen),
        months: warning.months,
        rate: formatPercent(warning.rateBp),
        cost: formatYuan(warning.costFen),
      });
  }
}

/** The guide a warning about settlement terms points to (older warnings share the box's own link). */
export function warningGuide(warning: FeeWarning): 'fees' | 'kpi' | 'contract' | 'half-custody' | null {
  switch (warning.id) {
    case 'ad-share':
    case 'ad-minimum':
    case 'peak-none':
      return 'half-custody';
    case 'module-deposit':
      return 'contract';
    case 'partial-base':
    case 'whole-jumps':
    case 'threshold-low':
      return 'fees';
    case 'guarantee-period':
    case 'guarantee-empty':
      return 'kpi';
    default:
      return null;
  }
}

/** One line of a settlement statement in words. */
export function statementLineText(line: StatementLine, t: FeeTranslate, basis: string): string {
  const rate = line.rateBp === undefined ? '' : formatPercent(line.rateBp);
  const limit = formatYuan(line.fromFen ?? 0);
  switch (line.key) {
    case 'base':
      return t('statement.base', { basis, share: rate });
    case 'slice':
      return line.toFen === null || line.toFen === undefined
        ? t('statement.slice-top', { n: line.n ?? 1, from: limit, rate })
        : t('statement.slice', { n: line.n ?? 1, from: limit, to: formatYuan(line.toFen), rate });
    case 'guarantee':
      return line.fromFen === undefined
        ? t('statement.guarantee-period', { rate })
        : t('statement.guarantee', { limit, rate });
    default:
      return t(`statement.${line.key}`, { rate, limit, n: line.n ?? 1 });
  }
}

/** Fen in the second currency at `cnyPerUnitE4` CNY (ten-thousandths) per unit: "€3,307.69"; '' without a rate. */
export function convertedAmount(fen: Fen, fx: FeeState['fx'], t: FeeTranslate): string {
  if (fx.cnyPerUnitE4 === null) return '';
  const cents = Number(divideRounded(BigInt(Math.abs(fen)) * 10_000n, BigInt(fx.cnyPerUnitE4)));
  return t(`fx.${fx.currency}`, { sign: fen < 0 && cents > 0 ? '-' : '', amount: formatAmount(cents) });
}

/** Ad return (GMV ÷ ad spend) with two decimals, e.g. "10" or "4.17". */
export function adReturnSentence(hundredths: number | null, t: FeeTranslate): string {
  if (hundredths === null) return t('adReturnNone');
  return t('adReturn', { ratio: (hundredths / 100).toFixed(2).replace(/\.?0+$/, '') });
}

/** Every model's name for a state, in sentence form or (with `short`) heading form. */
export function offerNames(
  labels: Record<ModelId, { label: string }>,
  t: FeeTranslate,
  short = false,
): Record<ModelId, string> {
  return Object.fromEntries(MODEL_IDS.map((id) => [id, offerName(t, id, labels[id].label, short)])) as Record<
    ModelId,
    string
  >;
}
