/**
 * How the other tools' saved answers change the contract state: state in, new state out. The element
 * never edits a state; it asks one of these for the next one. Loaded only when another tool saved
 * something (src/scripts/contract/sources.ts); a tick is `withTick` in ticks.ts.
 */
import type { FeeState } from '../fees/state';
import type { ScopeModule } from '../scope/model';
import type { ScopeState } from '../scope/state';
import { contractFieldsFromFees, offersInFees, readFees } from './fee-source';
import type { FeeModel } from './model';
import { contractFieldsFromScope, readScope } from './scope-source';
import type { ContractState } from './state';

/** What the other tools saved that the checklist can use. */
export interface Sources {
  scope: ScopeState | null;
  fees: FeeState | null;
  /** The fee calculator's offers that are switched on, first one first. */
  offers: { model: FeeModel; label: string }[];
}

/** The other tools' saved answers, from their stored text (`null` when there is none). */
export function readSources(scopeText: string | null, feesText: string | null): Sources {
  const fees = readFees(feesText);
  return { scope: readScope(scopeText), fees, offers: fees ? offersInFees(fees) : [] };
}

/** Whether anything saved in the other tools can fill the form. */
export function hasSources(sources: Sources): boolean {
  return sources.scope !== null || sources.offers.length > 0;
}

/** The state with the scope chooser's answers (unchanged when there are none). */
export function withScope(state: ContractState, sources: Sources, modules: readonly ScopeModule[]): ContractState {
  return sources.scope ? { ...state, ...contractFieldsFromScope(sources.scope, modules) } : state;
}

/** The state with one of the fee calculator's offers (unchanged without one). */
export function withFees(state: ContractState, sources: Sources, model: string | undefined): ContractState {
  const offer = sources.offers.find((item) => item.model === model);
  return sources.fees && offer ? { ...state, ...contractFieldsFromFees(sources.fees, offer.model) } : state;
}

/**
 * A first visit after using the other tools: their answers, the first offer, and both languages for
 * a foreign brand (unless the form already names an output language).
 */
export function prefilled(state: ContractState, sources: Sources, modules: readonly ScopeModule[]): ContractState {
  const filled = withFees(withScope(state, sources, modules), sources, sources.offers[0]?.model);
  return filled.foreignBrand && filled.output === null ? { ...filled, output: 'both' } : filled;
}
