/**
 * `<case-file>`: the scorecard's agencies with their case details (src/lib/case), the choice of the
 * agency to contract with, and the full backup. It writes only the case file's own store, except
 * when the merchant restores a full backup, which writes every tool's store or none.
 */
import { withNameMatches, withOffer, withoutGone } from '../lib/case/edit';
import { caseFormValues, readCaseForm } from '../lib/case/form';
import { readCaseSources, type CaseSources } from '../lib/case/read';
import { caseDefinition, defaultCaseState, OFFER_MODELS, type CaseState } from '../lib/case/state';
import type { CaseStrings } from '../lib/case/strings';
import { caseAgencies, caseChoice, feeOffers } from '../lib/case/view';
import type { FieldError } from '../lib/fields';
import { storageKey } from '../lib/state';
import { browserStorage, safeGet } from '../lib/state/storage';
import type { Catalogue } from '../lib/vetting/catalogue';
import { make } from './kit/dom';
import { readForm, setHidden, writeForm } from './kit/form';
import { agencyCard, modelName } from './case/card';
import { wireBackup } from './case/backup';
import { defineTool } from './kit/tool';

interface CasePageData {
  catalogue: Catalogue;
  flagTitles: Record<string, string>;
}

defineTool<CasePageData, CaseStrings>('case-file', (tool) => {
  const { t, data } = tool;
  const storage = browserStorage();
  const stored = (name: string) => {
    const result = safeGet(storage, storageKey(name));
    return result.ok ? result.value : null;
  };
  const form = tool.one<HTMLFormElement>('[data-case-form]');
  const list = tool.one('[data-case-list]');
  const template = tool.one<HTMLTemplateElement>('[data-agency-card]');
  const offerChoice = tool.one('[data-case-offer-choice]');

  let sources: CaseSources = readCaseSources(stored);
  let state: CaseState = defaultCaseState();
  let errors: Record<string, FieldError> = {};
  let restored = false as boolean;
  const known = (id: string) => Object.prototype.hasOwnProperty.call(data.flagTitles, id);
  const ids = () => (sources.vetting?.agencies ?? []).map((agency) => agency.id);

  /** Rebuilds the cards (on load, and when another tool's data changed); typing only updates `state`. */
  const join = () => caseAgencies(sources.vetting, sources.fees, state, known);

  const build = () => {
    const agencies = join();
    list.replaceChildren(...agencies.map((agency, index) => agencyCard(agency, index, { template, sources, data, t })));
    setHidden(tool.one('[data-case-empty]'), agencies.length > 0);
    setHidden(tool.one('[data-case-from]'), agencies.length === 0);
    setHidden(tool.one('[data-case-undecided]'), agencies.length === 0);
    writeForm(form, caseFormValues(state, ids()));
    refresh(agencies);
  };

  /** What follows from the choice: the marked card, the offer to pick, the notes. */
  const refresh = (agencies = join()) => {
    const choice = caseChoice(agencies, state);
    for (const node of list.querySelectorAll<HTMLElement>('[data-agency]')) {
      node.toggleAttribute('data-chosen', node.dataset['agency'] === choice?.agency.id);
    }
    const several = choice !== null && choice.agency.offerList.length > 1;
    setHidden(offerChoice, !several);
    if (several) {
      tool.one('[data-case-offer-options]').replaceChildren(
        ...choice.agency.offerList.map((offer) => {
          const id = `case-offer-${offer.model}`;
          return make(
            'label',
            [
              make('input', [], { type: 'radio', name: 'chosenOffer', value: offer.model, id }),
              make(
                'span',
                t('offerLine', { model: modelName(t, offer.model), label: offer.label || t('offerUnnamed') }),
              ),
            ],
            { class: 'radio-option', for: id },
          );
        }),
      );
      writeForm(form, { chosenOffer: state.chosenOffer ?? '' });
    }
    setHidden(tool.one('[data-case-chosen-note]'), choice === null);
    setHidden(tool.one('[data-case-no-offer]'), choice === null || choice.agency.offerList.length > 0);
  };

  const persistence = tool.persist<CaseState>({
    definition: caseDefinition,
    read: () => (Object.keys(errors).length > 0 ? null : sources.vetting ? withoutGone(state, ids()) : state),
    apply: (saved) => {
      restored = true;
      state = saved;
      errors = {};
      tool.showErrors(form, {});
      build();
    },
  });

  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset['offer']) {
      const agencyId = target.name.split('.')[1] ?? '';
      const offer = OFFER_MODELS.find((model) => model === target.dataset['offer']);
      if (offer) state = withOffer(state, agencyId, offer, target.checked);
      writeForm(form, caseFormValues(state, ids()));
    } else {
      ({ state, errors } = readCaseForm(readForm(form), state, ids()));
      tool.showErrors(form, errors);
    }
    refresh();
    persistence.changed();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });

  // Another tab changed the scorecard or the calculator: show the agencies and offers as they are now.
  window.addEventListener('storage', (event) => {
    if (event.key !== storageKey('vetting') && event.key !== storageKey('fees')) return;
    sources = readCaseSources(stored);
    build();
  });

  wireBackup(tool, {
    stored,
    storage,
    beforeBackup: () => {
      persistence.flush();
    },
  });

  if (!restored) {
    // A first case file: link the calculator's offers to the scorecard's agencies of the same name.
    const agencies = (sources.vetting?.agencies ?? []).map(({ id, name }) => ({ id, name }));
    const offers = feeOffers(sources.fees).filter((offer) => offer.enabled);
    state = withNameMatches(defaultCaseState(), agencies, offers);
    build();
    if (Object.values(state.agencies).some((details) => details.offers.length > 0)) persistence.changed();
  }
});
