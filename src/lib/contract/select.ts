/**
 * Which clauses belong in this merchant's checklist. A clause applies (`yes`), does not (`no`), or
 * depends on an answer not given yet (`if`): it is then kept and marked with its condition, so the
 * default checklist holds everything a contract may need.
 */
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
  }
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
}

export function clauseRule(clause: Pick<ClauseEntry, 'appliesWhen' | 'text'>): ClauseRule {
  return { appliesWhen: clause.appliesWhen, usesDeposit: placeholdersIn(clause.text.zh).includes('depositAmount') };
}

/** Whether a clause belongs in the checklist for `state`. */
export function selectClause(clause: ClauseRule, state: ContractState): Selection {
  const checks: [Dependency | null, Applies][] = [
    [clause.appliesWhen === 'always' ? null : clause.appliesWhen, conditionApplies(clause.appliesWhen, state)],
  ];
  // A clause about the agency's deposit only matters when there is one.
  if (clause.usesDeposit) checks.push(['deposit', tri(state.agencyDeposit)]);
  if (checks.some(([, applies]) => applies === 'no')) return { applies: 'no', dependsOn: [] };
  const open = checks.flatMap(([dependency, applies]) => (applies === 'if' && dependency ? [dependency] : []));
  return { applies: open.length > 0 ? 'if' : 'yes', dependsOn: open };
}
