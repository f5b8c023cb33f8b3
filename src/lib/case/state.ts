/**
 * The merchant's case file (store tool `case`, schema version 1): what ties the tools together.
 *
 * The agencies themselves are the scorecard's list (store tool `vetting`): each has an id there, a
 * short name, its scores and red flags. This file adds, by that id, what only the case needs — the
 * agency's legal names in Chinese and English, a contact, which of the fee calculator's offers are
 * its — and which agency the merchant has chosen to contract with. Nothing is kept twice: a name is
 * in the scorecard, an offer's figures in the fee calculator, the link between them here.
 */
import type { FeeModel } from '../contract/model';
import type { ToolStateDefinition } from '../state';
import { array, idRecord, nullable, object, oneOf, stateSchema, text, kebabId } from '../validation';
import type { Checked } from '../validation';

export const CASE_SCHEMA_VERSION = 1;

/** The fee calculator's offers, in its order. */
export const OFFER_MODELS = ['base-commission', 'fixed', 'commission', 'tiered'] as const satisfies readonly FeeModel[];

export const CASE_LIMITS = {
  /** Characters in a legal name (the longest registered Chinese company names are about 40). */
  legalName: 120,
  /** Characters in the contact line. */
  contact: 200,
  /** Agencies with case details (the scorecard compares at most 8; room for removed ones' leftovers). */
  agencies: 16,
} as const;

const agencyDetails = object({
  /** Registered name in Chinese, as on the business licence (营业执照); '' while unknown. */
  legalZh: text(CASE_LIMITS.legalName),
  /** Registered or usual English name; '' while unknown. */
  legalEn: text(CASE_LIMITS.legalName),
  /** Who to talk to, and how. */
  contact: text(CASE_LIMITS.contact),
  /** The fee calculator's offers that are this agency's. */
  offers: array(oneOf(OFFER_MODELS), 0, OFFER_MODELS.length),
});

const caseCheck = object({
  /** Case details by the scorecard's agency id. */
  agencies: idRecord(agencyDetails, CASE_LIMITS.agencies),
  /** The scorecard id of the agency the merchant means to contract with, or `null` while undecided. */
  chosen: nullable(kebabId),
  /** Which of the chosen agency's offers goes into the contract; `null` lets the contract use its only one. */
  chosenOffer: nullable(oneOf(OFFER_MODELS)),
});

export type CaseState = Checked<typeof caseCheck>;
export type AgencyDetails = Checked<typeof agencyDetails>;

/** An offer belongs to one agency at most, and an agency lists it once. */
export const caseStateSchema = stateSchema(caseCheck, ({ agencies }) => {
  const seen = new Set<string>();
  for (const [id, details] of Object.entries(agencies)) {
    for (const offer of details.offers) {
      if (seen.has(offer))
        return { path: ['agencies', id, 'offers'], message: `offer ${offer} belongs to two agencies` };
      seen.add(offer);
    }
  }
  return null;
});

export function defaultCaseState(): CaseState {
  return { agencies: {}, chosen: null, chosenOffer: null };
}

export function emptyDetails(): AgencyDetails {
  return { legalZh: '', legalEn: '', contact: '', offers: [] };
}

export const caseDefinition: ToolStateDefinition<CaseState> = {
  tool: 'case',
  version: CASE_SCHEMA_VERSION,
  schema: caseStateSchema,
  migrations: {},
  defaults: defaultCaseState,
};
