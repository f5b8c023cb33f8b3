/**
 * The one place the contract checklist reads the fee calculator's saved state (store tool `fees`,
 * schema version 1, written by src/lib/fees on branch tool-fees). Read-only: the checklist never
 * writes, clears or backs up the calculator's data, so it decodes the stored text itself instead of
 * using `ToolStore.load` (which moves damaged data aside).
 *
 * `feesView` checks only the fields used here, with the calculator's own bounds. It is not
 * `feeStateDefinition` from '../fees/state' because that validator brings the calculator's form
 * parsing along (+3.4 KB gzipped, past this page's 16 KB budget). tests/unit/contract/sources.test.ts
 * holds the two together: `FeeState` must be assignable to `FeeStateView`, and every state the
 * calculator's definition saves must be read here.
 */
import { decodeEnvelope, type ToolStateDefinition } from '../state';
import { boolean, nullable, object, oneOf, stateSchema, text, whole, decimal } from '../validation';
import { MAX_FEE_FEN, MAX_GMV_FEN, MAX_LABEL_LENGTH } from '../fees/limits';
import { FEE_MODELS, type FeeModel } from './model';
import { LIMITS, type ContractState } from './state';

/** The part of the fee calculator's state that a contract needs. */
export interface FeeStateView {
  /** Commission charged on all GMV (`gmv`) or on GMV after refunds (`net`). */
  commissionOn: 'gmv' | 'net';
  /** Monthly ad spend, fen. */
  adSpendFen: number;
  /** Who pays for ads: the merchant directly, or the agency out of its own fee. */
  adPayer: 'merchant' | 'agency';
  models: {
    'base-commission': { enabled: boolean; label: string; baseFen: number; ratePct: number };
    fixed: { enabled: boolean; label: string; feeFen: number };
    commission: { enabled: boolean; label: string; ratePct: number };
    tiered: { enabled: boolean; label: string; minimumFen: number | null; capFen: number | null };
  };
}

const label = text(MAX_LABEL_LENGTH);
const fee = whole(0, MAX_FEE_FEN);
const percent = decimal(0, 100);

export const feesView: ToolStateDefinition<FeeStateView> = {
  tool: 'fees',
  version: 1,
  schema: stateSchema<FeeStateView>(
    object({
      commissionOn: oneOf(['gmv', 'net'] as const),
      adSpendFen: whole(0, MAX_GMV_FEN),
      adPayer: oneOf(['merchant', 'agency'] as const),
      models: object({
        'base-commission': object({ enabled: boolean, label, baseFen: fee, ratePct: percent }),
        fixed: object({ enabled: boolean, label, feeFen: fee }),
        commission: object({ enabled: boolean, label, ratePct: percent }),
        tiered: object({ enabled: boolean, label, minimumFen: nullable(fee), capFen: nullable(fee) }),
      }),
    }),
  ),
  defaults: () => {
    throw new Error('The contract checklist only reads the fee calculator’s data.');
  },
};

/** The fee calculator's state from stored text, or `null` when there is none or it cannot be read. */
export function readFees(stored: string | null): FeeStateView | null {
  if (stored === null) return null;
  const decoded = decodeEnvelope(feesView, stored);
  return decoded.ok ? decoded.data : null;
}

/** The offers the merchant kept switched on in the calculator, with their names. */
export function offersInFees(fees: FeeStateView): { model: FeeModel; label: string }[] {
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
>;

/** The contract's fee answers for one of the calculator's offers; fields the offer does not set are left out. */
export function contractFieldsFromFees(fees: FeeStateView, model: FeeModel): Partial<FeeFields> {
  const shared: Partial<FeeFields> = {
    feeModel: model,
    commissionBase: fees.commissionOn,
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
      return { ...shared, minFeeFen: models[model].minimumFen, capFeeFen: models[model].capFen };
  }
}
