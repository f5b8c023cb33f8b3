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
import { savedText } from './review/saved';

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

  const renderMonths = () => {
    drawMonthSelect(tool, select, state);
  };

  const loadMonth = () => {
    writeForm(monthForm, monthFormValues(monthRecord(state, select.value)));
    monthValid = true;
    show(monthForm, {});
  };

  const render = () => {
    drawReview(tool, state, select.value, chart);
  };

  const persistence = tool.persist<ReviewState>({
    definition: reviewDefinition,
    read: () => (valid && monthValid ? state : null),
    apply: (data) => {
      restored = true;
      state = data;
      valid = true;
      writeForm(setup, setupFormValues(state));
      show(setup, {});
      renderMonths();
      loadMonth();
      render();
    },
  });

  /** Replaces the whole state (an import of figures, a set-up from another tool) and saves it. */
  const replace = (next: ReviewState) => {
    state = next;
    writeForm(setup, setupFormValues(state));
    renderMonths();
    loadMonth();
    render();
    persistence.changed();
  };

  setup.addEventListener('input', () => {
    const result = readSetupForm(readForm(setup), state);
    state = result.state;
    valid = Object.keys(result.errors).length === 0;
    show(setup, result.errors);
    renderMonths();
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
    renderMonths();
    render();
    persistence.changed();
  });
  select.addEventListener('change', () => {
    if (!monthValid) {
      // The month being left has a figure that cannot be read: say so, keep it on screen.
      persistence.notify(tool.kit('invalidNotSaved'), 'error');
    }
    loadMonth();
    render();
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
  tool.one('[data-from-contract]').addEventListener('click', () => {
    void fromContract(false);
  });
  tool.one('[data-from-target]').addEventListener('click', () => {
    void fromTarget(false);
  });
  tool.one('[data-clear-plan]').addEventListener('click', () => {
    replace({ ...state, salesPlan: [] });
    persistence.notify(tool.t('planCleared'));
  });

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

  const pack = (run: (module: typeof import('./review/pack')) => void) => {
    persistence.flush();
    void import('./review/pack').then(run);
  };
  tool.one('[data-pack-print]').addEventListener('click', () => {
    pack((module) => {
      module.printPack(tool, state);
    });
  });
  tool.one('[data-pack-export]').addEventListener('click', () => {
    pack((module) => {
      module.exportPack(tool, state);
    });
  });

  if (!restored) {
    state = readSetupForm(readForm(setup), state).state;
    renderMonths();
    loadMonth();
    render();
    // A first visit with a contract checklist or a target check saved in this browser: start from
    // their answers, the contract's first.
    void (savedText('contract') !== null ? fromContract(true) : Promise.resolve()).then(() =>
      savedText('target') !== null ? fromTarget(true) : undefined,
    );
  }
});
