/**
 * The fee calculator's saved state (schema version 2): one hand-written check (src/lib/validation.ts,
 * small enough for the page's script budget), the type derived from it, and the migration from
 * version 1 (which had no store type and no second currency).
 */
import type { ToolStateDefinition } from '../state';
import {
  array,
  boolean,
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
import * as limits from './limits';

/**
 * The kinds of store whose platform figures the calculator can fill in (src/lib/fees/presets.ts):
 * Tmall flagship or authorised (专卖) store and specialty (专营) store, with a registered ® or a
 * pending ™ mark; Tmall Global, ordinary or multi-country / special category; or figures of one's own.
 */
export const STORE_TYPES = [
  'flagship-r',
  'flagship-tm',
  'specialty-r',
  'specialty-tm',
  'global',
  'global-special',
  'custom',
] as const;

/** Currencies the results can be shown in beside CNY. */
export const CURRENCIES = ['EUR', 'USD'] as const;

/** Whole fen from 0 to `max`. */
const fen = (max: number) => whole(0, max);
/** A percentage with at most two decimals (8 means 8 %). */
const percent = decimal(0, 100);
/** A name the merchant gives an offer, e.g. "A 公司"; empty means the model's own name. */
const label = text(limits.MAX_LABEL_LENGTH);

const bracket = object({
  /** Upper edge of the bracket (fen of commission base); `null` for the top bracket. */
  upToFen: nullable(fen(limits.MAX_GMV_FEN)),
  /** Commission in this bracket, percent. */
  ratePct: percent,
});

/** Brackets from the lowest: edges rise and only the last is open (`upToFen: null`). */
const brackets: Check<Checked<typeof bracket>[]> = (value, path) => {
  const list = array(bracket, 1, limits.MAX_BRACKETS)(value, path);
  list.forEach(({ upToFen }, index) => {
    const open = index === list.length - 1;
    const below = list[index - 1]?.upToFen ?? 0;
    if (open ? upToFen !== null : upToFen === null || upToFen <= below)
      fail([...path, index, 'upToFen'], 'edges must rise and only the last bracket is open');
  });
  return list;
};

const check = object({
  /** Monthly GMV (成交额, fen): the month being compared, and month 1 of the plan. */
  gmvFen: fen(limits.MAX_GMV_FEN),
  /** Share of GMV refunded, percent. */
  refundPct: percent,
  /** The store's kind: picking one fills in its deposit (and Tmall Global's commission). */
  storeType: oneOf(STORE_TYPES),
  /** A second currency for the results, at the merchant's own rate. */
  fx: object({
    /** Which currency. */
    currency: oneOf(CURRENCIES),
    /** CNY per unit of it, in ten-thousandths (1 EUR = 7.8 CNY → 78 000), or `null`: CNY only. */
    cnyPerUnitE4: nullable(whole(1, limits.MAX_FX_E4)),
  }),
  /** Commission charged on all GMV (`gmv`) or on GMV after refunds (`net`). */
  commissionOn: oneOf(['gmv', 'net']),
  /** Gross margin on sales after refunds, percent. */
  marginPct: percent,
  /** Monthly ad spend (fen). */
  adSpendFen: fen(limits.MAX_GMV_FEN),
  /** Who pays for ads: the merchant directly, or the agency out of its own fee. */
  adPayer: oneOf(['merchant', 'agency']),
  /** The four fee models being compared. */
  models: object({
    /** Base fee + commission (底薪 + 提成). */
    'base-commission': object({
      /** Shown in the comparison. */
      enabled: boolean,
      /** The offer's name. */
      label,
      /** Monthly base fee (fen). */
      baseFen: fen(limits.MAX_FEE_FEN),
      /** Commission, percent of the commission base. */
      ratePct: percent,
    }),
    /** A fixed monthly fee and no commission. */
    fixed: object({
      /** Shown in the comparison. */
      enabled: boolean,
      /** The offer's name. */
      label,
      /** Monthly fee (fen). */
      feeFen: fen(limits.MAX_FEE_FEN),
    }),
    /** Commission only, no base fee. */
    commission: object({
      /** Shown in the comparison. */
      enabled: boolean,
      /** The offer's name. */
      label,
      /** Commission, percent of the commission base. */
      ratePct: percent,
    }),
    /** Tiered commission: each rate applies to the slice of the commission base inside its bracket. */
    tiered: object({
      /** Shown in the comparison. */
      enabled: boolean,
      /** The offer's name. */
      label,
      /** Brackets from the lowest; edges rise; only the last is open (`upToFen: null`). */
      brackets,
      /** Monthly minimum fee (fen), or none; never above the cap. */
      minimumFen: nullable(fen(limits.MAX_FEE_FEN)),
      /** Monthly cap on the fee (fen), or none. */
      capFen: nullable(fen(limits.MAX_FEE_FEN)),
    }),
  }),
  /** What the platform charges, separate from the agency. */
  platform: object({
    /** Platform commission (技术服务费), percent of sales after refunds. */
    commissionPct: percent,
    /** Payment processing fee, percent of GMV. */
    paymentPct: percent,
    /** Yearly software fee (年费, fen). */
    annualFeeFen: fen(limits.MAX_FEE_FEN),
    /** 12-month GMV (fen) at which the yearly fee is refunded, or none. */
    annualRefundThresholdFen: nullable(fen(limits.MAX_GMV_FEN * 12)),
    /** Deposit (保证金, fen). */
    depositFen: fen(limits.MAX_FEE_FEN),
    /** Yearly cost of the money tied up in the deposit, percent. */
    capitalCostPct: percent,
  }),
  /** The 12-month plan. */
  plan: object({
    /** Calendar month of month 1. */
    startMonth: whole(1, 12),
    /** Monthly growth, percent (negative for decline). */
    growthPct: decimal(limits.MIN_GROWTH_PCT, limits.MAX_GROWTH_PCT),
    /** Multiplier for June (618). */
    peak618: decimal(0, limits.MAX_MULTIPLIER),
    /** Multiplier for November (Double 11). */
    peakDouble11: decimal(0, limits.MAX_MULTIPLIER),
    /** Multiplier for January (New Year goods festival, 年货节). */
    peakNewYear: decimal(0, limits.MAX_MULTIPLIER),
  }),
});

export type FeeState = Checked<typeof check>;

/** Checks saved or imported data: every field by `check`, and the tiered minimum against the cap. */
export const feeStateSchema = stateSchema(check, ({ models: { tiered } }) =>
  tiered.minimumFen !== null && tiered.capFen !== null && tiered.minimumFen > tiered.capFen
    ? { path: ['models', 'tiered', 'minimumFen'], message: 'the tiered minimum must not exceed the cap' }
    : null,
);

/**
 * The first visit's figures: 陈女士's two offers from the personas (agency A ¥15,000 a month + 6 %,
 * agency B 18 % with no base fee) at ¥200,000 a month of sales, with a fixed-fee and a tiered
 * offer to compare. Every default protects the merchant: commission on sales after refunds (the
 * base the vetting rubric asks for), an example refund rate of 10 % so that profit is not shown
 * before refunds, ads paid by the merchant, no minimum fee. Platform figures follow
 * content/facts.yaml: a flagship store with an ® mark (¥50,000 deposit), about 1 % payment fee; no
 * yearly fee, which Tmall was reported to have stopped charging new stores from 1 September 2024.
 */
export function defaultFeeState(): FeeState {
  return {
    gmvFen: 20_000_000,
    refundPct: 10,
    storeType: 'flagship-r',
    fx: { currency: 'EUR', cnyPerUnitE4: null },
    commissionOn: 'net',
    marginPct: 40,
    adSpendFen: 2_000_000,
    adPayer: 'merchant',
    models: {
      'base-commission': { enabled: true, label: '', baseFen: 1_500_000, ratePct: 6 },
      fixed: { enabled: true, label: '', feeFen: 3_000_000 },
      commission: { enabled: true, label: '', ratePct: 18 },
      tiered: {
        enabled: true,
        label: '',
        brackets: [
          { upToFen: 30_000_000, ratePct: 5 },
          { upToFen: null, ratePct: 8 },
        ],
        minimumFen: null,
        capFen: null,
      },
    },
    platform: {
      commissionPct: 5,
      paymentPct: 1,
      annualFeeFen: 0,
      annualRefundThresholdFen: null,
      depositFen: 5_000_000,
      capitalCostPct: 4,
    },
    plan: { startMonth: 1, growthPct: 0, peak618: 1, peakDouble11: 1, peakNewYear: 1 },
  };
}

/** Version 1 → 2: no store type was chosen (its figures are kept as the merchant's own), CNY only. */
export const migrateFeesV1 = (data: unknown): unknown => ({
  ...(data as object),
  storeType: 'custom',
  fx: { currency: 'EUR', cnyPerUnitE4: null },
});

export const feeStateDefinition: ToolStateDefinition<FeeState> = {
  tool: 'fees',
  version: 2,
  schema: feeStateSchema,
  migrations: { 1: migrateFeesV1 },
  defaults: defaultFeeState,
};
