/**
 * Figures in a draft: fees, commission rates, the deposit, sales targets, the term and notice
 * periods, each with the sentence it came from; and how they compare with figures the merchant entered
 * elsewhere (the fee calculator's offer today; any other source gives `Reference`s the same way).
 */
import type { Location } from './split';

export type FigureKind = 'rate' | 'fee' | 'minimum' | 'cap' | 'deposit' | 'target' | 'adSpend' | 'term' | 'notice';
export type FigureUnit = 'pct' | 'fen' | 'months' | 'days';

export interface Figure {
  kind: FigureKind;
  /** Percent, fen (money), months or days. */
  value: number;
  unit: FigureUnit;
  /** The sentence as written. */
  quote: string;
  location: Location;
}

/** A figure the merchant entered in another tool, to hold the draft against. */
export interface Reference {
  kind: FigureKind;
  value: number;
  unit: FigureUnit;
  /** Which tool it comes from (`fees`, and later others such as `target`). */
  source: string;
  /** The offer's or entry's name, as the merchant wrote it (may be empty). */
  label: string;
}

const MONEY = String.raw`(?:人民币|rmb|cny|¥|￥)?\s?(\d[\d,]*(?:\.\d+)?)\s?(万|w|k)?\s?(?:元|yuan|rmb|cny)`;
const MONEY_EN = String.raw`(?:rmb|cny|¥)\s?(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|million)?`;
const GAP = String.raw`[^。;%]{0,24}?`;

interface Pattern {
  kind: FigureKind;
  unit: FigureUnit;
  regex: RegExp;
}

const money = (kind: FigureKind, words: string): Pattern[] => [
  { kind, unit: 'fen', regex: new RegExp(`(?:${words})${GAP}${MONEY}`, 'dgu') },
  { kind, unit: 'fen', regex: new RegExp(`(?:${words})${GAP}${MONEY_EN}`, 'dgu') },
];

const PATTERNS: readonly Pattern[] = [
  {
    kind: 'rate',
    unit: 'pct',
    regex: /(?:提成|佣金|分成|commission|revenue share)[^。;]{0,30}?(\d+(?:\.\d+)?)\s?%/dgu,
  },
  {
    kind: 'rate',
    unit: 'pct',
    regex: /(\d+(?:\.\d+)?)\s?%[^。;%]{0,12}?(?:提成|佣金|分成|as (?:a )?commission)/dgu,
  },
  ...money('minimum', '最低服务费|保底服务费|minimum (?:monthly )?fee'),
  ...money('cap', '封顶|最高不超过|上限为|capped at|cap of'),
  ...money('fee', '基础服务费|固定服务费|服务费|月费|base fee|service fee|monthly fee|retainer'),
  ...money('deposit', '保证金|押金|履约金|security deposit|deposit'),
  ...money('target', '销售额|成交额|gmv|销售目标|业绩目标|sales target|sales of|revenue of'),
  ...money('adSpend', '推广费|推广预算|广告费|投放费|advertising budget|ad budget|advertising spend|ad spend'),
  {
    kind: 'term',
    unit: 'months',
    regex:
      /(?:合同期限|服务期限|合作期限|期限为|服务期|合作期|term of|initial term|period of|for a term of)[^。;]{0,16}?(\d+)\s?(个月|年|months?|years?)/dgu,
  },
  {
    kind: 'notice',
    unit: 'days',
    regex: /提前(\d+)\s?(个工作日|个自然日|工作日|自然日|日|天|个月|月)/dgu,
  },
  {
    kind: 'notice',
    unit: 'days',
    regex:
      /(\d+)\s?(calendar |business |working )?(days|months).{0,3} (?:prior |advance |written |prior written )*notice/dgu,
  },
];

/** Any word a figure can follow: a sentence without one is skipped at once. */
const KEYWORDS =
  /提成|佣金|分成|服务费|月费|封顶|上限|最高|保证金|押金|履约金|销售额|成交额|gmv|目标|推广|广告|投放|期限|服务期|合作期|提前|commission|revenue|fee|retainer|cap|deposit|target|sales|advertising|ad |term|period|notice/u;
const PLATFORM = /(店铺|平台|天猫|tmall|store|platform)\s?$/u;

function moneyFen(amount: string, scale: string | undefined): number | null {
  const value = Number(amount.replaceAll(',', ''));
  if (!Number.isFinite(value)) return null;
  const factor =
    scale === '万' || scale === 'w'
      ? 10_000
      : scale === 'k' || scale === 'thousand'
        ? 1000
        : scale === 'million'
          ? 1e6
          : 1;
  return Math.round(value * factor * 100);
}

function valueOf(pattern: Pattern, match: RegExpExecArray): number | null {
  const [, amount = '', extra] = match;
  if (pattern.unit === 'fen') {
    // "服务费的 8%" is a rate, not a fee: the amount must not be followed by a percent sign.
    return moneyFen(amount, extra?.toLowerCase());
  }
  const number = Number(amount);
  if (!Number.isFinite(number)) return null;
  if (pattern.kind === 'term') return /年|year/iu.test(extra ?? '') ? number * 12 : number;
  if (pattern.kind === 'notice') {
    const unit = match[3] ?? extra ?? '';
    return /月|month/iu.test(unit) ? number * 30 : number;
  }
  return number;
}

/** The figures in one normalised sentence (`original` is what gets quoted). */
export function figuresIn(normalised: string, original: string, location: Location): Figure[] {
  const found: Figure[] = [];
  const taken = new Set<number>();
  if (!KEYWORDS.test(normalised)) return found;
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (const match of normalised.matchAll(pattern.regex)) {
      const start = match.index;
      // The end of the number itself: the same figure found by two patterns counts once.
      const end = match.indices?.[1]?.[1] ?? start;
      // The store's own deposit is paid to the platform, not to the agency: not this draft's deposit.
      if (pattern.kind === 'deposit' && PLATFORM.test(normalised.slice(Math.max(0, start - 9), start))) continue;
      if (taken.has(end)) continue; // one figure per number: the first, most specific kind wins
      const value = valueOf(pattern, match);
      if (value === null || value <= 0) continue;
      taken.add(end);
      found.push({ kind: pattern.kind, value, unit: pattern.unit, quote: original, location });
    }
  }
  return found;
}

/** A draft figure that matches none of the merchant's references of its kind (no references: no conflict). */
export function conflicts(figure: Figure, references: readonly Reference[]): Reference[] {
  const same = references.filter((reference) => reference.kind === figure.kind && reference.unit === figure.unit);
  if (same.length === 0 || same.some((reference) => Math.abs(reference.value - figure.value) < 1e-6)) return [];
  return same;
}
