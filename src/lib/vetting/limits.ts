/**
 * Caps on the scorecard's saved data. They keep the largest possible export (eight agencies with
 * every field full of Chinese text, three bytes a character in UTF-8) under the 1 MB import limit
 * of the shared store, so whatever this page writes it can also read back.
 */

/** Agencies compared at once. */
export const MAX_AGENCIES = 8;
/** Characters in an agency's name. */
export const MAX_NAME_LENGTH = 80;
/** Characters in the note on a scored criterion. */
export const MAX_NOTE_LENGTH = 400;
/** Characters in the evidence field of a scored criterion. */
export const MAX_EVIDENCE_LENGTH = 400;
/** Characters in the note on a knockout answer or an observed red flag. */
export const MAX_SHORT_NOTE_LENGTH = 300;
/** Characters in an agency's general notes (contacts, meeting dates). */
export const MAX_AGENCY_NOTES_LENGTH = 1000;
/** Entries in any map keyed by criterion or red-flag id. */
export const MAX_KEYS = 100;
/** Lowest weight: 0 leaves a criterion out of the total. */
export const MIN_WEIGHT = 0;
/** Highest weight. */
export const MAX_WEIGHT = 5;
