/**
 * The contract's answers from the case file: the agency chosen there (its legal names, the red flags
 * the merchant recorded for it in the scorecard) and its chosen offer from the fee calculator, every
 * bracket, minimum and cap included. Read-only, like the other sources.
 */
import type { CaseChoice } from '../case/view';
import type { FeeState } from '../fees/state';
import { contractFieldsFromFees } from './fee-source';
import { hanzi, type ContractState } from './state';

/**
 * The contract's fields for the chosen agency. Its legal names are taken as entered in the case file;
 * with neither entered, its short name from the scorecard stands in, in the field of its script.
 * Without an offer of its own, the fee terms are left as they are and `feeFrom` says so.
 */
export function contractFieldsFromCase(choice: CaseChoice, fees: FeeState | null): Partial<ContractState> {
  const { agency, offer } = choice;
  const noLegal = agency.legalZh.trim() === '' && agency.legalEn.trim() === '';
  const shortZh = noLegal && hanzi.test(agency.name) ? agency.name : '';
  const shortEn = noLegal && !hanzi.test(agency.name) ? agency.name : '';
  const names = {
    agencyNameZh: agency.legalZh.trim() || shortZh,
    agencyNameEn: agency.legalEn.trim() || shortEn,
    agencyId: agency.id,
    recorded: agency.flags.map(({ id, note }) => ({ id, note })),
  };
  return offer && fees ? { ...names, ...contractFieldsFromFees(fees, offer.model) } : { ...names, feeFrom: null };
}

/** Whether the case file now names another agency or offer than the one the contract was filled from. */
export function caseChoiceChanged(state: ContractState, choice: CaseChoice | null): boolean {
  if (!choice) return false;
  return state.agencyId !== choice.agency.id || (choice.offer !== null && state.feeFrom !== choice.offer.model);
}
