/**
 * What each agency fee model costs the merchant in a month, exactly. Every model is a
 * non-decreasing, piecewise-linear function of monthly GMV; `kinkPoints` lists where its slope
 * can change, which is what `compareModels` needs to find break-even points without sampling.
 */
import { FULL_BP, UNITS_PER_FEN, fenToUnits, unitsToFen, type Fen } from '../money';

export { MODEL_IDS, type ModelId } from './ids';

/** One bracket of a tiered schedule: `rateBp` applies to the part of the commission base up to `upToFen`. */
export interface Bracket {
  /** Upper edge of the bracket (commission base, fen); `null` for the open top bracket. */
  upToFen: Fen | null;
  /** Rate in basis points (8 % = 800). */
  rateBp: number;
}

export type AgencyModel =
  | { id: 'base-commission'; baseFen: Fen; rateBp: number }
  | { id: 'fixed'; feeFen: Fen }
  | { id: 'commission'; rateBp: number }
  | {
      id: 'tiered';
      /** Marginal brackets, edges rising, the last one open: each rate applies only to its slice. */
      brackets: readonly Bracket[];
      /** The agency is paid at least this much a month (fen). */
      minimumFen: Fen | null;
      /** The agency is paid at most this much a month (fen). */
      capFen: Fen | null;
    };

/** What commission is charged on. */
export interface CommissionBasis {
  /** `gmv`: all sales; `net`: sales after refunds. */
  on: 'gmv' | 'net';
  /** Refund rate in basis points. */
  refundBp: number;
}

/** The commission base for `gmvFen`, in units of 10⁻⁴ fen (exact: the refund rate has two decimals). */
function commissionBase(gmvFen: Fen, basis: CommissionBasis): bigint {
  return BigInt(gmvFen) * BigInt(basis.on === 'net' ? FULL_BP - basis.refundBp : FULL_BP);
}

/** Tiered commission before the minimum and cap, in units (10⁻⁸ fen). */
function tieredRaw(brackets: readonly Bracket[], base: bigint): bigint {
  let units = 0n;
  let lower = 0n;
  for (const bracket of brackets) {
    const upper = bracket.upToFen === null ? null : BigInt(bracket.upToFen) * BigInt(FULL_BP);
    const top = upper === null || base < upper ? base : upper;
    if (top <= lower) break;
    units += (top - lower) * BigInt(bracket.rateBp);
    if (upper === null) break;
    lower = upper;
  }
  return units;
}

function clamp(units: bigint, minimumFen: Fen | null, capFen: Fen | null): bigint {
  let result = units;
  if (minimumFen !== null && result < fenToUnits(minimumFen)) result = fenToUnits(minimumFen);
  if (capFen !== null && result > fenToUnits(capFen)) result = fenToUnits(capFen);
  return result;
}

/** The agency's monthly fee at `gmvFen`, exact, in units of 10⁻⁸ fen. */
export function exactAgencyCost(model: AgencyModel, gmvFen: Fen, basis: CommissionBasis): bigint {
  switch (model.id) {
    case 'fixed':
      return fenToUnits(model.feeFen);
    case 'base-commission':
      return fenToUnits(model.baseFen) + commissionBase(gmvFen, basis) * BigInt(model.rateBp);
    case 'commission':
      return commissionBase(gmvFen, basis) * BigInt(model.rateBp);
    case 'tiered':
      return clamp(tieredRaw(model.brackets, commissionBase(gmvFen, basis)), model.minimumFen, model.capFen);
  }
}

/** The agency's monthly fee at `gmvFen`, rounded half up to the fen. */
export function computeAgencyCost(model: AgencyModel, gmvFen: Fen, basis: CommissionBasis): Fen {
  return unitsToFen(exactAgencyCost(model, gmvFen, basis));
}

/** Smallest integer GMV in [0, maxFen] at which `cost(g) >= threshold`, or null (cost is non-decreasing). */
function firstReaching(cost: (gmvFen: Fen) => bigint, threshold: bigint, maxFen: Fen): Fen | null {
  if (cost(maxFen) < threshold) return null;
  let low = 0;
  let high = maxFen;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (cost(middle) >= threshold) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Whole-fen GMV values around every point in [0, maxFen] where the model's slope may change.
 * Between two consecutive points the cost is exactly linear in GMV.
 */
export function kinkPoints(model: AgencyModel, basis: CommissionBasis, maxFen: Fen): Fen[] {
  if (model.id !== 'tiered') return [];
  const points: Fen[] = [];
  const perFen = BigInt(basis.on === 'net' ? FULL_BP - basis.refundBp : FULL_BP);
  if (perFen > 0n) {
    for (const { upToFen } of model.brackets) {
      if (upToFen === null) continue;
      // GMV at which the commission base reaches the edge: upToFen × 10⁴ / perFen, usually not whole.
      const scaled = BigInt(upToFen) * BigInt(FULL_BP);
      const floor = Number(scaled / perFen);
      points.push(floor, scaled % perFen === 0n ? floor : floor + 1);
    }
  }
  const raw = (gmvFen: Fen) => tieredRaw(model.brackets, commissionBase(gmvFen, basis));
  for (const limit of [model.minimumFen, model.capFen]) {
    if (limit === null) continue;
    const reached = firstReaching(raw, BigInt(limit) * UNITS_PER_FEN, maxFen);
    if (reached !== null) points.push(Math.max(0, reached - 1), reached);
  }
  return points.filter((point) => point >= 0 && point <= maxFen);
}
