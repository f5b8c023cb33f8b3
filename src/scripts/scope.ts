/**
 * `<scope-chooser>`: wires the questionnaire, the suggestion and the matrix to src/lib/scope (the
 * state, its updates and the view) and to the shared store, through the tool kit.
 */
import type { ScopeModule } from '../lib/scope/model';
import { readScopeForm, scopeFormValues, withOwner } from '../lib/scope/form';
import { scopeStateDefinition, type ScopeState } from '../lib/scope/state';
import type { ScopeStrings } from '../lib/scope/strings';
import { scopeView } from '../lib/scope/view';
import { make } from './kit/dom';
import { readForm, setHidden, setText, writeForm } from './kit/form';
import { defineTool } from './kit/tool';

interface ScopePageData {
  modules: ScopeModule[];
  /** Module id → title in the page's language. */
  titles: Record<string, string>;
}

defineTool<ScopePageData, ScopeStrings>('scope-chooser', (tool) => {
  const { modules, titles } = tool.data;
  const form = tool.one<HTMLFormElement>('[data-scope-form]');
  const reset = tool.one('[data-reset-matrix]');
  const follow = tool.one<HTMLOptionElement>('select[name="custodyChoice"] option[value=""]');
  const rows = new Map(tool.all('tr[data-service]').map((row) => [row.dataset['service'] ?? '', row]));
  let state: ScopeState = scopeStateDefinition.defaults();
  let valid = true;
  let restored = false as boolean; // set in `apply`, which flow analysis does not follow

  const render = () => {
    const view = scopeView(state, modules, tool.t, (id) => titles[id] ?? id);
    setHidden(tool.one('[data-result-missing]'), view.suggestion !== null);
    setHidden(tool.one('[data-result-body]'), view.suggestion === null);
    if (view.suggestion) {
      setText(tool.one('[data-custody-name]'), view.suggestion.name);
      setText(tool.one('[data-custody-summary]'), view.suggestion.summary);
      tool.one('[data-reasons]').replaceChildren(...view.suggestion.reasons.map((reason) => make('li', reason)));
    }
    setText(follow, view.followLabel);
    for (const { id, owner, changed } of view.rows) {
      const row = rows.get(id);
      const select = row?.querySelector('select');
      if (select) select.value = owner;
      const marker = row?.querySelector<HTMLElement>('[data-changed]');
      if (marker) setHidden(marker, !changed);
    }
    setHidden(reset, !view.anyChanged);
  };

  const persistence = tool.persist<ScopeState>({
    definition: scopeStateDefinition,
    read: () => (valid ? state : null),
    apply: (data) => {
      restored = true;
      state = data;
      valid = true;
      writeForm(form, scopeFormValues(state, modules));
      tool.showErrors(form, {});
      render();
    },
  });

  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.name.startsWith('owner.')) {
      state = withOwner(state, modules, target.name.slice('owner.'.length), target.value);
    } else {
      const result = readScopeForm(readForm(form), modules, state.overrides);
      state = result.state;
      valid = Object.keys(result.errors).length === 0;
      tool.showErrors(form, result.errors);
    }
    render();
    persistence.changed();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  reset.addEventListener('click', () => {
    state = { ...state, overrides: {} };
    render();
    persistence.changed();
    tool.one('#scope-matrix-heading').focus();
  });
  // Nothing saved: start from what the form shows (a browser may have kept typed values on reload).
  if (!restored) state = readScopeForm(readForm(form), modules, {}).state;
  render();
});
