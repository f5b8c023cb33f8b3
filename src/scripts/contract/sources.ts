/**
 * The other tools' saved answers: read from the browser's storage without ever writing to them, and
 * offered in the panel above the form (ContractSources.astro) when there are any.
 */
import type { ContractClientStrings } from '../../lib/contract/strings';
import { hasSources, readSources, type Sources } from '../../lib/contract/update';
import type { Translate } from '../../lib/kit/strings';
import { storageKey } from '../../lib/state';
import { browserStorage, safeGet } from '../../lib/state/storage';
import { setHidden } from '../kit/form';

/** What the scope chooser and the fee calculator saved in this browser. */
export function savedSources(): Sources {
  const storage = browserStorage();
  const read = (tool: string) => {
    const result = safeGet(storage, storageKey(tool));
    return result.ok ? result.value : null;
  };
  return readSources(read('scope'), read('fees'));
}

/** Shows the panel's rows for what was saved, and the fee calculator's offers in its select. */
export function showSources(root: HTMLElement, sources: Sources, t: Translate<ContractClientStrings>): void {
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
}
