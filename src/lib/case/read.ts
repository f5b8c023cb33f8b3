/**
 * Reading the other tools' saved states for the case file, without ever writing to them: stored text
 * is decoded (and migrated in memory) by each tool's own definition; what cannot be read counts as
 * nothing saved, and that tool's own page tells the merchant what is wrong with it.
 */
import { feeStateDefinition, type FeeState } from '../fees/state';
import { readSaved } from '../state/read';
import { vettingDefinition, type VettingState } from '../vetting/state';
import { caseDefinition, type CaseState } from './state';

export { readSaved };

/** What the case file joins: the scorecard, the fee calculator and the case file itself. */
export interface CaseSources {
  vetting: VettingState | null;
  fees: FeeState | null;
  case: CaseState | null;
}

/** The three saved states, from a function that gives a tool's stored text. */
export function readCaseSources(stored: (tool: string) => string | null): CaseSources {
  return {
    vetting: readSaved(vettingDefinition, stored('vetting')),
    fees: readSaved(feeStateDefinition, stored('fees')),
    case: readSaved(caseDefinition, stored('case')),
  };
}
