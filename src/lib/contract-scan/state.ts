/**
 * The contract scanner's saved state (store tool `contract-scan`, schema version 1). Nothing is saved
 * until the merchant keeps a result; the draft's text only when they also tick "keep the text".
 */
import type { ToolStateDefinition } from '../state';
import { array, kebabId, nullable, object, oneOf, stateSchema, text } from '../validation';

/** The longest draft the scanner reads and keeps, in characters (about 200 pages). */
export const MAX_TEXT = 300_000;

export interface ScanSummary {
  /** Day of the scan, `YYYY-MM-DD`. */
  date: string;
  /** The draft's main language. */
  lang: 'zh' | 'en';
  /** Check ids of the findings, each once. */
  findings: string[];
  /** Clause ids the draft has. */
  covered: string[];
  /** Must-have clause ids it lacks. */
  missing: string[];
}

export interface ContractScanState {
  /** The draft's text, only when the merchant chose to keep it; otherwise empty. */
  text: string;
  /** The kept result (no words of the draft), or `null`. */
  result: ScanSummary | null;
}

const ids = array(kebabId, 0, 200);

const check = object({
  text: text(MAX_TEXT),
  result: nullable(
    object({
      date: text(10),
      lang: oneOf(['zh', 'en'] as const),
      findings: ids,
      covered: ids,
      missing: ids,
    }),
  ),
});

export function defaultContractScanState(): ContractScanState {
  return { text: '', result: null };
}

export const contractScanDefinition: ToolStateDefinition<ContractScanState> = {
  tool: 'contract-scan',
  version: 1,
  schema: stateSchema<ContractScanState>(check),
  defaults: defaultContractScanState,
};
