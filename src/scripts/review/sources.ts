/**
 * The set-up from other tools' saved data, loaded with `import()` only when the merchant asks for it
 * or, on a first visit, when the contract checklist has saved something. Each source is read through
 * its own tool's definition (src/lib/state/read.ts) and turned into a set-up by src/lib/review/sources.ts.
 */
import { contractStateDefinition } from '../../lib/contract/state';
import type { Translate } from '../../lib/kit/strings';
import { applySetup, setupFromContract } from '../../lib/review/sources';
import type { ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { readSaved } from '../../lib/state/read';
import { savedText } from './saved';

export function fromContract(state: ReviewState, t: Translate<ReviewStrings>) {
  const contract = readSaved(contractStateDefinition, savedText('contract'));
  return contract ? applySetup(state, setupFromContract(contract, t)) : { state, filled: 0 };
}
