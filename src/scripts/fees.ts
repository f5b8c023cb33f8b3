/**
 * `<fee-calculator>`: wires the server-rendered form to src/lib/fees. It reads the inputs as text,
 * lets src/lib judge them, shows refusals at their fields, and saves through the shared store
 * (never while an input is invalid, and never over saved figures because a link was opened: the
 * merchant is asked first). Results are drawn by ./fees/render, loaded on first need.
 */
import type { FieldError, RawBracket, RawInputs } from '../lib/fees/fields';
import { parseInputs, rawFromState } from '../lib/fees/fields';
import { formatYuan, parseDecimal } from '../lib/money';
import { defaultFeeState, feeStateDefinition, type FeeState } from '../lib/fees/state';
import { errorMessage, fill } from '../lib/fees/template';
import type { FeeText } from '../lib/fees/text';
import { hasInputs, queryFromState, rawFromQuery } from '../lib/fees/url';
import { localeOfPath } from '../lib/i18n';
import { make } from './kit/dom';
import { defineTool } from './kit/tool';

type Renderer = typeof import('./fees/render');

defineTool<FeeText>('fee-calculator', (kit) => {
  const root = kit.root;
  const $ = (selector: string) => root.querySelector(selector) as HTMLElement;
  const $$ = <T extends Element = HTMLInputElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const locale = localeOfPath(location.pathname);
  const text = kit.data;
  const tierRows = $$<HTMLElement>('[data-tier-row]');
  const status = $('[data-share-status]');
  const defaultQuery = queryFromState(defaultFeeState());
  /** Link values the form cannot hold (an unknown model code, too many brackets): kept until that input is edited. */
  let showOverride: string | null = null;
  let tiersOverride: RawBracket[] | null = null;
  let current = null as FeeState | null; // (assertion: assigned in update(), out of control flow analysis)
  /** True while the results on the page are the server-rendered default example. */
  let pristine = true;
  let paused = false;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let renderer: Renderer | null = null;
  let loading: Promise<Renderer> | null = null;
  const loadRenderer = () => (loading ??= import('./fees/render').then((module) => (renderer = module)));

  // ---- Reading and writing the form ----

  const visibleRows = () => tierRows.filter((row) => !row.hidden);
  const cells = (row: HTMLElement) => [...row.querySelectorAll('input')];

  function readRaw(): RawInputs {
    const raw: Record<string, string> = {};
    const shown: string[] = [];
    for (const input of $$('input[name]')) {
      const { name, value, type, checked } = input;
      if (name === 'show') {
        if (checked) shown.push(value);
      } else if (type === 'radio') {
        if (checked || !(name in raw)) raw[name] = checked ? value : '';
      } else if (!name.startsWith('tier-')) raw[name] = value;
    }
    const tiers =
      tiersOverride ??
      visibleRows().map((row) => ({ upTo: cells(row)[0]?.value ?? '', rate: cells(row)[1]?.value ?? '' }));
    return { ...raw, show: showOverride ?? shown.join(','), tiers } as RawInputs;
  }

  function setRow(row: HTMLElement | undefined, values?: RawBracket) {
    const [upTo, rate] = row ? cells(row) : [];
    if (upTo && rate) {
      upTo.value = values?.upTo ?? '';
      rate.value = values?.rate ?? '';
    }
  }

  const rowValues = (row: HTMLElement | undefined) =>
    row ? { upTo: cells(row)[0]?.value ?? '', rate: cells(row)[1]?.value ?? '' } : undefined;

  function tierButtons() {
    const count = visibleRows().length;
    ($('[data-tier-add]') as HTMLButtonElement).disabled = count >= tierRows.length;
    for (const button of $$<HTMLButtonElement>('[data-tier-remove]')) button.disabled = count === 1;
  }

  function writeRaw(raw: RawInputs) {
    tiersOverride = raw.tiers.length === 0 || raw.tiers.length > tierRows.length ? raw.tiers : null;
    tierRows.forEach((row, index) => {
      row.hidden = index > 0 && index >= raw.tiers.length;
      setRow(row, raw.tiers[index]);
    });
    tierButtons();
    const codes = raw.show.split(',');
    const known = $$('input[name="show"]').map((box) => box.value);
    showOverride = codes.every((code) => code === '' || known.includes(code)) ? null : raw.show;
    for (const input of $$('input[name]')) {
      const value = (raw as unknown as Record<string, string | undefined>)[input.name];
      if (input.name === 'show') input.checked = codes.includes(input.value);
      else if (input.type === 'radio') input.checked = input.value === value;
      else if (value !== undefined) input.value = value;
    }
  }

  // ---- Errors at the fields ----

  function showErrors(errors: FieldError[]) {
    for (const message of $$<HTMLElement>('.fee-error')) {
      message.hidden = true;
      message.textContent = '';
    }
    for (const input of $$('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      const hint = input.dataset['hintId'];
      if (hint) input.setAttribute('aria-describedby', hint);
      else input.removeAttribute('aria-describedby');
    }
    const links: HTMLElement[] = [];
    for (const error of errors) {
      const [field, row, part] = error.field.split('.');
      const id = row === undefined ? `fee-${field}` : `fee-tier-${row}-${part === 'upTo' ? 'upto' : 'rate'}`;
      const group = field === 'show' || field === 'on' || field === 'adpay';
      const inputs = group
        ? $$(`input[name="${field}"]`)
        : field === 'tiers' && row === undefined
          ? $$('[data-tier-row]:not([hidden]) input')
          : $$(`#${id}`);
      const target = $(`#${id}-error`);
      const message = errorMessage(error, text);
      target.textContent = message;
      target.hidden = false;
      for (const input of inputs) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${target.id} ${input.dataset['hintId'] ?? ''}`.trim());
      }
      const first = inputs[0];
      const label =
        field === 'show'
          ? $('#fee-offers-heading')
          : group
            ? first?.closest('fieldset')?.querySelector('legend')
            : first?.labels?.[0];
      const link = make('a', `${label?.textContent.replace(/\s+/g, ' ').trim() ?? ''}: ${message}`, {
        href: `#${first?.id || id}`,
      });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        first?.focus();
      });
      links.push(make('li', [link]));
    }
    $('[data-error-count]').textContent = fill(text.errorSummary, { count: String(errors.length) });
    $('[data-error-list]').replaceChildren(...links);
    $('[data-error-summary]').hidden = errors.length === 0;
    $('[data-results-body]').hidden = errors.length > 0;
  }

  /** Nothing computed from invalid values may stay on the page, not even hidden. */
  function clearResults() {
    pristine = false;
    for (const table of $$<HTMLTableElement>('[data-compare], [data-chart-table], [data-plan-table]')) {
      table.tHead?.replaceChildren();
      table.tBodies[0]?.replaceChildren();
    }
    for (const node of $$<HTMLElement>(
      '[data-pairs], [data-warnings], [data-legend], [data-chart-svg], [data-answer], [data-flip]',
    ))
      node.replaceChildren();
  }

  function showEcho() {
    for (const echo of $$<HTMLElement>('[data-echo]')) {
      const parsed = parseDecimal(($(`#fee-${echo.dataset['echo'] ?? ''}`) as HTMLInputElement).value, 2, {
        units: true,
      });
      echo.textContent = parsed.ok && parsed.value < 10n ** 15n ? `= ${formatYuan(Number(parsed.value))}` : '';
    }
  }

  function update() {
    const parsed = parseInputs(readRaw());
    showErrors(parsed.ok ? [] : parsed.errors);
    current = parsed.ok ? parsed.state : null;
    showEcho();
    if (!current) clearResults();
    else if (!pristine || queryFromState(current) !== defaultQuery) {
      if (renderer) {
        pristine = false;
        renderer.render(root, current, text, locale);
      } else {
        // Until the results code arrives, show no stale figures.
        clearResults();
        void loadRenderer().then(update);
      }
    }
  }

  function show(state: FeeState) {
    writeRaw(rawFromState(state));
    update();
  }

  // ---- Saving, links, the prompt ----

  // (Typed by assertion: it is set inside the persistence callback, which control flow analysis does not see.)
  let restored = null as FeeState | null;
  let starting = true;
  const persistence = kit.persist({
    definition: feeStateDefinition,
    read: () => current,
    apply: (data) => {
      if (starting) restored = data;
      show(data);
    },
  });
  starting = false;

  const query = new URLSearchParams(location.search);
  const prompt = $('[data-link-prompt]');
  if (hasInputs(query)) {
    writeRaw(rawFromQuery(query, rawFromState(defaultFeeState())));
    update();
    const saved: FeeState | null = restored;
    if (saved && (!current || queryFromState(current) !== queryFromState(saved))) {
      // Saved figures differ from the link's: show the link's, save nothing until the merchant chooses.
      paused = true;
      prompt.hidden = false;
    } else if (!saved) persistence.changed();
  } else if (!restored) update();

  function resume(message: string) {
    paused = false;
    prompt.hidden = true;
    $('#fee-sales-heading').focus();
    persistence.notify(message);
  }

  $('[data-use-link]').addEventListener('click', () => {
    resume(text.linkUsed);
    persistence.changed();
    persistence.flush();
  });
  $('[data-keep-saved]').addEventListener('click', () => {
    if (restored) show(restored);
    history.replaceState(null, '', location.pathname);
    resume(text.savedRestored);
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

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'show') showOverride = null;
    if (target.name.startsWith('tier-')) tiersOverride = null;
    edited();
  });
  // Fetch the results code as soon as the merchant reaches for the form.
  for (const type of ['focusin', 'pointerdown']) root.addEventListener(type, () => void loadRenderer(), { once: true });

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const rows = visibleRows();
    const count = rows.length;
    if (button.matches('[data-tier-add]')) {
      // A new bracket goes in below the open top bracket, which moves up one row.
      setRow(tierRows[count], rowValues(rows[count - 1]));
      setRow(rows[count - 1]);
      tierRows[count]?.removeAttribute('hidden');
      cells(rows[count - 1] as HTMLElement)[0]?.focus();
    } else if (button.matches('[data-tier-remove]')) {
      const index = rows.indexOf(button.closest('[data-tier-row]') as HTMLElement);
      for (let row = index; row < count - 1; row += 1) setRow(rows[row], rowValues(rows[row + 1]));
      setRow(rows[count - 1]);
      rows[count - 1]?.setAttribute('hidden', '');
      cells(rows[Math.min(index, count - 2)] as HTMLElement)[0]?.focus();
    } else {
      share(button);
      return;
    }
    tiersOverride = null;
    tierButtons();
    edited();
  });

  /** The link as text to copy by hand; made the first time copying fails (see ShareBar.astro). */
  function linkBox(): HTMLInputElement {
    let box = root.querySelector<HTMLInputElement>('[data-share-link]');
    if (!box) {
      box = make('input', undefined, {
        class: 'fee-share-link',
        'data-share-link': '',
        type: 'text',
        readonly: '',
        'aria-label': status.closest<HTMLElement>('[data-link-label]')?.dataset['linkLabel'] ?? '',
      });
      status.after(box);
    }
    return box;
  }

  function share(button: HTMLButtonElement) {
    const shown = root.querySelector<HTMLInputElement>('[data-share-link]');
    if (shown) shown.hidden = true;
    status.textContent = '';
    if (button.matches('[data-print]')) {
      persistence.flush();
      window.print();
      return;
    }
    if (!button.matches('[data-copy-link], [data-download-csv]')) return;
    const state = current;
    if (!state) {
      status.textContent = text.fixFirst;
      return;
    }
    if (button.matches('[data-download-csv]')) {
      void loadRenderer().then((module) => {
        module.downloadCsv(state, text, locale);
      });
      return;
    }
    const url = `${location.origin}${location.pathname}?${queryFromState(state)}`;
    // Absent outside secure contexts, whatever the DOM types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    (clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
      () => (status.textContent = text.copied),
      () => {
        status.textContent = text.copyFailed;
        const box = linkBox();
        box.value = url;
        box.hidden = false;
        box.select();
      },
    );
  }

  root.dataset['ready'] = '';
});
