import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideRounded,
  fenToPlainYuan,
  formatPercent,
  formatYuan,
  formatYuanWhole,
  parseDecimal,
  percentOf,
  scaledToPlain,
  unitsToFen,
} from '../../src/lib/money';

describe('parseDecimal', () => {
  it.each([
    ['200000', 2, 20_000_000n],
    ['200,000', 2, 20_000_000n],
    ['¥200,000.5', 2, 20_000_050n],
    ['２０００００', 2, 20_000_000n],
    ['  15000 元 ', 2, 1_500_000n],
    ['.5', 2, 50n],
    ['6.5%', 2, 650n],
    ['6.5 ％', 2, 650n],
    ['0.07', 2, 7n],
    ['1e5', 2, 10_000_000n],
    ['1.5E2', 0, 150n],
    ['000123', 0, 123n],
    ['-0', 2, 0n],
  ])('reads %s', (text, decimals, expected) => {
    expect(parseDecimal(text, decimals)).toEqual({ ok: true, value: expected });
  });

  it('reads 万 and 亿 only where units are allowed', () => {
    expect(parseDecimal('20万', 2, { units: true })).toEqual({ ok: true, value: 20_000_000n });
    expect(parseDecimal('1.5亿', 2, { units: true })).toEqual({ ok: true, value: 15_000_000_000n });
    expect(parseDecimal('20万', 2)).toEqual({ ok: false, error: 'not-number' });
  });

  it.each([
    ['500k', 50_000_000n],
    ['500K', 50_000_000n],
    ['1.2m', 120_000_000n],
    ['1.2M', 120_000_000n],
    ['¥1.2m', 120_000_000n],
    ['1.2 m 元', 120_000_000n],
    ['1,200k', 120_000_000n],
    ['0.5k', 50_000n],
    ['1.23456789m', 123_456_789n],
    ['５００ｋ', 50_000_000n],
    ['１．２Ｍ', 120_000_000n],
    ['30万', 30_000_000n],
    ['３０万', 30_000_000n],
    ['1.5亿', 15_000_000_000n],
  ])('reads the money unit in %s', (text, expected) => {
    expect(parseDecimal(text, 2, { units: true })).toEqual({ ok: true, value: expected });
  });

  it.each([
    // Two units stacked, or a unit on top of an exponent: which one was meant?
    ['1k万', 'ambiguous'],
    ['2万k', 'ambiguous'],
    ['1kk', 'ambiguous'],
    ['1mm', 'ambiguous'],
    ['1e3k', 'ambiguous'],
    // A comma that does not group thousands may be a decimal comma: 1,5 = 1.5 or 15?
    ['1,5', 'ambiguous'],
    ['1,2m', 'ambiguous'],
    ['12,34', 'ambiguous'],
    ['1,2345', 'ambiguous'],
    ['1.5,000', 'ambiguous'],
    ['1.23456789123m', 'too-precise'],
    ['k', 'not-number'],
    ['m元', 'not-number'],
    ['1.2b', 'not-number'],
    ['1.2km', 'ambiguous'],
    ['-1k', 'negative'],
  ])('refuses the money text %j as %s', (text, error) => {
    expect(parseDecimal(text, 2, { units: true })).toEqual({ ok: false, error });
  });

  it('reads k and m only where units are allowed', () => {
    expect(parseDecimal('5k', 2)).toEqual({ ok: false, error: 'not-number' });
    expect(parseDecimal('5m', 2)).toEqual({ ok: false, error: 'not-number' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-number'],
    ['12abc', 'not-number'],
    ['1.2.3', 'not-number'],
    ['.', 'not-number'],
    ['--5', 'not-number'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['1.234', 'too-precise'],
    ['1e-3', 'too-precise'],
    ['1e999', 'too-large'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseDecimal(text, 2)).toEqual({ ok: false, error });
  });

  it('keeps the sign when negatives are allowed', () => {
    expect(parseDecimal('-12.5', 2, { negative: true })).toEqual({ ok: true, value: -1250n });
  });

  it('round-trips every scaled integer through its plain text', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(parseDecimal(scaledToPlain(value, decimals), decimals)).toEqual({ ok: true, value });
      }),
    );
  });
});

describe('rounding and formatting', () => {
  it('rounds half away from zero', () => {
    expect(divideRounded(5n, 10n)).toBe(1n);
    expect(divideRounded(4n, 10n)).toBe(0n);
    expect(divideRounded(-5n, 10n)).toBe(-1n);
    expect(unitsToFen(150_000_000n)).toBe(2);
    expect(unitsToFen(149_999_999n)).toBe(1);
  });

  it('takes percentages of fen exactly', () => {
    // ¥0.10 × 3 % = 0.3 fen → 0 fen; ¥1,234,567.89 × 6.5 % = 8,024,691.285 fen → 8,024,691 fen (¥80,246.91).
    expect(percentOf(10, 300)).toBe(0);
    expect(percentOf(123_456_789, 650)).toBe(8_024_691);
  });

  it('formats yuan for people and for links', () => {
    expect(formatYuan(2_700_000)).toBe('¥27,000');
    expect(formatYuan(16_667)).toBe('¥166.67');
    expect(formatYuan(50)).toBe('¥0.50');
    expect(formatYuan(-933_333)).toBe('-¥9,333.33');
    expect(formatYuan(100_000_000_000)).toBe('¥1,000,000,000');
    expect(formatYuanWhole(14_285_715)).toBe('¥142,857');
    expect(fenToPlainYuan(2_700_000)).toBe('27000');
    expect(fenToPlainYuan(16_650)).toBe('166.5');
    expect(formatPercent(650)).toBe('6.5%');
    expect(formatPercent(1350)).toBe('13.5%');
  });
});
