/**
 * The contract scanner's kept result, as the checklist reads it (store tool `contract-scan`): which of
 * its clauses the agency's draft already has. Read-only, through the scanner's own definition; loaded
 * with the other tools' readers only when something is saved.
 */
import { contractScanDefinition } from '../contract-scan/state';
import { readSaved } from '../state/read';

export interface ScanPickup {
  /** Day of the scan, `YYYY-MM-DD`. */
  date: string;
  /** Clause ids the draft has. */
  covered: string[];
}

/** The kept scan from stored text, or `null` when none is kept, it found no clause, or it cannot be read. */
export function readScan(stored: string | null): ScanPickup | null {
  const result = readSaved(contractScanDefinition, stored)?.result;
  return result && result.covered.length > 0 ? { date: result.date, covered: result.covered } : null;
}
