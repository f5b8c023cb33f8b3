/**
 * What a user types into a form field, turned into a value or a message to show at the field.
 * Accepts what people really type: full-width digits from a Chinese keyboard, thousands separators,
 * a leading ¥ or trailing 元, and amounts in 万 (10,000).
 */

/** A message in both site languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: Bilingual };

/** Full-width digits and punctuation to ASCII; separators, spaces and currency marks removed. */
export function normalizeNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\s,\uFF0C¥\uFFE5元]/g, '')
    .replace(/^RMB/i, '');
}

// Made on first use, not when the page loads: building a number format loads locale data, which is slow.
let groupFormat: Intl.NumberFormat | undefined;

/** ¥ amount for messages: 15000000 fen → "150,000". */
function yuanText(fen: number): string {
  groupFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  return groupFormat.format(fen / 100);
}

/**
 * An amount in yuan (up to two decimals, optionally in 万) as whole fen. Empty gives `null`:
 * a blank the checklist prints as ______.
 */
export function parseYuan(raw: string, maxFen: number): FieldResult<number | null> {
  const clean = normalizeNumber(raw);
  if (clean === '') return { ok: true, value: null };
  const match = /^(\d+(?:\.\d+)?)(万?)$/.exec(clean);
  if (!match?.[1]) {
    return {
      ok: false,
      message: { zh: '请输入金额（元），例如 15000 或 1.5万。', en: 'Enter an amount in yuan, e.g. 15000.' },
    };
  }
  const [whole = '', fraction = ''] = match[1].split('.');
  const inWan = match[2] === '万';
  const decimals = inWan ? 6 : 2;
  if (fraction.length > decimals) {
    return { ok: false, message: { zh: '金额最多精确到分。', en: 'Amounts go to the fen at most (two decimals).' } };
  }
  // Exact: digits are shifted, never multiplied as binary fractions.
  const fen = Number(`${whole}${fraction.padEnd(decimals, '0')}`);
  if (!Number.isSafeInteger(fen) || fen > maxFen) {
    return {
      ok: false,
      message: { zh: `金额不能超过 ${yuanText(maxFen)} 元。`, en: `The amount can be at most ¥${yuanText(maxFen)}.` },
    };
  }
  return { ok: true, value: fen };
}

/** A whole number from `min` to `max`; empty gives `null`. */
export function parseWhole(raw: string, min: number, max: number): FieldResult<number | null> {
  const clean = normalizeNumber(raw);
  if (clean === '') return { ok: true, value: null };
  const value = Number(clean);
  if (!/^\d+$/.test(clean) || value < min || value > max) {
    return {
      ok: false,
      message: { zh: `请输入 ${min} 到 ${max} 之间的整数。`, en: `Enter a whole number from ${min} to ${max}.` },
    };
  }
  return { ok: true, value };
}

/** A number from `min` to `max` with at most two decimals (percent, score, ratio); empty gives `null`. */
export function parseDecimal(raw: string, min: number, max: number): FieldResult<number | null> {
  const clean = normalizeNumber(raw).replace(/[%\uFF05]$/, '');
  if (clean === '') return { ok: true, value: null };
  const value = Number(clean);
  if (!/^\d+(?:\.\d{1,2})?$/.test(clean) || value < min || value > max) {
    return {
      ok: false,
      message: {
        zh: `请输入 ${min} 到 ${max} 之间的数，最多两位小数。`,
        en: `Enter a number from ${min} to ${max}, with at most two decimals.`,
      },
    };
  }
  return { ok: true, value };
}

/** Text up to `max` characters, trimmed; control characters are refused. */
export function parseText(raw: string, max: number): FieldResult<string> {
  const value = raw.trim();
  if (/[\u0000-\u001F\u007F]/.test(value)) {
    return {
      ok: false,
      message: { zh: '请不要输入换行或控制字符。', en: 'Line breaks and control characters are not allowed.' },
    };
  }
  if (value.length > max) {
    return {
      ok: false,
      message: {
        zh: `最多 ${max} 个字（现在 ${value.length} 个）。`,
        en: `At most ${max} characters (now ${value.length}).`,
      },
    };
  }
  return { ok: true, value };
}

/**
 * A date as people type it: 2026-11-30, 2026/11/30, 2026.11.30 or 2026年11月30日, with or without
 * leading zeros and in full-width digits; given back as YYYY-MM-DD. Empty gives ''.
 */
export function parseDate(raw: string): FieldResult<string> {
  const clean = raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
  if (clean === '') return { ok: true, value: '' };
  const match = /^(\d{4})(?:[-/.\uFF0D\uFF0F\uFF0E]|年)(\d{1,2})(?:[-/.\uFF0D\uFF0F\uFF0E]|月)(\d{1,2})日?$/.exec(
    clean,
  );
  const value = match ? `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}` : '';
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    return {
      ok: false,
      message: {
        zh: '请输入有效日期，例如 2026-11-30 或 2026年11月30日。',
        en: 'Enter a real date as year-month-day, e.g. 2026-11-30.',
      },
    };
  }
  return { ok: true, value };
}
