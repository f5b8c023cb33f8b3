/**
 * Figures from a CSV the merchant exported (生意参谋) or keeps in a spreadsheet: the bytes decoded
 * (UTF-8 with or without a byte-order mark, else GBK/GB18030), the columns guessed from their headers,
 * and the rows read into months. Pure: the parsing into rows is papaparse's, in the browser, loaded
 * only when a file is chosen. A row that cannot be read is reported with its line, and then nothing
 * is imported; nothing already saved changes until the merchant confirms.
 */
import { parseDate } from '../fields';
import { FIGURES, LIMITS, type Figure } from './model';
import { parseMonth } from './form';
import { emptyMonth, type Mapping, type MonthRecord, type ReviewState } from './state';

/** Rows read at most: ten years of days. */
export const MAX_ROWS = 3700;
/** Largest file read, in bytes. */
export const MAX_BYTES = 2_000_000;

/** The text of a file: UTF-8 (a byte-order mark dropped) when it is valid UTF-8, else GB18030 (a superset of GBK). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export type Column = keyof Mapping;
export const COLUMNS: readonly Column[] = ['date', ...FIGURES];

/** Header words that name each column, in the order they are tried (生意参谋's names first). */
const HEADER_WORDS: Record<Column, RegExp> = {
  date: /统计日期|日期|月份|date|month/i,
  sales: /支付金额|销售额|成交金额|gmv|sales|revenue/i,
  visitors: /访客数|访客|uv|visitors/i,
  conversion: /支付转化率|转化率|conversion/i,
  adSpend: /推广花费|花费|广告费|推广费|ad spend|spend|cost/i,
  roi: /投入产出比|投产比|roi|roas/i,
};

/**
 * Each column's header: the remembered choice as it was (columns left out included) when the file has
 * every header it names, else guessed from the headers, keeping the remembered ones the file still has.
 */
export function guessMapping(headers: readonly string[], remembered: Mapping): Mapping {
  const named = COLUMNS.map((column) => remembered[column]).filter(Boolean);
  if (remembered.date && named.every((header) => headers.includes(header))) return { ...remembered };
  const taken = new Set<string>();
  const mapping = { ...remembered };
  for (const column of COLUMNS) {
    if (remembered[column] && headers.includes(remembered[column])) {
      taken.add(remembered[column]);
      continue;
    }
    mapping[column] = '';
  }
  for (const column of COLUMNS) {
    if (mapping[column]) continue;
    const found = headers.find((header) => !taken.has(header) && HEADER_WORDS[column].test(header));
    if (found) {
      mapping[column] = found;
      taken.add(found);
    }
  }
  return mapping;
}

/** Something that stops the import, with the file's line number when it is about one row. */
export type Problem =
  | { code: 'no-rows' }
  | { code: 'too-many-rows'; rows: number; limit: number }
  | { code: 'no-date-column' }
  | { code: 'no-figure-column' }
  | { code: 'missing-column'; header: string }
  | { code: 'bad-date'; line: number; value: string }
  | { code: 'bad-number'; line: number; header: string; value: string }
  | { code: 'conversion-range'; line: number; value: string }
  | { code: 'day-twice'; line: number; first: number; value: string }
  | { code: 'month-twice'; line: number; first: number; value: string }
  | { code: 'too-many-months'; count: number; limit: number };

/** Something imported that the merchant should look at. */
export type Warning =
  | { code: 'sales-unit'; month: string }
  | { code: 'conversion-fraction' }
  | { code: 'skipped'; line: number; value: string };

export interface ImportResult {
  /** Each month's figures from the file (only the mapped columns). */
  months: { month: string; figures: Partial<Record<Figure, number>> }[];
  problems: Problem[];
  warnings: Warning[];
}

/** 20260305 → 2026-03-05; anything else as `parseDate` reads it. */
function readDay(raw: string): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(raw.trim());
  const parsed = parseDate(compact ? `${compact[1] ?? ''}-${compact[2] ?? ''}-${compact[3] ?? ''}` : raw);
  return parsed.ok && parsed.value ? parsed.value : null;
}

/** A number as spreadsheets write it (1,234.5 / ¥1234 / 2.5% / 1.2万), or `null` when it is not one. */
export function readNumber(raw: string): number | null {
  let clean = raw.replace(/[,，\s¥￥%元]/g, '');
  let scale = 1;
  if (clean.endsWith('万')) {
    scale = 10_000;
    clean = clean.slice(0, -1);
  }
  if (!/^\d+(?:\.\d+)?$/.test(clean)) return null;
  return Number(clean) * scale;
}

/** Rows that total a table (合计, 总计, 平均) rather than record a day. */
const SUMMARY = /^(合计|总计|汇总|平均|均值|total|sum|average)/i;

interface Bucket {
  month: string;
  firstLine: number;
  byMonth: boolean;
  days: Map<string, number>;
  sums: Record<Figure, number>;
  weights: { conversion: number; roi: number };
  counts: Record<Figure, number>;
}

/** The rows of a CSV (header first) read into months with `mapping`; `targets.sales` helps spot 万 for 元. */
export function importFigures(
  rows: readonly (readonly string[])[],
  mapping: Mapping,
  salesTarget: number | null = null,
): ImportResult {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const [header = [], ...body] = rows;
  const dataRows = body.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  if (dataRows === 0) return { months: [], problems: [{ code: 'no-rows' }], warnings };
  if (dataRows > MAX_ROWS)
    return { months: [], problems: [{ code: 'too-many-rows', rows: dataRows, limit: MAX_ROWS }], warnings };
  if (!mapping.date) problems.push({ code: 'no-date-column' });
  const figures = FIGURES.filter((figure) => mapping[figure]);
  if (figures.length === 0) problems.push({ code: 'no-figure-column' });
  const index = (name: string) => header.findIndex((cell) => cell.trim() === name);
  for (const column of COLUMNS)
    if (mapping[column] && index(mapping[column]) < 0)
      problems.push({ code: 'missing-column', header: mapping[column] });
  if (problems.length > 0) return { months: [], problems, warnings };

  const dateAt = index(mapping.date);
  const salesInWan = /万/.test(mapping.sales);
  const spendInWan = /万/.test(mapping.adSpend);
  const buckets = new Map<string, Bucket>();
  body.forEach((row, offset) => {
    const line = offset + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const rawDate = (row[dateAt] ?? '').trim();
    if (SUMMARY.test(rawDate)) {
      warnings.push({ code: 'skipped', line, value: rawDate });
      return;
    }
    const day = readDay(rawDate);
    const month = day ? day.slice(0, 7) : parseMonth(rawDate);
    if (!month) {
      problems.push({ code: 'bad-date', line, value: rawDate });
      return;
    }
    const values: Partial<Record<Figure, number>> = {};
    for (const figure of figures) {
      const rawValue = (row[index(mapping[figure])] ?? '').trim();
      if (rawValue === '' || rawValue === '-') continue;
      const value = readNumber(rawValue);
      if (value === null) {
        problems.push({ code: 'bad-number', line, header: mapping[figure], value: rawValue });
        continue;
      }
      if (figure === 'conversion' && value > 100) {
        problems.push({ code: 'conversion-range', line, value: rawValue });
        continue;
      }
      const wan = (figure === 'sales' && salesInWan) || (figure === 'adSpend' && spendInWan) ? 10_000 : 1;
      values[figure] = figure === 'sales' || figure === 'adSpend' ? Math.round(value * wan * 100) : value;
    }
    let bucket = buckets.get(month);
    if (bucket && (!day || bucket.byMonth)) {
      problems.push({ code: 'month-twice', line, first: bucket.firstLine, value: rawDate });
      return;
    }
    if (bucket && day && bucket.days.has(day)) {
      problems.push({ code: 'day-twice', line, first: bucket.days.get(day) ?? 0, value: rawDate });
      return;
    }
    if (!bucket) {
      const zero = () => ({ sales: 0, visitors: 0, conversion: 0, adSpend: 0, roi: 0 });
      bucket = {
        month,
        firstLine: line,
        byMonth: !day,
        days: new Map(),
        sums: zero(),
        weights: { conversion: 0, roi: 0 },
        counts: zero(),
      };
      buckets.set(month, bucket);
    }
    if (day) bucket.days.set(day, line);
    for (const figure of figures) {
      const value = values[figure];
      if (value === undefined) continue;
      bucket.counts[figure] += 1;
      if (figure === 'conversion' || figure === 'roi') {
        // Rates over a month: weighted by the day's visitors (conversion) or ad spend (ROI) when known.
        const weight = (figure === 'conversion' ? values.visitors : values.adSpend) ?? 1;
        bucket.sums[figure] += value * weight;
        bucket.weights[figure] += weight;
      } else {
        bucket.sums[figure] += value;
      }
    }
  });
  if (buckets.size > LIMITS.months)
    problems.push({ code: 'too-many-months', count: buckets.size, limit: LIMITS.months });
  if (problems.length > 0) return { months: [], problems, warnings };

  const months = [...buckets.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((bucket) => {
      const result: Partial<Record<Figure, number>> = {};
      for (const figure of figures) {
        if (bucket.counts[figure] === 0) continue;
        if (figure === 'conversion' || figure === 'roi') {
          const weight = bucket.weights[figure];
          result[figure] = weight > 0 ? Math.round((bucket.sums[figure] / weight) * 100) / 100 : 0;
        } else {
          result[figure] = Math.round(bucket.sums[figure]);
        }
      }
      return { month: bucket.month, figures: result };
    });
  for (const { month, figures: found } of months) {
    if (salesTarget && found.sales !== undefined && found.sales * 1000 < salesTarget)
      warnings.push({ code: 'sales-unit', month });
  }
  const rates = months.flatMap(({ figures: found }) => (found.conversion === undefined ? [] : [found.conversion]));
  if (rates.length > 0 && rates.every((rate) => rate > 0 && rate < 1)) warnings.push({ code: 'conversion-fraction' });
  return { months, problems, warnings };
}

/** The state with the imported figures in their months, and the months whose saved figures they change. */
export function mergeFigures(state: ReviewState, imported: ImportResult['months']) {
  const changed: string[] = [];
  const byMonth = new Map(state.months.map((record) => [record.month, record]));
  for (const { month, figures } of imported) {
    const before = byMonth.get(month) ?? emptyMonth(month);
    const after: MonthRecord = { ...before };
    for (const [figure, value] of Object.entries(figures) as [Figure, number][]) after[figure] = value;
    if (FIGURES.some((figure) => before[figure] !== null && before[figure] !== after[figure])) changed.push(month);
    byMonth.set(month, after);
  }
  const months = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { state: { ...state, months }, changed };
}
