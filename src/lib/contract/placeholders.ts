/**
 * The `{placeholders}` clause texts may use (the fixed list of the data spec), and a clause text
 * split into literal text and placeholders, so that the server and the page fill the same slots.
 */

export const PLACEHOLDERS = [
  'merchantName',
  'agencyName',
  'storeEntity',
  'licenceHolder',
  'termMonths',
  'baseFee',
  'commissionRate',
  'fixedFee',
  'commissionBase',
  'minFee',
  'capFee',
  'tiers',
  'gmvTarget',
  'kpiMetric',
  'kpiTarget',
  'kpiPeriodMonths',
  'refundAmount',
  'refundDays',
  'reportCadence',
  'meetingCadence',
  'responseDays',
  'adBudget',
  'adPayer',
  'depositAmount',
  'noticeDays',
  'handoverDays',
  'csFirstReply',
  'csConversion',
  'csPeakWindows',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

const known: ReadonlySet<string> = new Set(PLACEHOLDERS);

export function isPlaceholder(name: string): name is Placeholder {
  return known.has(name);
}

/** A piece of clause text: literal text, or a slot to fill. */
export type Segment = { text: string } | { slot: Placeholder };

/**
 * Splits a clause text at its placeholders. An unknown `{name}` throws: clause texts are checked at
 * build time, so a typo in content/checks fails the build instead of printing "{name}".
 */
export function segmentTemplate(template: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /\{([A-Za-z]+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) throw new Error(`Unknown placeholder {${name}} in clause text: ${template}`);
    if (match.index > last) segments.push({ text: template.slice(last, match.index) });
    segments.push({ slot: name });
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ text: template.slice(last) });
  return segments;
}

/** The placeholders a text uses, each once, in order. */
export function placeholdersIn(template: string): Placeholder[] {
  const slots = segmentTemplate(template).flatMap((segment) => ('slot' in segment ? [segment.slot] : []));
  return [...new Set(slots)];
}

/** Whether a slot starts a sentence (English names are then capitalised: "The agency …"). */
export function startsSentence(segments: readonly Segment[], index: number): boolean {
  if (index === 0) return true;
  const before = segments[index - 1];
  return before !== undefined && 'text' in before && /(?:^|[.;:!?]\s+)$/.test(before.text);
}
