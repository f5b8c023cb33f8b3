/**
 * The one place the contract checklist reads the target check's saved state (store tool `target`):
 * read-only, decoded by the target check's own definition. It gives the KPI clause drafted from the
 * merchant's figures, and the contract form's values those figures fill (the KPI metric, target and
 * period, the ad budget, the merchant's answer time), which the merchant applies with a button.
 * Loaded only when the target check has saved something.
 */
import type { Locale } from '../i18n';
import { translator } from '../kit/strings';
import { fenToPlainYuan } from '../money';
import { readSaved } from '../state/read';
import { analyse } from '../target/model';
import { targetStateDefinition, type TargetState } from '../target/state';
import { targetStrings } from '../target/strings';
import { clauseParagraphs } from '../target/view';
import { LIMITS } from './state';

/** The target check's state from stored text, or `null` when there is none or it cannot be read. */
export function readTarget(stored: string | null): TargetState | null {
  return readSaved(targetStateDefinition, stored);
}

/** The drafted KPI clause in one language. */
export function targetClause(state: TargetState, locale: Locale): string[] {
  return clauseParagraphs(state, analyse(state), translator(targetStrings[locale]));
}

/**
 * The contract form's text for the target's figures (form names are the contract state's keys). A
 * figure outside the contract's own limits (a period over 24 months) is left for the merchant to type.
 */
export function contractValuesFromTarget(state: TargetState): Record<string, string> {
  const values: Record<string, string> = { kpiMetric: 'gmv', adBudgetFen: fenToPlainYuan(state.budgetFen) };
  if (state.targetFen <= LIMITS.gmvFen) values['kpiTarget'] = fenToPlainYuan(state.targetFen);
  const [, longest] = LIMITS.kpiPeriodMonths;
  if (state.months <= longest) values['kpiPeriodMonths'] = String(state.months);
  if (state.approvalDays !== null) values['responseDays'] = String(state.approvalDays);
  return values;
}
