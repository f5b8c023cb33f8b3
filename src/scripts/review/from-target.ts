/**
 * The set-up from the target check's saved figures, loaded with `import()` only when the target check
 * has saved something in this browser or the merchant asks for it, so the review's first visit does
 * not carry the target check's reader. Read through the target check's own definition; the message
 * names what was taken, so the merchant sees where each figure came from.
 */
import type { Translate } from '../../lib/kit/strings';
import { applySetup, setupFromTarget } from '../../lib/review/sources';
import type { ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { readSaved } from '../../lib/state/read';
import { analyse } from '../../lib/target/model';
import { targetStateDefinition } from '../../lib/target/state';
import { savedText } from '../kit/saved';

/** The state with the target check's figures in empty places, how many, and what to tell the merchant. */
export function take(state: ReviewState, t: Translate<ReviewStrings>) {
  const target = readSaved(targetStateDefinition, savedText('target'));
  if (!target) return { state, filled: 0, message: t('fromTargetMissing') };
  const plan = analyse(target).months.map((month) => month.targetFen);
  const result = applySetup(state, setupFromTarget(target, plan, t));
  const { targets, plan: planTaken, labels } = result.taken;
  const list = [
    ...(planTaken ? [t('takenPlan')] : []),
    ...targets.map((metric) => t(`metric.${metric}`)),
    ...labels,
  ].join(t('list.sep'));
  const message = result.filled > 0 ? t('fromTargetDone', { count: result.filled, list }) : t('fromTargetNone');
  return { state: result.state, filled: result.filled, message };
}
