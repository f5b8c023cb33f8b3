/**
 * The vetting scorecard's saved state (schema version 1), as a zod schema: the written
 * specification of the data, used in tests and documented in the export file format. The browser
 * validates with `vettingStateValidator` (state.ts), which a property test holds equal to this
 * schema: zod's runtime alone would take most of the page's 16 KB script budget.
 */
import { z } from 'astro/zod';
import {
  ID_PATTERN,
  MAX_AGENCIES,
  MAX_AGENCY_NOTES_LENGTH,
  MAX_EVIDENCE_LENGTH,
  MAX_ID_LENGTH,
  MAX_KEYS,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SHORT_NOTE_LENGTH,
  MAX_WEIGHT,
  MIN_WEIGHT,
} from './limits';

/** A criterion, red-flag or agency id (kebab-case ASCII). */
const id = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN);

/** A map keyed by criterion or red-flag id, with at most `MAX_KEYS` entries. */
const byId = <T extends z.ZodType>(value: T) =>
  z.record(id, value).refine((record) => Object.keys(record).length <= MAX_KEYS, `at most ${MAX_KEYS} entries`);

/** Answers to a knockout question. */
export const knockoutAnswers = ['yes', 'no', 'unchecked'] as const;

export const knockoutEntrySchema = z.object({
  /** `yes`: the agency passes; `no`: it fails and is excluded; `unchecked`: not yet verified. */
  answer: z.enum(knockoutAnswers),
  /** What was checked and how (e.g. "licence seen 3 Nov, scope includes 网店运营"). */
  note: z.string().max(MAX_SHORT_NOTE_LENGTH),
});

export const scoreEntrySchema = z.object({
  /** The score 1–5, or `null` while not yet scored. */
  score: z.number().int().min(1).max(5).nullable(),
  /** The merchant's own note. */
  note: z.string().max(MAX_NOTE_LENGTH),
  /** What was shown: documents, links, dates. */
  evidence: z.string().max(MAX_EVIDENCE_LENGTH),
});

export const redFlagEntrySchema = z.object({
  /** Whether the merchant saw or heard this sign with this agency. */
  observed: z.boolean(),
  /** What exactly was said or seen, and when. */
  note: z.string().max(MAX_SHORT_NOTE_LENGTH),
});

export const agencySchema = z.object({
  /** Stable id of the agency inside this file; never shown. */
  id,
  /** The agency's name as the merchant writes it; may be empty while being typed. */
  name: z.string().max(MAX_NAME_LENGTH),
  /** General notes: contacts, dates of meetings. */
  notes: z.string().max(MAX_AGENCY_NOTES_LENGTH),
  /** Knockout answers by criterion id; a missing id counts as not yet checked. */
  knockouts: byId(knockoutEntrySchema),
  /** Scores by criterion id; a missing id counts as not yet scored. */
  scores: byId(scoreEntrySchema),
  /** Red flags by red-flag id; a missing id counts as not observed. */
  redFlags: byId(redFlagEntrySchema),
});

export const vettingStateSchema = z.object({
  /** The agencies being compared, in the order they were added. */
  agencies: z
    .array(agencySchema)
    .max(MAX_AGENCIES)
    .refine(
      (agencies) => new Set(agencies.map((agency) => agency.id)).size === agencies.length,
      'agency ids must be unique',
    ),
  /**
   * Weights the merchant changed, by criterion id (whole numbers 0–5; 0 leaves the criterion out).
   * A criterion not listed here uses its default weight from `content/checks/vetting.yaml`.
   */
  weights: byId(z.number().int().min(MIN_WEIGHT).max(MAX_WEIGHT)),
});

export type VettingState = z.infer<typeof vettingStateSchema>;
export type AgencyRecord = z.infer<typeof agencySchema>;
export type KnockoutAnswer = (typeof knockoutAnswers)[number];
export type KnockoutEntry = z.infer<typeof knockoutEntrySchema>;
export type ScoreEntry = z.infer<typeof scoreEntrySchema>;
export type RedFlagEntry = z.infer<typeof redFlagEntrySchema>;
