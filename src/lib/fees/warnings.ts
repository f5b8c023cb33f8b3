/**
 * Inputs that match a pitfall the guides describe. Each warning names the model it concerns
 * and carries the figures its sentence needs; the words live with the page's other strings.
 */
import { MAX_GMV_FEN } from './limits';
import { computeAgencyCost, type AgencyModel, type ModelId } from './models';
import type { Fen } from '../money';
import { adShareFen, depositCostFen } from './module';
import { agencyModel, commissionBasis, moduleOffer, peakMonth, periodRefunds, toBp, type FeeResults } from './results';
import { tierJumps, type TierJump } from './statement';
import type { FeeState } from './state';

/** The mainstream commission range reported for base fee + commission deals (fact `agency-commission-range`). */
const COMMON_COMMISSION_BP = { low: 500, high: 1500 } as const;

export type FeeWarning =
  /**
   * The base fee + commission offer's rate outside the 5–15 % commonly reported for that model. Only
   * that model: the range says nothing about commission-only or tiered rates, which have no base fee.
   */
  | { id: 'rate-range'; model: ModelId; ratesBp: number[] }
  /** Commission on all sales, refunds included (agency-favourable): what it adds per offer this month. */
  | { id: 'gross-base'; refundBp: number; extras: { model: ModelId; extraFen: Fen }[] }
  /** No base fee: the "零服务费" offer the fees guide warns about. */
  | { id: 'zero-base'; model: ModelId }
  /** The merchant loses money under this model, in the compared month or over the plan. */
  | { id: 'loss'; model: ModelId; monthlyProfitFen: Fen; yearlyProfitFen: Fen }
  /** Ads are paid out of the agency's own fee. */
  | { id: 'ads-from-fee' }
  /** Commission on paid orders or confirmed receipts: refunds after receipt (and coupons) still pay commission. */
  | { id: 'partial-base'; on: 'paid' | 'receipt'; model: ModelId; extraFen: Fen; coupons: boolean }
  /** A whole-amount schedule: selling one more yuan at an edge costs more than a yuan. */
  | { id: 'whole-jumps'; jumps: TierJump[] }
  /** A guarantee measured per quarter or year: what the plan gets back, against measuring each month. */
  | { id: 'guarantee-period'; period: 'quarter' | 'year'; refundFen: Fen; monthlyRefundFen: Fen }
  /** A guarantee with nothing refunded when it is missed. */
  | { id: 'guarantee-empty' }
  /** Commission on growth over a baseline: the threshold is below the sales the store already has. */
  | { id: 'threshold-low'; thresholdFen: Fen; gmvFen: Fen }
  /** Ad management as a share of ad spend: the agency earns more the more it spends. */
  | { id: 'ad-share'; rateBp: number; spendFen: Fen; feeFen: Fen; moreFen: Fen }
  /** The ad-management minimum is above the share at this spend; `spendFen`: below it, the minimum is paid. */
  | { id: 'ad-minimum'; minimumFen: Fen; shareFen: Fen; spendFen: Fen }
  /** Extra peak seats in a plan without a peak month. */
  | { id: 'peak-none'; seats: number }
  /** A quality deposit: its cost of money over the months it is held. */
  | { id: 'module-deposit'; depositFen: Fen; months: number; rateBp: number; costFen: Fen };

export function feeWarnings(state: FeeState, results: FeeResults): FeeWarning[] {
  const warnings: FeeWarning[] = [];
  const basis = commissionBasis(state);
  const engine = (id: ModelId): AgencyModel => agencyModel(state, id);
  /** What an offer would cost this month with commission on sales after refunds. */
  const extra = (id: ModelId, monthlyFen: Fen) =>
    monthlyFen - computeAgencyCost({ ...engine(id), on: 'net' }, state.gmvFen, basis, true);
  const onOf = (id: ModelId) => engine(id).on ?? state.commissionOn;
  /** Offers that charge commission (not the fixed fee, nor the offer priced by module). */
  const commissioned = (id: ModelId) => id !== 'fixed' && id !== 'module';
  const gross = results.models.filter(({ id }) => commissioned(id) && onOf(id) === 'gmv');
  if (state.commissionOn === 'gmv' || gross.length > 0) {
    const extras = gross
      .map(({ id, monthlyFen }) => ({ model: id, extraFen: extra(id, monthlyFen) }))
      .filter(({ extraFen }) => extraFen > 0);
    warnings.push({ id: 'gross-base', refundBp: basis.refundBp, extras });
  }
  for (const { id, monthlyFen } of results.models) {
    const on = onOf(id);
    if (commissioned(id) && (on === 'paid' || on === 'receipt'))
      warnings.push({
        id: 'partial-base',
        on,
        model: id,
        extraFen: extra(id, monthlyFen),
        coupons: state.couponPct > 0,
      });
  }
  if (results.enabled.includes('tiered')) {
    const jumps = tierJumps(engine('tiered'), basis, MAX_GMV_FEN);
    if (jumps.length > 0) warnings.push({ id: 'whole-jumps', jumps });
  }
  const offer = state.models['base-commission'];
  if (results.enabled.includes('base-commission') && offer.guaranteeFen !== null) {
    if (offer.shortfallPct === 0) warnings.push({ id: 'guarantee-empty' });
    else if (offer.period !== 'month') {
      const months = results.plan.map((row) => row.gmvFen);
      const refundFen = periodRefunds(state, months).reduce((sum, fen) => sum + fen, 0);
      const monthly = {
        ...state,
        models: { ...state.models, 'base-commission': { ...offer, period: 'month' as const } },
      };
      const model = agencyModel(monthly, 'base-commission');
      const monthlyRefundFen = months.reduce(
        (sum, gmvFen) =>
          sum + computeAgencyCost(model, gmvFen, basis, false) - computeAgencyCost(model, gmvFen, basis, true),
        0,
      );
      warnings.push({ id: 'guarantee-period', period: offer.period, refundFen, monthlyRefundFen });
    }
  }
  if (results.enabled.includes('base-commission') && offer.thresholdFen > 0 && offer.thresholdFen < state.gmvFen / 2)
    warnings.push({ id: 'threshold-low', thresholdFen: offer.thresholdFen, gmvFen: state.gmvFen });
  for (const id of results.enabled) {
    const bp = toBp(state.models['base-commission'].ratePct);
    if (id === 'base-commission' && bp > 0 && (bp < COMMON_COMMISSION_BP.low || bp > COMMON_COMMISSION_BP.high))
      warnings.push({ id: 'rate-range', model: id, ratesBp: [bp] });
    if (id === 'commission' || (id === 'base-commission' && state.models[id].baseFen === 0))
      warnings.push({ id: 'zero-base', model: id });
  }
  for (const model of results.models) {
    if (model.monthlyProfitFen < 0 || model.yearlyProfitFen < 0) {
      warnings.push({
        id: 'loss',
        model: model.id,
        monthlyProfitFen: model.monthlyProfitFen,
        yearlyProfitFen: model.yearlyProfitFen,
      });
    }
  }
  if (state.adPayer === 'agency') warnings.push({ id: 'ads-from-fee' });
  if (results.enabled.includes('module')) warnings.push(...moduleWarnings(state));
  return warnings;
}

/** What the offer priced by module should make the merchant ask about, in their numbers. */
function moduleWarnings(state: FeeState): FeeWarning[] {
  const warnings: FeeWarning[] = [];
  const offer = moduleOffer(state);
  const spendFen = state.adSpendFen;
  if (offer.adBp > 0)
    warnings.push({
      id: 'ad-share',
      rateBp: offer.adBp,
      spendFen,
      feeFen: Math.max(adShareFen(offer, spendFen), offer.adMinFen ?? 0),
      moreFen: adShareFen(offer, 1_000_000),
    });
  const shareFen = adShareFen(offer, spendFen);
  if (offer.adBp > 0 && offer.adMinFen !== null && offer.adMinFen > shareFen)
    warnings.push({
      id: 'ad-minimum',
      minimumFen: offer.adMinFen,
      shareFen,
      // The spend at which the share reaches the minimum, rounded up to the yuan.
      spendFen: Math.ceil((offer.adMinFen * 10_000) / offer.adBp / 100) * 100,
    });
  if (offer.peakSeats > 0 && !Array.from({ length: 12 }, (_, month) => peakMonth(state, month + 1)).some(Boolean))
    warnings.push({ id: 'peak-none', seats: offer.peakSeats });
  if (offer.depositFen > 0) {
    const rateBp = toBp(state.platform.capitalCostPct);
    warnings.push({
      id: 'module-deposit',
      depositFen: offer.depositFen,
      months: offer.depositMonths,
      rateBp,
      costFen: depositCostFen(offer, rateBp, offer.depositMonths),
    });
  }
  return warnings;
}
