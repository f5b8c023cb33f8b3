/**
 * The monthly review's vocabulary: the figures a month records, the KPIs a contract sets on them,
 * what the agency delivers and what the merchant owes, and what the contract says happens when a KPI
 * is missed. Plain constants, shared by the state, the form, the analysis and the CSV import.
 */

/** Figures recorded each month. Sales and ad spend in fen, conversion in percent, ROI as a ratio. */
export const FIGURES = ['sales', 'visitors', 'conversion', 'adSpend', 'roi'] as const;
export type Figure = (typeof FIGURES)[number];

/** Figures a contract sets a target on (at least this much each month). */
export const METRICS = ['sales', 'visitors', 'conversion', 'roi'] as const;
export type Metric = (typeof METRICS)[number];

/** What the agency promised to deliver. */
export const DELIVERABLE_KINDS = ['report', 'meeting', 'response', 'other'] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

/** A deliverable in one month: received on time, late, not received, or not recorded (''). */
export const DELIVERY_STATUSES = ['on-time', 'late', 'missing', ''] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One of the merchant's obligations in one month: met, not met, or not recorded (''). */
export const OBLIGATION_STATUSES = ['met', 'not-met', ''] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** What a contract says happens after a KPI is missed several months in a row. */
export const ACTIONS = ['warning', 'team-change', 'fee-reduction', 'termination'] as const;
export type Action = (typeof ACTIONS)[number];

/** Fixed slots in the set-up: each is used when it has a name. */
export const SLOTS = { deliverables: 6, obligations: 4, consequences: 4 } as const;

export const LIMITS = {
  /** Months a review covers at most (the contract's term). */
  months: 36,
  /** ¥1,000,000,000 a month, in fen. */
  moneyFen: 100_000_000_000,
  visitors: 1_000_000_000,
  roi: 1000,
  label: 80,
  due: 40,
  unit: 12,
  note: 200,
  monthNotes: 1000,
  /** Largest number in an obligation (a budget in yuan, a count of days). */
  amount: 1_000_000_000,
} as const;

/** `2026-03` + 2 → `2026-05`. */
export function addMonths(month: string, count: number): string {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) + count;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months of a contract: `start` and the `count - 1` after it. */
export function contractMonths(start: string, count: number): string[] {
  return start ? Array.from({ length: count }, (_, index) => addMonths(start, index)) : [];
}
