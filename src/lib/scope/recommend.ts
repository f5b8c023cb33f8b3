/**
 * From the merchant's answers to a custody model, the reasons for it, and who should do each
 * service. The budget thresholds are rules of thumb, not market data (no independent survey of
 * agency fee levels exists; see /guide/fees), and the reasons say so.
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

/** Why the recommendation is what it is; each reason comes from an answer. */
export type Reason =
  | { code: 'no-experience' }
  | { code: 'team-experience' }
  | { code: 'few-in-house'; gaps: string[] }
  | { code: 'mostly-in-house'; gaps: string[] }
  | { code: 'mixed'; agency: string[]; shared: string[]; merchant: string[] }
  | { code: 'goal'; goal: Goal; changed: boolean }
  | { code: 'budget-tight'; budgetFen: number; changed: boolean }
  | { code: 'budget-small'; budgetFen: number; changed: boolean }
  | { code: 'special-category'; category: Exclude<Category, 'general'> }
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
  const strong = modules.filter((module) => capability(module.id) === 'yes').map((module) => module.id);
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
    reasons.push({ code: 'mostly-in-house', gaps: [...gaps, ...partial] });
  } else {
    custody = 'half';
    reasons.push({ code: 'mixed', agency: gaps, shared: partial, merchant: strong });
  }

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

  if (answers.category !== null && answers.category !== 'general') {
    reasons.push({ code: 'special-category', category: answers.category });
  }
  if (answers.platform === 'tmall-global') reasons.push({ code: 'tmall-global' });
  if (answers.foreignBrand) reasons.push({ code: 'foreign-brand' });
  return { custody, reasons };
}

/** Who should do each service under `custody`, given what the merchant can do in-house. */
export function suggestOwners(
  answers: ScopeAnswers,
  modules: readonly ScopeModule[],
  custody: Custody | null,
): Record<string, Owner> {
  const owners: Record<string, Owner> = {};
  for (const module of modules) {
    const capability = answers.inHouse[module.id] ?? 'none';
    for (const service of module.services) {
      let owner: Owner = service.defaultOwner;
      if (custody === 'half') owner = capability === 'yes' ? 'merchant' : capability === 'partly' ? 'shared' : owner;
      if (custody === 'single') owner = capability === 'none' ? owner : 'merchant';
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
