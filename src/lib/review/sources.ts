/**
 * Set-ups taken from other tools' saved data, one function per source, each returning what it found
 * (targets, deliverables, obligations, term) for `applySetup` to fill into empty places only: what the
 * merchant typed is never overwritten. The sources: the contract checklist and the target check.
 * Loaded with `import()` only when a source has saved data or the merchant asks.
 */
import type { ContractState } from '../contract/state';
import type { TargetState } from '../target/state';
import type { Translate } from '../kit/strings';
import { LIMITS, type Metric } from './model';
import type { ReviewState } from './state';
import type { ReviewStrings } from './strings';

/** What a source knows of the set-up; anything left out is not known there. */
export interface SetupFromSource {
  term?: number;
  targets: Partial<Record<Metric, number>>;
  /** Sales target of each month from the contract's first (fen), when they differ month by month. */
  salesPlan?: readonly number[];
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

/**
 * The target check's figures as a set-up: its months and monthly sales targets (sales peaks
 * included: `plan`, the target check's own month-by-month split), the ROI it states as a target, and
 * the merchant's own commitments as obligations: the monthly ad budget, the stock, the answer time.
 */
export function setupFromTarget(
  target: TargetState,
  plan: readonly number[],
  t: Translate<ReviewStrings>,
): SetupFromSource {
  const obligations: ReviewState['obligations'] = [];
  if (target.budgetFen > 0)
    obligations.push({ label: t('src.adBudget'), amount: target.budgetFen / 100, unit: t('src.yuan') });
  if (target.stockUnits !== null)
    obligations.push({ label: t('src.stock'), amount: target.stockUnits, unit: t('src.units') });
  if (target.approvalDays !== null)
    obligations.push({ label: t('src.responseDays'), amount: target.approvalDays, unit: t('src.workingDays') });
  return {
    term: target.months,
    targets: target.roiH === null ? {} : { roi: target.roiH / 100 },
    salesPlan: plan,
    deliverables: [],
    obligations,
  };
}

/** What a set-up filled: the targets, whether the month-by-month sales plan, and the slots' names. */
export interface Taken {
  targets: Metric[];
  plan: boolean;
  labels: string[];
}

/** `state` with what `found` knows put in empty places (targets not set, slots without a name); and how many it filled. */
export function applySetup(
  state: ReviewState,
  found: SetupFromSource,
): { state: ReviewState; filled: number; taken: Taken } {
  let filled = 0;
  const taken: Taken = { targets: [], plan: false, labels: [] };
  const targets = { ...state.targets };
  for (const [metric, value] of Object.entries(found.targets) as [Metric, number][]) {
    if (targets[metric] === null) {
      targets[metric] = metric === 'visitors' ? Math.round(value) : value;
      filled += 1;
      taken.targets.push(metric);
    }
  }
  // The month-by-month sales targets go in when there is neither a plan nor one sales target yet.
  let salesPlan = state.salesPlan;
  if (found.salesPlan && found.salesPlan.length > 0 && salesPlan.length === 0 && targets.sales === null) {
    salesPlan = found.salesPlan.slice(0, LIMITS.months);
    filled += 1;
    taken.plan = true;
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
      taken.labels.push(item.label);
    }
    return result;
  };
  const deliverables = fillSlots(state.deliverables, found.deliverables);
  const obligations = fillSlots(state.obligations, found.obligations);
  const term = state.start === '' && found.term !== undefined ? found.term : state.term;
  return { state: { ...state, term, targets, salesPlan, deliverables, obligations }, filled, taken };
}
