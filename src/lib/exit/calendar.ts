/**
 * Working days in mainland China: weekdays, less public holidays, plus the weekend days the State
 * Council makes working days (调休). Dates are `YYYY-MM-DD` strings in and out, counted as whole days
 * since 1970-01-01 in between, so no time zone can move a day.
 */
import { HOLIDAY_YEARS, type HolidayName, type HolidayYear } from './holidays';

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 for a real `YYYY-MM-DD` date, or `null`. */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

/** The `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** How sure the calendar is about a day: from a published notice, statutory days only, or weekends only. */
export type Certainty = 'exact' | 'provisional' | 'unknown';

export interface DayFacts {
  working: boolean;
  /** The public holiday the day belongs to, if any. */
  holiday: HolidayName | null;
  /** A weekend day that is a working day (调休上班). */
  adjusted: boolean;
  certainty: Certainty;
}

interface YearIndex {
  year: HolidayYear;
  off: Map<number, HolidayName>;
  on: Set<number>;
}

const index = new Map<number, YearIndex>(
  HOLIDAY_YEARS.map((year) => {
    const off = new Map<number, HolidayName>();
    for (const { name, from, to } of year.holidays) {
      for (let day = dayNumber(from) ?? 0; day <= (dayNumber(to) ?? -1); day += 1) off.set(day, name);
    }
    return [year.year, { year, off, on: new Set(year.workdays.map((iso) => dayNumber(iso) ?? 0)) }];
  }),
);

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export function dayFacts(day: number): DayFacts {
  const entry = index.get(yearOf(day));
  const weekend = weekday(day) === 0 || weekday(day) === 6;
  const certainty: Certainty = !entry ? 'unknown' : entry.year.status === 'published' ? 'exact' : 'provisional';
  const holiday = entry?.off.get(day) ?? null;
  const adjusted = entry?.on.has(day) ?? false;
  return { working: adjusted || (!weekend && holiday === null), holiday, adjusted, certainty };
}

/** The day itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(day: number): number {
  let next = day;
  while (!dayFacts(next).working) next += 1;
  return next;
}

/**
 * `count` working days after `day` (before it when negative). Zero gives `day` itself, or the next
 * working day when `day` is not one.
 */
export function shiftWorkingDays(day: number, count: number): number {
  if (count === 0) return nextWorkingDay(day);
  const step = count > 0 ? 1 : -1;
  let current = day;
  for (let left = Math.abs(count); left > 0;) {
    current += step;
    if (dayFacts(current).working) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: number, to: number): number {
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (dayFacts(day).working) count += 1;
  return count;
}
