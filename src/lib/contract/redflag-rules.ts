/**
 * Which red flags the merchant's own answers raise. Each rule names a red flag entry of
 * content/checks/redflags.yaml by id; what it says to the merchant is in `redflags.ts`, kept apart so
 * that the page's script carries only these checks (the page renders the words).
 */
import type { ContractState } from './state';

export interface RedFlagRule {
  /** Red flag id in content/checks/redflags.yaml. */
  id: string;
  found: (state: ContractState) => boolean;
}

export const redFlagRules: readonly RedFlagRule[] = [
  {
    id: 'rf-guaranteed-sales',
    found: (state) => state.guarantee === true && (state.refundAmountFen === null || state.refundDays === null),
  },
  { id: 'rf-zero-service-fee', found: (state) => state.feeModel === 'commission' },
  { id: 'rf-agency-controls-account', found: (state) => state.backOfficeAccess === false },
  { id: 'rf-forfeit-all-fees', found: (state) => state.offer.forfeitOnExit },
  {
    id: 'rf-store-in-agency-name',
    found: (state) => state.storeHolder === 'agency' || state.licenceHolder === 'agency',
  },
  { id: 'rf-full-year-upfront', found: (state) => state.offer.yearUpfront },
  { id: 'rf-platform-fees-via-agency', found: (state) => state.offer.platformFeesViaAgency },
  { id: 'rf-unclear-ad-spend', found: (state) => state.adPayer === 'agency' },
  { id: 'rf-handover-refusal', found: (state) => state.ipOwner === 'agency' },
  { id: 'rf-vague-cooperation', found: (state) => state.offer.vagueCooperation },
  { id: 'rf-refuses-kpi', found: (state) => state.offer.refusesKpi },
  { id: 'rf-screenshot-reports', found: (state) => state.offer.screenshotReports },
  { id: 'rf-outdated-playbook', found: (state) => state.kpiMetric === 'other' && /DSR/i.test(state.kpiMetricOther) },
];

/** Ids of the red flags the answers raise, in rule order. */
export function redFlagsFound(state: ContractState): string[] {
  return redFlagRules.filter((rule) => rule.found(state)).map((rule) => rule.id);
}
