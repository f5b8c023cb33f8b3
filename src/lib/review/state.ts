/**
 * The monthly review's saved state (schema version 2): the set-up taken from the contract and one
 * record per month. Checked with `src/lib/validation.ts`; format in docs/DATA-FORMATS.md. Version 1
 * had no month-by-month sales targets (`salesPlan`).
 */
import type { ToolStateDefinition } from '../state';
import {
  array,
  decimal,
  fail,
  nullable,
  object,
  oneOf,
  stateSchema,
  text,
  whole,
  type Check,
  type Checked,
} from '../validation';
import { ACTIONS, DELIVERABLE_KINDS, DELIVERY_STATUSES, LIMITS, METRICS, OBLIGATION_STATUSES, SLOTS } from './model';

/** `YYYY-MM` with a real month, or '' (not set). */
const monthText: Check<string> = (value, path) =>
  typeof value === 'string' && /^(?:\d{4}-(?:0[1-9]|1[0-2]))?$/.test(value) ? value : fail(path, 'expected YYYY-MM');

/** `YYYY-MM`, required. */
const monthRequired: Check<string> = (value, path) =>
  monthText(value, path) === '' ? fail(path, 'expected YYYY-MM') : (value as string);

const money = nullable(whole(0, LIMITS.moneyFen));

const figures = {
  /** Sales (GMV) in the month, fen. */
  sales: money,
  /** Visitors in the month. */
  visitors: nullable(whole(0, LIMITS.visitors)),
  /** Conversion rate, percent (2.5 means 2.5 %). */
  conversion: nullable(decimal(0, 100)),
  /** Ad spend in the month, fen. */
  adSpend: money,
  /** Return on ad spend (ad sales ÷ ad spend), a ratio. */
  roi: nullable(decimal(0, LIMITS.roi)),
};

const monthCheck = object({
  /** The month, YYYY-MM. */
  month: monthRequired,
  ...figures,
  /** Deliverable slot → its status this month ('' not recorded). */
  delivered: array(oneOf(DELIVERY_STATUSES), SLOTS.deliverables, SLOTS.deliverables),
  /** Obligation slot → the merchant met it this month ('' not recorded). */
  met: array(oneOf(OBLIGATION_STATUSES), SLOTS.obligations, SLOTS.obligations),
  /** What happened, in the merchant's words. */
  notes: text(LIMITS.monthNotes),
  /** References to evidence: file names, chat dates, invoice numbers (text only). */
  evidence: text(LIMITS.monthNotes),
});

const check = object({
  /** First month of the contract, YYYY-MM ('' not set). */
  start: monthText,
  /** Months the contract runs. */
  term: whole(1, LIMITS.months),
  /** Monthly targets (at least this much); `null` when the contract sets none. */
  targets: object({
    sales: money,
    visitors: nullable(whole(0, LIMITS.visitors)),
    conversion: nullable(decimal(0, 100)),
    roi: nullable(decimal(0, LIMITS.roi)),
  }),
  /**
   * Sales target of each month of the contract, from its first month (fen), when the targets differ
   * month by month (the target check's plan, sales peaks included); a month beyond it uses `targets.sales`.
   */
  salesPlan: array(whole(0, LIMITS.moneyFen), 0, LIMITS.months),
  /** What the agency delivers; a slot without a label is unused. */
  deliverables: array(
    object({ kind: oneOf(DELIVERABLE_KINDS), label: text(LIMITS.label), due: text(LIMITS.due) }),
    SLOTS.deliverables,
    SLOTS.deliverables,
  ),
  /** What the merchant owes, as numbers (50000 元 a month, 2 working days); unused without a label. */
  obligations: array(
    object({ label: text(LIMITS.label), amount: nullable(decimal(0, LIMITS.amount)), unit: text(LIMITS.unit) }),
    SLOTS.obligations,
    SLOTS.obligations,
  ),
  /** What the contract says happens after a KPI is missed `months` months in a row; unused without an action. */
  consequences: array(
    object({
      metric: oneOf(METRICS),
      months: nullable(whole(1, 12)),
      action: oneOf(['', ...ACTIONS] as const),
      note: text(LIMITS.note),
    }),
    SLOTS.consequences,
    SLOTS.consequences,
  ),
  /** One record per month, in order, each month once. */
  months: array(monthCheck, 0, LIMITS.months),
  /** The CSV columns last chosen for each figure (header text; '' none). */
  mapping: object({
    date: text(LIMITS.label),
    sales: text(LIMITS.label),
    visitors: text(LIMITS.label),
    conversion: text(LIMITS.label),
    adSpend: text(LIMITS.label),
    roi: text(LIMITS.label),
  }),
});

export type ReviewState = Checked<typeof check>;
export type MonthRecord = ReviewState['months'][number];
export type Targets = ReviewState['targets'];
export type Mapping = ReviewState['mapping'];

/** A month with nothing recorded yet. */
export function emptyMonth(month: string): MonthRecord {
  return {
    month,
    sales: null,
    visitors: null,
    conversion: null,
    adSpend: null,
    roi: null,
    delivered: Array<MonthRecord['delivered'][number]>(SLOTS.deliverables).fill(''),
    met: Array<MonthRecord['met'][number]>(SLOTS.obligations).fill(''),
    notes: '',
    evidence: '',
  };
}

export function defaultReviewState(): ReviewState {
  return {
    start: '',
    term: 12,
    targets: { sales: null, visitors: null, conversion: null, roi: null },
    salesPlan: [],
    deliverables: Array.from({ length: SLOTS.deliverables }, () => ({ kind: 'report' as const, label: '', due: '' })),
    obligations: Array.from({ length: SLOTS.obligations }, () => ({ label: '', amount: null, unit: '' })),
    consequences: Array.from({ length: SLOTS.consequences }, () => ({
      metric: 'sales' as const,
      months: null,
      action: '' as const,
      note: '',
    })),
    months: [],
    mapping: { date: '', sales: '', visitors: '', conversion: '', adSpend: '', roi: '' },
  };
}

/** A month recorded twice, or out of order, is refused: which record would be the true one? */
function monthOrder(state: ReviewState) {
  for (let index = 1; index < state.months.length; index += 1) {
    const month = state.months[index]?.month ?? '';
    if (month <= (state.months[index - 1]?.month ?? ''))
      return { path: ['months', index, 'month'], message: `month ${month} twice or out of order` };
  }
  return null;
}

/** Version 1 → 2: no month-by-month sales targets; each month keeps the one sales target. */
export const migrateReviewV1 = (data: unknown): unknown => ({ salesPlan: [], ...(data as object) });

/** The targets that hold in `month` (YYYY-MM): the plan's sales target for that month of the contract, if any. */
export function targetsFor(state: Pick<ReviewState, 'start' | 'targets' | 'salesPlan'>, month: string): Targets {
  const [year = 0, mon = 0] = month.split('-').map(Number);
  const [startYear = 0, startMon = 0] = state.start.split('-').map(Number);
  const planned = state.start ? state.salesPlan[year * 12 + mon - (startYear * 12 + startMon)] : undefined;
  return planned === undefined ? state.targets : { ...state.targets, sales: planned };
}

export const reviewDefinition: ToolStateDefinition<ReviewState> = {
  tool: 'review',
  version: 2,
  migrations: { 1: migrateReviewV1 },
  schema: stateSchema(check, monthOrder),
  defaults: defaultReviewState,
};
