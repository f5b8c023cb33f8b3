/**
 * The other tools' saved answers: read from the browser's storage without ever writing to them, and
 * offered in the panel above the form (ContractSources.astro). Loaded with `import()` only when the
 * scope chooser or the fee calculator saved something (`storedSources`, in stored.ts), so that their
 * schemas are not in the page's script for everyone else.
 */
import type { ContractClientStrings } from '../../lib/contract/strings';
import type { ContractState } from '../../lib/contract/state';
import { hasSources, prefilled, readSources, withFees, withScope } from '../../lib/contract/update';
import type { Translate } from '../../lib/kit/strings';
import type { ScopeModule } from '../../lib/scope/model';
import { setHidden } from '../kit/form';
import type { StoredSources } from './stored';

export interface SourcesHost {
  root: HTMLElement;
  t: Translate<ContractClientStrings>;
  modules: readonly ScopeModule[];
  /** The state now. */
  state: () => ContractState;
  /** Shows a new state, saves it and says what happened. */
  change: (next: ContractState, notice: string) => void;
  /** Whether the form may be filled in from the other tools: a first visit nobody has touched yet. */
  untouched: () => boolean;
}

/** Shows the panel's rows for what was saved, wires its buttons, and fills in a first visit. */
export function offerSources(stored: StoredSources, host: SourcesHost): void {
  const { root, t, modules } = host;
  const sources = readSources(stored.scope, stored.fees);
  const part = (selector: string) => root.querySelector<HTMLElement>(selector);
  const [panel, scopeRow, feesRow] = [part('[data-sources]'), part('[data-source-scope]'), part('[data-source-fees]')];
  if (panel) setHidden(panel, !hasSources(sources));
  if (scopeRow) setHidden(scopeRow, !sources.scope);
  if (feesRow) setHidden(feesRow, sources.offers.length === 0);
  const select = root.querySelector<HTMLSelectElement>('[data-fee-offer]');
  for (const option of select?.options ?? []) {
    const offer = sources.offers.find((item) => item.model === option.value);
    option.hidden = option.disabled = !offer;
    const name = option.dataset['name'] ?? '';
    option.textContent = offer?.label ? t('offerWithLabel', { name, label: offer.label }) : name;
  }
  if (select && sources.offers[0]) select.value = sources.offers[0].model;

  part('[data-use-scope]')?.addEventListener('click', () => {
    host.change(withScope(host.state(), sources, modules), t('noticeScope'));
  });
  part('[data-use-fees]')?.addEventListener('click', () => {
    host.change(withFees(host.state(), sources, select?.value), t('noticeFees'));
  });
  if (hasSources(sources) && host.untouched()) {
    host.change(prefilled(host.state(), sources, modules), t('noticeFilled'));
  }
}
