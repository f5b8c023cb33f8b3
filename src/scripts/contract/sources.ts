/**
 * The other tools' saved answers: read from the browser's storage without ever writing to them, and
 * offered in the panel above the form (ContractSources.astro) when there are any.
 */
import type { ContractClientStrings } from '../../lib/contract/strings';
import type { CaseChoice } from '../../lib/case/view';
import type { ContractState } from '../../lib/contract/state';
import type { Sources } from '../../lib/contract/update';
import type { Translate } from '../../lib/kit/strings';
import { storageKey } from '../../lib/state';
import { browserStorage, safeGet } from '../../lib/state/storage';
import { setHidden } from '../kit/form';

/** A tool's stored text in this browser (`null` when none or unreadable). */
export function storedText(tool: string): string | null {
  const result = safeGet(browserStorage(), storageKey(tool));
  return result.ok ? result.value : null;
}

/** What reads the other tools' data and fills the contract from it (src/lib/contract/update.ts). */
export type Reader = typeof import('../../lib/contract/update');

const NOTHING: Sources = { scope: null, fees: null, offers: [], choice: null };

/** Whether anything saved in the other tools can fill the form. */
export function hasSources(sources: Sources): boolean {
  return sources.scope !== null || sources.offers.length > 0 || sources.choice !== null;
}

/**
 * Calls `use` with what the other tools saved in this browser, and the reader that fills the contract
 * from it. The reader (with the other tools' schemas) is loaded only when some of their data is saved:
 * a first visit pays nothing for it, and gets `null`.
 */
export function withSavedSources(use: (sources: Sources, reader: Reader | null) => void): void {
  if (['scope', 'fees', 'case'].every((tool) => storedText(tool) === null)) {
    use(NOTHING, null);
    return;
  }
  void import('../../lib/contract/update').then((reader) => {
    use(reader.readSources(storedText), reader);
  });
}

/** The chosen agency's name and its offer as the panel words them. */
export function caseWords(
  choice: CaseChoice,
  root: HTMLElement,
  t: Translate<ContractClientStrings>,
): { agency: string; offer: string } {
  const agency = choice.agency.legalZh || choice.agency.legalEn || choice.agency.name || '—';
  if (!choice.offer) return { agency, offer: t('caseNoOffer') };
  const name =
    root.querySelector<HTMLOptionElement>(`[data-fee-offer] option[value="${choice.offer.model}"]`)?.dataset['name'] ??
    '';
  return { agency, offer: choice.offer.label ? t('offerWithLabel', { name, label: choice.offer.label }) : name };
}

/** Where the contract's agency, fee terms and flags came from, under the panel (hidden when typed by hand). */
export function showProvenance(
  root: HTMLElement,
  state: ContractState,
  sources: Sources,
  t: Translate<ContractClientStrings>,
): void {
  const line = root.querySelector<HTMLElement>('[data-from-case]');
  if (!line) return;
  const choice = sources.choice;
  const linked = choice !== null && state.agencyId === choice.agency.id;
  setHidden(line, !linked);
  if (!linked) return;
  const words = caseWords(choice, root, t);
  const offer = state.feeFrom === null ? t('fromCaseTyped') : words.offer;
  line.textContent = t('fromCase', { agency: choice.agency.name || words.agency, offer, n: state.recorded.length });
}

/** Shows the panel's rows for what was saved, and the fee calculator's offers in its select. */
export function showSources(root: HTMLElement, sources: Sources, t: Translate<ContractClientStrings>): void {
  const part = (selector: string) => root.querySelector<HTMLElement>(selector);
  const [panel, scopeRow, feesRow] = [part('[data-sources]'), part('[data-source-scope]'), part('[data-source-fees]')];
  if (panel) setHidden(panel, !hasSources(sources));
  const caseRow = part('[data-source-case]');
  const caseLine = part('[data-case-line]');
  if (caseRow) setHidden(caseRow, !sources.choice);
  if (caseLine && sources.choice) caseLine.textContent = t('sourceCase', caseWords(sources.choice, root, t));
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
