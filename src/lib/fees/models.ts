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

/**
 * What commission is charged on (提成口径), from the most to the least favourable to the agency:
 * `gmv` every order placed (拍下); `paid` orders paid (实付: less the unpaid and cancelled share);
 * `receipt` orders whose receipt was confirmed (确认收货: also less refunds made before receipt);
 * `net` sales after every refund and after the coupons and subsidies the merchant funds.
 */
export type Basis = 'gmv' | 'paid' | 'receipt' | 'net';

/** How a tiered schedule applies: each rate to its slice (超额累进) or one rate to the whole base (全额累进). */
export type TierMode = 'marginal' | 'whole';

/** A sales guarantee (保底) of the base + commission offer, measured on its commission base. */
export interface Guarantee {
  /** Promised monthly commission base (fen). */
  salesFen: Fen;
  /** Share of the base fee refunded in a month that misses it, basis points. */
  refundBp: number;
}

export type AgencyModel = (
  | {
      id: 'base-commission';
      baseFen: Fen;
      rateBp: number;
      /** Commission only on the part of the base above this (起提点 or 增量基线, fen); 0 or absent: none. */
      thresholdFen?: Fen;
      /** Monthly guarantee with a refund when missed; absent: none. */
      guarantee?: Guarantee | null;
    }
  | { id: 'fixed'; feeFen: Fen }
  | { id: 'commission'; rateBp: number }
  | {
      id: 'tiered';
      /** Brackets, edges rising, the last one open. */
      brackets: readonly Bracket[];
      /** The agency is paid at least this much a month (fen). */
      minimumFen: Fen | null;
      /** The agency is paid at most this much a month (fen). */
      capFen: Fen | null;
      /** `marginal` (default): each rate on its slice; `whole`: the bracket the whole base falls in sets one rate. */
      mode?: TierMode;
    }
) & {
  /** This offer's own commission base; absent: the shared one in `CommissionBasis`. */
  on?: Basis;
};

/** The merchant's sales figures that commission bases are cut from, shares of GMV in basis points. */
export interface CommissionBasis {
  /** The commission base of offers that do not set their own. */
  on: Basis;
  /** Share of GMV refunded (all refunds, before and after receipt). */
  refundBp: number;
  /** Share of GMV placed but never paid, or cancelled before payment. */
  unpaidBp?: number;
  /** Share of GMV refunded after the buyer confirmed receipt (售后; part of `refundBp`). */
  afterBp?: number;
  /** Coupons and platform subsidies the merchant funds, share of GMV. */
  couponBp?: number;
}

/** The commission base as a share of GMV, in basis points (never below 0). */
export function baseShareBp(on: Basis, basis: CommissionBasis): number {
  const unpaid = basis.unpaidBp ?? 0;
  const share =
    on === 'gmv'
      ? FULL_BP
      : on === 'paid'
        ? FULL_BP - unpaid
        : on === 'receipt'
          ? FULL_BP - unpaid - (basis.refundBp - (basis.afterBp ?? 0))
          : FULL_BP - unpaid - basis.refundBp - (basis.couponBp ?? 0);
  return Math.max(0, share);
}

/** The model's commission base for `gmvFen`, in units of 10⁻⁴ fen (exact: every share has two decimals of a percent). */
export function commissionBase(model: AgencyModel, gmvFen: Fen, basis: CommissionBasis): bigint {
  return BigInt(gmvFen) * BigInt(baseShareBp(model.on ?? basis.on, basis));
}

const edgeUnits = (fen: Fen) => BigInt(fen) * BigInt(FULL_BP);

/** Tiered commission before the minimum and cap, in units (10⁻⁸ fen). */
export function tieredRaw(brackets: readonly Bracket[], base: bigint, mode: TierMode = 'marginal'): bigint {
  if (mode === 'whole') {
    const bracket = brackets.find(({ upToFen }) => upToFen === null || base <= edgeUnits(upToFen));
    return base * BigInt(bracket?.rateBp ?? 0);
  }
  let units = 0n;
  let lower = 0n;
  for (const bracket of brackets) {
    const upper = bracket.upToFen === null ? null : edgeUnits(bracket.upToFen);
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

/** The base + commission offer's commission base above its threshold (units of 10⁻⁴ fen). */
export function aboveThreshold(base: bigint, thresholdFen: Fen | undefined): bigint {
  const over = base - edgeUnits(thresholdFen ?? 0);
  return over > 0n ? over : 0n;
}

/** Whether a month with this commission base misses the guarantee. */
export function missesGuarantee(base: bigint, guarantee: Guarantee | null | undefined): boolean {
  return !!guarantee && base < edgeUnits(guarantee.salesFen);
}

/** The base fee refunded for a missed guarantee, in units (10⁻⁸ fen). */
export function guaranteeRefund(baseFen: Fen, guarantee: Guarantee): bigint {
  return BigInt(baseFen) * BigInt(guarantee.refundBp) * BigInt(FULL_BP);
}

/**
 * The agency's monthly fee at `gmvFen`, exact, in units of 10⁻⁸ fen. `monthlyGuarantee: false`
 * leaves out the guarantee refund (settled at the end of a quarter or year instead: plan.ts).
 */
export function exactAgencyCost(
  model: AgencyModel,
  gmvFen: Fen,
  basis: CommissionBasis,
  monthlyGuarantee = true,
): bigint {
  const base = commissionBase(model, gmvFen, basis);
  switch (model.id) {
    case 'fixed':
      return fenToUnits(model.feeFen);
    case 'base-commission': {
      const cost = fenToUnits(model.baseFen) + aboveThreshold(base, model.thresholdFen) * BigInt(model.rateBp);
      return monthlyGuarantee && model.guarantee && missesGuarantee(base, model.guarantee)
        ? cost - guaranteeRefund(model.baseFen, model.guarantee)
        : cost;
    }
    case 'commission':
      return base * BigInt(model.rateBp);
    case 'tiered':
      return clamp(tieredRaw(model.brackets, base, model.mode), model.minimumFen, model.capFen);
  }
}

/** The agency's monthly fee at `gmvFen`, rounded half up to the fen. */
export function computeAgencyCost(
  model: AgencyModel,
  gmvFen: Fen,
  basis: CommissionBasis,
  monthlyGuarantee = true,
): Fen {
  return unitsToFen(exactAgencyCost(model, gmvFen, basis, monthlyGuarantee));
}

/** The last whole-fen GMV whose commission base is at most `edgeFen`, or null when every GMV's base is (share 0). */
export function lastGmvAtOrBelow(edgeFen: Fen, shareBp: number): Fen | null {
  if (shareBp === 0) return null;
  return Number(edgeUnits(edgeFen) / BigInt(shareBp));
}

/** Smallest integer GMV in [from, to] at which `cost(g) >= threshold`, or null (cost is non-decreasing there). */
function firstReaching(cost: (gmvFen: Fen) => bigint, threshold: bigint, from: Fen, to: Fen): Fen | null {
  if (cost(to) < threshold) return null;
  let low = from;
  let high = to;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (cost(middle) >= threshold) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Whole-fen GMV values around every point in [0, maxFen] where the model's slope may change or its
 * cost jump (tier edges, threshold, guarantee, minimum and cap). Between two consecutive points the
 * cost is exactly linear in GMV.
 */
export function kinkPoints(model: AgencyModel, basis: CommissionBasis, maxFen: Fen): Fen[] {
  const points: Fen[] = [];
  const share = baseShareBp(model.on ?? basis.on, basis);
  const edges: Fen[] =
    model.id === 'tiered'
      ? model.brackets.flatMap(({ upToFen }) => (upToFen === null ? [] : [upToFen]))
      : model.id === 'base-commission'
        ? [model.thresholdFen ?? 0, ...(model.guarantee ? [model.guarantee.salesFen] : [])]
        : [];
  for (const edge of edges) {
    // The last GMV whose base is at or below the edge, and the first above it.
    const below = lastGmvAtOrBelow(edge, share);
    if (below !== null) points.push(below, below + 1);
    // The guarantee is met from the first GMV whose base reaches it.
    const reach = share === 0 ? null : Number((edgeUnits(edge) + BigInt(share) - 1n) / BigInt(share));
    if (reach !== null) points.push(reach - 1, reach);
  }
  if (model.id === 'tiered') {
    const raw = (gmvFen: Fen) => tieredRaw(model.brackets, commissionBase(model, gmvFen, basis), model.mode);
    for (const limit of [model.minimumFen, model.capFen]) {
      if (limit === null) continue;
      // Whole-amount schedules are not monotonic in general; scan each linear stretch between edges.
      const stretches =
        model.mode === 'whole' ? [0, ...points.filter((p) => p >= 0 && p <= maxFen), maxFen] : [0, maxFen];
      const sorted = [...new Set(stretches)].sort((a, b) => a - b);
      for (let index = 0; index + 1 < sorted.length; index += 1) {
        const from = sorted[index] as Fen;
        const to = sorted[index + 1] as Fen;
        const reached = firstReaching(raw, BigInt(limit) * UNITS_PER_FEN, from, to);
        if (reached !== null) points.push(Math.max(0, reached - 1), reached);
      }
    }
  }
  return points.filter((point) => point >= 0 && point <= maxFen);
}
