/**
 * Set-ups taken from other tools' saved data, one function per source, each returning what it found
 * (targets, deliverables, obligations, term) for `applySetup` to fill into empty places only: what the
 * merchant typed is never overwritten. The contract checklist is the first source; the target check
 * adds its own function here when it exists. Loaded with `import()` only when a source has saved data.
 */
import type { ContractState } from '../contract/state';
import type { Translate } from '../kit/strings';
import type { Metric } from './model';
import type { ReviewState } from './state';
import type { ReviewStrings } from './strings';

/** What a source knows of the set-up; anything left out is not known there. */
export interface SetupFromSource {
  term?: number;
  targets: Partial<Record<Metric, number>>;
  deliverables: ReviewState['deliverables'];
  obligations: ReviewState['obligations'];
}

/** The contract checklist's answers as a set-up. */
export function setupFromContract(contract: ContractState, t: Translate<ReviewStrings>): SetupFromSource {
  const targets: Partial<Record<Metric, number>> = {};
  if (contract.gmvTargetFen !== null) targets.sales = contract.gmvTargetFen;
  if (contract.kpiTarget !== null) {
    if (contract.kpiMetric === 'gmv') targets.sales = contract.kpiTarget;
    if (contract.kpiMetric === 'roas') targets.roi = contract.kpiTarget;
    if (contract.kpiMetric === 'conversion') targets.conversion = contract.kpiTarget;
  }
  const deliverables: ReviewState['deliverables'] = [];
  if (contract.reportCadence)
    deliverables.push({ kind: 'report', label: t('src.report'), due: t(`src.cadence.${contract.reportCadence}`) });
  if (contract.meetingCadence)
    deliverables.push({ kind: 'meeting', label: t('src.meeting'), due: t(`src.cadence.${contract.meetingCadence}`) });
  if (contract.csFirstReplySeconds !== null)
    deliverables.push({
      kind: 'response',
      label: t('src.csReply'),
      due: t('src.seconds', { seconds: contract.csFirstReplySeconds }),
    });
  const obligations: ReviewState['obligations'] = [];
  if (contract.adBudgetFen !== null && contract.adPayer !== 'agency')
    obligations.push({ label: t('src.adBudget'), amount: contract.adBudgetFen / 100, unit: t('src.yuan') });
  if (contract.responseDays !== null)
    obligations.push({ label: t('src.responseDays'), amount: contract.responseDays, unit: t('src.workingDays') });
  return {
    ...(contract.termMonths ? { term: Math.min(contract.termMonths, 36) } : {}),
    targets,
    deliverables,
    obligations,
  };
}

/** `state` with what `found` knows put in empty places (targets not set, slots without a name); and how many it filled. */
export function applySetup(state: ReviewState, found: SetupFromSource): { state: ReviewState; filled: number } {
  let filled = 0;
  const targets = { ...state.targets };
  for (const [metric, value] of Object.entries(found.targets) as [Metric, number][]) {
    if (targets[metric] === null) {
      targets[metric] = metric === 'visitors' ? Math.round(value) : value;
      filled += 1;
    }
  }
  // A slot is already there when it has the same name, or (a deliverable) the same kind: a report the
  // merchant renamed is still the contract's report.
  const same = (a: { label: string; kind?: string }, b: { label: string; kind?: string }) =>
    a.label !== '' && (a.label === b.label || (a.kind !== undefined && a.kind !== 'other' && a.kind === b.kind));
  const fillSlots = <S extends { label: string; kind?: string }>(slots: readonly S[], incoming: readonly S[]) => {
    const result = [...slots];
    for (const item of incoming) {
      if (result.some((slot) => same(slot, item))) continue;
      const free = result.findIndex((slot) => slot.label === '');
      if (free < 0) break;
      result[free] = item;
      filled += 1;
    }
    return result;
  };
  const deliverables = fillSlots(state.deliverables, found.deliverables);
  const obligations = fillSlots(state.obligations, found.obligations);
  const term = state.start === '' && found.term !== undefined ? found.term : state.term;
  return { state: { ...state, term, targets, deliverables, obligations }, filled };
}
