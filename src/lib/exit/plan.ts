/**
 * The handover plan for a state: the handover day, each item's owner and due date (moved off days
 * that are not working days, and saying so), and the items grouped by week from the day notice is
 * given. Pure: the element writes the result into the page.
 */
import {
  dayFacts,
  dayNumber,
  isoOf,
  nextWorkingDay,
  shiftWorkingDays,
  workingDaysBetween,
  yearOf,
  type Certainty,
} from './calendar';
import type { HolidayName } from './holidays';
import type { HandoverItem, Owner } from './model';
import type { ExitState } from './state';

/** Why a day is not a working day. */
export type OffReason = HolidayName | 'weekend';

/** A date that fell on a day off and was moved to the next working day. */
export interface Move {
  /** The date before it moved. */
  from: string;
  reason: OffReason;
}

export interface PlannedItem {
  id: string;
  owner: Owner;
  /** Whether the owner differs from the plan's default. */
  ownerChanged: boolean;
  /** YYYY-MM-DD. */
  due: string;
  /** Set when the due date was moved off a day off. */
  moved: Move | null;
  /** Whether the merchant set the date (otherwise it follows the plan). */
  dueSet: boolean;
  done: boolean;
  /** Due before today and not done. */
  late: boolean;
}

/** `week` from the notice day (1 = the first seven days); `before` notice; `after` the handover day. */
export type GroupKey =
  { kind: 'before' } | { kind: 'week'; week: number; from: string; to: string } | { kind: 'after' };

export interface Plan {
  notice: string;
  /** Notice date plus the notice period, before any move. */
  nominalHandover: string;
  handover: string;
  handoverMoved: Move | null;
  /** Working days after the notice day up to the handover day. */
  workingDays: number;
  groups: { key: GroupKey; items: PlannedItem[] }[];
  /** Years the plan touches whose holidays are provisional (statutory only) or unknown (weekends only). */
  provisionalYears: number[];
  unknownYears: number[];
  doneCount: number;
}

function offReason(day: number): OffReason {
  return dayFacts(day).holiday ?? 'weekend';
}

/** The working day a date lands on, and the move if it was not one. */
function settle(day: number): { day: number; moved: Move | null } {
  const settled = nextWorkingDay(day);
  return { day: settled, moved: settled === day ? null : { from: isoOf(day), reason: offReason(day) } };
}

/**
 * The plan, or `null` until the notice date and the notice period are both given. `today` marks items
 * that are late.
 */
export function exitPlan(state: ExitState, items: readonly HandoverItem[], today: string): Plan | null {
  const notice = dayNumber(state.noticeDate);
  if (notice === null || state.noticeDays === null) return null;
  const nominal = notice + state.noticeDays;
  const handover = settle(nominal);
  const todayNumber = dayNumber(today) ?? Number.NEGATIVE_INFINITY;
  const planned = items.map((item, order) => {
    const saved = state.items[item.id];
    const set = saved?.due ? dayNumber(saved.due) : null;
    const anchor = item.from === 'notice' ? notice : handover.day;
    const due =
      set !== null
        ? settle(set)
        : item.workdays === 0
          ? settle(anchor)
          : { day: shiftWorkingDays(anchor, item.workdays), moved: null };
    const owner = saved?.owner ?? item.owner;
    const done = saved?.done ?? false;
    return {
      order,
      day: due.day,
      item: {
        id: item.id,
        owner,
        ownerChanged: owner !== item.owner,
        due: isoOf(due.day),
        moved: due.moved,
        dueSet: set !== null,
        done,
        late: !done && due.day < todayNumber,
      },
    };
  });
  planned.sort((a, b) => a.day - b.day || a.order - b.order);
  const groups: Plan['groups'] = [];
  const keyOf = (day: number): GroupKey => {
    if (day < notice) return { kind: 'before' };
    if (day > handover.day) return { kind: 'after' };
    const week = Math.floor((day - notice) / 7) + 1;
    const from = notice + (week - 1) * 7;
    return { kind: 'week', week, from: isoOf(from), to: isoOf(Math.min(from + 6, handover.day)) };
  };
  for (const entry of planned) {
    const key = keyOf(entry.day);
    const last = groups.at(-1);
    if (last && JSON.stringify(last.key) === JSON.stringify(key)) last.items.push(entry.item);
    else groups.push({ key, items: [entry.item] });
  }
  const days = [notice, handover.day, ...planned.map((entry) => entry.day)];
  const years = new Set<number>();
  for (let year = yearOf(Math.min(...days)); year <= yearOf(Math.max(...days)); year += 1) years.add(year);
  const certainty = (year: number): Certainty => dayFacts(dayNumber(`${String(year)}-06-15`) ?? 0).certainty;
  return {
    notice: state.noticeDate,
    nominalHandover: isoOf(nominal),
    handover: isoOf(handover.day),
    handoverMoved: handover.moved,
    workingDays: workingDaysBetween(notice, handover.day),
    groups,
    provisionalYears: [...years].filter((year) => certainty(year) === 'provisional'),
    unknownYears: [...years].filter((year) => certainty(year) === 'unknown'),
    doneCount: planned.filter((entry) => entry.item.done).length,
  };
}
