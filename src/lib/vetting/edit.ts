/**
 * Changes the merchant makes to the scorecard: each takes a state and returns a new one, leaving the
 * old one as it was (the page keeps the old one for undo and compares nothing in place).
 */
import { has } from '../validation';
import type { Catalogue } from './catalogue';
import { MAX_AGENCIES } from './limits';
import type { AgencyRecord, KnockoutEntry, RedFlagEntry, ScoreEntry, VettingState } from './state';
import { withWeight } from './weights';

const freshKnockout = (): KnockoutEntry => ({ answer: 'unchecked', note: '' });
const freshScore = (): ScoreEntry => ({ score: null, note: '', evidence: '' });
const freshRedFlag = (): RedFlagEntry => ({ observed: false, note: '' });

/** `record` with the entry `key` (created from `fresh` when missing) changed by `patch`. */
function patchEntry<T extends object>(
  record: Readonly<Record<string, T>>,
  key: string,
  fresh: () => T,
  patch: Partial<T>,
): Record<string, T> {
  const entry = has(record, key) ? (record[key] as T) : fresh();
  return { ...record, [key]: { ...entry, ...patch } };
}

/** The state with agency `id` replaced by `change(agency)`; unchanged when there is no such agency. */
function updateAgency(state: VettingState, id: string, change: (agency: AgencyRecord) => AgencyRecord): VettingState {
  return { ...state, agencies: state.agencies.map((agency) => (agency.id === id ? change(agency) : agency)) };
}

/** A short id not yet used by an agency in `state`. */
export function newAgencyId(state: VettingState, random: () => number = Math.random): string {
  const used = new Set(state.agencies.map((agency) => agency.id));
  for (;;) {
    const candidate = `a${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The state with an empty agency added, and its id; `null` when the scorecard already holds `MAX_AGENCIES`. */
export function addAgency(
  state: VettingState,
  random: () => number = Math.random,
): { state: VettingState; id: string } | null {
  if (state.agencies.length >= MAX_AGENCIES) return null;
  const id = newAgencyId(state, random);
  const agency: AgencyRecord = { id, name: '', notes: '', knockouts: {}, scores: {}, redFlags: {} };
  return { state: { ...state, agencies: [...state.agencies, agency] }, id };
}

/** The state without agency `id`, and the agency to show next: the one after it, else the one before. */
export function removeAgency(state: VettingState, id: string): { state: VettingState; nextId: string | null } {
  const index = state.agencies.findIndex((agency) => agency.id === id);
  const agencies = state.agencies.filter((agency) => agency.id !== id);
  const next = index === -1 ? agencies[0] : (agencies[index] ?? agencies[index - 1]);
  return { state: { ...state, agencies }, nextId: next?.id ?? null };
}

export function renameAgency(state: VettingState, id: string, name: string): VettingState {
  return updateAgency(state, id, (agency) => ({ ...agency, name }));
}

export function setAgencyNotes(state: VettingState, id: string, notes: string): VettingState {
  return updateAgency(state, id, (agency) => ({ ...agency, notes }));
}

/** Sets the answer or the note of knockout `criterionId` for agency `id`. */
export function setKnockout(
  state: VettingState,
  id: string,
  criterionId: string,
  patch: Partial<KnockoutEntry>,
): VettingState {
  return updateAgency(state, id, (agency) => ({
    ...agency,
    knockouts: patchEntry(agency.knockouts, criterionId, freshKnockout, patch),
  }));
}

/** Sets the score, the note or the evidence of criterion `criterionId` for agency `id`. */
export function setScore(
  state: VettingState,
  id: string,
  criterionId: string,
  patch: Partial<ScoreEntry>,
): VettingState {
  return updateAgency(state, id, (agency) => ({
    ...agency,
    scores: patchEntry(agency.scores, criterionId, freshScore, patch),
  }));
}

/** Marks red flag `flagId` as observed or not, or sets its note, for agency `id`. */
export function setRedFlag(
  state: VettingState,
  id: string,
  flagId: string,
  patch: Partial<RedFlagEntry>,
): VettingState {
  return updateAgency(state, id, (agency) => ({
    ...agency,
    redFlags: patchEntry(agency.redFlags, flagId, freshRedFlag, patch),
  }));
}

/** Sets criterion `criterionId`'s weight; a weight equal to the default is not kept. */
export function setWeight(
  state: VettingState,
  catalogue: Catalogue,
  criterionId: string,
  weight: number,
): VettingState {
  return { ...state, weights: withWeight(state.weights, catalogue, criterionId, weight) };
}

/**
 * Marks scored criterion `criterionId` as not applicable to the merchant's case (left out of every
 * agency's total and of the shares) or counts it again. The agencies' scores and notes on it are kept.
 */
export function setNotApplicable(state: VettingState, criterionId: string, notApplicable: boolean): VettingState {
  const others = state.notApplicable.filter((id) => id !== criterionId);
  return { ...state, notApplicable: notApplicable ? [...others, criterionId] : others };
}

/** Every weight back to its default. */
export function resetWeights(state: VettingState): VettingState {
  return { ...state, weights: {} };
}

/** The fields of the agency editor (`data-field`), with what each holds. */
export type AgencyField = 'name' | 'notes' | 'ko' | 'ko-note' | 'score' | 'note' | 'evidence' | 'flag' | 'flag-note';

/**
 * The state after the merchant changes a field of the agency editor: `itemId` is the criterion or
 * red flag the field belongs to, `value` what the field holds (checked or not, for a red flag's box).
 * `null` for a field this does not know.
 */
export function editAgencyField(
  state: VettingState,
  id: string,
  field: string,
  itemId: string,
  value: string | boolean,
): VettingState | null {
  const text = String(value);
  switch (field as AgencyField) {
    case 'name':
      return renameAgency(state, id, text);
    case 'notes':
      return setAgencyNotes(state, id, text);
    case 'ko':
      return setKnockout(state, id, itemId, { answer: text as KnockoutEntry['answer'] });
    case 'ko-note':
      return setKnockout(state, id, itemId, { note: text });
    case 'score':
      return setScore(state, id, itemId, { score: text === '' ? null : Number(text) });
    case 'note':
      return setScore(state, id, itemId, { note: text });
    case 'evidence':
      return setScore(state, id, itemId, { evidence: text });
    case 'flag':
      return setRedFlag(state, id, itemId, { observed: value === true });
    case 'flag-note':
      return setRedFlag(state, id, itemId, { note: text });
    default:
      return null;
  }
}

function keep<T>(record: Readonly<Record<string, T>>, wanted: (entry: T) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, entry]) => wanted(entry)));
}

/** The state without entries that hold nothing but defaults, so files stay small and diffs readable. */
export function compactState(state: VettingState): VettingState {
  return {
    ...state,
    agencies: state.agencies.map((agency) => ({
      ...agency,
      knockouts: keep(agency.knockouts, (entry) => entry.answer !== 'unchecked' || entry.note !== ''),
      scores: keep(agency.scores, (entry) => entry.score !== null || entry.note !== '' || entry.evidence !== ''),
      redFlags: keep(agency.redFlags, (entry) => entry.observed || entry.note !== ''),
    })),
  };
}
