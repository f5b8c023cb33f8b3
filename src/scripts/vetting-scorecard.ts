/**
 * `<vetting-scorecard>`: wires the server-rendered scorecard to src/lib/vetting and the shared
 * store. Every change goes through a pure update (edit.ts) that returns a new state; what the page
 * shows comes from the view model (view.ts) and is drawn by ./vetting/. User text only ever goes in
 * as text or `value`.
 */
import type { Catalogue } from '../lib/vetting/catalogue';
import {
  addAgency,
  compactState,
  editAgencyField,
  removeAgency,
  resetWeights,
  setNotApplicable,
  setWeight,
} from '../lib/vetting/edit';
import { defaultVettingState, vettingDefinition, type VettingState } from '../lib/vetting/state';
import type { ScriptStrings } from '../lib/vetting/strings';
import { agencyName, detailTables, vettingView, type ViewContext } from '../lib/vetting/view';
import { parseWeightInput, weightMessageKeys } from '../lib/vetting/weights';
import { showFieldErrors } from './kit/form';
import { defineTool } from './kit/tool';
import { drawRanking, lazyDetail } from './vetting/comparison';
import * as draw from './vetting/draw';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

defineTool<unknown, ScriptStrings>('vetting-scorecard', (tool) => {
  const { root, t } = tool;
  // The e2e helpers read the catalogue from `data-catalogue`, so it stays there rather than in page data.
  const catalogue = JSON.parse(root.dataset['catalogue'] ?? '{}') as Catalogue;
  const titles = draw.readTitles(root);
  const context: ViewContext = { catalogue, t, titleOf: (id) => titles.get(id) || id };
  const weightsBox = tool.one('.vs-weights-table');
  let state: VettingState = defaultVettingState();
  let activeId: string | null = null;
  let weightErrors: Record<string, string> = {};
  let frame = 0;
  const detail = lazyDetail(root);
  let restored = false as boolean;

  const active = () => state.agencies.find((agency) => agency.id === activeId);
  const showWeightErrors = (errors: Record<string, string>) => {
    weightErrors = errors;
    showFieldErrors(weightsBox, weightErrors);
  };

  /** Everything computed from the state: names, weights' shares, statuses, ranking, comparison. */
  const drawResults = (weightValues = false) => {
    cancelAnimationFrame(frame);
    const view = vettingView(state, activeId, context);
    draw.drawNames(root, view);
    draw.drawWeights(root, view, weightValues);
    draw.drawAgencyStatus(root, view);
    drawRanking(root, view.ranking);
    const [shown, shownId] = [state, activeId];
    detail.show(() => detailTables(shown, view, shownId, context));
    return view;
  };
  const scheduleResults = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => drawResults());
  };
  const drawAll = () => {
    draw.drawEditor(root, active(), state.notApplicable);
    draw.drawSwitcher(root, drawResults(true));
    showWeightErrors({});
  };

  const persistence = tool.persist({
    definition: vettingDefinition,
    read: () => compactState(state),
    apply: (data) => {
      restored = true;
      state = data;
      if (!active()) activeId = state.agencies[0]?.id ?? null;
      drawAll();
    },
  });
  /** Takes the state after an edit; the results follow in the next frame unless `redraw` draws now. */
  const update = (next: VettingState, redraw = scheduleResults) => {
    state = next;
    persistence.changed();
    redraw();
  };

  const edit = (target: Field, committed: boolean) => {
    const field = target.dataset['field'];
    const isChoice = target instanceof HTMLSelectElement || target.type === 'radio' || target.type === 'checkbox';
    if (!field || isChoice !== committed) return;
    const item = target.closest<HTMLElement>('[data-id]');
    const itemId = item?.dataset['id'] ?? '';
    if (field === 'active') {
      activeId = target.value;
      drawAll();
    } else if (field === 'weight') {
      const parsed = parseWeightInput(target.value);
      showWeightErrors({ ...weightErrors, [itemId]: parsed.ok ? '' : t(weightMessageKeys[parsed.reason]) });
      if (parsed.ok) update(setWeight(state, catalogue, itemId, parsed.weight));
    } else if (field === 'na' && target instanceof HTMLInputElement) {
      update(setNotApplicable(state, itemId, target.checked));
    } else if (activeId) {
      const checked = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : null;
      const next = editAgencyField(state, activeId, field, itemId, checked ?? target.value);
      if (field === 'flag' && item) draw.showFlagEffect(item, checked === true);
      if (next) update(next);
    }
  };

  const act = (action: string | undefined) => {
    if (action === 'add') {
      const added = addAgency(state);
      if (!added) {
        persistence.notify(t('full'), 'error');
        return;
      }
      activeId = added.id;
      update(added.state, drawAll);
      tool.one('#vs-agency-name').focus();
    } else if (action === 'remove') {
      const agency = active();
      if (!agency) return;
      const name = agencyName(state, agency, t);
      if (!window.confirm(t('removeConfirm', { name }))) return;
      const removed = removeAgency(state, agency.id);
      activeId = removed.nextId;
      update(removed.state, drawAll);
      persistence.notify(t('removed', { name }));
      (root.querySelector<HTMLElement>('[data-switcher] input:checked') ?? tool.one('[data-action="add"]')).focus();
    } else if (action === 'reset-weights') {
      update(resetWeights(state), () => {
        drawResults(true);
        showWeightErrors({});
      });
      persistence.notify(t('weightsReset'));
    } else if (action === 'interview') {
      // Rarely used, so loaded on first use rather than with the page.
      void import('./vetting/interview').then(({ printInterview }) => {
        const agency = active();
        printInterview(root, agency ? agencyName(state, agency, t) : '', state.notApplicable);
      });
    }
  };

  root.dataset['ready'] = '';
  for (const type of ['input', 'change']) {
    root.addEventListener(type, (event) => {
      edit(event.target as Field, type === 'change');
    });
  }
  root.addEventListener('click', (event) => {
    act((event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action']);
  });
  window.addEventListener('beforeprint', () => {
    persistence.flush();
    drawResults();
    detail.flush();
    // Only on paper; set here because the first date formatting of a locale is slow (it loads the locale's data).
    const date = new Date().toLocaleDateString(document.documentElement.lang);
    tool.one('[data-printed-on]').textContent = t('printedOn', { date });
  });
  if (!restored) drawAll();
});
