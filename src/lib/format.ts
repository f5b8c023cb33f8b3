/** Numbers and lists as the checklist and messages show them (money: `formatYuan` / `formatAmount` in money.ts). */

/** 8 → "8", 8.5 → "8.5", 8.25 → "8.25" (numbers are stored with at most two decimals). */
export function formatDecimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const listSeparators = { zh: '、', en: ', ' } as const;

/** Items joined the way each language lists them. */
export function joinList(items: readonly string[], locale: 'zh' | 'en'): string {
  return items.join(listSeparators[locale]);
}
