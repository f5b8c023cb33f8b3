/**
 * `<monthly-review>`: wires the set-up, the month editor, the CSV import, the report and the evidence
 * pack to src/lib/review through the tool kit. The CSV reader, the chart, the evidence pack and the
 * contract's reader load with `import()` when they are used.
 */
import { LIMITS } from '../lib/review/model';
import {
  monthFormValues,
  monthRecord,
  readMonthForm,
  readSetupForm,
  setupFormValues,
  withMonth,
  type ReviewError,
} from '../lib/review/form';
import { reviewDefinition, type ReviewState } from '../lib/review/state';
import type { ReviewStrings } from '../lib/review/strings';
import { readForm, showFieldErrors, writeForm } from './kit/form';
import { defineTool } from './kit/tool';
import { drawMonthSelect, drawReview, redrawChart } from './review/draw';
import { savedText } from './kit/saved';

defineTool<unknown, ReviewStrings>('monthly-review', (tool) => {
  const setup = tool.one<HTMLFormElement>('[data-setup-form]');
  const monthForm = tool.one<HTMLFormElement>('[data-month-form]');
  const select = tool.one<HTMLSelectElement>('[data-month-select]');
  const chart = tool.one('[data-chart]');
  let state: ReviewState = reviewDefinition.defaults();
  let valid = true;
  let monthValid = true;
  let restored = false as boolean;

  const show = (form: HTMLFormElement, errors: Record<string, ReviewError>) => {
    const messages = Object.entries(errors).map(
      ([name, error]) =>
        [name, error.code === 'month-format' ? tool.t('startHint') : tool.fieldMessage(error)] as const,
    );
    showFieldErrors(form, Object.fromEntries(messages), tool.kit);
  };

  const loadMonth = () => {
    writeForm(monthForm, monthFormValues(monthRecord(state, select.value)));
    monthValid = true;
    show(monthForm, {});
  };

  /** Draws the month list and the report; with `whole`, the set-up form and the month editor first. */
  const render = (whole = false) => {
    if (whole) writeForm(setup, setupFormValues(state));
    drawMonthSelect(tool, select, state);
    if (whole) loadMonth();
    drawReview(tool, state, select.value, chart);
  };

  const persistence = tool.persist<ReviewState>({
    definition: reviewDefinition,
    read: () => (valid && monthValid ? state : null),
    apply: (data) => {
      restored = true;
      state = data;
      valid = true;
      show(setup, {});
      render(true);
    },
  });

  /** Replaces the whole state (an import of figures, a set-up from another tool) and saves it. */
  const replace = (next: ReviewState) => {
    state = next;
    render(true);
    persistence.changed();
  };

  setup.addEventListener('input', () => {
    const result = readSetupForm(readForm(setup), state);
    state = result.state;
    valid = Object.keys(result.errors).length === 0;
    show(setup, result.errors);
    render();
    persistence.changed();
  });
  monthForm.addEventListener('input', (event) => {
    if (event.target === select) return;
    if (!select.value) return;
    const result = readMonthForm(readForm(monthForm), select.value);
    monthValid = Object.keys(result.errors).length === 0;
    show(monthForm, result.errors);
    const full = state.months.length >= LIMITS.months && !state.months.some((m) => m.month === select.value);
    if (full) persistence.notify(tool.t('monthsFull', { limit: LIMITS.months }), 'error');
    else if (monthValid) state = withMonth(state, result.record);
    render();
    persistence.changed();
  });
  select.addEventListener('change', () => {
    if (!monthValid) {
      // The month being left has a figure that cannot be read: say so, keep it on screen.
      persistence.notify(tool.kit('invalidNotSaved'), 'error');
    }
    loadMonth();
    drawReview(tool, state, select.value, chart);
  });
  for (const form of [setup, monthForm])
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });

  // Each source's reader loads with `import()` when asked, or when that tool has saved something; it
  // fills empty places only and words what it took.
  type Source = typeof import('./review/sources');
  const take = (source: Promise<Pick<Source, 'take'>>, quiet: boolean) =>
    source.then((module) => {
      const result = module.take(state, tool.t);
      if (result.filled > 0) replace(result.state);
      if (!quiet || result.filled > 0) persistence.notify(result.message);
    });
  const fromContract = (quiet: boolean) => take(import('./review/sources'), quiet);
  const fromTarget = (quiet: boolean) => take(import('./review/from-target'), quiet);
  tool.one<HTMLInputElement>('[data-csv-file]').addEventListener('change', (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file)
      void import('./review/csv-import').then((module) =>
        module.startImport(tool, file, { get: () => state, set: replace }),
      );
  });
  chart.addEventListener('change', () => {
    redrawChart(tool, state);
  });

  const pack = (how: 'printPack' | 'exportPack') => () => {
    persistence.flush();
    void import('./review/pack').then((module) => {
      module[how](tool, state);
    });
  };
  const clicks: Record<string, () => void> = {
    '[data-from-contract]': () => void fromContract(false),
    '[data-from-target]': () => void fromTarget(false),
    '[data-clear-plan]': () => {
      replace({ ...state, salesPlan: [] });
      persistence.notify(tool.t('planCleared'));
    },
    '[data-pack-print]': pack('printPack'),
    '[data-pack-export]': pack('exportPack'),
  };
  for (const [selector, run] of Object.entries(clicks)) tool.one(selector).addEventListener('click', run);

  if (!restored) {
    state = readSetupForm(readForm(setup), state).state;
    drawMonthSelect(tool, select, state);
    loadMonth();
    drawReview(tool, state, select.value, chart);
    // A first visit with a contract checklist or a target check saved in this browser: start from
    // their answers, the contract's first.
    void (savedText('contract') !== null ? fromContract(true) : Promise.resolve()).then(() =>
      savedText('target') !== null ? fromTarget(true) : undefined,
    );
  }
});
