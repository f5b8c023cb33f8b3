/** Each reason of the suggestion as a sentence, from the scope dictionary (`strings.ts`). */
import type { Translate } from '../kit/strings';
import { formatAmount } from '../money';
import type { Reason } from './recommend';
import type { ScopeStrings } from './strings';

/** One reason as a sentence in the language of `t`; `moduleName` turns a module id into its title. */
export function describeReason(reason: Reason, t: Translate<ScopeStrings>, moduleName: (id: string) => string): string {
  const list = (ids: readonly string[]) => ids.map(moduleName).join(t('listSeparator'));
  switch (reason.code) {
    case 'no-experience':
    case 'team-experience':
    case 'tmall-global':
    case 'foreign-brand':
      return t(`reason.${reason.code}`);
    case 'few-in-house':
      return reason.gaps.length > 0
        ? t('reason.few-in-house', { modules: list(reason.gaps) })
        : t('reason.few-in-house-none');
    case 'mostly-in-house':
      return t('reason.mostly-in-house', { modules: list(reason.gaps) });
    case 'all-in-house':
      return t('reason.all-in-house', { module: moduleName(reason.module) });
    case 'mixed': {
      const parts = [
        reason.agency.length > 0 ? t('reason.mixed-agency', { modules: list(reason.agency) }) : '',
        reason.shared.length > 0 ? t('reason.mixed-shared', { modules: list(reason.shared) }) : '',
        reason.merchant.length > 0 ? t('reason.mixed-merchant', { modules: list(reason.merchant) }) : '',
      ];
      const text = parts.filter(Boolean).join(t('reason.mixed-join'));
      return t('reason.mixed-end', { text: `${text.charAt(0).toUpperCase()}${text.slice(1)}` });
    }
    case 'goal':
      return (
        t(`reasonGoal.${reason.goal}`) +
        (reason.changed && (reason.goal === 'fix-weak-spot' || reason.goal === 'build-team')
          ? t(`reasonGoalChanged.${reason.goal}`)
          : '')
      );
    case 'budget-tight':
      return (
        t('reason.budget-tight', { amount: formatAmount(reason.budgetFen) }) +
        t(reason.changed ? 'reason.budget-tight-changed' : 'reason.budget-tight-kept')
      );
    case 'budget-small':
      return t('reason.budget-small', { amount: formatAmount(reason.budgetFen) });
    case 'special-category':
      return t(reason.shared ? 'reason.special-category' : 'reason.special-category-kept', {
        category: t(`reasonCategory.${reason.category}`),
      });
  }
}
