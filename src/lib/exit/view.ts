/**
 * What the exit planner shows for a state: the summary lines, and each group's heading with its
 * items' due dates and notes, in the page's language. Pure: the element writes these into the page.
 */
import { langTag, type Locale } from '../i18n';
import type { Translate } from '../kit/strings';
import { dayNumber } from './calendar';
import type { HandoverItem } from './model';
import { exitPlan, type GroupKey, type OffReason } from './plan';
import type { ExitState } from './state';
import type { ExitStrings } from './strings';

export interface ItemView {
  id: string;
  owner: string;
  ownerChanged: boolean;
  due: string;
  /** The due date as YYYY-MM-DD (for tests and the print). */
  dueIso: string;
  moved: string | null;
  late: boolean;
}

export interface ExitView {
  /** `null` until the notice date and period are given. */
  summary: string[] | null;
  /** Warnings about the holiday data for the plan's years. */
  warnings: string[];
  groups: { heading: string; items: ItemView[] }[];
}

/** A date as the reader expects it, with the day of the week: 2026年10月8日周四 / Thu, 8 Oct 2026. */
export function dateText(iso: string, locale: Locale): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return new Intl.DateTimeFormat(langTag(locale), {
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(day * 86_400_000));
}

export function exitView(
  state: ExitState,
  items: readonly HandoverItem[],
  t: Translate<ExitStrings>,
  locale: Locale,
  today: string,
): ExitView {
  const plan = exitPlan(state, items, today);
  if (!plan) return { summary: null, warnings: [], groups: [] };
  const date = (iso: string) => dateText(iso, locale);
  const reason = (off: OffReason) => (off === 'weekend' ? t('weekend') : t(`holiday.${off}`));
  const heading = (key: GroupKey) =>
    key.kind === 'week'
      ? t('group.week', { week: key.week, from: date(key.from), to: date(key.to) })
      : t(key.kind === 'before' ? 'group.before' : 'group.after');
  const summary = [t('summary', { handover: date(plan.handover), workdays: plan.workingDays })];
  if (plan.handoverMoved)
    summary.push(
      t('handoverMoved', {
        days: state.noticeDays ?? 0,
        from: date(plan.handoverMoved.from),
        reason: reason(plan.handoverMoved.reason),
      }),
    );
  summary.push(t('progress', { done: plan.doneCount, total: items.length }));
  const years = (list: number[]) => list.map(String).join(t('yearsJoin'));
  const warnings = [
    ...(plan.provisionalYears.length > 0 ? [t('provisional', { years: years(plan.provisionalYears) })] : []),
    ...(plan.unknownYears.length > 0 ? [t('unknownYears', { years: years(plan.unknownYears) })] : []),
  ];
  return {
    summary,
    warnings,
    groups: plan.groups.map((group) => ({
      heading: heading(group.key),
      items: group.items.map((item) => ({
        id: item.id,
        owner: t(`owner.${item.owner}`),
        ownerChanged: item.ownerChanged,
        due: date(item.due),
        dueIso: item.due,
        moved: item.moved && t('moved', { from: date(item.moved.from), reason: reason(item.moved.reason) }),
        late: item.late,
      })),
    })),
  };
}
