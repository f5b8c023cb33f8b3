/**
 * The contract checklist's scope answers, taken from the scope chooser's saved state (store tool
 * `scope`). Read-only, like the fee source: the checklist decodes the stored text and never writes it.
 */
import type { ScopeModule } from '../scope/model';
import { chosenCustody, effectiveOwners } from '../scope/recommend';
import { scopeStateDefinition, type ScopeState } from '../scope/state';
import { readSaved } from '../state/read';
import type { ContractState } from './state';

/** The scope chooser's state from stored text, or `null` when there is none or it cannot be read. */
export function readScope(stored: string | null): ScopeState | null {
  return readSaved(scopeStateDefinition, stored);
}

type ScopeFields = Pick<ContractState, 'custody' | 'specialCategory' | 'tmallGlobal' | 'foreignBrand' | 'owners'>;

/** The contract's scope answers from the scope chooser; unanswered questions stay open (`null`). */
export function contractFieldsFromScope(scope: ScopeState, modules: readonly ScopeModule[]): ScopeFields {
  const answeredPlatform = scope.platform !== null;
  return {
    custody: chosenCustody(scope, modules),
    specialCategory: scope.category === null ? null : scope.category !== 'general',
    tmallGlobal: answeredPlatform ? scope.platform === 'tmall-global' : null,
    foreignBrand: scope.foreignBrand ? true : answeredPlatform ? false : null,
    owners: effectiveOwners(scope, modules),
  };
}
