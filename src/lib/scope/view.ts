/**
 * What the scope chooser shows for a state: the suggestion with its reasons, the label of "follow
 * the suggestion", and each matrix row's owner and whether it differs from the suggestion. Pure:
 * the element only writes these into the page.
 */
import type { Translate } from '../kit/strings';
import { scopeFormValues } from './form';
import { describeReason } from './messages';
import type { Owner, ScopeModule } from './model';
import { chosenCustody, recommendScope, suggestOwners } from './recommend';
import type { ScopeState } from './state';
import type { ScopeStrings } from './strings';

export interface ScopeView {
  /** The suggested model, or `null` until experience and the six modules are answered. */
  suggestion: { name: string; summary: string; reasons: string[] } | null;
  /** The text of the custody choice's "follow the suggestion" option. */
  followLabel: string;
  /** Each service's owner as the matrix shows it, and whether the user changed it from the suggestion. */
  rows: { id: string; owner: Owner; changed: boolean }[];
  /** Whether any row was changed (the "back to the suggestion" button shows). */
  anyChanged: boolean;
}

export function scopeView(
  state: ScopeState,
  modules: readonly ScopeModule[],
  t: Translate<ScopeStrings>,
  moduleTitle: (id: string) => string,
): ScopeView {
  const recommendation = recommendScope(state, modules);
  const custody = recommendation.custody;
  const suggested = suggestOwners(state, modules, chosenCustody(state, modules));
  const values = scopeFormValues(state, modules);
  const rows = modules.flatMap((module) =>
    module.services.map((service) => {
      const owner = values[`owner.${service.id}`] as Owner;
      return { id: service.id, owner, changed: suggested[service.id] !== owner };
    }),
  );
  return {
    suggestion: recommendation.custody && {
      name: t(`custody.${recommendation.custody}`),
      summary: t(`summary.${recommendation.custody}`),
      reasons: recommendation.reasons.map((reason) => describeReason(reason, t, moduleTitle)),
    },
    followLabel: custody ? t('followNamed', { name: t(`custody.${custody}`) }) : t('follow'),
    rows,
    anyChanged: Object.keys(state.overrides).length > 0,
  };
}
