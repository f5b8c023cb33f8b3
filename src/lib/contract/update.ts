/**
 * How the contract state changes with the other tools' saved answers: state in, new state out. The
 * page loads this module (with the other tools' schemas) only when the browser holds some of their
 * data; a first visit needs none of it.
 */
import { readChoice } from '../case/choice';
import type { CaseChoice } from '../case/view';
import type { FeeState } from '../fees/state';
import { contractFieldsFromCase } from './case-source';
import { readScan, type ScanPickup } from './from-scan';
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
  /** The agency chosen in the case file, with its offer; `null` while none is chosen. */
  choice: CaseChoice | null;
  /** The contract scanner's kept result (which clauses the draft has); it fills no field. */
  scan?: ScanPickup | null;
}

/** The other tools' saved answers, from a function giving each tool's stored text (`null` when none). */
export function readSources(stored: (tool: string) => string | null): Sources {
  const fees = readFees(stored('fees'));
  return {
    scope: readScope(stored('scope')),
    fees,
    offers: fees ? offersInFees(fees) : [],
    choice: readChoice(stored, fees),
    scan: readScan(stored('contract-scan')),
  };
}

export { caseChoiceChanged } from './case-source';

/** Whether anything saved in the other tools can fill the form. */
export function hasSources(sources: Sources): boolean {
  return sources.scope !== null || sources.offers.length > 0 || sources.choice !== null;
}

/** The state with the case file's chosen agency, its red flags and its offer (unchanged without a choice). */
export function withCase(state: ContractState, sources: Sources): ContractState {
  return sources.choice ? { ...state, ...contractFieldsFromCase(sources.choice, sources.fees) } : state;
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
 * A first visit after using the other tools: their answers; the agency chosen in the case file with
 * its offer, or else the calculator's first offer; and both languages for a foreign brand (unless the
 * form already names an output language).
 */
export function prefilled(state: ContractState, sources: Sources, modules: readonly ScopeModule[]): ContractState {
  const scoped = withScope(state, sources, modules);
  const filled = sources.choice ? withCase(scoped, sources) : withFees(scoped, sources, sources.offers[0]?.model);
  return filled.foreignBrand && filled.output === null ? { ...filled, output: 'both' } : filled;
}
