/**
 * The 12-month plan as CSV that Excel and WPS open correctly: UTF-8 with a byte-order mark (so
 * Chinese headers are not garbled), comma-separated, CRLF line ends, amounts as plain numbers
 * with two decimals, and names that could start a formula neutralised.
 */
import type { ModelId } from './models';
import type { Fen } from '../money';
import type { FeeResults, PlanRow } from './results';

/** Column headings in the page's language; `{name}` is replaced by the offer's name. */
export interface CsvHeadings {
  index: string;
  month: string;
  gmv: string;
  grossProfit: string;
  platform: string;
  ads: string;
  cost: string;
  profit: string;
  total: string;
  /** Month names, January first. */
  monthNames: readonly string[];
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Quotes a cell when it needs it; text that a spreadsheet would run as a formula gets a leading '. */
export function csvCell(value: string, isText = true): string {
  const safe = isText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Yuan with exactly two decimals and no grouping, which every spreadsheet reads as a number. */
export function amount(fen: Fen): string {
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${fen < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export function planCsv(results: FeeResults, names: Record<ModelId, string>, headings: CsvHeadings): string {
  const models = results.enabled;
  const header = [
    headings.index,
    headings.month,
    headings.gmv,
    headings.grossProfit,
    headings.platform,
    headings.ads,
    ...models.map((id) => headings.cost.replace('{name}', names[id])),
    ...models.map((id) => headings.profit.replace('{name}', names[id])),
  ];
  const figures = (row: Omit<PlanRow, 'index' | 'month'>) => [
    amount(row.gmvFen),
    amount(row.grossProfitFen),
    amount(row.platformFen),
    amount(row.adFen),
    ...models.map((id) => amount(row.costs[id] ?? 0)),
    ...models.map((id) => amount(row.profits[id] ?? 0)),
  ];
  const lines = [
    header.map((cell) => csvCell(cell)),
    ...results.plan.map((row) => [
      String(row.index),
      csvCell(headings.monthNames[row.month - 1] ?? String(row.month)),
      ...figures(row),
    ]),
    [csvCell(headings.total), '', ...figures(results.planTotals)],
  ];
  return BOM + lines.map((cells) => cells.join(',')).join(CRLF) + CRLF;
}
