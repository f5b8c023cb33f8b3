import { describe, expect, it } from 'vitest';
import { parseDecimal, parseDate, parseText, parseWhole, parseYuan } from '../../src/lib/fields';
import { formatAmount } from '../../src/lib/money';
import { describeFieldError, kitStrings } from '../../src/lib/kit/kit-strings';
import { translator } from '../../src/lib/kit/strings';
import type { FieldError } from '../../src/lib/fields';

const zhField = (error: FieldError | undefined) =>
  error ? describeFieldError(error, translator(kitStrings.zh)) : undefined;
const enField = (error: FieldError | undefined) =>
  error ? describeFieldError(error, translator(kitStrings.en)) : undefined;

const value = <T>(result: { ok: true; value: T } | { ok: false }) => (result.ok ? result.value : 'error');

describe('parseYuan', () => {
  it.each([
    ['15000', 1_500_000],
    ['15,000', 1_500_000],
    ['¥15,000.50', 1_500_050],
    ['１５０００', 1_500_000],
    ['1.5万', 1_500_000],
    ['1.5万元', 1_500_000],
    ['500k', 50_000_000],
    ['1.2m', 120_000_000],
    ['１．２Ｍ', 120_000_000],
    ['0.01', 1],
    ['', null],
    ['  ', null],
  ])('%j → %j fen', (raw, fen) => {
    expect(value(parseYuan(raw, 10_000_000_000))).toBe(fen);
  });

  it.each(['abc', '-5', '1.234', '1e5', '15 000 000 000 000', '1,5', '1k万'])(
    'refuses %j with a message in both languages',
    (raw) => {
      const result = parseYuan(raw, 10_000_000_000);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(zhField(result.error) && enField(result.error)).toBeTruthy();
    },
  );

  it('names the limit when an amount is too large', () => {
    const result = parseYuan('200000000', 10_000_000_000);
    expect(!result.ok && enField(result.error)).toBe('The amount can be at most ¥100,000,000.');
  });
});

describe('other fields', () => {
  it('whole numbers in range', () => {
    expect(value(parseWhole('12', 1, 60))).toBe(12);
    expect(value(parseWhole('０', 0, 60))).toBe(0);
    expect(parseWhole('61', 1, 60).ok).toBe(false);
    expect(parseWhole('2.5', 1, 60).ok).toBe(false);
  });

  it('decimals with a % sign tolerated', () => {
    expect(value(parseDecimal('6.5%', 0, 100))).toBe(6.5);
    expect(parseDecimal('6.555', 0, 100).ok).toBe(false);
    expect(parseDecimal('101', 0, 100).ok).toBe(false);
  });

  it('text is trimmed, capped and free of control characters', () => {
    expect(value(parseText('  陈氏家纺 ', 10))).toBe('陈氏家纺');
    expect(parseText('x'.repeat(11), 10).ok).toBe(false);
    expect(parseText('a\u0007b', 10).ok).toBe(false);
  });

  it.each([
    ['2026-11-30', '2026-11-30'],
    [' 2026/1/5 ', '2026-01-05'],
    ['2026.11.30', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
    ['2026年11月30日', '2026-11-30'],
    ['2026 年 11 月 30 日', '2026-11-30'],
    ['２０２６年３月１日', '2026-03-01'],
    ['２０２６／１１／３０', '2026-11-30'],
    ['2028-02-29', '2028-02-29'],
    ['30 Nov 2026', '2026-11-30'],
    ['30 November 2026', '2026-11-30'],
    ['30 nov. 2026', '2026-11-30'],
    ['1st March 2027', '2027-03-01'],
    ['30-Nov-2026', '2026-11-30'],
    ['Nov 30, 2026', '2026-11-30'],
    ['November 30 2026', '2026-11-30'],
    ['9 Sept 2026', '2026-09-09'],
    ['30/11/2026', '2026-11-30'],
    ['30.11.2026', '2026-11-30'],
    ['13-1-2027', '2027-01-13'],
    ['11/30/2026', '2026-11-30'],
    ['05/05/2026', '2026-05-05'],
    ['', ''],
  ])('reads the date %j as %s', (typed, iso) => {
    expect(value(parseDate(typed))).toBe(iso);
  });

  it.each([
    '2026-02-30',
    '2027-02-29',
    '2026-13-01',
    '31/11/2026',
    '30 Smarch 2026',
    '31 Nov 2026',
    '2026-11',
    '26-11-30',
    '30/11/26',
    '13/13/2026',
    'tomorrow',
  ])('refuses %j as no date', (typed) => {
    expect(parseDate(typed)).toEqual({ ok: false, error: { code: 'date' } });
  });

  it.each([
    ['5/11/2026', '2026-11-05', '2026-05-11'],
    ['01.02.2027', '2027-02-01', '2027-01-02'],
    ['12/1/2026', '2026-01-12', '2026-12-01'],
  ])('asks which date %j means when day and month could be either', (typed, dayFirst, monthFirst) => {
    expect(parseDate(typed)).toEqual({
      ok: false,
      error: { code: 'date-ambiguous', values: { dayFirst, monthFirst } },
    });
  });

  it('formats yuan from fen without floating-point drift', () => {
    expect(formatAmount(123_456_789_01)).toBe('123,456,789.01');
    expect(formatAmount(0)).toBe('0');
  });
});
