/**
 * The set-up from the contract checklist's saved data, loaded with `import()` only when the merchant
 * asks for it or, on a first visit, when the contract checklist has saved something. Read through its
 * own tool's definition (src/lib/state/read.ts) and turned into a set-up by src/lib/review/sources.ts.
 * The target check's reader is its own module (from-target.ts) with the same `take`.
 */
import { contractStateDefinition } from '../../lib/contract/state';
import type { Translate } from '../../lib/kit/strings';
import { applySetup, setupFromContract } from '../../lib/review/sources';
import type { ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { readSaved } from '../../lib/state/read';
import { savedText } from '../kit/saved';

/** The state with the contract's answers in empty places, how many, and what to tell the merchant. */
export function take(state: ReviewState, t: Translate<ReviewStrings>) {
  const contract = readSaved(contractStateDefinition, savedText('contract'));
  const result = contract ? applySetup(state, setupFromContract(contract, t)) : { state, filled: 0 };
  const message = result.filled > 0 ? t('fromContractDone', { count: result.filled }) : t('fromContractNone');
  return { state: result.state, filled: result.filled, message };
}
