/**
 * The case file's choice of agency, as another tool reads it: the agency chosen in the case file with
 * its names, red flags and offer, joined from the stores of the case file, the scorecard and the fee
 * calculator. The contract checklist loads this only when the browser holds a case file.
 */
import type { FeeState } from '../fees/state';
import { vettingDefinition } from '../vetting/state';
import { readSaved } from './read';
import { caseDefinition } from './state';
import { caseAgencies, caseChoice, type CaseChoice } from './view';

/** The chosen agency and offer, or `null` when no case file, scorecard or choice is saved. */
export function readChoice(stored: (tool: string) => string | null, fees: FeeState | null): CaseChoice | null {
  const saved = readSaved(caseDefinition, stored('case'));
  const vetting = readSaved(vettingDefinition, stored('vetting'));
  if (!saved || !vetting) return null;
  return caseChoice(caseAgencies(vetting, fees, saved), saved);
}
