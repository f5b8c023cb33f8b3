/**
 * `<case-file>`: the scorecard's agencies with their case details (src/lib/case), the choice of the
 * agency to contract with, and the full backup. It writes only the case file's own store, except
 * when the merchant restores a full backup, which writes every tool's store or none.
 */
import type { BackupError } from '../lib/case/backup';
import { withNameMatches, withOffer, withoutGone } from '../lib/case/edit';
import { caseFormValues, readCaseForm } from '../lib/case/form';
import { readCaseSources, type CaseSources } from '../lib/case/read';
import { caseDefinition, defaultCaseState, OFFER_MODELS, type CaseState } from '../lib/case/state';
import type { CaseStrings } from '../lib/case/strings';
import { caseAgencies, caseChoice, displayName, feeOffers, type CaseAgency } from '../lib/case/view';
import type { FieldError } from '../lib/fields';
import { describeDecodeError, storageKey, ToolStore } from '../lib/state';
import { browserStorage, safeGet, safeRemove, safeSet } from '../lib/state/storage';
import type { Catalogue } from '../lib/vetting/catalogue';
import { scoreAgency } from '../lib/vetting/scoring';
import { countedWeights, effectiveWeights } from '../lib/vetting/weights';
import { make } from './kit/dom';
import { readForm, setHidden, writeForm } from './kit/form';
import { downloadText } from './kit/notice';
import { defineTool } from './kit/tool';

interface CasePageData {
  catalogue: Catalogue;
  flagTitles: Record<string, string>;
}

/** Every tool's schema and the backup file's reader, loaded when the merchant backs up or restores. */
const backupKit = () => import('../lib/case/definitions');

/** Carries the "restored" notice across the reload that follows a restore. */
const RESTORED_KEY = 'tmall-agency-guide:case:restored';

/** The tab's session storage, or `null` where the browser refuses it (reading it can throw). */
function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

defineTool<CasePageData, CaseStrings>('case-file', (tool) => {
  const { t, kit, data } = tool;
  const storage = browserStorage();
  const stored = (name: string) => {
    const result = safeGet(storage, storageKey(name));
    return result.ok ? result.value : null;
  };
  const form = tool.one<HTMLFormElement>('[data-case-form]');
  const list = tool.one('[data-case-list]');
  const template = tool.one<HTMLTemplateElement>('[data-agency-card]');
  const offerChoice = tool.one('[data-case-offer-choice]');
  const backupNotice = tool.one('[data-backup-notice]');
  const toolName = (name: string) => kit(`tool.${name}` as 'tool.case');
  const modelName = (model: string) => t(`model.${model}` as 'model.fixed');

  let sources: CaseSources = readCaseSources(stored);
  let state: CaseState = defaultCaseState();
  let errors: Record<string, FieldError> = {};
  let restored = false as boolean;
  const known = (id: string) => Object.prototype.hasOwnProperty.call(data.flagTitles, id);
  const ids = () => (sources.vetting?.agencies ?? []).map((agency) => agency.id);

  const scoreText = (agency: CaseAgency) => {
    const vetting = sources.vetting;
    const record = vetting?.agencies.find((item) => item.id === agency.id);
    if (!vetting || !record) return t('notScored');
    const result = scoreAgency(
      record,
      data.catalogue,
      countedWeights(effectiveWeights(data.catalogue, vetting.weights), vetting.notApplicable),
    );
    if (result.knockouts.status === 'excluded') return t('excluded');
    return result.total === null ? t('notScored') : t('scoreLine', { total: `${result.total}/100` });
  };

  /** One agency's card, cloned from the template, its field names and ids made its own. */
  const card = (agency: CaseAgency, index: number) => {
    const node = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    node.dataset['agency'] = agency.id;
    const part = (selector: string) => node.querySelector<HTMLElement>(selector) as HTMLElement;
    part('[data-agency-name]').textContent = displayName(agency, t('agencyFallback', { n: index + 1 }));
    part('[data-agency-score]').textContent = scoreText(agency);
    for (const input of node.querySelectorAll<HTMLInputElement>('input[data-name]')) {
      const field = input.dataset['name'] ?? '';
      const id = `case-${agency.id}-${field}`;
      input.name = `${field}.${agency.id}`;
      input.id = id;
      const wrapper = input.closest<HTMLElement>('.field');
      if (wrapper) wrapper.dataset['field'] = input.name;
      node.querySelector(`[data-for="${field}"]`)?.setAttribute('for', id);
      const hint = node.querySelector(`[data-hint-of="${field}"]`);
      if (hint) {
        hint.id = `${id}-hint`;
        input.dataset['hint'] = hint.id;
        input.setAttribute('aria-describedby', hint.id);
      }
      const error = node.querySelector(`[data-error-of="${field}"]`);
      if (error) error.id = `${id}-error`;
    }
    const offers = feeOffers(sources.fees);
    setHidden(part('[data-no-offers]'), offers.length > 0);
    part('[data-offer-list]').replaceChildren(
      ...offers.map((offer) => {
        const id = `case-${agency.id}-offer-${offer.model}`;
        const label = t('offerLine', { model: modelName(offer.model), label: offer.label || t('offerUnnamed') });
        return make(
          'label',
          [
            make('input', [], {
              type: 'checkbox',
              id,
              name: `offer.${agency.id}.${offer.model}`,
              'data-offer': offer.model,
            }),
            make('span', offer.enabled ? label : `${label} ${t('offerOff')}`),
          ],
          { class: 'radio-option', for: id },
        );
      }),
    );
    const title = (id: string) => data.flagTitles[id] ?? id;
    part('[data-flags-line]').textContent = agency.flags.length
      ? t('flagsSeen', { n: agency.flags.length })
      : t('flagsNone');
    part('[data-flag-list]').replaceChildren(
      ...agency.flags.map((flag) =>
        make('li', flag.note ? t('flagWithNote', { title: title(flag.id), note: flag.note }) : title(flag.id)),
      ),
    );
    const choose = node.querySelector<HTMLInputElement>('[data-choose]') as HTMLInputElement;
    choose.value = agency.id;
    choose.id = `case-chosen-${agency.id}`;
    choose.closest('label')?.setAttribute('for', choose.id);
    return node;
  };

  /** Rebuilds the cards (on load, and when another tool's data changed); typing only updates `state`. */
  const build = () => {
    const agencies = caseAgencies(sources.vetting, sources.fees, state, known);
    list.replaceChildren(...agencies.map(card));
    setHidden(tool.one('[data-case-empty]'), agencies.length > 0);
    setHidden(tool.one('[data-case-from]'), agencies.length === 0);
    setHidden(tool.one('[data-case-undecided]'), agencies.length === 0);
    writeForm(form, caseFormValues(state, ids()));
    refresh();
  };

  /** What follows from the choice: the marked card, the offer to pick, the notes. */
  const refresh = () => {
    const agencies = caseAgencies(sources.vetting, sources.fees, state, known);
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
              make('span', t('offerLine', { model: modelName(offer.model), label: offer.label || t('offerUnnamed') })),
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

  const notifyBackup = (message: string, tone: 'info' | 'error' = 'info') => {
    backupNotice.dataset['tone'] = tone;
    backupNotice.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    backupNotice.replaceChildren(make('p', message));
    setHidden(backupNotice, false);
  };
  const names = (tools: readonly string[]) => tools.map(toolName).join(t('listSeparator'));

  const backUp = (tools: readonly string[], encodeBackup: typeof import('../lib/case/backup').encodeBackup) => {
    const raw = Object.fromEntries(tools.map((name) => [name, stored(name)]));
    const { text, included, skipped } = encodeBackup(raw, new Date());
    if (included.length === 0) {
      notifyBackup(t('backupNothing'), skipped.length ? 'error' : 'info');
      return;
    }
    downloadText(`tmall-agency-guide-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
    const done = t('backupDone', { list: names(included) });
    notifyBackup(
      skipped.length ? `${done}${t('backupSkipped', { list: names(skipped) })}` : done,
      skipped.length ? 'error' : 'info',
    );
  };

  tool.one('[data-backup]').addEventListener('click', () => {
    persistence.flush();
    void backupKit().then(({ ALL_DEFINITIONS, encodeBackup }) => {
      backUp(
        ALL_DEFINITIONS.map((definition) => definition.tool),
        encodeBackup,
      );
    });
  });

  const describeBackupError = (error: BackupError) => {
    switch (error.code) {
      case 'file':
        return describeDecodeError(error.error, kit);
      case 'not-backup':
        return t('restoreNotBackup');
      case 'future-version':
        return t('restoreFuture', { found: error.found, supported: error.supported });
      case 'empty':
        return t('restoreEmpty');
      case 'part':
        return t('restorePart', { tool: toolName(error.tool), reason: describeDecodeError(error.error, kit) });
    }
  };

  const restoreInput = tool.one<HTMLInputElement>('[data-restore]');
  restoreInput.addEventListener('change', () => {
    const file = restoreInput.files?.[0];
    restoreInput.value = '';
    if (!file) return;
    void Promise.all([file.text(), backupKit()]).then(([body, { ALL_DEFINITIONS: DEFINITIONS, decodeBackup }]) => {
      const decoded = decodeBackup(body, DEFINITIONS);
      if (!decoded.ok) {
        notifyBackup(t('restoreFailed') + describeBackupError(decoded.error), 'error');
        return;
      }
      const tools = decoded.parts.map((part) => part.tool);
      if (!window.confirm(t('restoreConfirm', { list: names(tools) }))) return;
      // Keep what each store holds now, to put it back if any write fails.
      const before = new Map(tools.map((name) => [name, stored(name)]));
      for (const part of decoded.parts) {
        const definition = DEFINITIONS.find((item) => item.tool === part.tool);
        const saved = definition && new ToolStore<unknown>(definition).save(part.data, { overwrite: true });
        if (saved && !saved.ok) {
          for (const [name, value] of before) {
            if (value === null) safeRemove(storage, storageKey(name));
            else safeSet(storage, storageKey(name), value);
          }
          const reason = saved.problem.code === 'storage' ? kit('store.quota') : kit('store.conflict');
          notifyBackup(t('restoreWriteFailed', { reason }), 'error');
          return;
        }
      }
      // Every tool's data changed under this page: start it again from storage, and say what was restored.
      safeSet(session(), RESTORED_KEY, t('restoreDone', { list: names(tools) }));
      location.reload();
    });
  });

  const restoredNote = safeGet(session(), RESTORED_KEY);
  if (restoredNote.ok && restoredNote.value !== null) {
    safeRemove(session(), RESTORED_KEY);
    notifyBackup(restoredNote.value);
  }

  if (!restored) {
    // A first case file: link the calculator's offers to the scorecard's agencies of the same name.
    const agencies = (sources.vetting?.agencies ?? []).map(({ id, name }) => ({ id, name }));
    const offers = feeOffers(sources.fees).filter((offer) => offer.enabled);
    state = withNameMatches(defaultCaseState(), agencies, offers);
    build();
    if (Object.values(state.agencies).some((details) => details.offers.length > 0)) persistence.changed();
  }
});
