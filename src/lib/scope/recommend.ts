/**
 * From the merchant's answers to a custody model, the reasons for it, and who should do each
 * service. The budget thresholds are rules of thumb, not market data (no independent survey of
 * agency fee levels exists; see /guide/fees), and the reasons say so.
 *
 * One computation: the model is chosen first, then the matrix for it (`suggestOwners`), and the
 * reasons that speak of who does what are read off that matrix, so they can never disagree with it.
 */
import {
  isSpecialCategory,
  type Capability,
  type Category,
  type Custody,
  type Goal,
  type Owner,
  type ScopeAnswers,
  type ScopeModule,
} from './model';
import { has } from '../validation';

/** Below this monthly budget a full-custody base fee plus commission rarely fits (¥10,000). */
export const TIGHT_BUDGET_FEN = 1_000_000;
/** Below this monthly budget even half custody rarely fits; buy single services (¥5,000). */
export const SMALL_BUDGET_FEN = 500_000;

/** Services whose paperwork the merchant must hold in a special category: never the agency's alone. */
export const QUALIFICATION_SERVICES: readonly string[] = ['onboarding', 'rule-compliance'];

/**
 * The module bought as a single service when the team covers every module (peak-season customer
 * service, the commonest single service): shared, so that a suggestion to buy services names one.
 */
export const DEFAULT_SINGLE_MODULE = 'customer-service';

/** Why the recommendation is what it is; each reason comes from an answer. */
export type Reason =
  | { code: 'no-experience' }
  | { code: 'team-experience' }
  | { code: 'few-in-house'; gaps: string[] }
  | { code: 'mostly-in-house'; gaps: string[] }
  | { code: 'all-in-house'; module: string }
  | { code: 'mixed'; agency: string[]; shared: string[]; merchant: string[] }
  | { code: 'goal'; goal: Goal; changed: boolean }
  | { code: 'budget-tight'; budgetFen: number; changed: boolean }
  | { code: 'budget-small'; budgetFen: number; changed: boolean }
  | { code: 'special-category'; category: Exclude<Category, 'general'>; shared: boolean }
  | { code: 'tmall-global' }
  | { code: 'foreign-brand' };

export type Recommendation =
  { custody: null; missing: ('experience' | 'in-house')[] } | { custody: Custody; reasons: Reason[] };

const points: Record<Capability, number> = { none: 0, partly: 1, yes: 2 };

/** The custody model and its reasons, or what is still to be answered. */
export function recommendScope(answers: ScopeAnswers, modules: readonly ScopeModule[]): Recommendation {
  const missing: ('experience' | 'in-house')[] = [];
  if (answers.experience === null) missing.push('experience');
  if (modules.some((module) => !has(answers.inHouse, module.id))) missing.push('in-house');
  if (missing.length > 0 || answers.experience === null) return { custody: null, missing };

  const capability = (id: string): Capability => answers.inHouse[id] ?? 'none';
  const gaps = modules.filter((module) => capability(module.id) === 'none').map((module) => module.id);
  const partial = modules.filter((module) => capability(module.id) === 'partly').map((module) => module.id);
  const total = modules.reduce((sum, module) => sum + points[capability(module.id)], 0);
  const covered = modules.length === 0 ? 1 : total / (2 * modules.length);
  const reasons: Reason[] = [];
  let custody: Custody;

  if (answers.experience === 'none' || covered <= 0.25) {
    custody = 'full';
    if (answers.experience === 'none') reasons.push({ code: 'no-experience' });
    reasons.push({ code: 'few-in-house', gaps });
  } else if (gaps.length + partial.length <= 1) {
    custody = 'single';
    if (answers.experience === 'team') reasons.push({ code: 'team-experience' });
  } else {
    custody = 'half';
  }
  // Where the split goes in the list of reasons; it is written once the matrix is known (below).
  const splitAt = reasons.length;

  const goal = answers.goal;
  if (goal !== null) {
    const before = custody;
    // One or two weak spots are bought as single services; a wider gap stays half custody.
    if (goal === 'fix-weak-spot' && custody === 'half' && gaps.length + partial.length <= 2) custody = 'single';
    if (goal === 'build-team' && custody === 'full' && answers.experience !== 'none') custody = 'half';
    reasons.push({ code: 'goal', goal, changed: before !== custody });
  }

  const budget = answers.budgetFen;
  if (budget !== null) {
    if (custody === 'full' && budget < TIGHT_BUDGET_FEN) {
      // With some experience, the affordable route is to keep the cheaper work in-house.
      const changed = answers.experience !== 'none';
      if (changed) custody = 'half';
      reasons.push({ code: 'budget-tight', budgetFen: budget, changed });
    } else if (custody === 'half' && budget < SMALL_BUDGET_FEN) {
      custody = 'single';
      reasons.push({ code: 'budget-small', budgetFen: budget, changed: true });
    }
  }

  const owners = suggestOwners(answers, modules, custody);
  const split = splitReason(custody, modules, owners, gaps.length + partial.length === 0);
  if (split) reasons.splice(splitAt, 0, split);
  if (answers.category !== null && answers.category !== 'general') {
    const shared = QUALIFICATION_SERVICES.some((id) => owners[id] === 'shared');
    reasons.push({ code: 'special-category', category: answers.category, shared });
  }
  if (answers.platform === 'tmall-global') reasons.push({ code: 'tmall-global' });
  if (answers.foreignBrand) reasons.push({ code: 'foreign-brand' });
  return { custody, reasons };
}

/**
 * Modules by who does their services in `owners`: the merchant's (every service), the agency's (it
 * does at least one alone and the merchant none alone), or shared (the rest).
 */
export function modulesBySide(modules: readonly ScopeModule[], owners: Readonly<Record<string, Owner>>) {
  const agency: string[] = [];
  const shared: string[] = [];
  const merchant: string[] = [];
  for (const module of modules) {
    const sides = new Set(module.services.map((service) => owners[service.id]));
    if (!sides.has('agency') && !sides.has('shared')) merchant.push(module.id);
    else if (sides.has('agency') && !sides.has('merchant')) agency.push(module.id);
    else shared.push(module.id);
  }
  return { agency, shared, merchant };
}

/**
 * The reason that says who does what, read off the matrix: nothing for full custody (its reason
 * speaks of the answers), the three sides for half custody, and the modules bought for single services.
 */
function splitReason(
  custody: Custody,
  modules: readonly ScopeModule[],
  owners: Readonly<Record<string, Owner>>,
  coversAll: boolean,
): Reason | null {
  if (custody === 'full') return null;
  const sides = modulesBySide(modules, owners);
  if (custody === 'half') return { code: 'mixed', ...sides };
  if (coversAll) return { code: 'all-in-house', module: DEFAULT_SINGLE_MODULE };
  return { code: 'mostly-in-house', gaps: [...sides.agency, ...sides.shared] };
}

/** Who should do each service under `custody`, given what the merchant can do in-house. */
export function suggestOwners(
  answers: ScopeAnswers,
  modules: readonly ScopeModule[],
  custody: Custody | null,
): Record<string, Owner> {
  const owners: Record<string, Owner> = {};
  const capabilityOf = (id: string): Capability => answers.inHouse[id] ?? 'none';
  // Under single services, a team that covers every module still buys one: the default single module.
  const coversAll = modules.every((module) => capabilityOf(module.id) === 'yes');
  for (const module of modules) {
    const capability = capabilityOf(module.id);
    for (const service of module.services) {
      let owner: Owner = service.defaultOwner;
      // What the team does well it keeps; what it does in part it shares; the rest is the agency's.
      if (custody === 'half' || custody === 'single') {
        owner = capability === 'yes' ? 'merchant' : capability === 'partly' ? 'shared' : owner;
      }
      if (custody === 'single' && coversAll && module.id === DEFAULT_SINGLE_MODULE) owner = 'shared';
      if (isSpecialCategory(answers.category) && QUALIFICATION_SERVICES.includes(service.id) && owner === 'agency') {
        owner = 'shared';
      }
      owners[service.id] = owner;
    }
  }
  return owners;
}

/** The custody model in force: the user's choice, else the recommendation (`null` while unanswered). */
export function chosenCustody(
  answers: ScopeAnswers & { custodyChoice: Custody | null },
  modules: readonly ScopeModule[],
): Custody | null {
  return answers.custodyChoice ?? recommendScope(answers, modules).custody;
}

/** The matrix the user sees: the suggestion for the custody in force, with the user's own changes on top. */
export function effectiveOwners(
  answers: ScopeAnswers & { custodyChoice: Custody | null; overrides: Readonly<Record<string, Owner>> },
  modules: readonly ScopeModule[],
): Record<string, Owner> {
  const { overrides } = answers;
  const owners = suggestOwners(answers, modules, chosenCustody(answers, modules));
  for (const id of Object.keys(owners)) {
    const override = has(overrides, id) ? overrides[id] : undefined;
    if (override) owners[id] = override;
  }
  return owners;
}
