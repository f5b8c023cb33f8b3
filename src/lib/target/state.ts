/**
 * The target check's saved state (schema version 2): the agency's promised figure, what the store has
 * today (or, for a new store, the agency's own assumptions), and what the merchant can commit. Every
 * figure is an exact integer: money in fen, percentages in basis points, ratios in hundredths.
 * Version 1 had no repeat-purchase share and no cost per click, and its ROI was always given.
 */
import type { ToolStateDefinition } from '../state';
import { nullable, object, oneOf, stateSchema, whole, type Checked } from '../validation';

/** Largest sales target over the period: ¥10,000,000,000 (typing slips beyond that). */
export const MAX_TARGET_FEN = 1_000_000_000_000;
/** Largest monthly amount (order value, ad budget): ¥1,000,000,000. */
export const MAX_MONTHLY_FEN = 100_000_000_000;
/** Largest count of visitors, units of stock: one billion a month. */
export const MAX_COUNT = 1_000_000_000;
/** Longest period a target is promised over, in months. */
export const MAX_MONTHS = 36;
/** Largest ROI accepted (1:100), in hundredths. */
export const MAX_ROI_H = 10_000;
/** Largest cost per click accepted: ¥1,000, in fen. */
export const MAX_CPC_FEN = 100_000;
/** Sales-peak multipliers from 0.1× to 10×, in hundredths. */
export const PEAK_RANGE = [10, 1000] as const;

/** How the target is measured (口径): confirmed receipt net of refunds, paid amount net of refunds, or GMV. */
export const BASES = ['receipt', 'paid', 'gmv'] as const;
/** `store`: today's figures are measured; `none`: a new store, the figures are the agency's assumptions. */
export const HISTORIES = ['store', 'none'] as const;

const check = object({
  /** The promised sales over the whole period (fen). */
  targetFen: whole(1, MAX_TARGET_FEN),
  /** Months the target is promised over. */
  months: whole(1, MAX_MONTHS),
  /** How sales are counted for the target (口径). */
  basis: oneOf(BASES),
  /** Calendar month (1–12) of the period's first month. */
  startMonth: whole(1, 12),
  /** Sales multiplier of June (618), in hundredths (1.5× = 150). */
  peak618: whole(...PEAK_RANGE),
  /** Sales multiplier of November (Double 11), in hundredths. */
  peakDouble11: whole(...PEAK_RANGE),
  /** Sales multiplier of January (New Year goods festival, 年货节), in hundredths. */
  peakNewYear: whole(...PEAK_RANGE),
  /** Whether the store's figures are measured or a new store's assumptions. */
  history: oneOf(HISTORIES),
  /** Visitors a month (访客数). */
  visitors: whole(1, MAX_COUNT),
  /** Conversion rate, basis points (2 % = 200); zero is refused. */
  crBp: whole(1, 10_000),
  /** Average order value (客单价, fen). */
  aovFen: whole(1, MAX_MONTHLY_FEN),
  /** Share of orders from returning buyers (复购占比), basis points; assumed to come back without ads. */
  repeatBp: whole(0, 10_000),
  /** Share of the other (new buyers') sales that comes from paid traffic, basis points. */
  paidBp: whole(0, 10_000),
  /**
   * Return on ad spend, sales per yuan of ads, in hundredths (1:3 = 300); zero is refused. Without a
   * cost per click it prices the ads; with one it is the promise the click arithmetic is checked against.
   */
  roiH: nullable(whole(1, MAX_ROI_H)),
  /** Average cost per click (平均点击单价, fen); `null` when not given. ROI, CPC or both are given. */
  cpcFen: nullable(whole(1, MAX_CPC_FEN)),
  /** Monthly ad budget the merchant commits (fen); 0 when none. */
  budgetFen: whole(0, MAX_MONTHLY_FEN),
  /** Units a month the merchant can stock; `null` when not said. */
  stockUnits: nullable(whole(0, MAX_COUNT)),
  /** Units per order, in hundredths (1 = 100). */
  unitsPerOrderH: whole(1, 100_000),
  /** Working days the merchant takes to approve what the agency submits; `null` when not said. */
  approvalDays: nullable(whole(1, 30)),
});

export type TargetState = Checked<typeof check>;

/**
 * The first visit's figures: an example only (the page says so), not a benchmark of any category: a
 * ¥3,000,000 promise over 12 months for a store with 50,000 visitors a month, 2 % conversion and a
 * ¥150 order, 40 % of sales from ads at a ROI of 3, and ¥30,000 a month of ads committed. Counted on
 * confirmed receipts net of refunds, the measure that protects the merchant.
 */
export function defaultTargetState(): TargetState {
  return {
    targetFen: 300_000_000,
    months: 12,
    basis: 'receipt',
    startMonth: 1,
    peak618: 100,
    peakDouble11: 100,
    peakNewYear: 100,
    history: 'store',
    visitors: 50_000,
    crBp: 200,
    aovFen: 15_000,
    repeatBp: 0,
    paidBp: 4_000,
    roiH: 300,
    cpcFen: null,
    budgetFen: 3_000_000,
    stockUnits: null,
    unitsPerOrderH: 100,
    approvalDays: 2,
  };
}

/** Version 1 → 2: no returning buyers counted apart (share 0) and no cost per click; results unchanged. */
export const migrateTargetV1 = (data: unknown): unknown => ({ repeatBp: 0, cpcFen: null, ...(data as object) });

export const targetStateDefinition: ToolStateDefinition<TargetState> = {
  tool: 'target',
  version: 2,
  schema: stateSchema(check, ({ roiH, cpcFen }) =>
    roiH === null && cpcFen === null ? { path: ['roiH'], message: 'an ROI or a cost per click is needed' } : null,
  ),
  migrations: { 1: migrateTargetV1 },
  defaults: defaultTargetState,
};
