/**
 * The text the scanner's patterns see: full-width and half-width forms alike (NFKC), lower case, one
 * space for any run of white space and none between Chinese characters, and Chinese numerals before a
 * unit written as digits (三十日 → 30日, 百分之八 → 8%), and "ninety (90)" as 90. Quotes are always taken from the original.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 万 (十二 → 12, 九十 → 90, 一百二十 → 120, 三五 → null), or `null`. */
export function chineseNumber(numeral: string): number | null {
  if (numeral === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of numeral) {
    const value = DIGITS[char];
    if (value !== undefined) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: not a number word
      digit = value;
      continue;
    }
    const unit = UNITS[char];
    if (unit === undefined) return null;
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

const NUMERAL = '[零〇一二两三四五六七八九十百千]+';
const BEFORE_UNIT = new RegExp(
  `(${NUMERAL})(?=(?:个)?(?:自然|工作|个工作)?(?:日|天|月|年|周|星期|小时|%|万|元))`,
  'gu',
);
const PERCENT = new RegExp(`百分之(${NUMERAL})(?:点(${NUMERAL}))?`, 'gu');

const NUMBER_WORDS =
  /\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)[- ]?)+ ?\((\d+)\)/gu;

const asDigits = (numeral: string) => {
  const value = chineseNumber(numeral);
  return value === null ? numeral : String(value);
};

/** The form of `text` the patterns are written for. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/(?<=[\p{Script=Han}\d%]) (?=[\p{Script=Han}\d])|(?<=[\p{Script=Han}]) (?=[a-z%])/gu, '')
    .replace(PERCENT, (_, whole: string, fraction?: string) =>
      fraction ? `${asDigits(whole)}.${fraction.replace(/./gu, asDigits)}%` : `${asDigits(whole)}%`,
    )
    .replace(BEFORE_UNIT, asDigits)
    .replace(NUMBER_WORDS, '$1')
    .trim();
}

/**
 * Whether a sentence is Chinese, so Chinese patterns apply to it: two or more Chinese characters, and
 * no fewer of them than Latin words (an English sentence quoting 刷单 or 支付金额 stays English).
 */
export function isChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 2 && han >= (text.match(/[a-z]+/gu)?.length ?? 0);
}
