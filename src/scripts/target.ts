/**
 * `<target-check>`: reads the form into the target state (src/lib/target), redraws the verdict,
 * tables and clause from its view, keeps the address bar's link current, and saves through the kit
 * (never while a field is refused, and never over saved figures because a link was opened: the
 * merchant is asked first).
 */
import { hasInputs, queryFromState, rawFromQuery, readTargetForm, targetFormValues } from '../lib/target/form';
import type { TargetFieldError } from '../lib/target/form';
import { defaultTargetState, targetStateDefinition, type TargetState } from '../lib/target/state';
import type { TargetStrings } from '../lib/target/strings';
import { targetView, type Cell } from '../lib/target/view';
import { sameData } from '../lib/state/same-data';
import { make } from './kit/dom';
import { readForm, setHidden, setText, showFieldErrors, writeForm } from './kit/form';
import { defineTool } from './kit/tool';

defineTool<null, TargetStrings>('target-check', (tool) => {
  const { t } = tool;
  const form = tool.one<HTMLFormElement>('[data-target-form]');
  const verdict = tool.one('[data-result="verdict"]');
  const body = tool.one('[data-results-body]');
  const status = tool.one('[data-share-status]');
  const prompt = tool.one('[data-link-prompt]');
  const parts = ['[data-reasons]', '[data-warnings]', '[data-levers] tbody', '[data-months] tbody', '[data-clause]'];
  let current = null as TargetState | null;
  let restored = null as TargetState | null;
  let starting = true;
  let paused = false;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  const message = (error: TargetFieldError) =>
    t(`err.${error.code}`, { ...(error.min ? { min: error.min } : {}), ...(error.max ? { max: error.max } : {}) });

  const cell = (c: Cell, index: number) =>
    index === 0
      ? make('th', c.text, { scope: 'row' })
      : make('td', c.text, c.result ? { 'data-result': c.result, 'data-value': c.value ?? '' } : {});

  function render() {
    setHidden(body, !current);
    setHidden(tool.one('[data-invalid]'), !!current);
    const [reasons, warnings, levers, months, clause] = parts.map((selector) => tool.one(selector));
    if (!current) {
      // Nothing computed from refused values stays on the page, not even hidden.
      for (const part of [reasons, warnings, levers, months, clause]) part?.replaceChildren();
      verdict.removeAttribute('data-value');
      for (const selector of ['[data-result="verdict"]', '[data-sentence]', '[data-sensitivity]'])
        setText(tool.one(selector), '');
      return;
    }
    const view = targetView(current, t);
    verdict.dataset['value'] = view.verdict.value;
    setText(verdict, view.verdict.text);
    setText(tool.one('[data-sentence]'), view.sentence);
    setText(tool.one('[data-sensitivity]'), view.sensitivity);
    reasons?.replaceChildren(
      ...view.reasons.map((r) =>
        make('li', [make('span', r.levelText, { class: 'target-level' }), ` ${r.text}`], {
          'data-level': r.level,
          ...(r.value ? { 'data-result': 'implied-roi', 'data-value': r.value } : {}),
        }),
      ),
    );
    warnings?.replaceChildren(...view.warnings.map((w) => make('li', w)));
    levers?.replaceChildren(...view.levers.map((row) => make('tr', row.map(cell))));
    months?.replaceChildren(
      ...view.months.map((row) =>
        make(
          'tr',
          row.map((text, i) => cell({ text }, i)),
        ),
      ),
    );
    clause?.replaceChildren(...view.clause.map((p) => make('li', p)));
  }

  function update() {
    const { state, errors } = readTargetForm(readForm(form));
    const messages = Object.fromEntries(Object.entries(errors).map(([name, error]) => [name, message(error)]));
    showFieldErrors(form, messages, (key, values) => (key === 'errorSummary' ? t(key, values) : tool.kit(key, values)));
    current = state;
    render();
  }

  function show(state: TargetState) {
    writeForm(form, targetFormValues(state));
    update();
  }

  const persistence = tool.persist({
    definition: targetStateDefinition,
    read: () => current,
    apply: (data) => {
      if (starting) restored = data;
      show(data);
    },
  });
  starting = false;

  const query = new URLSearchParams(location.search);
  if (hasInputs(query)) {
    writeForm(form, rawFromQuery(query, targetFormValues(defaultTargetState())));
    update();
    // Saved figures differ from the link's: show the link's, save nothing until the merchant chooses.
    paused = restored !== null && !(current && sameData(current, restored));
    prompt.hidden = !paused;
    if (!restored) persistence.changed();
  } else if (!restored) update();

  function resume(words: string) {
    paused = false;
    prompt.hidden = true;
    tool.one('#target-results-heading').focus();
    persistence.notify(words);
  }
  tool.one('[data-use-link]').addEventListener('click', () => {
    resume(t('linkUsed'));
    persistence.changed();
    persistence.flush();
  });
  tool.one('[data-keep-saved]').addEventListener('click', () => {
    if (restored) show(restored);
    history.replaceState(null, '', location.pathname);
    resume(t('savedRestored'));
  });

  form.addEventListener('input', () => {
    update();
    if (paused) return;
    persistence.changed();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      // The address bar always reproduces what is on screen.
      if (current) history.replaceState(null, '', `${location.pathname}?${queryFromState(current)}`);
    }, 400);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });

  tool.root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-copy-link], [data-print]');
    if (!button) return;
    status.textContent = '';
    if (button.matches('[data-print]')) {
      persistence.flush();
      window.print();
      return;
    }
    if (!current) {
      status.textContent = t('fixFirst');
      return;
    }
    const url = `${location.origin}${location.pathname}?${queryFromState(current)}`;
    const clipboard = navigator.clipboard as Clipboard | undefined;
    (clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
      () => (status.textContent = t('copied')),
      () => {
        status.textContent = t('copyFailed');
        const box =
          tool.root.querySelector<HTMLInputElement>('[data-share-link]') ??
          status.parentElement?.appendChild(
            make('input', undefined, {
              'data-share-link': '',
              type: 'text',
              readonly: '',
              'aria-label': t('linkLabel'),
            }),
          );
        if (box) {
          box.value = url;
          box.select();
        }
      },
    );
  });

  tool.root.dataset['ready'] = '';
});
