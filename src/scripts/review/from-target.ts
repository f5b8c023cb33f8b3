/**
 * The set-up from the target check's saved figures, loaded with `import()` only when the target check
 * has saved something in this browser or the merchant asks for it, so the review's first visit does
 * not carry the target check's reader. Read through the target check's own definition.
 */
import type { Translate } from '../../lib/kit/strings';
import { applySetup, setupFromTarget } from '../../lib/review/sources';
import type { ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { readSaved } from '../../lib/state/read';
import { analyse } from '../../lib/target/model';
import { targetStateDefinition } from '../../lib/target/state';
import { savedText } from './saved';

export function fromTarget(state: ReviewState, t: Translate<ReviewStrings>) {
  const target = readSaved(targetStateDefinition, savedText('target'));
  if (!target) return null;
  const plan = analyse(target).months.map((month) => month.targetFen);
  return applySetup(state, setupFromTarget(target, plan, t));
}
