/**
 * Inputs that match a pitfall the guides describe. Each warning names the model it concerns
 * and carries the figures its sentence needs; the words live with the page's other strings.
 */
import { computeAgencyCost, type ModelId } from './models';
import type { Fen } from '../money';
import { agencyModel, commissionBasis, toBp, type FeeResults } from './results';
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
  | { id: 'ads-from-fee' };

export function feeWarnings(state: FeeState, results: FeeResults): FeeWarning[] {
  const warnings: FeeWarning[] = [];
  if (state.commissionOn === 'gmv') {
    const basis = commissionBasis(state);
    const extras = results.models
      .map(({ id, monthlyFen }) => ({
        model: id,
        extraFen: monthlyFen - computeAgencyCost(agencyModel(state, id), state.gmvFen, { ...basis, on: 'net' }),
      }))
      .filter(({ extraFen }) => extraFen > 0);
    warnings.push({ id: 'gross-base', refundBp: basis.refundBp, extras });
  }
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
  return warnings;
}
