/** Numbers as the checklist and messages show them. Money is whole fen, shown in yuan. */

/** 1500000 fen → "15,000"; fen are shown only when there are any (1500050 → "15,000.50"). */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = fen % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rest === 0 ? grouped : `${grouped}.${String(rest).padStart(2, '0')}`;
}

/** 8 → "8", 8.5 → "8.5", 8.25 → "8.25" (numbers are stored with at most two decimals). */
export function formatDecimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Items joined the way each language lists them. */
export function joinList(items: readonly string[], locale: 'zh' | 'en'): string {
  return items.join(locale === 'zh' ? '、' : ', ');
}
