/** Working-day arithmetic across China's public holidays, adjusted workdays, and month and year ends. */
import { describe, expect, it } from 'vitest';
import {
  dayFacts,
  dayNumber,
  isoOf,
  nextWorkingDay,
  shiftWorkingDays,
  workingDaysBetween,
} from '../../../src/lib/exit/calendar';

const day = (iso: string) => {
  const value = dayNumber(iso);
  if (value === null) throw new Error(`not a date: ${iso}`);
  return value;
};
const shift = (iso: string, count: number) => isoOf(shiftWorkingDays(day(iso), count));
const next = (iso: string) => isoOf(nextWorkingDay(day(iso)));

describe('dates', () => {
  it('refuses days that do not exist, and knows leap years', () => {
    expect(dayNumber('2026-02-29')).toBeNull();
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('2026-04-31')).toBeNull();
    expect(dayNumber('2026-13-01')).toBeNull();
    expect(dayNumber('26-1-1')).toBeNull();
  });
  it('round-trips across the year end', () => {
    expect(isoOf(day('2026-12-31') + 1)).toBe('2027-01-01');
  });
});

describe('the 2026 schedule (State Council notice of 4 November 2025)', () => {
  it('counts National Day as days off and its weekend workdays as working days', () => {
    expect(dayFacts(day('2026-10-01'))).toMatchObject({ working: false, holiday: 'national-day', certainty: 'exact' });
    expect(dayFacts(day('2026-10-07')).working).toBe(false);
    expect(dayFacts(day('2026-10-10'))).toMatchObject({ working: true, adjusted: true });
    expect(dayFacts(day('2026-09-20'))).toMatchObject({ working: true, adjusted: true });
    expect(dayFacts(day('2026-09-25'))).toMatchObject({ working: false, holiday: 'mid-autumn' });
  });
  it('moves a day off to the next working day', () => {
    expect(next('2026-10-01')).toBe('2026-10-08');
    expect(next('2026-02-15')).toBe('2026-02-24');
    expect(next('2026-10-08')).toBe('2026-10-08');
    // A Saturday that is an adjusted workday stays.
    expect(next('2026-02-14')).toBe('2026-02-14');
  });
  it('counts working days over a holiday and an adjusted Saturday', () => {
    // Back from the day after National Day: 30 Sep, 29 Sep.
    expect(shift('2026-10-08', -2)).toBe('2026-09-29');
    // 28, 24, 23 Sep: the Mid-Autumn weekend (25–27 Sep) is skipped.
    expect(shift('2026-10-08', -5)).toBe('2026-09-23');
    // 22, 21, Sunday 20 Sep (a workday), 18, 17 Sep.
    expect(shift('2026-10-08', -10)).toBe('2026-09-17');
    // 9 Oct, Saturday 10 Oct (a workday), 12, 13, 14 Oct.
    expect(shift('2026-10-08', 5)).toBe('2026-10-14');
    expect(workingDaysBetween(day('2026-09-01'), day('2026-10-08'))).toBe(22);
  });
  it('crosses the month end through an adjusted Saturday', () => {
    expect(shift('2026-02-27', 1)).toBe('2026-02-28');
    expect(shift('2026-02-28', 1)).toBe('2026-03-02');
  });
});

describe('2027: statutory holidays only, marked provisional', () => {
  it('crosses the year end over New Year', () => {
    expect(shift('2026-12-31', 1)).toBe('2027-01-04');
    expect(dayFacts(day('2027-01-01'))).toMatchObject({ working: false, certainty: 'provisional' });
  });
  it('keeps the Spring Festival days off (New Year’s Eve to the third day)', () => {
    expect(next('2027-02-05')).toBe('2027-02-09');
    expect(shift('2027-02-04', 1)).toBe('2027-02-09');
  });
  it('counts weekends only in a year without data', () => {
    expect(dayFacts(day('2028-01-03'))).toMatchObject({ working: true, certainty: 'unknown' });
    expect(next('2028-01-01')).toBe('2028-01-03');
  });
});
