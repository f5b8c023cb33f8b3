/**
 * Which clauses belong in this merchant's checklist. A clause applies (`yes`), does not (`no`), or
 * depends on an answer not given yet (`if`): it is then kept and marked with its condition, so the
 * default checklist holds everything a contract may need.
 */
import type { ScopeModule } from '../scope/model';
import type { ClauseCondition, ClauseEntry } from './model';
import { placeholdersIn } from './placeholders';
import type { ContractState } from './state';

export type Applies = 'yes' | 'if' | 'no';

/** What a kept clause depends on: a condition of the data, or `deposit` (clauses that name the agency's deposit). */
export type Dependency = Exclude<ClauseCondition, 'always'> | 'deposit';

function tri(answer: boolean | null): Applies {
  return answer === null ? 'if' : answer ? 'yes' : 'no';
}

/** Whether `condition` holds for the answers in `state`. */
export function conditionApplies(condition: ClauseCondition, state: ContractState): Applies {
  switch (condition) {
    case 'always':
      return 'yes';
    case 'full-custody':
      return state.custody === null ? 'if' : tri(state.custody === 'full');
    case 'half-custody':
      return state.custody === null ? 'if' : tri(state.custody === 'half');
    case 'single-service':
      return state.custody === null ? 'if' : tri(state.custody === 'single');
    case 'fee-commission':
      return state.feeModel === null ? 'if' : tri(state.feeModel === 'commission');
    case 'fee-fixed':
      return state.feeModel === null ? 'if' : tri(state.feeModel === 'fixed');
    case 'fee-base-commission':
      return state.feeModel === null ? 'if' : tri(state.feeModel === 'base-commission');
    case 'fee-tiered':
      return state.feeModel === null ? 'if' : tri(state.feeModel === 'tiered');
    case 'guarantee':
      return tri(state.guarantee);
    case 'tmall-global':
      return tri(state.tmallGlobal);
    case 'special-category':
      return tri(state.specialCategory);
    case 'foreign-brand':
      return tri(state.foreignBrand);
    case 'cs-peak-only':
      return state.csCoverage === null ? 'if' : tri(state.csCoverage === 'peak-only');
  }
}

/**
 * The modules the merchant keeps: every one of their services is done by the merchant in the matrix
 * (none while the matrix is empty).
 */
export function keptModules(
  owners: ContractState['owners'],
  modules: readonly Pick<ScopeModule, 'id' | 'services'>[],
): Set<string> {
  return new Set(
    modules
      .filter((module) => module.services.length > 0 && module.services.every(({ id }) => owners[id] === 'merchant'))
      .map((module) => module.id),
  );
}

export interface Selection {
  applies: Applies;
  /** The unanswered questions a kept `if` clause depends on. */
  dependsOn: Dependency[];
}

/** What selection needs of a clause: its condition, and whether it names the agency's deposit. */
export interface ClauseRule {
  appliesWhen: ClauseCondition;
  usesDeposit: boolean;
  /** The module it is about (left out when the merchant keeps it). */
  module?: string;
}

export function clauseRule(clause: Pick<ClauseEntry, 'appliesWhen' | 'text' | 'module'>): ClauseRule {
  const rule = {
    appliesWhen: clause.appliesWhen,
    usesDeposit: placeholdersIn(clause.text.zh).includes('depositAmount'),
  };
  return clause.module ? { ...rule, module: clause.module } : rule;
}

/** Whether a clause belongs in the checklist for `state`, in which the merchant keeps the modules `kept`. */
export function selectClause(
  clause: ClauseRule,
  state: ContractState,
  kept: ReadonlySet<string> = new Set(),
): Selection {
  if (clause.module && kept.has(clause.module)) return { applies: 'no', dependsOn: [] };
  const checks: [Dependency | null, Applies][] = [
    [clause.appliesWhen === 'always' ? null : clause.appliesWhen, conditionApplies(clause.appliesWhen, state)],
  ];
  // A clause about the agency's deposit only matters when there is one.
  if (clause.usesDeposit) checks.push(['deposit', tri(state.agencyDeposit)]);
  if (checks.some(([, applies]) => applies === 'no')) return { applies: 'no', dependsOn: [] };
  const open = checks.flatMap(([dependency, applies]) => (applies === 'if' && dependency ? [dependency] : []));
  return { applies: open.length > 0 ? 'if' : 'yes', dependsOn: open };
}
