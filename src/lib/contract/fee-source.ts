/**
 * The one place the contract checklist reads the fee calculator's saved state (store tool `fees`).
 * Read-only: the checklist never writes, clears or backs up the calculator's data, so it decodes the
 * stored text itself instead of using `ToolStore.load` (which moves damaged data aside). The data is
 * checked by the calculator's own definition: one schema for the fee state, wherever it is read.
 */
import { feeStateDefinition, type FeeState } from '../fees/state';
import { readSaved } from '../state/read';
import { FEE_MODELS, type FeeModel } from './model';
import { LIMITS, type ContractState } from './state';

/** The fee calculator's state from stored text, or `null` when there is none or it cannot be read. */
export function readFees(stored: string | null): FeeState | null {
  return readSaved(feeStateDefinition, stored);
}

/** The offers the merchant kept switched on in the calculator, with their names. */
export function offersInFees(fees: FeeState): { model: FeeModel; label: string }[] {
  return FEE_MODELS.filter((model) => fees.models[model].enabled).map((model) => ({
    model,
    label: fees.models[model].label.trim(),
  }));
}

type FeeFields = Pick<
  ContractState,
  | 'feeModel'
  | 'baseFeeFen'
  | 'commissionRatePct'
  | 'fixedFeeFen'
  | 'commissionBase'
  | 'minFeeFen'
  | 'capFeeFen'
  | 'adBudgetFen'
  | 'adPayer'
  | 'tiers'
  | 'feeFrom'
>;

/** The contract's fee answers for one of the calculator's offers; fields the offer does not set are left out. */
export function contractFieldsFromFees(fees: FeeState, model: FeeModel): Partial<FeeFields> {
  const shared: Partial<FeeFields> = {
    feeModel: model,
    feeFrom: model,
    // The checklist knows two bases: only sales after refunds is `net`; paid and receipt bases keep refunds in.
    commissionBase: fees.commissionOn === 'net' ? 'net' : 'gmv',
    adPayer: fees.adPayer,
    adBudgetFen: fees.adSpendFen <= LIMITS.gmvFen ? fees.adSpendFen : null,
  };
  const { models } = fees;
  switch (model) {
    case 'base-commission':
      return { ...shared, baseFeeFen: models[model].baseFen, commissionRatePct: models[model].ratePct };
    case 'fixed':
      return { ...shared, fixedFeeFen: models[model].feeFen };
    case 'commission':
      return { ...shared, commissionRatePct: models[model].ratePct };
    case 'tiered':
      return {
        ...shared,
        minFeeFen: models[model].minimumFen,
        capFeeFen: models[model].capFen,
        tiers: models[model].brackets.map(({ upToFen, ratePct }) => ({ upToFen, ratePct })),
      };
  }
}
