/**
 * The panel above the contract form (ContractSources.astro): what the other tools saved, the case
 * file's choice, and where the contract's agency, fee terms and flags came from. Loaded with the
 * other tools' reader, only when one of them saved something (sources.ts).
 */
import type { CaseChoice } from '../../lib/case/view';
import type { ContractState } from '../../lib/contract/state';
import type { ContractClientStrings } from '../../lib/contract/strings';
import type { Sources } from '../../lib/contract/update';
import { hasSources } from '../../lib/contract/update';
import type { Translate } from '../../lib/kit/strings';
import { setHidden } from '../kit/form';
import { savedText } from '../kit/saved';
import { showScan } from './scan-pickup';

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
  if (panel) setHidden(panel, !hasSources(sources) && !sources.scan);
  showScan(root, sources.scan);
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
  // The target check's figures and clause (contract/target.ts), only when it saved some.
  if (savedText('target') !== null)
    void import('./target').then((module) => {
      module.showTarget(root);
    });
}
