/**
 * Inputs that match a pitfall the guides describe. Each warning names the model it concerns
 * and carries the figures its sentence needs; the words live with the page's other strings.
 */
import { COMMON_COMMISSION_BP } from './limits';
import type { ModelId } from './models';
import type { Fen } from '../money';
import { toBp, type FeeResults } from './results';
import type { FeeState } from './state';

export type FeeWarning =
  /** A commission rate outside the 5–15 % commonly reported for base + commission deals. */
  | { id: 'rate-range'; model: ModelId; ratesBp: number[] }
  /** No base fee: the "零服务费" offer the fees guide warns about. */
  | { id: 'zero-base'; model: ModelId }
  /** The merchant loses money under this model, in the compared month or over the plan. */
  | { id: 'loss'; model: ModelId; monthlyProfitFen: Fen; yearlyProfitFen: Fen }
  /** Ads are paid out of the agency's own fee. */
  | { id: 'ads-from-fee' };

function commissionRates(state: FeeState, id: ModelId): number[] {
  const { models } = state;
  if (id === 'base-commission') return [toBp(models[id].ratePct)];
  if (id === 'commission') return [toBp(models.commission.ratePct)];
  if (id === 'tiered') return models.tiered.brackets.map((bracket) => toBp(bracket.ratePct));
  return [];
}

export function feeWarnings(state: FeeState, results: FeeResults): FeeWarning[] {
  const warnings: FeeWarning[] = [];
  for (const id of results.enabled) {
    const outside = commissionRates(state, id).filter(
      (bp) => bp > 0 && (bp < COMMON_COMMISSION_BP.low || bp > COMMON_COMMISSION_BP.high),
    );
    if (outside.length > 0) warnings.push({ id: 'rate-range', model: id, ratesBp: [...new Set(outside)] });
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
