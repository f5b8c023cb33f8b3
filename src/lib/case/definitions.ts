/**
 * Every tool's store definition, in the order a merchant meets the tools: what a full backup holds.
 * The case page loads this (with each tool's schema) only when the merchant backs up or restores.
 */
import { contractScanDefinition } from '../contract-scan/state';
import { contractStateDefinition } from '../contract/state';
import { exitStateDefinition } from '../exit/state';
import { feeStateDefinition } from '../fees/state';
import { scopeStateDefinition } from '../scope/state';
import { targetStateDefinition } from '../target/state';
import type { ToolStateDefinition } from '../state/envelope';
import { reviewDefinition } from '../review/state';
import { vettingDefinition } from '../vetting/state';
import { caseDefinition } from './state';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- definitions of different state types
export const ALL_DEFINITIONS: readonly ToolStateDefinition<any>[] = [
  scopeStateDefinition,
  feeStateDefinition,
  targetStateDefinition,
  vettingDefinition,
  contractStateDefinition,
  contractScanDefinition,
  exitStateDefinition,
  caseDefinition,
  reviewDefinition,
];

export { decodeBackup, encodeBackup } from './backup';
export type { BackupError } from './backup';
