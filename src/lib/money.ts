/**
 * Money and percentages, exactly. Amounts are integers of fen (分); percentages enter as
 * hundredths of a percent (basis points, 6.5 % = 650). Products of an amount and two percentages
 * are carried as bigint "units" of 10⁻⁸ fen, so nothing is rounded until a figure is shown,
 * and then once, half up, to the fen.
 */

/** An amount of money in fen (1 yuan = 100 fen). Always an integer. */
export type Fen = number;

/** Exact sub-fen amounts: 1 fen = 10⁸ units (a fen amount times two percentages of two decimals). */
export const UNITS_PER_FEN = 100_000_000n;

/** 100 % in basis points. */
export const FULL_BP = 10_000;

/** `numerator / denominator` rounded half away from zero (denominator > 0). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

/** Exact units rounded to the fen, half away from zero. */
export function unitsToFen(units: bigint): Fen {
  return Number(divideRounded(units, UNITS_PER_FEN));
}

export function fenToUnits(fen: Fen): bigint {
  return BigInt(fen) * UNITS_PER_FEN;
}

/** `fen × bp / 10 000`, rounded half up to the fen. */
export function percentOf(fen: Fen, bp: number): Fen {
  return Number(divideRounded(BigInt(fen) * BigInt(bp), 10_000n));
}

/**
 * Why a typed number was refused. Range checks come later, per field. `ambiguous`: it could be read
 * two ways ("1,5" is 1.5 or 15; "1k万" stacks two units; "1e3k" mixes notations), so it is not guessed.
 */
export type DecimalError = 'empty' | 'not-number' | 'negative' | 'too-precise' | 'too-large' | 'ambiguous';

export type DecimalResult = { ok: true; value: bigint } | { ok: false; error: DecimalError };

/** Powers of ten of the units a money field accepts: 500k, 1.2m (any case), 30万, 1.5亿. */
const UNIT_SHIFT: Record<string, number> = { k: 3, m: 6, 万: 4, 亿: 8 };

/**
 * Reads what a person typed as an exact number with `decimals` decimal places, returned scaled
 * (`"6.5"` with 2 decimals → 650n). Accepts full-width characters (digits, ．，％ and letters),
 * thousands separators (a comma must be followed by groups of three digits), a ¥ sign, 元 / %, one
 * unit — k, m, 万 or 亿 — when `units` is set ("1.2m" = 1 200 000), and scientific notation unless
 * `exponent` is false (so that "1e15" gets a "too large" message, not "not a number"). Never goes
 * through binary floating point. This is the one number parser of the site: every tool's fields use it.
 */
export function parseDecimal(
  text: string,
  decimals: number,
  options: { negative?: boolean; units?: boolean; exponent?: boolean } = {},
): DecimalResult {
  let clean = text
    // The full-width forms of ASCII (０-９, ．，－＋％, ｋ, Ｍ…) are U+FEE0 above it.
    .replace(/[！-～]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s_\u2009\u202f\u3000']/g, '')
    .replace(/\u2212/g, '-')
    .replace(/^(?:[¥￥]|RMB|CNY)/i, '')
    .replace(/(?:元|%|RMB|CNY)$/i, '');
  if (clean === '') return { ok: false, error: 'empty' };
  let shift = decimals;
  if (options.units) {
    const unit = /[kmKM万亿]+$/.exec(clean)?.[0].toLowerCase();
    if (unit) {
      if (!(unit in UNIT_SHIFT) || /e/i.test(clean)) return { ok: false, error: 'ambiguous' };
      shift += UNIT_SHIFT[unit] ?? 0;
      clean = clean.slice(0, -unit.length);
    }
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,4}))?$/i.exec(clean.replace(/,/g, ''));
  if (match?.[4] !== undefined && options.exponent === false) return { ok: false, error: 'not-number' };
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match ?? [];
  if (!match || whole + fraction === '') return { ok: false, error: 'not-number' };
  // A comma only groups thousands: "1,5" could mean one and a half (a decimal comma) or fifteen.
  if (clean.includes(',') && !/^[+-]?\d{1,3}(?:,\d{3})+(?:\.|e|$)/i.test(clean))
    return { ok: false, error: 'ambiguous' };
  shift += Number(exponent);
  const digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  const point = digits.length - fraction.length + shift;
  if (/^0*$/.test(digits)) return { ok: true, value: 0n };
  if (point > 40) return { ok: false, error: sign === '-' && !options.negative ? 'negative' : 'too-large' };
  const kept = point <= 0 ? '' : digits.slice(0, point).padEnd(point, '0');
  const dropped = point <= 0 ? digits : digits.slice(point);
  if (!/^0*$/.test(dropped)) return { ok: false, error: 'too-precise' };
  const value = BigInt(kept || '0');
  if (sign === '-' && value !== 0n)
    return options.negative ? { ok: true, value: -value } : { ok: false, error: 'negative' };
  return { ok: true, value };
}

/** A scaled integer written back as plain decimal text without trailing zeros (650, 2 → "6.5"). */
export function scaledToPlain(value: number | bigint, decimals: number): string {
  const big = BigInt(value);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Fen as plain yuan for inputs, links and `data-value` (2 700 000 → "27000", 16 667 → "166.67"). */
export function fenToPlainYuan(fen: Fen): string {
  return scaledToPlain(fen, 2);
}

/** Groups thousands with commas: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Yuan for people: "¥27,000", "¥166.67", "-¥9,333.33". Hand-written so that the page built on the
 * server and the page updated in the browser print exactly the same text.
 */
export function formatYuan(fen: Fen): string {
  return `${fen < 0 ? '-' : ''}¥${formatAmount(Math.abs(fen))}`;
}

/**
 * An amount without the currency sign, for sentences that say 元 or ¥ themselves: 1 500 000 fen →
 * "15,000", 1 500 050 → "15,000.50" (fen shown only when there are any).
 */
export function formatAmount(fen: Fen): string {
  const negative = fen < 0;
  const plain = scaledToPlain(Math.abs(fen), 2);
  const [whole = '0', fraction] = plain.split('.');
  const cents = fraction === undefined ? '' : `.${fraction.padEnd(2, '0')}`;
  return `${negative ? '-' : ''}${groupThousands(whole)}${cents}`;
}

/** Whole yuan, rounded half up, for sentences and axes ("¥142,857"). */
export function formatYuanWhole(fen: Fen): string {
  return formatYuan(Number(divideRounded(BigInt(fen), 100n)) * 100);
}

/** A percentage from basis points: 650 → "6.5%". */
export function formatPercent(bp: number): string {
  return `${scaledToPlain(bp, 2)}%`;
}
