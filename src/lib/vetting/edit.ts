/**
 * Changes the merchant makes to the scorecard. The page keeps one working copy of the state and
 * edits it in place through these functions; the store saves a serialised copy.
 */
import { MAX_AGENCIES } from './limits';
import type { AgencyRecord, KnockoutEntry, RedFlagEntry, ScoreEntry, VettingState } from './state';

function ownEntry<T>(record: Record<string, T>, key: string, fresh: () => T): T {
  if (!Object.prototype.hasOwnProperty.call(record, key)) record[key] = fresh();
  return record[key] as T;
}

/** The knockout answer for `id`, created as not yet checked when missing. */
export function knockoutEntryOf(agency: AgencyRecord, id: string): KnockoutEntry {
  return ownEntry(agency.knockouts, id, () => ({ answer: 'unchecked', note: '' }));
}

/** The score for `id`, created unscored when missing. */
export function scoreEntryOf(agency: AgencyRecord, id: string): ScoreEntry {
  return ownEntry(agency.scores, id, () => ({ score: null, note: '', evidence: '' }));
}

/** The red flag `id`, created as not observed when missing. */
export function redFlagEntryOf(agency: AgencyRecord, id: string): RedFlagEntry {
  return ownEntry(agency.redFlags, id, () => ({ observed: false, note: '' }));
}

/** A short id not yet used by an agency in `state`. */
export function newAgencyId(state: VettingState, random: () => number = Math.random): string {
  const used = new Set(state.agencies.map((agency) => agency.id));
  for (;;) {
    const candidate = `a${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Adds an empty agency and returns it, or `null` when the scorecard already holds `MAX_AGENCIES`. */
export function addAgency(state: VettingState, random: () => number = Math.random): AgencyRecord | null {
  if (state.agencies.length >= MAX_AGENCIES) return null;
  const agency: AgencyRecord = {
    id: newAgencyId(state, random),
    name: '',
    notes: '',
    knockouts: {},
    scores: {},
    redFlags: {},
  };
  state.agencies.push(agency);
  return agency;
}

/** Removes an agency; returns the index it had (or -1). */
export function removeAgency(state: VettingState, id: string): number {
  const index = state.agencies.findIndex((agency) => agency.id === id);
  if (index !== -1) state.agencies.splice(index, 1);
  return index;
}

/** Drops entries that hold nothing but defaults, so files stay small and diffs readable. */
export function compactAgency(agency: AgencyRecord): void {
  agency.knockouts = keep(agency.knockouts, (entry) => entry.answer !== 'unchecked' || entry.note !== '');
  agency.scores = keep(agency.scores, (entry) => entry.score !== null || entry.note !== '' || entry.evidence !== '');
  agency.redFlags = keep(agency.redFlags, (entry) => entry.observed || entry.note !== '');
}

function keep<T>(record: Record<string, T>, wanted: (entry: T) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, entry]) => wanted(entry)));
}
