/**
 * The 12-month plan: monthly GMV from a starting month's GMV, compound monthly growth and
 * multipliers for the big sales months, each month exact and rounded once to the fen.
 */
import { divideRounded, type Fen } from '../money';

/** Calendar months of the big sales events: 618 (June), Double 11 (November), New Year goods festival (January). */
export const PEAK_MONTHS = { peak618: 6, peakDouble11: 11, peakNewYear: 1 } as const;

export type PeakName = keyof typeof PEAK_MONTHS;

export interface PlanInput {
  /** GMV of the first month before any multiplier (fen). */
  startFen: Fen;
  /** Calendar month (1–12) of the first month. */
  startMonth: number;
  /** Monthly growth in basis points; may be negative (> −10 000). */
  growthBp: number;
  /** Multiplier of each big sales month, in hundredths (1.5× = 150). */
  peaks: Record<PeakName, number>;
}

export interface PlanMonth {
  /** 1–12 within the plan. */
  index: number;
  /** Calendar month, 1–12. */
  month: number;
  /** The month's GMV (fen). */
  gmvFen: Fen;
}

/** Calendar month of the plan's `index`-th month (1-based). */
export function calendarMonth(startMonth: number, index: number): number {
  return ((startMonth - 1 + index - 1) % 12) + 1;
}

/** GMV of each of the 12 months: start × (1 + growth)^(n−1) × multiplier, rounded once per month. */
export function planMonths(input: PlanInput): PlanMonth[] {
  const months: PlanMonth[] = [];
  const rise = BigInt(10_000 + input.growthBp);
  for (let index = 1; index <= 12; index += 1) {
    const month = calendarMonth(input.startMonth, index);
    const peak = (Object.keys(PEAK_MONTHS) as PeakName[]).find((name) => PEAK_MONTHS[name] === month);
    const multiplier = BigInt(peak ? input.peaks[peak] : 100);
    const steps = BigInt(index - 1);
    const numerator = BigInt(input.startFen) * rise ** steps * multiplier;
    const denominator = 10_000n ** steps * 100n;
    months.push({ index, month, gmvFen: Number(divideRounded(numerator, denominator)) });
  }
  return months;
}

/**
 * Splits a yearly amount over 12 months so that the months add up to it exactly: every month gets
 * ⌊Y/12⌋ and the remainder (0–11 fen) goes once, to month 12, so that ordinary months show the same
 * figure instead of alternating by a fen. The page says so under the plan table.
 */
export function spreadOverYear(yearlyFen: Fen): Fen[] {
  const month = Math.floor(yearlyFen / 12);
  return Array.from({ length: 12 }, (_, index) => (index === 11 ? yearlyFen - 11 * month : month));
}
