/**
 * Which red flags the merchant's own answers raise. Each rule names a red flag entry of
 * content/checks/redflags.yaml by id; what it says to the merchant is in `redflags.ts`, kept apart so
 * that the page's script carries only these checks (the page renders the words).
 */
import type { ContractState } from './state';

export interface RedFlagRule {
  /** Red flag id in content/checks/redflags.yaml. */
  id: string;
  /** Which answer raised it, a key of `redFlagReasons`: the flag's id, or `id:answer` for a second answer that raises it. */
  reason: string;
  found: (state: ContractState) => boolean;
}

/** The longest notice period that raises no flag, days. */
export const LONGEST_FAIR_NOTICE_DAYS = 30;

type Check = [id: string, found: RedFlagRule['found'], answer?: string];

/**
 * Every agency-favourable answer the merchant can keep is here: a draft with one of them never reads
 * "no red flags".
 */
const checks: Check[] = [
  [
    'rf-guaranteed-sales',
    (state) => state.guarantee === true && (state.refundAmountFen === null || state.refundDays === null),
  ],
  ['rf-zero-service-fee', (state) => state.feeModel === 'commission'],
  ['rf-commission-on-gross', (state) => state.commissionBase === 'gmv' && state.feeModel !== 'fixed'],
  ['rf-agency-controls-account', (state) => state.backOfficeAccess === false],
  ['rf-forfeit-all-fees', (state) => state.offer.forfeitOnExit],
  ['rf-store-in-agency-name', (state) => state.storeHolder === 'agency' || state.licenceHolder === 'agency'],
  ['rf-full-year-upfront', (state) => state.offer.yearUpfront],
  ['rf-platform-fees-via-agency', (state) => state.offer.platformFeesViaAgency],
  ['rf-unclear-ad-spend', (state) => state.adPayer === 'agency'],
  ['rf-handover-refusal', (state) => state.ipOwner === 'agency'],
  ['rf-handover-refusal', (state) => state.offer.noHandover, 'none'],
  ['rf-vague-cooperation', (state) => state.offer.vagueCooperation],
  ['rf-refuses-kpi', (state) => state.offer.refusesKpi],
  ['rf-screenshot-reports', (state) => state.offer.screenshotReports],
  ['rf-outdated-playbook', (state) => state.kpiMetric === 'other' && /DSR/i.test(state.kpiMetricOther)],
  ['rf-auto-renewal', (state) => state.offer.autoRenewal],
  ['rf-long-notice', (state) => state.noticeDays !== null && state.noticeDays > LONGEST_FAIR_NOTICE_DAYS],
];

export const redFlagRules: readonly RedFlagRule[] = checks.map(([id, found, answer]) => ({
  id,
  reason: answer ? `${id}:${answer}` : id,
  found,
}));

/** The rules the answers meet, in rule order. */
export function rulesFound(state: ContractState): RedFlagRule[] {
  return redFlagRules.filter((rule) => rule.found(state));
}

/** Ids of the red flags the answers raise, each once, in rule order. */
export function redFlagsFound(state: ContractState): string[] {
  return [...new Set(rulesFound(state).map((rule) => rule.id))];
}
