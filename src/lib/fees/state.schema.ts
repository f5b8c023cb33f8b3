/**
 * The fee calculator's saved state, as a zod schema: the written specification of the data, used
 * on the server and in tests. The browser validates with `feeStateValidator` (state.ts), which a
 * property test holds equal to this schema: zod's runtime alone would exceed the page's script budget.
 */
import { z } from 'astro/zod';
import {
  MAX_BRACKETS,
  MAX_FEE_FEN,
  MAX_GMV_FEN,
  MAX_GROWTH_PCT,
  MAX_LABEL_LENGTH,
  MAX_MULTIPLIER,
  MIN_GROWTH_PCT,
} from './limits';

const twoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/** Whole fen from 0 to `max`. */
const fen = (max: number) => z.number().int().min(0).max(max);
/** A percentage with at most two decimals (8 means 8 %). */
const percent = (min = 0, max = 100) => z.number().min(min).max(max).refine(twoDecimals, 'at most two decimals');
/** A name the merchant gives an offer, e.g. "A 公司"; empty means the model's own name. */
const label = z.string().max(MAX_LABEL_LENGTH);

export const feeStateSchema = z
  .object({
    /** Monthly GMV (成交额, fen): the month being compared, and month 1 of the plan. */
    gmvFen: fen(MAX_GMV_FEN),
    /** Share of GMV refunded, percent. */
    refundPct: percent(),
    /** Commission charged on all GMV (`gmv`) or on GMV after refunds (`net`). */
    commissionOn: z.enum(['gmv', 'net']),
    /** Gross margin on sales after refunds, percent. */
    marginPct: percent(),
    /** Monthly ad spend (fen). */
    adSpendFen: fen(MAX_GMV_FEN),
    /** Who pays for ads: the merchant directly, or the agency out of its own fee. */
    adPayer: z.enum(['merchant', 'agency']),
    /** The four fee models being compared. */
    models: z.object({
      /** Base fee + commission (底薪 + 提成). */
      'base-commission': z.object({
        /** Shown in the comparison. */
        enabled: z.boolean(),
        /** The offer's name. */
        label,
        /** Monthly base fee (fen). */
        baseFen: fen(MAX_FEE_FEN),
        /** Commission, percent of the commission base. */
        ratePct: percent(),
      }),
      /** A fixed monthly fee and no commission. */
      fixed: z.object({
        /** Shown in the comparison. */
        enabled: z.boolean(),
        /** The offer's name. */
        label,
        /** Monthly fee (fen). */
        feeFen: fen(MAX_FEE_FEN),
      }),
      /** Commission only, no base fee. */
      commission: z.object({
        /** Shown in the comparison. */
        enabled: z.boolean(),
        /** The offer's name. */
        label,
        /** Commission, percent of the commission base. */
        ratePct: percent(),
      }),
      /** Tiered commission: each rate applies to the slice of the commission base inside its bracket. */
      tiered: z.object({
        /** Shown in the comparison. */
        enabled: z.boolean(),
        /** The offer's name. */
        label,
        /** Brackets from the lowest; edges rise; only the last is open (`upToFen: null`). */
        brackets: z
          .array(
            z.object({
              /** Upper edge of the bracket (fen of commission base); `null` for the top bracket. */
              upToFen: fen(MAX_GMV_FEN).nullable(),
              /** Commission in this bracket, percent. */
              ratePct: percent(),
            }),
          )
          .min(1)
          .max(MAX_BRACKETS)
          .refine(
            (brackets) =>
              brackets.every((bracket, index) =>
                index === brackets.length - 1
                  ? bracket.upToFen === null
                  : bracket.upToFen !== null && bracket.upToFen > (brackets[index - 1]?.upToFen ?? 0),
              ),
            'edges must rise and only the last bracket is open',
          ),
        /** Monthly minimum fee (fen), or none. */
        minimumFen: fen(MAX_FEE_FEN).nullable(),
        /** Monthly cap on the fee (fen), or none. */
        capFen: fen(MAX_FEE_FEN).nullable(),
      }),
    }),
    /** What the platform charges, separate from the agency. */
    platform: z.object({
      /** Platform commission (技术服务费), percent of sales after refunds. */
      commissionPct: percent(),
      /** Payment processing fee, percent of GMV. */
      paymentPct: percent(),
      /** Yearly software fee (年费, fen). */
      annualFeeFen: fen(MAX_FEE_FEN),
      /** 12-month GMV (fen) at which the yearly fee is refunded, or none. */
      annualRefundThresholdFen: fen(MAX_GMV_FEN * 12).nullable(),
      /** Deposit (保证金, fen). */
      depositFen: fen(MAX_FEE_FEN),
      /** Yearly cost of the money tied up in the deposit, percent. */
      capitalCostPct: percent(),
    }),
    /** The 12-month plan. */
    plan: z.object({
      /** Calendar month of month 1. */
      startMonth: z.number().int().min(1).max(12),
      /** Monthly growth, percent (negative for decline). */
      growthPct: percent(MIN_GROWTH_PCT, MAX_GROWTH_PCT),
      /** Multiplier for June (618). */
      peak618: z.number().min(0).max(MAX_MULTIPLIER).refine(twoDecimals),
      /** Multiplier for November (Double 11). */
      peakDouble11: z.number().min(0).max(MAX_MULTIPLIER).refine(twoDecimals),
      /** Multiplier for January (New Year goods festival, 年货节). */
      peakNewYear: z.number().min(0).max(MAX_MULTIPLIER).refine(twoDecimals),
    }),
  })
  .refine(
    ({ models: { tiered } }) =>
      tiered.minimumFen === null || tiered.capFen === null || tiered.minimumFen <= tiered.capFen,
    'the tiered minimum must not exceed the cap',
  );

export type FeeState = z.infer<typeof feeStateSchema>;
