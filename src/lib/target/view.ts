/**
 * What the target check shows for a valid state: the verdict, the sentence for the meeting, the
 * reasons, the levers, the sensitivity, the months and the drafted clause, all as text. Pure: the page
 * builds it on the server for the first visit and the element rebuilds it in the browser.
 */
import type { Translate } from '../kit/strings';
import { fenToPlainYuan, formatAmount, formatPercent, formatYuan, formatYuanWhole, scaledToPlain } from '../money';
import { analyse, type Analysis, type Reason } from './model';
import type { TargetState } from './state';
import type { TargetStrings } from './strings';

type T = Translate<TargetStrings>;

/** A table cell: its text, and the test hooks of a figure (`data-result`, `data-value`). */
export interface Cell {
  text: string;
  result?: string;
  value?: string;
}

export interface TargetView {
  verdict: { value: Analysis['verdict']; text: string };
  sentence: string;
  /** `value`: the ROI the cost per click gives (the `roi` reason), for `data-result="implied-roi"`. */
  reasons: { level: string; levelText: string; text: string; value?: string }[];
  warnings: string[];
  levers: Cell[][];
  sensitivity: string;
  months: string[][];
  clause: string[];
}

/** 50000 → "50,000". */
export const count = (n: number) => formatAmount(n * 100);
const tenths = (n: number) => scaledToPlain(n, 1);
const times = (h: number | null, t: T) => (h === null ? '∞' : `${scaledToPlain(h, 2)}${t('times')}`);
const ratioText = (h: number) => scaledToPlain(h, 2);

/** Calendar month's name in the page's language. */
export const monthName = (month: number, t: T) => t('monthNames').split(',')[month - 1] ?? String(month);

function reasonText(reason: Reason, a: Analysis, state: TargetState, t: T): string {
  const x = times(reason.ratio, t);
  switch (reason.check) {
    case 'growth':
      return t(
        state.history === 'store'
          ? 'reason.growth.store'
          : reason.level === 'plausible'
            ? 'reason.growth.none.ok'
            : 'reason.growth.none',
        {
          x: state.history === 'none' ? times(a.growth === 0 ? null : Math.round(10_000 / a.growth), t) : x,
          today: formatYuanWhole(a.todayFen),
        },
      );
    case 'budget':
      return reason.ratio === null
        ? t('reason.budget.none', { spend: formatYuanWhole(a.adSpendFen) })
        : t('reason.budget', { x, roi: ratioText(a.roiH) });
    case 'conversion':
      return a.crAtReachBp === null
        ? t('reason.conversion.none')
        : t('reason.conversion', {
            reach: formatYuanWhole(a.reachFen),
            cr: formatPercent(state.crBp),
            needed: formatPercent(a.crAtReachBp),
          });
    case 'roi': {
      const values = {
        cpc: formatYuan(state.cpcFen ?? 0),
        roi: ratioText(a.roiH),
        promised: ratioText(state.roiH ?? 0),
        visitors: count(a.paidVisitors),
        spend: formatYuanWhole(a.adSpendFen),
        cr: formatPercent(state.crBp),
        aov: formatYuan(state.aovFen),
        x,
      };
      return [
        t('reason.roi.cpc', values),
        ...(state.roiH === null
          ? []
          : [t(reason.level === 'plausible' ? 'reason.roi.ok' : 'reason.roi.promise', values)]),
      ].join(t('sentenceGap'));
    }
    case 'stock':
      return t('reason.stock', { units: count(a.peakUnits), x });
    case 'new-store':
      return t('reason.new-store');
  }
}

/** The clause's paragraphs, in the language of `t` (the contract checklist drafts it in its own). */
export function clauseParagraphs(state: TargetState, a: Analysis, t: T): string[] {
  const list = a.months
    .map((month) => t('clause.checkpoint', { i: month.index, amount: formatAmount(month.cumulativeFen) }))
    .join(t('listSeparator'));
  return [
    t('clause.target', {
      months: state.months,
      basis: t(`clause.basis.${state.basis}`),
      target: formatAmount(state.targetFen),
    }),
    t('clause.checkpoints', { list }),
    t('clause.duties', {
      budget: formatAmount(state.budgetFen),
      stock: state.stockUnits === null ? '' : t('clause.stock', { units: count(state.stockUnits) }),
      approve: state.approvalDays === null ? '' : t('clause.approve', { days: state.approvalDays }),
    }),
    t('clause.remedy'),
  ];
}

/** Which side of the reach moves it most: today's store (free), the ad side (paid), or neither. */
export function sensitivityKey({ free, paid }: Analysis['sensitivity']): 'sens.free' | 'sens.paid' | 'sens.tie' {
  return free === paid ? 'sens.tie' : free > paid ? 'sens.free' : 'sens.paid';
}

export function targetView(state: TargetState, t: T): TargetView {
  const a = analyse(state);
  const isNew = state.history === 'none';
  const budget = formatYuanWhole(state.budgetFen);
  const spend = formatYuanWhole(a.adSpendFen);
  const growth = times(a.growth, t);
  const yuanValue = (fen: number) => fenToPlainYuan(fen);
  return {
    verdict: { value: a.verdict, text: t(`verdict.${a.verdict}`) },
    sentence: isNew
      ? t('sentenceNew', {
          today: formatYuanWhole(a.todayFen),
          average: formatYuanWhole(a.averageFen),
          spend,
          budget,
        })
      : t('sentence', { visitors: count(a.requiredVisitors), growth, spend, budget }),
    reasons: a.reasons.map((reason) => ({
      level: reason.level,
      levelText: t(`level.${reason.level}`),
      text: reasonText(reason, a, state, t),
      ...(reason.check === 'roi' ? { value: ratioText(a.roiH) } : {}),
    })),
    warnings: [
      ...(state.basis === 'gmv' ? [t('warn.gmv')] : []),
      ...(isNew && state.repeatBp > 0 ? [t('warn.repeatNew')] : []),
    ],
    levers: [
      [
        { text: t('lever.visitors') },
        { text: count(state.visitors) },
        { text: count(a.requiredVisitors), result: 'required-visitors', value: String(a.requiredVisitors) },
        { text: growth },
      ],
      [
        { text: t('lever.cr') },
        { text: formatPercent(state.crBp) },
        { text: formatPercent(a.requiredCrBp) },
        { text: growth },
      ],
      [
        { text: t('lever.aov') },
        { text: formatYuan(state.aovFen) },
        { text: formatYuan(a.requiredAovFen) },
        { text: growth },
      ],
      [
        { text: t('lever.spend') },
        { text: formatYuan(state.budgetFen) },
        { text: formatYuan(a.adSpendFen), result: 'implied-ad-spend', value: yuanValue(a.adSpendFen) },
        { text: times(a.budgetRatio, t) },
      ],
      [
        { text: t('lever.orders') },
        { text: tenths(Math.round((state.visitors * state.crBp) / 30_000)) },
        { text: tenths(a.ordersPerDayT) },
        { text: growth },
      ],
      [
        { text: t('lever.units') },
        { text: state.stockUnits === null ? t('notSaid') : count(state.stockUnits) },
        { text: count(a.peakUnits) },
        {
          text:
            state.stockUnits === null
              ? ''
              : times(state.stockUnits === 0 ? null : Math.round((a.peakUnits * 100) / state.stockUnits), t),
        },
      ],
    ],
    sensitivity: [
      t(sensitivityKey(a.sensitivity), {
        free: formatYuanWhole(a.sensitivity.free),
        paid: formatYuanWhole(a.sensitivity.paid),
      }),
      ...(state.cpcFen === null ? [] : [t('sens.cpc')]),
    ].join(t('sentenceGap')),
    months: a.months.map((month) => [
      t('monthLabel', { i: month.index, m: monthName(month.month, t) }),
      formatYuan(month.targetFen),
      formatYuan(month.cumulativeFen),
      count(month.visitors),
      formatYuan(month.adSpendFen),
      tenths(month.ordersPerDayT),
    ]),
    clause: clauseParagraphs(state, a, t),
  };
}
