/**
 * Bounds of every input, shared by the form, links and the saved-state check (state.ts). Chosen to
 * be generous for any real store and to refuse typing slips (an extra zero run, 300 %).
 */

/** Largest monthly GMV: ¥1,000,000,000 (10 亿). */
export const MAX_GMV_FEN = 100_000_000_000;
/** Largest monthly fee, minimum, cap, ad spend or yearly platform amount: ¥100,000,000. */
export const MAX_FEE_FEN = 10_000_000_000;
/** Monthly growth range of the plan, percent. */
export const MIN_GROWTH_PCT = -50;
export const MAX_GROWTH_PCT = 100;
/** Largest multiplier for a big sales month. */
export const MAX_MULTIPLIER = 20;
/** Longest name of an offer, in characters. */
export const MAX_LABEL_LENGTH = 40;
/** Most brackets in a tiered schedule. */
export const MAX_BRACKETS = 8;
/** Largest exchange rate, CNY per unit of the second currency, in ten-thousandths (100 CNY). */
export const MAX_FX_E4 = 1_000_000;
/** Most seats, shifts or design items a month in the offer priced by module. */
export const MAX_COUNT = 1000;
/** Longest an agency may hold a quality deposit, in months. */
export const MAX_DEPOSIT_MONTHS = 60;
