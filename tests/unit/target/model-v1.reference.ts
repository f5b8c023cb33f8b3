/**
 * FROZEN REFERENCE, not used by the site: the target check's model exactly as it was at schema version
 * 1 (before returning buyers and the cost per click), kept so tests can check that a repeat share of 0
 * and no cost per click give exactly version 1's results. Do not update it with the model.
 *
 * The target check's arithmetic: a promised sales figure taken apart month by month into visitors,
 * conversion, order value, ad spend, stock and orders, compared with today's figures and with what the
 * merchant commits. Pure and exact: money in integer fen through bigint, ratios as exact fractions
 * compared without floating point; every figure shown is rounded once.
 *
 * The model: sales = visitors × conversion × order value. A share `paid` of sales comes from ads,
 * bought at the stated ROI (sales per yuan of ads), so ad spend = sales × paid ÷ ROI. What the
 * merchant's commitment reaches in a month is what today's store sells without ads plus what the
 * committed budget buys: today's sales × (1 − paid) + budget × ROI.
 */
import { calendarMonth, PEAK_MONTHS, type PeakName } from '../../../src/lib/fees/plan';
import { divideRounded, type Fen } from '../../../src/lib/money';
import type { TargetState as CurrentState } from '../../../src/lib/target/state';

type TargetState = Omit<CurrentState, 'roiH' | 'cpcFen' | 'repeatBp'> & { roiH: number };

export type Level = 'plausible' | 'stretch' | 'implausible';
const LEVELS: readonly Level[] = ['plausible', 'stretch', 'implausible'];

/**
 * The verdict's thresholds, in hundredths of a multiple, as the page states them: up to the first a
 * check is plausible, up to the second a stretch, beyond it implausible. Rules of this site, not
 * category benchmarks.
 * - growth: the average month's sales against today's (1.5× and 3×);
 * - budget: the ad spend the target implies against the budget committed (1× and 1.5×);
 * - conversion: the target against what the commitment reaches, i.e. how much conversion must rise
 *   on the traffic today's store and the committed budget bring (1× and 1.5×).
 * A new store's assumptions must multiply out to the target (growth at most 1×), and its verdict is at
 * best a stretch: nothing has been measured yet.
 */
export const THRESHOLDS = {
  growth: [150, 300],
  budget: [100, 150],
  conversion: [100, 150],
  newStoreGrowth: [100, 100],
} as const;

/** Days in a month for orders per day. */
export const DAYS_PER_MONTH = 30;

/** An exact ratio n/d ≥ 0; d = 0 with n > 0 is infinite (nothing to compare with). */
export interface Ratio {
  n: bigint;
  d: bigint;
}

/** A ratio in hundredths, rounded half up; `null` when infinite. */
export function hundredths(ratio: Ratio): number | null {
  if (ratio.d === 0n) return ratio.n === 0n ? 0 : null;
  return Number(divideRounded(ratio.n * 100n, ratio.d));
}

/** Whether the ratio is at most `limit` hundredths, exactly. */
export function atMost(ratio: Ratio, limit: number): boolean {
  if (ratio.d === 0n) return ratio.n === 0n;
  return ratio.n * 100n <= BigInt(limit) * ratio.d;
}

function levelOf(ratio: Ratio, [first, second]: readonly [number, number]): Level {
  return atMost(ratio, first) ? 'plausible' : atMost(ratio, second) ? 'stretch' : 'implausible';
}

const ceilDiv = (n: bigint, d: bigint): bigint => (n + d - 1n) / d;

export interface Month {
  /** 1-based month of the period. */
  index: number;
  /** Calendar month, 1–12. */
  month: number;
  /** The month's share of the target (fen). */
  targetFen: Fen;
  /** Target from month 1 to this one: the checkpoint (fen). */
  cumulativeFen: Fen;
  /** Visitors the month needs at today's conversion and order value. */
  visitors: number;
  /** Ad spend the month implies at the stated ROI (fen). */
  adSpendFen: Fen;
  /** Orders a day. In tenths. */
  ordersPerDayT: number;
  /** Units to stock. */
  units: number;
}

export type CheckName = 'growth' | 'budget' | 'conversion' | 'stock' | 'new-store';

export interface Reason {
  check: CheckName;
  level: Level;
  /** The multiple behind it in hundredths (`null`: infinite, e.g. spend against a budget of 0). */
  ratio: number | null;
}

export interface Analysis {
  months: Month[];
  /** The average month's target (fen). */
  averageFen: Fen;
  /** The biggest month's target (fen). */
  peakFen: Fen;
  /** Today's monthly sales: visitors × conversion × order value (fen). */
  todayFen: Fen;
  /** Sales growth needed, average month against today, in hundredths (also the visitors multiple). */
  growth: number;
  /** Visitors an average month needs at today's conversion and order value. */
  requiredVisitors: number;
  /** Conversion an average month needs at today's visitors and order value (basis points, rounded). */
  requiredCrBp: number;
  /** Order value an average month needs at today's visitors and conversion (fen). */
  requiredAovFen: Fen;
  /** Ad spend an average month implies (fen). */
  adSpendFen: Fen;
  /** Ad spend of the biggest month (fen). */
  peakAdSpendFen: Fen;
  /** Ad spend against the budget committed, hundredths (`null`: no budget committed). */
  budgetRatio: number | null;
  /** What today's store and the committed budget reach in a month (fen). */
  reachFen: Fen;
  /** Conversion needed on the traffic the commitment brings (basis points; `null`: it brings none). */
  crAtReachBp: number | null;
  /** Units the biggest month needs. */
  peakUnits: number;
  /** Orders a day: average and biggest month, in tenths. */
  ordersPerDayT: number;
  peakOrdersPerDayT: number;
  /** Reach added by 10 % more of today's visitors, conversion or order value (each the same), and by 10 % more ROI or budget (fen). */
  sensitivity: { free: Fen; paid: Fen };
  reasons: Reason[];
  verdict: Level;
}

function peakOf(month: number): PeakName | undefined {
  return (Object.keys(PEAK_MONTHS) as PeakName[]).find((name) => PEAK_MONTHS[name] === month);
}

/** Each month's weight in hundredths: its sales-peak multiplier, or 100. */
export function monthWeights(state: TargetState): number[] {
  return Array.from({ length: state.months }, (_, i) => {
    const peak = peakOf(calendarMonth(state.startMonth, i + 1));
    return peak ? state[peak] : 100;
  });
}

/**
 * The target split over the months by their weights. Each month is the difference of two rounded
 * cumulative figures, so the months add up to the target exactly and no month is off by more than a fen.
 */
export function splitTarget(targetFen: Fen, weights: readonly number[]): Fen[] {
  const total = BigInt(weights.reduce((sum, w) => sum + w, 0));
  let cumulative = 0n;
  let before = 0n;
  return weights.map((weight) => {
    cumulative += BigInt(weight);
    const upTo = divideRounded(BigInt(targetFen) * cumulative, total);
    const month = upTo - before;
    before = upTo;
    return Number(month);
  });
}

/** Takes the target apart. Every input is valid (the form refuses the rest before this runs). */
export function analyse(state: TargetState): Analysis {
  const T = BigInt(state.targetFen);
  const M = BigInt(state.months);
  const V = BigInt(state.visitors);
  const cr = BigInt(state.crBp);
  const aov = BigInt(state.aovFen);
  const paid = BigInt(state.paidBp);
  const roi = BigInt(state.roiH);
  const budget = BigInt(state.budgetFen);
  const upo = BigInt(state.unitsPerOrderH);
  // Today's sales × 10 000 (fen): visitors × conversion (bp) × order value.
  const today4 = V * cr * aov;

  let cumulative = 0;
  const months = splitTarget(state.targetFen, monthWeights(state)).map((fen, i): Month => {
    cumulative += fen;
    const f = BigInt(fen);
    return {
      index: i + 1,
      month: calendarMonth(state.startMonth, i + 1),
      targetFen: fen,
      cumulativeFen: cumulative,
      visitors: Number(ceilDiv(f * 10_000n, cr * aov)),
      adSpendFen: Number(divideRounded(f * paid, 100n * roi)),
      ordersPerDayT: Number(divideRounded(f * 10n, aov * BigInt(DAYS_PER_MONTH))),
      units: Number(ceilDiv(f * upo, aov * 100n)),
    };
  });
  const peak = months.reduce((a, b) => (b.targetFen > a.targetFen ? b : a));

  const growth: Ratio = { n: T * 10_000n, d: M * today4 };
  const spend: Ratio = { n: T * paid, d: M * 100n * roi };
  const budgetRatio: Ratio = { n: spend.n, d: spend.d * budget };
  // Reach × 10⁸: today's sales × (1 − paid) + budget × ROI.
  const reach8 = today4 * (10_000n - paid) + budget * roi * 1_000_000n;
  const conversion: Ratio = { n: T * 100_000_000n, d: M * reach8 };

  const reasons: Reason[] = [];
  const add = (check: CheckName, ratio: Ratio, limits: readonly [number, number]) => {
    reasons.push({ check, level: levelOf(ratio, limits), ratio: hundredths(ratio) });
  };
  const isNew = state.history === 'none';
  add('growth', growth, isNew ? THRESHOLDS.newStoreGrowth : THRESHOLDS.growth);
  add('budget', budgetRatio, THRESHOLDS.budget);
  add('conversion', conversion, THRESHOLDS.conversion);
  if (state.stockUnits !== null) {
    const stock: Ratio = { n: BigInt(peak.units), d: BigInt(state.stockUnits) };
    reasons.push({ check: 'stock', level: atMost(stock, 100) ? 'plausible' : 'stretch', ratio: hundredths(stock) });
  }
  let worst = Math.max(...reasons.map((reason) => LEVELS.indexOf(reason.level)));
  if (isNew && worst === 0) {
    reasons.push({ check: 'new-store', level: 'stretch', ratio: null });
    worst = 1;
  }

  return {
    months,
    averageFen: Number(divideRounded(T, M)),
    peakFen: peak.targetFen,
    todayFen: Number(divideRounded(today4, 10_000n)),
    growth: hundredths(growth) ?? 0,
    requiredVisitors: Number(ceilDiv(T * 10_000n, M * cr * aov)),
    requiredCrBp: Number(divideRounded(T * 10_000n, M * V * aov)),
    requiredAovFen: Number(divideRounded(T * 10_000n, M * V * cr)),
    adSpendFen: Number(divideRounded(spend.n, spend.d)),
    peakAdSpendFen: peak.adSpendFen,
    budgetRatio: hundredths(budgetRatio),
    reachFen: Number(divideRounded(reach8, 100_000_000n)),
    crAtReachBp: reach8 === 0n ? null : Number(divideRounded(cr * T * 100_000_000n, M * reach8)),
    peakUnits: peak.units,
    ordersPerDayT: Number(divideRounded(T * 10n, M * aov * BigInt(DAYS_PER_MONTH))),
    peakOrdersPerDayT: peak.ordersPerDayT,
    sensitivity: {
      free: Number(divideRounded(today4 * (10_000n - paid), 1_000_000_000n)),
      paid: Number(divideRounded(budget * roi, 1_000n)),
    },
    reasons,
    verdict: LEVELS[worst] ?? 'implausible',
  };
}
