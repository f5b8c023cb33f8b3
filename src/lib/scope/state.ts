/**
 * The scope chooser's saved state (schema version 1). Checked with `src/lib/validation.ts` rather
 * than zod so that the page's script stays within its budget.
 */
import type { ToolStateDefinition } from '../state';
import { boolean, idRecord, nullable, object, oneOf, stateSchema, whole } from '../validation';
import {
  CAPABILITIES,
  CATEGORIES,
  CUSTODIES,
  EXPERIENCES,
  GOALS,
  OWNERS,
  PLATFORMS,
  type Capability,
  type Category,
  type Custody,
  type Experience,
  type Goal,
  type Owner,
  type Platform,
} from './model';

/** Largest monthly operations budget accepted: ¥100,000,000 (typing slips beyond that). */
export const MAX_BUDGET_FEN = 10_000_000_000;

export interface ScopeState {
  /** The merchant's own e-commerce experience; `null` until answered. */
  experience: Experience | null;
  /** Module id (content/modules.yaml) → whether someone in-house can do it; a missing key is unanswered. */
  inHouse: Record<string, Capability>;
  /** Monthly budget for agency operations (not ad spend), whole fen; `null` when not given. */
  budgetFen: number | null;
  /** Product category; all but `general` need special qualifications. */
  category: Category | null;
  /** What the merchant wants first. */
  goal: Goal | null;
  /** Domestic Tmall or Tmall Global. */
  platform: Platform | null;
  /** The brand owner is a company outside mainland China. */
  foreignBrand: boolean;
  /** The custody model the user chose; `null` follows the recommendation. */
  custodyChoice: Custody | null;
  /** Service id → owner the user chose instead of the suggestion; services not listed follow the suggestion. */
  overrides: Record<string, Owner>;
}

const check = object({
  experience: nullable(oneOf(EXPERIENCES)),
  inHouse: idRecord(oneOf(CAPABILITIES), 24),
  budgetFen: nullable(whole(0, MAX_BUDGET_FEN)),
  category: nullable(oneOf(CATEGORIES)),
  goal: nullable(oneOf(GOALS)),
  platform: nullable(oneOf(PLATFORMS)),
  foreignBrand: boolean,
  custodyChoice: nullable(oneOf(CUSTODIES)),
  overrides: idRecord(oneOf(OWNERS), 100),
});

/** A first visit: nothing answered, the matrix follows the suggestion. */
export function defaultScopeState(): ScopeState {
  return {
    experience: null,
    inHouse: {},
    budgetFen: null,
    category: null,
    goal: null,
    platform: null,
    foreignBrand: false,
    custodyChoice: null,
    overrides: {},
  };
}

export const scopeStateDefinition: ToolStateDefinition<ScopeState> = {
  tool: 'scope',
  version: 1,
  schema: stateSchema<ScopeState>(check),
  defaults: defaultScopeState,
};
