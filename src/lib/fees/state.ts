/**
 * The fee calculator's saved state (schema version 4): one hand-written check (src/lib/validation.ts,
 * small enough for the page's script budget), the type derived from it, and the migrations from
 * version 1 (no store type, no second currency), version 2 (no settlement terms: one commission
 * base of two kinds, no threshold, marginal tiers only, no guarantee) and version 3 (no offer
 * priced by module).
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

/** What commission can be charged on (models.ts `Basis`), from all orders placed to sales after refunds and coupons. */
export const BASES = ['gmv', 'paid', 'receipt', 'net'] as const;

/** How often a sales guarantee is measured: a missed month, quarter or year refunds that period's base fees. */
export const PERIODS = ['month', 'quarter', 'year'] as const;

/** Whole fen from 0 to `max`. */
const fen = (max: number) => whole(0, max);
/** A count of seats, shifts or items a month. */
const count = whole(0, limits.MAX_COUNT);
/** A price or fee of the offer priced by module (fen). */
const price = fen(limits.MAX_FEE_FEN);
/** A percentage with at most two decimals (8 means 8 %). */
const percent = decimal(0, 100);
/** A name the merchant gives an offer, e.g. "A 公司"; empty means the model's own name. */
const label = text(limits.MAX_LABEL_LENGTH);
/** An offer's own commission base, or `null`: the shared one (`commissionOn`). */
const ownBasis = nullable(oneOf(BASES));

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
  /** What commission is charged on unless an offer says otherwise (`BASES`). */
  commissionOn: oneOf(BASES),
  /** Share of GMV placed but never paid or cancelled, percent. */
  unpaidPct: percent,
  /** Share of GMV refunded after receipt was confirmed, percent (part of `refundPct`). */
  afterPct: percent,
  /** Coupons and platform subsidies the merchant funds, percent of GMV. */
  couponPct: percent,
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
      /** This offer's commission base, or `null`: the shared one. */
      on: ownBasis,
      /** Commission only on the commission base above this a month (起提点 / 增量基线, fen); 0: none. */
      thresholdFen: fen(limits.MAX_GMV_FEN),
      /** Monthly sales guarantee (保底, on the commission base, fen), or none. */
      guaranteeFen: nullable(fen(limits.MAX_GMV_FEN)),
      /** Percent of the base fee refunded for a period that misses the guarantee. */
      shortfallPct: percent,
      /** Whether the guarantee is measured per month, quarter or year. */
      period: oneOf(PERIODS),
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
      /** This offer's commission base, or `null`: the shared one. */
      on: ownBasis,
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
      /** Each rate on its slice (`marginal`, 超额累进) or the whole base at one rate (`whole`, 全额累进). */
      mode: oneOf(['marginal', 'whole']),
      /** This offer's commission base, or `null`: the shared one. */
      on: ownBasis,
    }),
    /** Priced by module (半托管, src/lib/fees/module.ts): each service bought has its own price. */
    module: object({
      /** Shown in the comparison. */
      enabled: boolean,
      /** The offer's name. */
      label,
      /** Ad management, percent of the month's ad spend (`adSpendFen`). */
      adPct: percent,
      /** Monthly minimum of the ad-management fee (fen), or none. */
      adMinFen: nullable(price),
      /** Customer-service seats all year. */
      seats: count,
      /** Monthly price of one seat (fen). */
      seatFeeFen: price,
      /** Extra seats in the plan's peak months only (multiplier above 1×), at the seat price. */
      peakSeats: count,
      /** Customer-service shifts a month. */
      shifts: count,
      /** Price of one shift (fen). */
      shiftFeeFen: price,
      /** Design items a month. */
      designItems: count,
      /** Price of one design item (fen). */
      designFeeFen: price,
      /** One-off set-up fee, month 1 of the plan (fen). */
      setupFen: price,
      /** Refundable quality deposit paid to the agency (fen); its cost of money uses `platform.capitalCostPct`. */
      depositFen: price,
      /** Months the agency holds the deposit. */
      depositMonths: whole(1, limits.MAX_DEPOSIT_MONTHS),
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
    /** The merchant's yearly cost of money, percent: for the platform deposit and an agency's quality deposit. */
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

/**
 * Checks saved or imported data: every field by `check`, the tiered minimum against the cap, and the
 * shares of GMV: refunds after receipt are part of all refunds; unpaid, refunded and coupons at most all of it.
 */
export const feeStateSchema = stateSchema(check, ({ models: { tiered }, refundPct, afterPct, unpaidPct, couponPct }) =>
  tiered.minimumFen !== null && tiered.capFen !== null && tiered.minimumFen > tiered.capFen
    ? { path: ['models', 'tiered', 'minimumFen'], message: 'the tiered minimum must not exceed the cap' }
    : afterPct > refundPct
      ? { path: ['afterPct'], message: 'more than all refunds' }
      : Math.round((unpaidPct + refundPct + couponPct) * 100) > 10_000
        ? { path: ['unpaidPct'], message: 'more than all sales' }
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
    unpaidPct: 0,
    afterPct: 0,
    couponPct: 0,
    marginPct: 40,
    adSpendFen: 2_000_000,
    adPayer: 'merchant',
    models: {
      'base-commission': {
        enabled: true,
        label: '',
        baseFen: 1_500_000,
        ratePct: 6,
        on: null,
        thresholdFen: 0,
        guaranteeFen: null,
        shortfallPct: 0,
        period: 'month',
      },
      fixed: { enabled: true, label: '', feeFen: 3_000_000 },
      commission: { enabled: true, label: '', ratePct: 18, on: null },
      tiered: {
        enabled: true,
        label: '',
        brackets: [
          { upToFen: 30_000_000, ratePct: 5 },
          { upToFen: null, ratePct: 8 },
        ],
        minimumFen: null,
        capFen: null,
        mode: 'marginal',
        on: null,
      },
      module: moduleOff(),
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

/**
 * The offer priced by module as a first visit and version 3 have it: not compared, nothing bought,
 * no deposit. Opening it fills in example figures the page labels as examples (moduleExample).
 */
export const moduleOff = (): FeeState['models']['module'] => ({
  enabled: false,
  label: '',
  adPct: 0,
  adMinFen: null,
  seats: 0,
  seatFeeFen: 0,
  peakSeats: 0,
  shifts: 0,
  shiftFeeFen: 0,
  designItems: 0,
  designFeeFen: 0,
  setupFen: 0,
  depositFen: 0,
  depositMonths: 12,
});

/** Version 1 → 2: no store type was chosen (its figures are kept as the merchant's own), CNY only. */
export const migrateFeesV1 = (data: unknown): unknown => ({
  ...(data as object),
  storeType: 'custom',
  fx: { currency: 'EUR', cnyPerUnitE4: null },
});

interface FeesV2 {
  models: Record<'base-commission' | 'fixed' | 'commission' | 'tiered', object>;
}

/**
 * Version 2 → 3: the settlement terms arrive with what version 2 meant: no unpaid share, refunds
 * all before receipt, no merchant-funded coupons, every offer on the shared base, no threshold, no
 * guarantee, marginal tiers. (Data that is not version 2's shape is left for the check to refuse.)
 */
export const migrateFeesV2 = (data: unknown): unknown => {
  const old = data as FeesV2;
  const models = old.models as FeesV2['models'] | undefined;
  if (!models) return data;
  return {
    ...old,
    unpaidPct: 0,
    afterPct: 0,
    couponPct: 0,
    models: {
      ...models,
      'base-commission': {
        ...models['base-commission'],
        on: null,
        thresholdFen: 0,
        guaranteeFen: null,
        shortfallPct: 0,
        period: 'month',
      },
      commission: { ...models.commission, on: null },
      tiered: { ...models.tiered, mode: 'marginal', on: null },
    },
  };
};

/**
 * Version 3 → 4: the offer priced by module arrives switched off and empty; every version 3 figure
 * and cost stays as it was. (Data that is not version 3's shape is left for the check to refuse.)
 */
export const migrateFeesV3 = (data: unknown): unknown => {
  const old = data as { models?: object };
  return old.models ? { ...old, models: { ...old.models, module: moduleOff() } } : data;
};

export const feeStateDefinition: ToolStateDefinition<FeeState> = {
  tool: 'fees',
  version: 4,
  schema: feeStateSchema,
  migrations: { 1: migrateFeesV1, 2: migrateFeesV2, 3: migrateFeesV3 },
  defaults: defaultFeeState,
};
