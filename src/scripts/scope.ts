/**
 * `<scope-chooser>`: wires the questionnaire, the recommendation and the matrix to src/lib/scope
 * and to the shared store. All words come from src/lib; user text is never written as HTML.
 */
import { readScopeForm, scopeFormValues, withOwner } from '../lib/scope/form';
import { custodyNames, custodySummaries, describeReason } from '../lib/scope/messages';
import type { ScopeModule } from '../lib/scope/model';
import { recommendScope, suggestOwners, chosenCustody } from '../lib/scope/recommend';
import type { FieldError } from '../lib/fields';
import { scopeStateDefinition, type ScopeState } from '../lib/scope/state';
import { readForm, showFieldErrors, writeForm } from './kit/form';
import { defineTool } from './kit/tool';

interface ScopePageData {
  modules: ScopeModule[];
  /** Module id → title in the page's language. */
  titles: Record<string, string>;
}

defineTool<ScopePageData>('scope-chooser', (tool) => {
  {
    const form = tool.one<HTMLFormElement>('[data-scope-form]');
    const { locale } = tool;
    const { modules, titles } = tool.data;
    const fieldMessages = (errors: Record<string, FieldError>) =>
      Object.fromEntries(Object.entries(errors).map(([name, error]) => [name, tool.fieldMessage(error)]));
    const find = (selector: string) => tool.root.querySelector<HTMLElement>(selector);
    let state: ScopeState = scopeStateDefinition.defaults();
    let valid = true;
    let restored = false as boolean;

    const render = () => {
      const recommendation = recommendScope(state, modules);
      const missing = find('[data-result-missing]');
      const body = find('[data-result-body]');
      if (missing) missing.hidden = recommendation.custody !== null;
      if (body) body.hidden = recommendation.custody === null;
      if (recommendation.custody) {
        const name = find('[data-custody-name]');
        const summary = find('[data-custody-summary]');
        const reasons = find('[data-reasons]');
        if (name) name.textContent = custodyNames[recommendation.custody][locale];
        if (summary) summary.textContent = custodySummaries[recommendation.custody][locale];
        reasons?.replaceChildren(
          ...recommendation.reasons.map((reason) => {
            const item = document.createElement('li');
            item.textContent = describeReason(reason, locale, (id) => titles[id] ?? id);
            return item;
          }),
        );
      }
      const follow = form.querySelector<HTMLOptionElement>('select[name="custodyChoice"] option[value=""]');
      if (follow) {
        const suggested = recommendation.custody ? custodyNames[recommendation.custody][locale] : '';
        follow.textContent =
          locale === 'zh'
            ? `按建议${suggested ? `（${suggested}）` : ''}`
            : `Follow the suggestion${suggested ? ` (${suggested})` : ''}`;
      }
      const suggestion = suggestOwners(state, modules, chosenCustody(state, modules));
      const values = scopeFormValues(state, modules);
      for (const row of tool.root.querySelectorAll<HTMLElement>('tr[data-service]')) {
        const id = row.dataset['service'] ?? '';
        const select = row.querySelector('select');
        const value = values[`owner.${id}`];
        if (select && typeof value === 'string') select.value = value;
        const marker = row.querySelector<HTMLElement>('[data-changed]');
        if (marker) marker.hidden = suggestion[id] === value;
      }
      const reset = find('[data-reset-matrix]');
      if (reset) reset.hidden = Object.keys(state.overrides).length === 0;
    };

    const persistence = tool.persist<ScopeState>({
      definition: scopeStateDefinition,
      read: () => (valid ? state : null),
      apply: (data) => {
        restored = true;
        state = data;
        valid = true;
        writeForm(form, scopeFormValues(state, modules));
        showFieldErrors(form, {}, tool.kit);
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
        showFieldErrors(form, fieldMessages(result.errors), tool.kit);
      }
      render();
      persistence.changed();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    find('[data-reset-matrix]')?.addEventListener('click', () => {
      state = { ...state, overrides: {} };
      render();
      persistence.changed();
      find('#scope-matrix-heading')?.focus();
    });
    // Nothing saved: start from what the form shows (a browser may have kept typed values on reload).
    if (!restored) state = readScopeForm(readForm(form), modules, {}).state;
    render();
  }
});
