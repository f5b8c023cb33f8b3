/**
 * The notice period from the contract checklist's saved answers. The planner loads this module (with
 * the contract's schema) only when the browser holds contract data; a first visit needs none of it.
 */
import { contractStateDefinition } from '../contract/state';
import { readSaved } from '../state/read';

/** The contract's notice period in days, or `null` when none is saved or it cannot be read. */
export function noticeDaysFromContract(stored: string | null): number | null {
  return readSaved(contractStateDefinition, stored)?.noticeDays ?? null;
}
