/**
 * `<fee-calculator>`: wires the server-rendered form to src/lib/fees. It reads the inputs as text,
 * lets src/lib judge them, shows refusals at their fields, and saves through the shared store
 * (never while an input is invalid, and never over saved figures because a link was opened: the
 * merchant is asked first). Results are drawn by ./fees/render, loaded on first need.
 */
import { parseInputs, rawFromState, type FieldError, type RawInputs } from '../lib/fees/fields';
import { defaultFeeState, feeStateDefinition, moduleOff, type FeeState } from '../lib/fees/state';
import type { FeeStrings } from '../lib/fees/strings';
import { hasInputs } from '../lib/fees/query';
import { setHidden } from './kit/form';
import { defineTool } from './kit/tool';
import { clearResults, feeForm } from './fees/form';

type Renderer = typeof import('./fees/render');
type Terms = typeof import('./fees/terms');
type ModuleCode = typeof import('./fees/module');

defineTool<unknown, FeeStrings>('fee-calculator', (tool) => {
  const { root, t, locale } = tool;
  const exampleRaw = rawFromState(defaultFeeState());
  const exampleText = JSON.stringify(exampleRaw);
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
  const query = new URLSearchParams(location.search);
  const linked = hasInputs(query);

  // The offer priced by module: its code loads when it is added, or saved work or a link holds it.
  // Until then its figures are the ones held here, which nothing on the page can change.
  let held = moduleOff();
  let moduleCode: ModuleCode | null = null;
  async function openModule(raw?: RawInputs, click = false) {
    const module = await import('./fees/module');
    if (!moduleCode) module.open(root, form, { raw, held, click });
    moduleCode = module;
    update();
  }

  /** Puts the settlement terms on the page with the values they hold, and loads their statement code. */
  const openTerms = () =>
    void import('./fees/terms').then((module) => {
      terms = module;
      module.open(root, form, () => current, t);
      update();
    });
  /** A link or saved work that sets any settlement term (an input of the closed section) opens them. */
  const termsSet = () => {
    const raw = form.read() as unknown as Record<string, string>;
    const inputs =
      root.querySelector<HTMLTemplateElement>('[data-terms-template]')?.content.querySelectorAll('[name]') ?? [];
    return [...inputs].some(
      ({ name }: Element & { name?: string }) =>
        raw[name ?? ''] !== (exampleRaw as unknown as Record<string, string>)[name ?? ''],
    );
  };

  /** The refusals to show, and whether any are on the page (the code showing them loads on first need). */
  let errors: FieldError[] = [];
  let marked = false;
  const showErrors = (module: Renderer) => {
    module.showErrors(root, errors, t, tool.kit);
    marked = errors.length > 0;
  };

  function update() {
    const raw = form.read();
    const parsed = parseInputs(raw, moduleCode?.parseModule ?? (() => ({ ...held })));
    errors = parsed.ok ? [] : parsed.errors;
    if (errors.length > 0 || marked) {
      if (renderer) showErrors(renderer);
      else void loadRenderer().then(showErrors);
    }
    setHidden(tool.one('[data-results-body]'), !parsed.ok);
    current = parsed.ok ? parsed.state : null;
    form.echo();
    if (!current) {
      pristine = false;
      clearResults(root);
    } else if (!pristine || JSON.stringify(raw) !== exampleText) {
      pristine = false;
      if (renderer) renderer.render(root, current, t, locale);
      else {
        // Until the results code arrives, show no stale figures.
        clearResults(root);
        void loadRenderer().then(update);
      }
    }
    terms?.draw(root, current, t);
    moduleCode?.draw(root, current, t);
  }

  function show(state: FeeState) {
    held = state.models.module;
    form.write((moduleCode?.rawAll ?? rawFromState)(state));
    if (termsSet()) openTerms();
    // (A link opening the page opens the offer with its own figures.)
    if (!moduleCode && !(starting && linked) && JSON.stringify(held) !== JSON.stringify(moduleOff())) void openModule();
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

  // The link's reader loads only for a link; nothing is saved until its figures are on screen.
  paused = linked;
  // No figures but the link's: the example's results go until the link's are drawn.
  if (linked) clearResults(root);
  if (linked)
    void import('./fees/link').then(async (link) => {
      const raw = link.rawFromLink(query);
      form.write(raw);
      if (termsSet()) openTerms();
      if (link.linkHasModule(query)) await openModule(raw);
      update();
      const choice = link.linkChoice(restored, current);
      // Saved figures differ from the link's: show the link's, save nothing until the merchant chooses.
      paused = choice === 'ask';
      tool.one('[data-link-prompt]').hidden = !paused;
      if (choice === 'save') persistence.changed();
      if (paused)
        link.wirePrompt(
          tool,
          persistence,
          () => {
            paused = false;
          },
          () => {
            if (restored) show(restored);
          },
        );
      root.dataset['ready'] = '';
    });
  else if (!restored) update();

  function edited() {
    update();
    if (paused) return;
    persistence.changed();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      // The address bar always reproduces what is on screen, so a reload never asks about its own figures.
      void loadRenderer().then(({ queryFromState }) => {
        if (current) history.replaceState(null, '', `${location.pathname}?${queryFromState(current)}`);
      });
    }, 400);
  }

  tool.one('[data-terms-open]').addEventListener('click', openTerms);
  tool.one('[data-module-open]').addEventListener('click', () => void openModule(undefined, true));

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLSelectElement;
    // The statement's own pickers (no name) are not inputs of the calculator.
    if (!target.name) return;
    if (target.name === 'store')
      void loadRenderer().then((module) => {
        module.preset(root, target);
        edited();
      });
    form.edited(target.name);
    edited();
  });
  // Fetch the results code as soon as the merchant reaches for the form.
  for (const type of ['focusin', 'pointerdown']) root.addEventListener(type, () => void loadRenderer(), { once: true });

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-tier-add],[data-tier-remove],[data-share]');
    if (button)
      void loadRenderer().then((module) => {
        module.click(button, { root, t, locale, form, state: current, persistence, edited });
      });
  });

  if (!linked) root.dataset['ready'] = '';
});
