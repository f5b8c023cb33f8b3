/**
 * `<fee-calculator>`: wires the server-rendered form to src/lib/fees. It reads the inputs as text,
 * lets src/lib judge them, shows refusals at their fields, and saves through the shared store
 * (never while an input is invalid, and never over saved figures because a link was opened: the
 * merchant is asked first). Results are drawn by ./fees/render, loaded on first need.
 */
import { parseInputs, rawFromState } from '../lib/fees/fields';
import { addBracket, linkChoice, removeBracket, sameFigures } from '../lib/fees/form';
import { defaultFeeState, feeStateDefinition, type FeeState } from '../lib/fees/state';
import type { FeeStrings } from '../lib/fees/strings';
import { hasInputs, queryFromState } from '../lib/fees/query';
import { setHidden } from './kit/form';
import { defineTool } from './kit/tool';
import { clearResults, feeForm } from './fees/form';

type Renderer = typeof import('./fees/render');
type Terms = typeof import('./fees/terms');

/** Inputs of the settlement terms, which join the page only when opened (SettlementTerms.astro). */
const TERMS = [
  'unpaid',
  'after',
  'coupon',
  'bcbasis',
  'threshold',
  'guarantee',
  'shortfall',
  'period',
  'purebasis',
  'tbasis',
  'tiermode',
] as const;

defineTool<unknown, FeeStrings>('fee-calculator', (tool) => {
  const { root, t, locale } = tool;
  const example = defaultFeeState();
  const exampleRaw = rawFromState(example);
  const form = feeForm(root, exampleRaw);
  let current = null as FeeState | null; // (assertion: assigned in update(), out of control flow analysis)
  /** True while the results on the page are the server-rendered default example. */
  let pristine = true;
  let paused = false;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let renderer: Renderer | null = null;
  let loading: Promise<Renderer> | null = null;
  const loadRenderer = () => (loading ??= import('./fees/render').then((module) => (renderer = module)));
  let terms: Terms | null = null;
  const openButton = tool.one<HTMLButtonElement>('[data-terms-open]');

  /** Puts the settlement terms on the page with the values they hold, and loads their statement code. */
  function openTerms() {
    const template = root.querySelector<HTMLTemplateElement>('template[data-terms-template]');
    if (!template) return;
    template.replaceWith(template.content.cloneNode(true));
    openButton.setAttribute('aria-expanded', 'true');
    openButton.hidden = true;
    form.write(form.read());
    void import('./fees/terms').then((module) => {
      terms = module;
      module.wire(root, () => current, t);
      update();
    });
  }
  /** A link or saved work that sets any settlement term opens them. */
  const termsSet = () => {
    const raw = form.read();
    return TERMS.some((name) => raw[name] !== exampleRaw[name]);
  };

  function update() {
    const parsed = parseInputs(form.read());
    form.showErrors(parsed.ok ? [] : parsed.errors, t, tool.kit);
    setHidden(tool.one('[data-results-body]'), !parsed.ok);
    current = parsed.ok ? parsed.state : null;
    form.echo();
    if (!current) {
      pristine = false;
      clearResults(root);
    } else if (!pristine || !sameFigures(current, example)) {
      pristine = false;
      if (renderer) renderer.render(root, current, t, locale);
      else {
        // Until the results code arrives, show no stale figures.
        clearResults(root);
        void loadRenderer().then(update);
      }
    }
    if (current) terms?.draw(root, current, t);
  }

  function show(state: FeeState) {
    form.write(rawFromState(state));
    if (termsSet()) openTerms();
    update();
  }

  // ---- Saving, links, the prompt ----

  // (Typed by assertion: it is set inside the persistence callback, which control flow analysis does not see.)
  let restored = null as FeeState | null;
  let starting = true;
  const persistence = tool.persist({
    definition: feeStateDefinition,
    read: () => current,
    apply: (data) => {
      if (starting) restored = data;
      show(data);
    },
  });
  starting = false;

  const query = new URLSearchParams(location.search);
  const prompt = tool.one('[data-link-prompt]');
  const linked = hasInputs(query);
  // The link's reader loads only for a link; nothing is saved until its figures are on screen.
  paused = linked;
  if (linked)
    void import('../lib/fees/url').then(({ rawFromLink }) => {
      form.write(rawFromLink(query));
      if (termsSet()) openTerms();
      update();
      const choice = linkChoice(restored, current);
      // Saved figures differ from the link's: show the link's, save nothing until the merchant chooses.
      paused = choice === 'ask';
      prompt.hidden = !paused;
      if (choice === 'save') persistence.changed();
      root.dataset['ready'] = '';
    });
  else if (!restored) update();

  function resume(message: string) {
    paused = false;
    prompt.hidden = true;
    tool.one('#fee-sales-heading').focus();
    persistence.notify(message);
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

  function edited() {
    update();
    if (paused) return;
    persistence.changed();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      // The address bar always reproduces what is on screen, so a reload never asks about its own figures.
      if (current) history.replaceState(null, '', `${location.pathname}?${queryFromState(current)}`);
    }, 400);
  }

  openButton.addEventListener('click', openTerms);

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLSelectElement;
    // The statement's own pickers (no name) are not inputs of the calculator.
    if (!target.name) return;
    if (target.name === 'store') form.preset(target);
    form.edited(target.name);
    edited();
  });
  // Fetch the results code as soon as the merchant reaches for the form.
  for (const type of ['focusin', 'pointerdown']) root.addEventListener(type, () => void loadRenderer(), { once: true });

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-tier-add], [data-tier-remove]');
    if (!button) return;
    const rows = form.rows();
    const remove = button.closest<HTMLElement>('[data-tier-row]');
    const index = remove ? [...root.querySelectorAll('[data-tier-row]:not([hidden])')].indexOf(remove) : -1;
    form.edited('tier-');
    form.setRows(remove ? removeBracket(rows, index) : addBracket(rows));
    form.focusRow(remove ? Math.min(index, rows.length - 2) : rows.length - 1);
    edited();
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-copy-link], [data-download-csv], [data-print]');
    if (!button) return;
    const state = current;
    void loadRenderer().then((module) => {
      module.shareClick(button, {
        root,
        t,
        state,
        flush: () => {
          persistence.flush();
        },
        downloadCsv: (shown) => void module.downloadCsv(shown, t, locale),
      });
    });
  });

  if (!linked) root.dataset['ready'] = '';
});
