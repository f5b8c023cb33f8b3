/**
 * The scorecard's interface text, one dictionary per language (strings/zh.ts defines the keys,
 * strings/en.ts follows). The Astro view picks the page's language once; the script gets only the
 * sentences it shows (`scriptKeys`, picked with the kit's `pick`) in `data-strings`, so its bundle carries no words.
 */
import { dictionaries } from '../kit/strings';
import { en } from './strings/en';
import { zh, type VettingStrings } from './strings/zh';

export type { VettingStrings };

export const vettingStrings = dictionaries(zh, en);

/** The sentences the browser script shows (src/lib/vetting/view.ts and the element's notices). */
export const scriptKeys = [
  'agencyFallback',
  'excludedBecause',
  'listSeparator',
  'nameSeparator',
  'flagWithPoints',
  'pending',
  'passed',
  'notScored',
  'scoreLine',
  'provisional',
  'coverage',
  'unchecked',
  'trustOk',
  'trustLowered',
  'trustLow',
  'rank',
  'noRank',
  'yes',
  'no',
  'uncheckedAnswer',
  'observed',
  'points',
  'evidenceLine',
  'weightShare',
  'weightOff',
  'weightEmpty',
  'weightNotWhole',
  'weightRange',
  'allZero',
  'weightNotApplicable',
  'notApplicable',
  'leftOut',
  'rankingSummary',
  'summaryItem',
  'excludedShort',
  'provisionalShort',
  'pendingShort',
  'weightsChanged',
  'removeConfirm',
  'removed',
  'full',
  'detailCaption',
  'printedOn',
  'groupProgress',
  'weightsReset',
] as const satisfies readonly (keyof VettingStrings)[];

export type ScriptStrings = Pick<VettingStrings, (typeof scriptKeys)[number]>;
