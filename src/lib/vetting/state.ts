/**
 * The vetting scorecard's saved state (schema version 2): one hand-written schema, the types derived
 * from it, and the store definition. It is small enough for the page's script budget (zod's runtime
 * is not: see src/lib/validation.ts).
 */
import type { ToolStateDefinition } from '../state';
import { array, boolean, idRecord, kebabId, nullable, object, oneOf, stateSchema, text, whole } from '../validation';
import type { Checked } from '../validation';
import {
  MAX_AGENCIES,
  MAX_AGENCY_NOTES_LENGTH,
  MAX_EVIDENCE_LENGTH,
  MAX_KEYS,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SHORT_NOTE_LENGTH,
  MAX_WEIGHT,
  MIN_WEIGHT,
} from './limits';

/** The current schema version of saved data and export files. */
export const VETTING_SCHEMA_VERSION = 2;

/** Answers to a knockout question. */
export const knockoutAnswers = ['yes', 'no', 'unchecked'] as const;

const knockoutEntry = object({
  /** `yes`: the agency passes; `no`: it fails and is excluded; `unchecked`: not yet verified. */
  answer: oneOf(knockoutAnswers),
  /** What was checked and how (e.g. "licence seen 3 Nov, scope includes 网店运营"). */
  note: text(MAX_SHORT_NOTE_LENGTH),
});

const scoreEntry = object({
  /** The score 1–5, or `null` while not yet scored. */
  score: nullable(whole(1, 5)),
  /** The merchant's own note. */
  note: text(MAX_NOTE_LENGTH),
  /** What was shown: documents, links, dates. */
  evidence: text(MAX_EVIDENCE_LENGTH),
});

const redFlagEntry = object({
  /** Whether the merchant saw or heard this sign with this agency. */
  observed: boolean,
  /** What exactly was said or seen, and when. */
  note: text(MAX_SHORT_NOTE_LENGTH),
});

const agencyRecord = object({
  /** Stable id of the agency inside this file; never shown. */
  id: kebabId,
  /** The agency's name as the merchant writes it; may be empty while being typed. */
  name: text(MAX_NAME_LENGTH),
  /** General notes: contacts, dates of meetings. */
  notes: text(MAX_AGENCY_NOTES_LENGTH),
  /** Knockout answers by criterion id; a missing id counts as not yet checked. */
  knockouts: idRecord(knockoutEntry, MAX_KEYS),
  /** Scores by criterion id; a missing id counts as not yet scored. */
  scores: idRecord(scoreEntry, MAX_KEYS),
  /** Red flags by red-flag id; a missing id counts as not observed. */
  redFlags: idRecord(redFlagEntry, MAX_KEYS),
});

const vettingState = object({
  /** The agencies being compared, in the order they were added; their ids are unique. */
  agencies: array(agencyRecord, 0, MAX_AGENCIES),
  /**
   * Weights the merchant changed, by criterion id (whole numbers 0–5; 0 leaves the criterion out).
   * A criterion not listed here uses its default weight from `content/checks/vetting.yaml`.
   */
  weights: idRecord(whole(MIN_WEIGHT, MAX_WEIGHT), MAX_KEYS),
  /**
   * Scored criteria the merchant marked as not applicable to their case (e.g. the Tmall Global
   * criterion for a domestic factory), by id: left out of every agency's total and of the weights'
   * shares until unmarked. Empty by default: every criterion counts.
   */
  notApplicable: array(kebabId, 0, MAX_KEYS),
});

export type VettingState = Checked<typeof vettingState>;
export type AgencyRecord = Checked<typeof agencyRecord>;
export type KnockoutEntry = Checked<typeof knockoutEntry>;
export type KnockoutAnswer = KnockoutEntry['answer'];
export type ScoreEntry = Checked<typeof scoreEntry>;
export type RedFlagEntry = Checked<typeof redFlagEntry>;

/** The one schema of the saved state: the checks above, and agency ids unique across the list. */
export const vettingStateSchema = stateSchema(vettingState, ({ agencies }) =>
  new Set(agencies.map((agency) => agency.id)).size === agencies.length
    ? null
    : { path: ['agencies'], message: 'agency ids must be unique' },
);

/** A first visit: no agencies yet, every weight at its default. */
export function defaultVettingState(): VettingState {
  return { agencies: [], weights: {}, notApplicable: [] };
}

/**
 * Upgrades from older versions, `from → from + 1`. When the state changes shape: bump
 * `VETTING_SCHEMA_VERSION`, add `n: (vn) => vn+1` here, add a test with a real file of version n,
 * and document the change in the export file format.
 */
export const vettingMigrations: Readonly<Record<number, (data: unknown) => unknown>> = {
  /** 1 → 2: `notApplicable` added; a version 1 file marked nothing as not applicable. */
  1: (data) => (data !== null && typeof data === 'object' ? { ...data, notApplicable: [] } : data),
};

export const vettingDefinition: ToolStateDefinition<VettingState> = {
  tool: 'vetting',
  version: VETTING_SCHEMA_VERSION,
  schema: vettingStateSchema,
  migrations: vettingMigrations,
  defaults: defaultVettingState,
};
