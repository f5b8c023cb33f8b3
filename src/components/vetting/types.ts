import type { CollectionEntry } from 'astro:content';
import type { Locale } from '@lib/i18n';
import type { Translate } from '@lib/kit/strings';
import type { VettingStrings } from '@lib/vetting/strings';

/** One entry of the checks collection. */
export type CheckEntry = CollectionEntry<'checks'>['data'];
/** A vetting criterion (knockout or scored). */
export type VettingEntry = Extract<CheckEntry, { kind: 'vetting' }>;
/** A red flag. */
export type RedFlagEntry = Extract<CheckEntry, { kind: 'redflag' }>;

/** Element id of an input inside the scorecard, derived from a check id (kebab-case, so safe in ids). */
export function fieldId(checkId: string, field: string): string {
  return `vs-${checkId}-${field}`;
}

/** The scorecard's dictionary in the page's language, picked once by VettingScorecard.astro. */
export type VettingTranslate = Translate<VettingStrings>;

/** What each section of the scorecard gets from VettingScorecard.astro. */
export interface SectionProps {
  locale: Locale;
  t: VettingTranslate;
  criteria: VettingEntry[];
  redFlags: RedFlagEntry[];
}

/** What the form or guide links of one criterion or red flag get. */
export interface ItemProps<Check> {
  check: Check;
  locale: Locale;
  t: VettingTranslate;
}
