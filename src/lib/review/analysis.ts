/**
 * What the months say: which KPI was missed how many months in a row, what the contract says happens
 * next, how the agency delivered, and whether the merchant's own record is sound. Pure; the words are
 * in view.ts.
 */
import { METRICS, type Action, type Metric } from './model';
import { targetsFor, type MonthRecord, type ReviewState } from './state';

export interface KpiStatus {
  metric: Metric;
  target: number;
  /** Months with a figure for this KPI. */
  recorded: number;
  /** Months below target. */
  missed: number;
  /** Misses in a row up to the latest month with a figure. */
  streak: number;
  /** First and last month of that run ('' when `streak` is 0). */
  streakFrom: string;
  streakTo: string;
}

export interface Triggered {
  metric: Metric;
  months: number;
  action: Action;
  note: string;
  streak: number;
}

export interface DeliverableTally {
  slot: number;
  label: string;
  onTime: number;
  late: number;
  missing: number;
  unrecorded: number;
}

export interface ObligationTally {
  slot: number;
  label: string;
  met: number;
  notMet: number;
  unrecorded: number;
}

/** The merchant's own record: nothing to judge, sound, gaps (months not recorded) or weak (an obligation not met). */
export type MerchantVerdict = 'none' | 'sound' | 'gaps' | 'weak';

export interface Analysis {
  kpis: KpiStatus[];
  triggered: Triggered[];
  deliverables: DeliverableTally[];
  obligations: ObligationTally[];
  merchant: MerchantVerdict;
  /** Months recorded. */
  months: number;
}

/** A month's figure for a KPI, or `null` when not recorded. */
export function figureOf(record: MonthRecord, metric: Metric): number | null {
  return record[metric];
}

/**
 * How a KPI fared. `target` is one figure for every month, or each month's own (`null`: none that
 * month, so the month is not judged); the status names the latest judged month's target.
 */
export function kpiStatus(
  months: readonly MonthRecord[],
  metric: Metric,
  target: number | ((record: MonthRecord) => number | null),
): KpiStatus {
  const targetOf = typeof target === 'number' ? () => target : target;
  const withFigure = months.filter((record) => figureOf(record, metric) !== null && targetOf(record) !== null);
  const misses = withFigure.map((record) => (figureOf(record, metric) ?? 0) < (targetOf(record) ?? 0));
  const latest = withFigure[withFigure.length - 1];
  let streak = 0;
  while (streak < misses.length && misses[misses.length - 1 - streak]) streak += 1;
  return {
    metric,
    target: (latest && targetOf(latest)) ?? (typeof target === 'number' ? target : 0),
    recorded: withFigure.length,
    missed: misses.filter(Boolean).length,
    streak,
    streakFrom: streak > 0 ? (withFigure[withFigure.length - streak]?.month ?? '') : '',
    streakTo: streak > 0 ? (withFigure[withFigure.length - 1]?.month ?? '') : '',
  };
}

export function analyse(state: ReviewState): Analysis {
  const kpis = METRICS.flatMap((metric) => {
    const planned = metric === 'sales' && state.salesPlan.length > 0 && state.start !== '';
    if (state.targets[metric] === null && !planned) return [];
    const status = kpiStatus(state.months, metric, (record) => targetsFor(state, record.month)[metric]);
    // Nothing judged yet: name the first month's target.
    if (status.recorded === 0) status.target = state.targets[metric] ?? state.salesPlan[0] ?? 0;
    return [status];
  });
  const triggered = state.consequences.flatMap(({ metric, months, action, note }) => {
    const status = kpis.find((kpi) => kpi.metric === metric);
    return action && months !== null && status && status.streak >= months
      ? [{ metric, months, action, note, streak: status.streak }]
      : [];
  });
  const deliverables = state.deliverables.flatMap(({ label }, slot) => {
    if (!label) return [];
    const statuses = state.months.map((record) => record.delivered[slot] ?? '');
    const count = (status: string) => statuses.filter((value) => value === status).length;
    return [
      { slot, label, onTime: count('on-time'), late: count('late'), missing: count('missing'), unrecorded: count('') },
    ];
  });
  const obligations = state.obligations.flatMap(({ label }, slot) => {
    if (!label) return [];
    const statuses = state.months.map((record) => record.met[slot] ?? '');
    const count = (status: string) => statuses.filter((value) => value === status).length;
    return [{ slot, label, met: count('met'), notMet: count('not-met'), unrecorded: count('') }];
  });
  let merchant: MerchantVerdict = 'none';
  if (obligations.length > 0 && state.months.length > 0) {
    if (obligations.some((tally) => tally.notMet > 0)) merchant = 'weak';
    else if (obligations.some((tally) => tally.unrecorded > 0)) merchant = 'gaps';
    else merchant = 'sound';
  }
  return { kpis, triggered, deliverables, obligations, merchant, months: state.months.length };
}
