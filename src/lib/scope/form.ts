/**
 * The scope questionnaire as plain form values ⇄ the scope state. Field names: `experience`,
 * `inHouse.<module id>`, `budget`, `category`, `goal`, `platform`, `foreignBrand`, `custodyChoice`,
 * and `owner.<service id>` for the matrix (written here, read one change at a time by `withOwner`).
 */
import { parseYuan, type FieldError } from '../fields';
import { has } from '../validation';
import {
  CAPABILITIES,
  CATEGORIES,
  CUSTODIES,
  EXPERIENCES,
  GOALS,
  OWNERS,
  PLATFORMS,
  type Capability,
  type Owner,
  type ScopeModule,
} from './model';
import { effectiveOwners } from './recommend';
import { MAX_BUDGET_FEN, type ScopeState } from './state';

export type RawForm = Readonly<Record<string, string | boolean | undefined>>;

function pick<T extends string>(options: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the questionnaire; the matrix's changes are kept apart (see `withOwner`) and passed in. */
export function readScopeForm(raw: RawForm, modules: readonly ScopeModule[], overrides: ScopeState['overrides']) {
  const errors: Record<string, FieldError> = {};
  const budget = parseYuan(typeof raw['budget'] === 'string' ? raw['budget'] : '', MAX_BUDGET_FEN);
  if (!budget.ok) errors['budget'] = budget.error;
  const inHouse: Record<string, Capability> = {};
  for (const module of modules) {
    const value = pick(CAPABILITIES, raw[`inHouse.${module.id}`]);
    if (value) inHouse[module.id] = value;
  }
  const state: ScopeState = {
    experience: pick(EXPERIENCES, raw['experience']),
    inHouse,
    budgetFen: budget.ok ? budget.value : null,
    category: pick(CATEGORIES, raw['category']),
    goal: pick(GOALS, raw['goal']),
    platform: pick(PLATFORMS, raw['platform']),
    foreignBrand: raw['foreignBrand'] === true,
    custodyChoice: pick(CUSTODIES, raw['custodyChoice']),
    overrides,
  };
  return { state, errors };
}

/**
 * The state after the user sets a service's owner in the matrix. Setting it back to the suggestion
 * removes the change, so the service follows later answers again.
 */
export function withOwner(
  state: ScopeState,
  modules: readonly ScopeModule[],
  serviceId: string,
  owner: string,
): ScopeState {
  const chosen = pick(OWNERS, owner);
  if (!chosen) return state;
  const overrides = Object.fromEntries(Object.entries(state.overrides).filter(([id]) => id !== serviceId));
  const suggested = effectiveOwners({ ...state, overrides }, modules)[serviceId];
  if (suggested !== undefined && suggested !== chosen) overrides[serviceId] = chosen;
  return { ...state, overrides };
}

/** The form's values for a state. */
export function scopeFormValues(state: ScopeState, modules: readonly ScopeModule[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {
    experience: state.experience ?? '',
    budget: state.budgetFen === null ? '' : String(state.budgetFen / 100),
    category: state.category ?? '',
    goal: state.goal ?? '',
    platform: state.platform ?? '',
    foreignBrand: state.foreignBrand,
    custodyChoice: state.custodyChoice ?? '',
  };
  for (const module of modules) {
    values[`inHouse.${module.id}`] = has(state.inHouse, module.id) ? (state.inHouse[module.id] ?? '') : '';
  }
  const owners: Record<string, Owner> = effectiveOwners(state, modules);
  for (const [id, owner] of Object.entries(owners)) values[`owner.${id}`] = owner;
  return values;
}
