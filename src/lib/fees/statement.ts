/**
 * The settlement statement (结算单): one offer's bill for one month written out line by line, the
 * way a merchant should ask the agency to invoice it. Lines that are charged (`charge: true`) add
 * up to the month's cost exactly: each is rounded to the fen, and when their sum differs from the
 * cost rounded once, a rounding line says by how much. Other lines show how the commission base
 * was reached (sales, deductions, threshold) and are not added.
 */
import {
  aboveThreshold,
  baseShareBp,
  commissionBase,
  exactAgencyCost,
  guaranteeRefund,
  lastGmvAtOrBelow,
  missesGuarantee,
  computeAgencyCost,
  tieredRaw,
  type AgencyModel,
  type CommissionBasis,
} from './models';
import { FULL_BP, divideRounded, unitsToFen, type Fen } from '../money';

export type LineKey =
  | 'sales'
  | 'unpaid'
  | 'refunds-before'
  | 'refunds'
  | 'coupons'
  | 'base'
  | 'threshold'
  | 'above'
  | 'base-fee'
  | 'commission'
  | 'slice'
  | 'whole'
  | 'minimum'
  | 'cap'
  | 'guarantee'
  | 'guarantee-met'
  | 'guarantee-later'
  | 'fixed'
  | 'rounding'
  // Priced by module (module.ts):
  | 'ad-spend'
  | 'ad'
  | 'ad-minimum'
  | 'seats'
  | 'peak-seats'
  | 'peak-seats-off'
  | 'shifts'
  | 'design'
  | 'setup'
  | 'setup-later'
  | 'deposit-paid'
  | 'deposit-cost'
  | 'deposit-back';

export interface StatementLine {
  key: LineKey;
  /** The line's amount in fen (negative for deductions and refunds). */
  fen: Fen;
  /** Added to the total. */
  charge: boolean;
  /** Rate of a commission line, basis points. */
  rateBp?: number;
  /** A slice's or threshold's edges, fen. */
  fromFen?: Fen;
  toFen?: Fen | null;
  /** The bracket's number (1 = lowest). */
  n?: number;
}

export interface Statement {
  lines: StatementLine[];
  totalFen: Fen;
}

/** What the month's settlement of a guarantee measured per quarter or year adds (a refund, 0 or negative). */
export interface PeriodSettlement {
  /** Refund settled this month, fen (0 when none). */
  refundFen: Fen;
  /** True when the guarantee is measured per quarter or year (no monthly refund). */
  later: boolean;
}

const fenOf = (tenThousandthsOfFen: bigint): Fen => Number(divideRounded(tenThousandthsOfFen, BigInt(FULL_BP)));
const info = (key: LineKey, fen: Fen, extra: Partial<StatementLine> = {}): StatementLine => ({
  key,
  fen,
  charge: false,
  ...extra,
});
const charge = (key: LineKey, fen: Fen, extra: Partial<StatementLine> = {}): StatementLine => ({
  key,
  fen,
  charge: true,
  ...extra,
});

/** How the commission base is reached from sales: GMV, each deduction the basis makes, the base. */
function baseLines(model: AgencyModel, gmvFen: Fen, basis: CommissionBasis): StatementLine[] {
  const on = model.on ?? basis.on;
  const share = (bp: number) => -fenOf(BigInt(gmvFen) * BigInt(bp));
  const lines = [info('sales', gmvFen)];
  if (on !== 'gmv' && (basis.unpaidBp ?? 0) > 0) lines.push(info('unpaid', share(basis.unpaidBp ?? 0)));
  if (on === 'receipt' && basis.refundBp - (basis.afterBp ?? 0) > 0)
    lines.push(info('refunds-before', share(basis.refundBp - (basis.afterBp ?? 0))));
  if (on === 'net' && basis.refundBp > 0) lines.push(info('refunds', share(basis.refundBp)));
  if (on === 'net' && (basis.couponBp ?? 0) > 0) lines.push(info('coupons', share(basis.couponBp ?? 0)));
  lines.push(info('base', fenOf(commissionBase(model, gmvFen, basis)), { rateBp: baseShareBp(on, basis) }));
  return lines;
}

/**
 * The statement of `model` at `gmvFen`. `period` describes a guarantee measured per quarter or
 * year: no monthly refund, and the refund settled in this month (if any) is a line of its own.
 */
export function settlementStatement(
  model: AgencyModel,
  gmvFen: Fen,
  basis: CommissionBasis,
  period: PeriodSettlement = { refundFen: 0, later: false },
): Statement {
  const monthly = !period.later;
  const exact = exactAgencyCost(model, gmvFen, basis, monthly);
  const totalFen = unitsToFen(exact) - period.refundFen;
  const lines: StatementLine[] = model.id === 'fixed' ? [] : baseLines(model, gmvFen, basis);
  const base = commissionBase(model, gmvFen, basis);
  const units = (raw: bigint) => unitsToFen(raw);
  switch (model.id) {
    case 'fixed':
      lines.push(charge('fixed', model.feeFen));
      break;
    case 'commission':
      lines.push(charge('commission', units(base * BigInt(model.rateBp)), { rateBp: model.rateBp }));
      break;
    case 'base-commission': {
      lines.push(charge('base-fee', model.baseFen));
      const threshold = model.thresholdFen ?? 0;
      const above = aboveThreshold(base, threshold);
      if (threshold > 0) {
        lines.push(info('threshold', -threshold, { fromFen: threshold }));
        lines.push(info('above', fenOf(above)));
      }
      lines.push(charge('commission', units(above * BigInt(model.rateBp)), { rateBp: model.rateBp }));
      const { guarantee } = model;
      if (guarantee) {
        if (period.later) {
          if (period.refundFen > 0) lines.push(charge('guarantee', -period.refundFen, { rateBp: guarantee.refundBp }));
          else lines.push(info('guarantee-later', 0, { fromFen: guarantee.salesFen }));
        } else if (missesGuarantee(base, guarantee))
          lines.push(
            charge('guarantee', -units(guaranteeRefund(model.baseFen, guarantee)), {
              rateBp: guarantee.refundBp,
              fromFen: guarantee.salesFen,
            }),
          );
        else lines.push(info('guarantee-met', 0, { fromFen: guarantee.salesFen }));
      }
      break;
    }
    case 'tiered': {
      const raw = tieredRaw(model.brackets, base, model.mode);
      if (model.mode === 'whole') {
        const index = model.brackets.findIndex(
          ({ upToFen }) => upToFen === null || base <= BigInt(upToFen) * BigInt(FULL_BP),
        );
        const bracket = model.brackets[index];
        lines.push(
          charge('whole', units(raw), {
            rateBp: bracket?.rateBp ?? 0,
            n: index + 1,
            fromFen: model.brackets[index - 1]?.upToFen ?? 0,
            toFen: bracket?.upToFen ?? null,
          }),
        );
      } else {
        let lower = 0;
        model.brackets.forEach((bracket, index) => {
          const lowerUnits = BigInt(lower) * BigInt(FULL_BP);
          if (base <= lowerUnits && index > 0) return;
          const upper = bracket.upToFen === null ? null : BigInt(bracket.upToFen) * BigInt(FULL_BP);
          const top = upper === null || base < upper ? base : upper;
          const slice = top > lowerUnits ? top - lowerUnits : 0n;
          lines.push(
            charge('slice', units(slice * BigInt(bracket.rateBp)), {
              rateBp: bracket.rateBp,
              n: index + 1,
              fromFen: lower,
              toFen: bracket.upToFen,
            }),
          );
          lower = bracket.upToFen ?? lower;
        });
      }
      const clamped = exactAgencyCost(model, gmvFen, basis);
      if (clamped > raw) lines.push(charge('minimum', units(clamped) - units(raw), { fromFen: model.minimumFen ?? 0 }));
      if (clamped < raw) lines.push(charge('cap', units(clamped) - units(raw), { fromFen: model.capFen ?? 0 }));
      break;
    }
  }
  const sum = lines.reduce((total, line) => total + (line.charge ? line.fen : 0), 0);
  if (sum !== totalFen) lines.push(charge('rounding', totalFen - sum));
  return { lines, totalFen };
}

/** One edge of a whole-amount schedule: selling one fen more than `belowGmvFen` changes the fee by `jumpFen`. */
export interface TierJump {
  /** The bracket edge (commission base, fen). */
  edgeFen: Fen;
  /** The last GMV (fen) whose commission base is at or below the edge. */
  belowGmvFen: Fen;
  /** Cost at `belowGmvFen + 1` minus cost at `belowGmvFen`, fen (rounded costs, as the page shows them). */
  jumpFen: Fen;
}

/** The jumps of a whole-amount schedule within GMV [0, maxFen] (none for a marginal one): every edge where the fee moves by more than a fen's slope. */
export function tierJumps(model: AgencyModel, basis: CommissionBasis, maxFen: Fen): TierJump[] {
  if (model.id !== 'tiered' || model.mode !== 'whole') return [];
  const share = baseShareBp(model.on ?? basis.on, basis);
  const jumps: TierJump[] = [];
  for (const { upToFen } of model.brackets) {
    if (upToFen === null) continue;
    const below = lastGmvAtOrBelow(upToFen, share);
    if (below === null || below + 1 > maxFen) continue;
    const jumpFen = computeAgencyCost(model, below + 1, basis) - computeAgencyCost(model, below, basis);
    if (jumpFen !== 0) jumps.push({ edgeFen: upToFen, belowGmvFen: below, jumpFen });
  }
  return jumps;
}
