/**
 * `<exit-planner>`: wires the notice fields and the plan's rows to src/lib/exit (the state, the
 * plan and its view) and to the shared store, through the tool kit.
 */
import { exitFormValues, readExitForm } from '../lib/exit/form';
import type { HandoverItem } from '../lib/exit/model';
import { defaultExitState, exitStateDefinition, type ExitState } from '../lib/exit/state';
import type { ExitStrings } from '../lib/exit/strings';
import { exitView } from '../lib/exit/view';
import { make } from './kit/dom';
import { readForm, setHidden, setText, writeForm } from './kit/form';
import { savedText } from './kit/saved';
import { defineTool } from './kit/tool';

interface ExitPageData {
  items: HandoverItem[];
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

defineTool<ExitPageData, ExitStrings>('exit-planner', (tool) => {
  const { items } = tool.data;
  const form = tool.one<HTMLFormElement>('[data-exit-form]');
  const table = tool.one<HTMLTableElement>('[data-plan-table]');
  const summary = tool.one('[data-plan-summary]');
  const warnings = tool.one('[data-plan-warnings]');
  const source = tool.one('[data-from-contract]');
  const rows = new Map(tool.all('tr[data-item]').map((row) => [row.dataset['item'] ?? '', row]));
  let state: ExitState = defaultExitState();
  let valid = true;
  let restored = false as boolean; // set in `apply`, which flow analysis does not follow
  let layout = '';

  /** Puts the rows under their week headings; only when the grouping changed, keeping the focus. */
  const arrange = (groups: { heading: string; ids: string[] }[]) => {
    const signature = JSON.stringify(groups);
    if (signature === layout) return;
    layout = signature;
    const focused = document.activeElement;
    const bodies = groups.map(({ heading, ids }) => {
      const head = heading
        ? [make('tr', [make('th', heading, { colspan: 4, scope: 'colgroup' })], { class: 'exit-week' })]
        : [];
      return make('tbody', [...head, ...ids.flatMap((id) => rows.get(id) ?? [])]);
    });
    table.querySelectorAll('tbody').forEach((body) => {
      body.remove();
    });
    table.append(...bodies);
    if (focused instanceof HTMLElement && focused !== document.activeElement) focused.focus();
  };

  const render = () => {
    const view = exitView(state, items, tool.t, tool.locale, today());
    setHidden(tool.one('[data-plan-missing]'), view.summary !== null);
    setHidden(summary, view.summary === null);
    summary.replaceChildren(...(view.summary ?? []).map((line) => make('li', line)));
    setHidden(warnings, view.warnings.length === 0);
    warnings.replaceChildren(...view.warnings.map((line) => make('p', line)));
    setHidden(source, state.noticeFrom !== 'contract' || state.noticeDays === null);
    setText(source, tool.t('fromContract', { days: state.noticeDays ?? 0 }));
    const shown = new Map(view.groups.flatMap((group) => group.items.map((item) => [item.id, item])));
    for (const [id, row] of rows) {
      const item = shown.get(id);
      setText(row.querySelector<HTMLElement>('[data-due]') ?? row, item?.due ?? '—');
      const moved = row.querySelector<HTMLElement>('[data-moved]');
      if (moved) {
        setHidden(moved, !item?.moved);
        setText(moved, item?.moved ?? '');
      }
      const late = row.querySelector<HTMLElement>('[data-late]');
      if (late) setHidden(late, !item?.late);
      const changed = row.querySelector<HTMLElement>('[data-owner-changed]');
      if (changed) setHidden(changed, !item?.ownerChanged);
    }
    arrange(
      view.groups.length > 0
        ? view.groups.map((group) => ({ heading: group.heading, ids: group.items.map((item) => item.id) }))
        : [{ heading: '', ids: items.map((item) => item.id) }],
    );
  };

  const persistence = tool.persist<ExitState>({
    definition: exitStateDefinition,
    read: () => (valid ? state : null),
    apply: (data) => {
      restored = true;
      state = data;
      valid = true;
      writeForm(form, exitFormValues(state, items));
      tool.showErrors(form, {});
      render();
    },
  });

  form.addEventListener('input', () => {
    const result = readExitForm(readForm(form), items, state);
    state = result.state;
    valid = Object.keys(result.errors).length === 0;
    tool.showErrors(form, result.errors);
    render();
    persistence.changed();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });

  const problem = tool.one('[data-print-problem]');
  tool.one('[data-print]').addEventListener('click', () => {
    persistence.flush();
    const missing = !state.noticeDate || state.noticeDays === null;
    setHidden(problem, !missing);
    setText(problem, missing ? tool.t('printMissing') : '');
    if (missing) {
      tool.one<HTMLInputElement>(state.noticeDate ? '#exit-noticeDays' : '#exit-noticeDate').focus();
      return;
    }
    window.print();
  });
  window.addEventListener('beforeprint', () => {
    setText(tool.one('[data-printed-on]'), tool.t('printedOn', { date: today() }));
  });

  // Nothing saved: start from what the form shows, then the contract checklist's notice period.
  if (!restored) state = readExitForm(readForm(form), items, state).state;
  render();
  const text = savedText('contract');
  if (!restored && state.noticeDays === null && text !== null) {
    void import('../lib/exit/contract-source').then(({ noticeDaysFromContract }) => {
      const days = noticeDaysFromContract(text);
      if (days === null || state.noticeDays !== null) return;
      state = { ...state, noticeDays: days, noticeFrom: 'contract' };
      writeForm(form, { noticeDays: String(days) });
      render();
    });
  }
});
