/** What the monthly review shows, as text: the analysis worded, figures formatted. No DOM. */
import type { Translate } from '../kit/strings';
import { formatYuanWhole } from '../money';
import { analyse, type Analysis } from './analysis';
import { METRICS, type Figure, type Metric } from './model';
import type { MonthRecord, ReviewState } from './state';
import type { ReviewStrings } from './strings';

type T = Translate<ReviewStrings>;

const group = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A figure as people read it: ¥ for money, % for conversion, two decimals at most for ROI. */
export function formatFigure(figure: Figure, value: number | null): string {
  if (value === null) return '—';
  if (figure === 'sales' || figure === 'adSpend') return formatYuanWhole(value);
  if (figure === 'conversion') return `${String(value)}%`;
  if (figure === 'roi') return String(value);
  return group(value);
}

export interface Line {
  text: string;
  tone: 'bad' | 'good' | 'info';
}

export interface ReviewReport {
  analysis: Analysis;
  /** Nothing to say yet (no target with a figure, no obligation, no month). */
  empty: boolean;
  kpis: Line[];
  consequences: Line[];
  agency: Line[];
  merchant: Line;
}

export function metricName(metric: Metric, t: T): string {
  return t(`metric.${metric}`);
}

export function reviewReport(state: ReviewState, t: T): ReviewReport {
  const analysis = analyse(state);
  const sep = t('list.sep');
  const kpis = analysis.kpis.map((kpi): Line => {
    const values = {
      metric: metricName(kpi.metric, t),
      target: formatFigure(kpi.metric, kpi.target),
      streak: kpi.streak,
      from: kpi.streakFrom,
      to: kpi.streakTo,
      recorded: kpi.recorded,
      missed: kpi.missed,
    };
    if (kpi.recorded === 0) return { text: t('kpiNoFigures', values), tone: 'info' };
    if (kpi.streak > 0) return { text: t('kpiStreak', values), tone: 'bad' };
    return kpi.missed > 0
      ? { text: t('kpiFine', values), tone: 'info' }
      : { text: t('kpiAllMet', values), tone: 'good' };
  });
  const consequences = analysis.triggered.map((item): Line => ({
    text: t('consequence', {
      metric: metricName(item.metric, t),
      months: item.months,
      action: t(`action.${item.action}`),
      note: item.note,
    }).trim(),
    tone: 'bad',
  }));
  if (consequences.length > 0) consequences.push({ text: t('consequenceNext'), tone: 'info' });
  const agency = analysis.deliverables.map((tally): Line => ({
    text: t('agencyLine', { ...tally }),
    tone: tally.late + tally.missing > 0 ? 'bad' : 'info',
  }));
  let merchant: Line;
  switch (analysis.merchant) {
    case 'sound':
      merchant = {
        text: t('merchant.sound', {
          months: analysis.months,
          items: analysis.obligations.map((tally) => tally.label).join(sep),
        }),
        tone: 'good',
      };
      break;
    case 'weak':
      merchant = {
        text: t('merchant.weak', {
          items: analysis.obligations
            .filter((tally) => tally.notMet > 0)
            .map((tally) => t('itemNotMet', { label: tally.label, count: tally.notMet }))
            .join(sep),
        }),
        tone: 'bad',
      };
      break;
    case 'gaps':
      merchant = {
        text: t('merchant.gaps', {
          items: analysis.obligations
            .filter((tally) => tally.unrecorded > 0)
            .map((tally) => t('itemGap', { label: tally.label, count: tally.unrecorded }))
            .join(sep),
        }),
        tone: 'bad',
      };
      break;
    default:
      merchant = { text: t('merchant.none'), tone: 'info' };
  }
  const empty = analysis.months === 0;
  return { analysis, empty, kpis, consequences, agency, merchant };
}

/** One month's figures against their targets, as one line ('' when no KPI has both). */
export function monthAgainstTargets(record: MonthRecord, targets: ReviewState['targets'], t: T): string {
  const parts = METRICS.flatMap((metric) => {
    const target = targets[metric];
    const actual = record[metric];
    if (target === null || actual === null) return [];
    return [
      t(actual < target ? 'monthMissed' : 'monthMet', {
        metric: metricName(metric, t),
        actual: formatFigure(metric, actual),
        target: formatFigure(metric, target),
      }),
    ];
  });
  return parts.join(t('list.items'));
}
