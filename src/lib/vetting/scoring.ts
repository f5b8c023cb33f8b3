/**
 * Scores, knockouts, red flags and ranking for the agencies on the scorecard. Everything is whole
 * numbers: a score is the weighted mean of the 1–5 ratings mapped to 0–100 (1 → 0, 3 → 50, 5 → 100)
 * and rounded once; red flags subtract fixed points from it.
 */
import { knockoutCriteria, scoredCriteria, type Catalogue, type Severity } from './catalogue';
import type { AgencyRecord } from './state';

/** Points an observed red flag takes off the total, by severity (caution, serious, walk away). */
export const redFlagPenalty: Readonly<Record<Severity, number>> = { 1: 5, 2: 10, 3: 20 };

/** Penalty from which trust counts as low even without a walk-away flag. */
export const LOW_TRUST_PENALTY = 20;

/** Coverage (percent of the weight scored) under which a total is only provisional. */
export const PROVISIONAL_BELOW = 50;

export interface KnockoutResult {
  /** `excluded`: failed at least one; `pending`: none failed, some not yet checked; `passed`: all yes. */
  status: 'excluded' | 'pending' | 'passed';
  /** Ids answered `no`, in catalogue order: the reasons for exclusion. */
  failed: string[];
  /** Ids not yet answered. */
  unchecked: string[];
}

export interface ObservedRedFlag {
  id: string;
  severity: Severity;
  penalty: number;
}

export interface RedFlagResult {
  observed: ObservedRedFlag[];
  /** Points taken off the total. */
  penalty: number;
  /** `ok`: none observed; `low`: a walk-away flag or penalties of `LOW_TRUST_PENALTY` or more. */
  trust: 'ok' | 'lowered' | 'low';
}

export interface AgencyResult {
  agencyId: string;
  knockouts: KnockoutResult;
  redFlags: RedFlagResult;
  /** Counted criteria (weight above 0) not yet scored, in catalogue order. */
  unscored: string[];
  /** Counted criteria that have a score. */
  scoredCount: number;
  /** 0–100 from the weighted ratings alone; `null` until a counted criterion is scored. */
  score: number | null;
  /** Percent of the total weight already scored (rounded down). */
  coverage: number;
  /** `score` less the red-flag penalty, never below 0; `null` while `score` is. */
  total: number | null;
  /** The total rests on less than `PROVISIONAL_BELOW` % of the weight. */
  provisional: boolean;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function knockoutResult(agency: AgencyRecord, catalogue: Catalogue): KnockoutResult {
  const failed: string[] = [];
  const unchecked: string[] = [];
  for (const criterion of knockoutCriteria(catalogue)) {
    const answer = own(agency.knockouts, criterion.id)?.answer ?? 'unchecked';
    if (answer === 'no') failed.push(criterion.id);
    else if (answer === 'unchecked') unchecked.push(criterion.id);
  }
  const status = failed.length > 0 ? 'excluded' : unchecked.length > 0 ? 'pending' : 'passed';
  return { status, failed, unchecked };
}

export function redFlagResult(agency: AgencyRecord, catalogue: Catalogue): RedFlagResult {
  const observed = catalogue.redFlags
    .filter((flag) => own(agency.redFlags, flag.id)?.observed === true)
    .map((flag) => ({ id: flag.id, severity: flag.severity, penalty: redFlagPenalty[flag.severity] }));
  const penalty = observed.reduce((sum, flag) => sum + flag.penalty, 0);
  const trust =
    observed.length === 0
      ? 'ok'
      : penalty >= LOW_TRUST_PENALTY || observed.some((flag) => flag.severity === 3)
        ? 'low'
        : 'lowered';
  return { observed, penalty, trust };
}

/** `numerator / denominator` rounded half up; both whole, denominator positive. */
function roundedRatio(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function scoreAgency(
  agency: AgencyRecord,
  catalogue: Catalogue,
  weights: ReadonlyMap<string, number>,
): AgencyResult {
  let totalWeight = 0;
  let scoredWeight = 0;
  let weightedSum = 0;
  let scoredCount = 0;
  const unscored: string[] = [];
  for (const criterion of scoredCriteria(catalogue)) {
    const weight = weights.get(criterion.id) ?? criterion.weight;
    if (weight === 0) continue;
    totalWeight += weight;
    const score = own(agency.scores, criterion.id)?.score ?? null;
    if (score === null) {
      unscored.push(criterion.id);
      continue;
    }
    scoredCount += 1;
    scoredWeight += weight;
    weightedSum += weight * score;
  }
  const score = scoredWeight === 0 ? null : roundedRatio(25 * (weightedSum - scoredWeight), scoredWeight);
  const coverage = totalWeight === 0 ? 0 : Math.floor((100 * scoredWeight) / totalWeight);
  const redFlags = redFlagResult(agency, catalogue);
  const total = score === null ? null : Math.max(0, score - redFlags.penalty);
  return {
    agencyId: agency.id,
    knockouts: knockoutResult(agency, catalogue),
    redFlags,
    unscored,
    scoredCount,
    score,
    coverage,
    total,
    provisional: total !== null && coverage < PROVISIONAL_BELOW,
  };
}

export interface RankedAgency {
  result: AgencyResult;
  /** 1 for the best; agencies with equal totals share a rank. `null` when excluded or not yet scored. */
  rank: number | null;
}

/**
 * Display order of the comparison: ranked agencies by total (best first), then agencies not yet
 * scored, then excluded ones, each group in the order the merchant added them.
 */
export function rankAgencies(results: readonly AgencyResult[]): RankedAgency[] {
  const ranked = results
    .filter((result) => result.knockouts.status !== 'excluded' && result.total !== null)
    .sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  const order: RankedAgency[] = ranked.map((result, index) => {
    const better = ranked.findIndex((other) => other.total === result.total);
    return { result, rank: (better === -1 ? index : better) + 1 };
  });
  for (const result of results) {
    if (result.knockouts.status !== 'excluded' && result.total === null) order.push({ result, rank: null });
  }
  for (const result of results) if (result.knockouts.status === 'excluded') order.push({ result, rank: null });
  return order;
}
