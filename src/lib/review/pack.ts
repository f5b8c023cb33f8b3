/**
 * The evidence pack: the whole period month by month, both sides' obligations, with the notes and
 * evidence references: as rows for the printed A4 record and as a CSV file (UTF-8 with a byte-order
 * mark, so that Excel opens the Chinese text). Pure; loaded only when the merchant prints or exports.
 */
import type { Translate } from '../kit/strings';
import { METRICS, contractMonths, type Figure } from './model';
import { monthRecord } from './form';
import { targetsFor, type ReviewState } from './state';
import type { ReviewStrings } from './strings';
import { formatFigure, metricName, reviewReport } from './view';

type T = Translate<ReviewStrings>;

export interface PackRow {
  month: string;
  party: 'agency' | 'merchant';
  item: string;
  agreed: string;
  actual: string;
  /** The row records a failure (a KPI missed, a deliverable late or missing, an obligation not met). */
  failed: boolean;
}

export interface PackMonth {
  month: string;
  rows: PackRow[];
  notes: string;
  evidence: string;
}

export interface Pack {
  title: string;
  period: string;
  made: string;
  summary: string[];
  months: PackMonth[];
}

/** The months the pack covers: the contract's months up to the last one recorded, and any recorded outside it. */
function packMonths(state: ReviewState): string[] {
  const last = state.months[state.months.length - 1]?.month ?? '';
  const inTerm = contractMonths(state.start, state.term).filter((month) => month <= last);
  return [...new Set([...inTerm, ...state.months.map((record) => record.month)])].sort();
}

export function buildPack(state: ReviewState, t: T, today: string): Pack {
  const report = reviewReport(state, t);
  const months = packMonths(state).map((month): PackMonth => {
    const record = monthRecord(state, month);
    const rows: PackRow[] = [];
    const targets = targetsFor(state, month);
    for (const metric of METRICS) {
      const target = targets[metric];
      const actual = record[metric];
      if (target === null && actual === null) continue;
      const missed = target !== null && actual !== null && actual < target;
      rows.push({
        month,
        party: 'agency',
        item: metricName(metric, t),
        agreed: target === null ? t('packNoTarget') : t('packTarget', { target: formatFigure(metric, target) }),
        actual:
          formatFigure(metric, actual) +
          (target !== null && actual !== null ? ` (${t(missed ? 'packMissedMark' : 'packMetMark')})` : ''),
        failed: missed,
      });
    }
    const adSpend: Figure = 'adSpend';
    if (record.adSpend !== null)
      rows.push({
        month,
        party: 'merchant',
        item: t('figure.adSpend'),
        agreed: '',
        actual: formatFigure(adSpend, record.adSpend),
        failed: false,
      });
    state.deliverables.forEach(({ label, due }, slot) => {
      if (!label) return;
      const status = record.delivered[slot] ?? '';
      rows.push({
        month,
        party: 'agency',
        item: label,
        agreed: due,
        actual: t(`status.${status || 'none'}`),
        failed: status === 'late' || status === 'missing',
      });
    });
    state.obligations.forEach(({ label, amount, unit }, slot) => {
      if (!label) return;
      const status = record.met[slot] ?? '';
      rows.push({
        month,
        party: 'merchant',
        item: label,
        agreed: amount === null ? unit : `${String(amount)} ${unit}`.trim(),
        actual: t(`met.${status || 'none'}`),
        failed: status === 'not-met',
      });
    });
    return { month, rows, notes: record.notes, evidence: record.evidence };
  });
  const first = months[0]?.month ?? '';
  const last = months[months.length - 1]?.month ?? '';
  return {
    title: t('packTitle'),
    period: t('packPeriod', { from: first, to: last }),
    made: t('packMade', { date: today }),
    summary: [...report.kpis, ...report.consequences, ...report.agency, report.merchant].map((line) => line.text),
    months,
  };
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised (spreadsheet formulas). */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The pack as CSV text, with a byte-order mark. */
export function packCsv(pack: Pack, t: T): string {
  const lines: string[][] = [
    [pack.title],
    [pack.period],
    [pack.made],
    [],
    [t('packSummary')],
    ...pack.summary.map((line) => [line]),
    [],
  ];
  lines.push([t('packMonth'), t('packParty'), t('packItem'), t('packAgreed'), t('packActual')]);
  for (const month of pack.months) {
    for (const row of month.rows)
      lines.push([
        row.month,
        t(row.party === 'agency' ? 'packAgency' : 'packMerchant'),
        row.item,
        row.agreed,
        row.actual,
      ]);
    if (month.notes) lines.push([month.month, '', t('packNotes'), '', month.notes]);
    if (month.evidence) lines.push([month.month, '', t('packEvidence'), '', month.evidence]);
  }
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
