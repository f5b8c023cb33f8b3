/**
 * Everything the calculator shows, from one valid state: each model's monthly and yearly cost,
 * take rate and the merchant's profit, break-even points between every pair of models, and the
 * 12-month plan. Every figure is an exact amount rounded once to the fen; totals are sums of the
 * rounded figures shown, so the rows of a table always add up to its total.
 */
import { compareModels, firstBreakEven, type CostSegment } from './breakEven';
import { MAX_GMV_FEN } from './limits';
import {
  MODEL_IDS,
  commissionBase,
  computeAgencyCost,
  type AgencyModel,
  type Basis,
  type CommissionBasis,
  type ModelId,
} from './models';
import { FULL_BP, divideRounded, percentOf, unitsToFen, type Fen } from '../money';
import { moduleCostFen, type ModuleMonth, type ModuleOffer } from './module';
import { PEAK_MONTHS, planMonths, spreadOverYear, type PeakName } from './plan';
import type { FeeState } from './state';

/** Percent (two decimals) as basis points, converted once at the edge. */
export const toBp = (percent: number): number => Math.round(percent * 100);

/** The engine's view of one enabled model. */
export function agencyModel(state: FeeState, id: ModelId): AgencyModel {
  const { models } = state;
  const on = (own: Basis | null) => ({ on: own ?? state.commissionOn });
  switch (id) {
    case 'base-commission': {
      const offer = models[id];
      return {
        id,
        baseFen: offer.baseFen,
        rateBp: toBp(offer.ratePct),
        thresholdFen: offer.thresholdFen,
        guarantee:
          offer.guaranteeFen === null ? null : { salesFen: offer.guaranteeFen, refundBp: toBp(offer.shortfallPct) },
        ...on(offer.on),
      };
    }
    case 'fixed':
      return { id, feeFen: models.fixed.feeFen };
    case 'commission':
      return { id, rateBp: toBp(models.commission.ratePct), ...on(models.commission.on) };
    case 'module':
      // Its cost does not move with sales: against the others, a fixed fee of an ordinary month.
      return { id: 'fixed', feeFen: moduleCostFen(moduleOffer(state), moduleMonth(state, 0)) };
    case 'tiered':
      return {
        id,
        brackets: models.tiered.brackets.map((bracket) => ({
          upToFen: bracket.upToFen,
          rateBp: toBp(bracket.ratePct),
        })),
        minimumFen: models.tiered.minimumFen,
        capFen: models.tiered.capFen,
        mode: models.tiered.mode,
        ...on(models.tiered.on),
      };
  }
}

/** The offer priced by module, for module.ts. */
export function moduleOffer(state: FeeState): ModuleOffer {
  const offer = state.models.module;
  return {
    adBp: toBp(offer.adPct),
    adMinFen: offer.adMinFen,
    seats: offer.seats,
    seatFeeFen: offer.seatFeeFen,
    peakSeats: offer.peakSeats,
    shifts: offer.shifts,
    shiftFeeFen: offer.shiftFeeFen,
    designItems: offer.designItems,
    designFeeFen: offer.designFeeFen,
    setupFen: offer.setupFen,
    depositFen: offer.depositFen,
    depositMonths: offer.depositMonths,
  };
}

/** Whether the plan makes a calendar month a sales peak (its multiplier above 1×). */
export function peakMonth(state: FeeState, month: number): boolean {
  const name = (Object.keys(PEAK_MONTHS) as PeakName[]).find((peak) => PEAK_MONTHS[peak] === month);
  return name !== undefined && state.plan[name] > 1;
}

/** Month `index` of the plan (1–12) for module.ts, or an ordinary month (0: the compared month). */
export function moduleMonth(state: FeeState, index: number, month = 0): ModuleMonth {
  return {
    index,
    peak: index > 0 && peakMonth(state, month),
    adSpendFen: state.adSpendFen,
    rateBp: toBp(state.platform.capitalCostPct),
  };
}

export function commissionBasis(state: FeeState): CommissionBasis {
  return {
    on: state.commissionOn,
    refundBp: toBp(state.refundPct),
    unpaidBp: toBp(state.unpaidPct),
    afterBp: toBp(state.afterPct),
    couponBp: toBp(state.couponPct),
  };
}

/** Whether the base + commission offer's guarantee is settled each month (or at the end of a quarter or year). */
export const monthlyGuarantee = (state: FeeState): boolean => state.models['base-commission'].period === 'month';

/**
 * The base + commission offer's guarantee refunds over the plan, by month index (0-11), in fen, when
 * it is measured per quarter or year: a period whose commission base adds up to less than the
 * guarantee times its months refunds that share of the period's base fees, in its last month.
 * Measured monthly, the refunds are inside each month's cost (models.ts) and this is all zeros.
 */
export function periodRefunds(state: FeeState, monthsGmv: readonly Fen[]): Fen[] {
  const offer = state.models['base-commission'];
  const refunds = monthsGmv.map(() => 0);
  if (offer.guaranteeFen === null || offer.period === 'month') return refunds;
  const model = agencyModel(state, 'base-commission');
  const basis = commissionBasis(state);
  const length = offer.period === 'quarter' ? 3 : 12;
  for (let start = 0; start + length <= monthsGmv.length; start += length) {
    const base = monthsGmv
      .slice(start, start + length)
      .reduce((sum, gmvFen) => sum + commissionBase(model, gmvFen, basis), 0n);
    if (base < BigInt(offer.guaranteeFen) * BigInt(length) * BigInt(FULL_BP))
      refunds[start + length - 1] = unitsToFen(
        BigInt(length) * BigInt(offer.baseFen) * BigInt(toBp(offer.shortfallPct)) * BigInt(FULL_BP),
      );
  }
  return refunds;
}

/** A month's money for the merchant, before the agency is paid. */
export interface MonthBeforeAgency {
  gmvFen: Fen;
  /** Gross profit on sales after refunds. */
  grossProfitFen: Fen;
  /** Platform commission + payment fee + share of the yearly fee + cost of the deposit. */
  platformFen: Fen;
  /** Ad spend the merchant pays directly (0 when the agency pays it from its fee). */
  adFen: Fen;
}

export interface PlanRow extends MonthBeforeAgency {
  index: number;
  month: number;
  costs: Partial<Record<ModelId, Fen>>;
  profits: Partial<Record<ModelId, Fen>>;
}

export interface ModelResult {
  id: ModelId;
  monthlyFen: Fen;
  /** Sum over the 12-month plan. */
  yearlyFen: Fen;
  /** Agency cost ÷ GMV in basis points, or null at zero GMV. */
  takeRateBp: number | null;
  monthlyProfitFen: Fen;
  yearlyProfitFen: Fen;
}

export interface PairResult {
  a: ModelId;
  b: ModelId;
  segments: CostSegment[];
}

export interface FeeResults {
  enabled: ModelId[];
  models: ModelResult[];
  /** Models costing least at the monthly GMV (more than one when tied). */
  cheapest: ModelId[];
  pairs: PairResult[];
  /** GMV ÷ ad spend in hundredths, or null without ad spend. */
  adReturnHundredths: number | null;
  /** Platform costs of the compared month (fen). */
  month: MonthBeforeAgency;
  plan: PlanRow[];
  /** 12-month totals of the plan's columns. */
  planTotals: Omit<PlanRow, 'index' | 'month'>;
  /** Whether the plan reaches the yearly-fee refund threshold. */
  annualFeeRefunded: boolean;
}

/** Rate in basis points of GMV less `offBp` (refunds, unpaid orders), exact then rounded. */
function shareOfNetSales(gmvFen: Fen, offBp: number, rateBp: number): Fen {
  return Number(divideRounded(BigInt(gmvFen) * BigInt(FULL_BP - offBp) * BigInt(rateBp), 100_000_000n));
}

export function computeResults(state: FeeState): FeeResults {
  const basis = commissionBasis(state);
  const enabled = MODEL_IDS.filter((id) => state.models[id].enabled);
  const engines = new Map(enabled.map((id) => [id, agencyModel(state, id)]));
  const monthly = monthlyGuarantee(state);
  const cost = (id: ModelId, gmvFen: Fen) => computeAgencyCost(engines.get(id) as AgencyModel, gmvFen, basis, monthly);

  const { platform, plan } = state;
  const months = planMonths({
    startFen: state.gmvFen,
    startMonth: plan.startMonth,
    growthBp: toBp(plan.growthPct),
    peaks: { peak618: toBp(plan.peak618), peakDouble11: toBp(plan.peakDouble11), peakNewYear: toBp(plan.peakNewYear) },
  });
  const yearGmv = months.reduce((sum, month) => sum + month.gmvFen, 0);
  const threshold = platform.annualRefundThresholdFen;
  const annualFeeRefunded = threshold !== null && yearGmv >= threshold;
  const yearlyFixedFen =
    (annualFeeRefunded ? 0 : platform.annualFeeFen) + percentOf(platform.depositFen, toBp(platform.capitalCostPct));
  const perMonthFixed = spreadOverYear(yearlyFixedFen);

  // Sales after refunds leave out the unpaid orders too; the payment fee is on what was paid.
  const netOff = basis.refundBp + (basis.unpaidBp ?? 0);
  const beforeAgency = (gmvFen: Fen, fixedShareFen: Fen): MonthBeforeAgency => ({
    gmvFen,
    grossProfitFen: shareOfNetSales(gmvFen, netOff, toBp(state.marginPct)),
    platformFen:
      shareOfNetSales(gmvFen, netOff, toBp(platform.commissionPct)) +
      shareOfNetSales(gmvFen, basis.unpaidBp ?? 0, toBp(platform.paymentPct)) +
      fixedShareFen,
    adFen: state.adPayer === 'merchant' ? state.adSpendFen : 0,
  });
  const profitOf = (month: MonthBeforeAgency, agencyFen: Fen) =>
    month.grossProfitFen - month.platformFen - month.adFen - agencyFen;

  const refunds = periodRefunds(
    state,
    months.map((month) => month.gmvFen),
  );
  const planRows: PlanRow[] = months.map((month, index) => {
    const base = beforeAgency(month.gmvFen, perMonthFixed[index] ?? 0);
    const costs: Partial<Record<ModelId, Fen>> = {};
    const profits: Partial<Record<ModelId, Fen>> = {};
    for (const id of enabled) {
      costs[id] =
        id === 'module'
          ? moduleCostFen(moduleOffer(state), moduleMonth(state, month.index, month.month))
          : cost(id, month.gmvFen) - (id === 'base-commission' ? (refunds[index] ?? 0) : 0);
      profits[id] = profitOf(base, costs[id]);
    }
    return { ...base, index: month.index, month: month.month, costs, profits };
  });
  const sum = (pick: (row: PlanRow) => Fen | undefined) => planRows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  const planTotals: FeeResults['planTotals'] = {
    gmvFen: sum((row) => row.gmvFen),
    grossProfitFen: sum((row) => row.grossProfitFen),
    platformFen: sum((row) => row.platformFen),
    adFen: sum((row) => row.adFen),
    costs: Object.fromEntries(enabled.map((id) => [id, sum((row) => row.costs[id])])),
    profits: Object.fromEntries(enabled.map((id) => [id, sum((row) => row.profits[id])])),
  };

  // The compared month is an ordinary month of the plan: its share of the yearly amounts is month 1's.
  const month = beforeAgency(state.gmvFen, perMonthFixed[0] ?? 0);
  const models = enabled.map((id): ModelResult => {
    const monthlyFen = cost(id, state.gmvFen);
    return {
      id,
      monthlyFen,
      yearlyFen: planTotals.costs[id] ?? 0,
      takeRateBp: state.gmvFen === 0 ? null : Number(divideRounded(BigInt(monthlyFen) * 10_000n, BigInt(state.gmvFen))),
      monthlyProfitFen: profitOf(month, monthlyFen),
      yearlyProfitFen: planTotals.profits[id] ?? 0,
    };
  });
  const least = Math.min(...models.map((model) => model.monthlyFen));
  const pairs: PairResult[] = [];
  enabled.forEach((a, index) => {
    for (const b of enabled.slice(index + 1)) {
      pairs.push({
        a,
        b,
        segments: compareModels(
          engines.get(a) as AgencyModel,
          engines.get(b) as AgencyModel,
          basis,
          MAX_GMV_FEN,
          monthly,
        ),
      });
    }
  });
  return {
    enabled,
    models,
    cheapest: models.filter((model) => model.monthlyFen === least).map((model) => model.id),
    pairs,
    adReturnHundredths:
      state.adSpendFen === 0 ? null : Number(divideRounded(BigInt(state.gmvFen) * 100n, BigInt(state.adSpendFen))),
    month,
    plan: planRows,
    planTotals,
    annualFeeRefunded,
  };
}

/** The break-even GMV between two models in the results, when there is one. */
export function pairBreakEven(results: FeeResults, a: ModelId, b: ModelId): Fen | null | undefined {
  const pair = results.pairs.find(
    (candidate) => (candidate.a === a && candidate.b === b) || (candidate.a === b && candidate.b === a),
  );
  return pair ? firstBreakEven(pair.segments) : undefined;
}
