/**
 * Priced by module (按模块计费, a partly managed store, 半托管): the merchant keeps some of the work
 * and buys the rest module by module. Each module is a line of the month's bill, exact to the fen:
 * ad management as a share of ad spend (with an optional monthly minimum), customer-service seats
 * (and extra seats in the plan's sales peaks only), shifts, design items, a one-off set-up fee in
 * month 1, and the cost of the money tied up in a refundable quality deposit (the deposit itself is
 * cash paid and returned, never a cost). The month's cost does not depend on sales: against the other
 * offers it behaves like a fixed fee that changes from month to month.
 */
import { FULL_BP, divideRounded, type Fen } from '../money';
import type { StatementLine } from './statement';

export interface ModuleOffer {
  /** Ad management, basis points of the month's ad spend. */
  adBp: number;
  /** Monthly minimum of the ad-management fee (fen), or none. */
  adMinFen: Fen | null;
  /** Customer-service seats all year, and the monthly price of one. */
  seats: number;
  seatFeeFen: Fen;
  /** Extra seats in the plan's peak months only, at the same price per seat. */
  peakSeats: number;
  /** Customer-service shifts a month, and the price of one. */
  shifts: number;
  shiftFeeFen: Fen;
  /** Design items a month, and the price of one. */
  designItems: number;
  designFeeFen: Fen;
  /** One-off set-up fee, charged in month 1 of the plan. */
  setupFen: Fen;
  /** Refundable quality deposit paid to the agency at the start (fen), 0 for none. */
  depositFen: Fen;
  /** Months the agency holds the deposit before it comes back. */
  depositMonths: number;
}

/** The month being billed. */
export interface ModuleMonth {
  /** 1–12: a month of the plan; 0: an ordinary month (the compared month: no set-up fee, no peak). */
  index: number;
  /** Whether the plan makes this a sales peak (its multiplier above 1×). */
  peak: boolean;
  /** The month's ad spend (fen). */
  adSpendFen: Fen;
  /** The merchant's yearly cost of money, basis points. */
  rateBp: number;
}

/** The ad-management fee before any minimum: spend × share, rounded half up to the fen. */
export const adShareFen = (offer: ModuleOffer, adSpendFen: Fen): Fen =>
  Number(divideRounded(BigInt(adSpendFen) * BigInt(offer.adBp), BigInt(FULL_BP)));

/**
 * The deposit's cost of money over its first `months` months: deposit × yearly rate × months ÷ 12,
 * rounded once to the fen.
 */
export const depositCostFen = (offer: ModuleOffer, rateBp: number, months: number): Fen =>
  Number(divideRounded(BigInt(offer.depositFen) * BigInt(rateBp) * BigInt(months), BigInt(FULL_BP) * 12n));

/**
 * The cost of money charged in month `index` (1–12; 0 counts as month 1): months add up exactly to
 * the holding period's cost within the plan (each month the difference of the running totals).
 */
export function depositMonthFen(offer: ModuleOffer, rateBp: number, index: number): Fen {
  const month = Math.max(1, index);
  if (month > offer.depositMonths) return 0;
  return depositCostFen(offer, rateBp, month) - depositCostFen(offer, rateBp, month - 1);
}

const line = (key: StatementLine['key'], fen: Fen, charge: boolean, extra: Partial<StatementLine> = {}) => ({
  key,
  fen,
  charge,
  ...extra,
});

/**
 * The month's bill, line by line: charged lines add up to the total exactly (every line is whole
 * fen). Lines that are not charged say what is not a cost (the ad spend the share is taken of, the
 * deposit paid or returned, a set-up fee charged in another month).
 */
export function moduleLines(offer: ModuleOffer, month: ModuleMonth): StatementLine[] {
  const lines: StatementLine[] = [];
  if (offer.adBp > 0 || offer.adMinFen !== null) {
    const share = adShareFen(offer, month.adSpendFen);
    lines.push(line('ad-spend', month.adSpendFen, false));
    lines.push(line('ad', share, true, { rateBp: offer.adBp, fromFen: month.adSpendFen }));
    if (offer.adMinFen !== null && offer.adMinFen > share)
      lines.push(line('ad-minimum', offer.adMinFen - share, true, { fromFen: offer.adMinFen }));
  }
  if (offer.seats > 0)
    lines.push(line('seats', offer.seats * offer.seatFeeFen, true, { n: offer.seats, fromFen: offer.seatFeeFen }));
  if (offer.peakSeats > 0)
    lines.push(
      month.peak
        ? line('peak-seats', offer.peakSeats * offer.seatFeeFen, true, {
            n: offer.peakSeats,
            fromFen: offer.seatFeeFen,
          })
        : line('peak-seats-off', 0, false, { n: offer.peakSeats }),
    );
  if (offer.shifts > 0)
    lines.push(line('shifts', offer.shifts * offer.shiftFeeFen, true, { n: offer.shifts, fromFen: offer.shiftFeeFen }));
  if (offer.designItems > 0)
    lines.push(
      line('design', offer.designItems * offer.designFeeFen, true, {
        n: offer.designItems,
        fromFen: offer.designFeeFen,
      }),
    );
  if (offer.setupFen > 0)
    lines.push(month.index === 1 ? line('setup', offer.setupFen, true) : line('setup-later', offer.setupFen, false));
  if (offer.depositFen > 0) {
    if (month.index === 1) lines.push(line('deposit-paid', offer.depositFen, false, { n: offer.depositMonths }));
    if (month.index <= offer.depositMonths)
      lines.push(
        line('deposit-cost', depositMonthFen(offer, month.rateBp, month.index), true, {
          rateBp: month.rateBp,
          fromFen: offer.depositFen,
        }),
      );
    if (month.index === offer.depositMonths) lines.push(line('deposit-back', offer.depositFen, false));
  }
  return lines;
}

/** The month's cost: the sum of its charged lines. */
export function moduleCostFen(offer: ModuleOffer, month: ModuleMonth): Fen {
  return moduleLines(offer, month).reduce((sum, item) => sum + (item.charge ? item.fen : 0), 0);
}
