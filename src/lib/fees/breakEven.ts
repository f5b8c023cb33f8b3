/**
 * Where one fee model stops being the cheaper one. Both costs are exact piecewise-linear functions
 * of GMV, so between consecutive kink points their difference is linear and changes sign at most
 * once: a binary search over whole fen finds each change exactly, with no sampling.
 */
import { exactAgencyCost, kinkPoints, type AgencyModel, type CommissionBasis } from './models';
import type { Fen } from '../money';

/** Which of two models costs less over a stretch of GMV. */
export type Cheaper = 'a' | 'b' | 'equal';

/** From `fromFen` up to the next segment's `fromFen` (or the end of the range), `cheaper` costs less. */
export interface CostSegment {
  fromFen: Fen;
  cheaper: Cheaper;
}

/**
 * The GMV range [0, maxFen] cut where the cheaper of two models changes. The first segment starts
 * at 0. A boundary is the smallest whole-fen GMV at which the new order holds (the costs are equal
 * there, or the other model is already cheaper); a single fen of equality at a crossing is not
 * reported as a segment of its own.
 */
export function compareModels(
  a: AgencyModel,
  b: AgencyModel,
  basis: CommissionBasis,
  maxFen: Fen,
  monthlyGuarantee = true,
): CostSegment[] {
  const sign = (gmvFen: Fen): -1 | 0 | 1 => {
    const difference =
      exactAgencyCost(a, gmvFen, basis, monthlyGuarantee) - exactAgencyCost(b, gmvFen, basis, monthlyGuarantee);
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  };
  const points = [...new Set([0, maxFen, ...kinkPoints(a, basis, maxFen), ...kinkPoints(b, basis, maxFen)])].sort(
    (x, y) => x - y,
  );
  const runs: { fromFen: Fen; sign: -1 | 0 | 1 }[] = [];
  const push = (fromFen: Fen, value: -1 | 0 | 1) => {
    if (runs.at(-1)?.sign !== value) runs.push({ fromFen, sign: value });
  };
  for (let index = 0; index < points.length; index += 1) {
    const start = points[index] as Fen;
    const startSign = sign(start);
    push(start, startSign);
    const end = points[index + 1];
    if (end === undefined || end - start < 2 || sign(end) === startSign) continue;
    // Linear on [start, end] and the sign differs at the ends: find the first fen where it changes.
    let low = start + 1;
    let high = end;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (sign(middle) === startSign) low = middle + 1;
      else high = middle;
    }
    const changed = sign(low);
    push(low, changed);
    // A zero at one fen, then the far sign: the slope is not zero, so the next fen has it.
    if (changed === 0 && low < end) push(low + 1, sign(end));
  }
  // Equality at a single fen is the crossing itself, not a stretch where both cost the same.
  const segments: CostSegment[] = [];
  let carriedFrom: Fen | null = null;
  runs.forEach((run, index) => {
    const next = runs[index + 1];
    const length = (next ? next.fromFen : maxFen + 1) - run.fromFen;
    if (run.sign === 0 && length === 1 && runs.length > 1) {
      carriedFrom ??= run.fromFen;
      return;
    }
    const cheaper: Cheaper = run.sign < 0 ? 'a' : run.sign > 0 ? 'b' : 'equal';
    const fromFen = segments.length === 0 ? 0 : (carriedFrom ?? run.fromFen);
    carriedFrom = null;
    if (segments.at(-1)?.cheaper !== cheaper) segments.push({ fromFen, cheaper });
  });
  return segments;
}

/** The first GMV at which the cheaper model changes, or null when one model is never overtaken. */
export function firstBreakEven(segments: readonly CostSegment[]): Fen | null {
  return segments[1]?.fromFen ?? null;
}
