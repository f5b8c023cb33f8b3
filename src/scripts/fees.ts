/**
 * `<fee-calculator>`: wires the server-rendered form to src/lib/fees. It reads the inputs as text,
 * lets src/lib judge them, shows refusals at their fields, redraws the results from `buildView`,
 * and saves through the shared store (never while an input is invalid, and never over saved
 * figures because a link was opened: the merchant is asked first).
 */
import { CHART_SIZE, compactYuan, type ChartModel } from '../lib/fees/chart';
import { planCsv } from '../lib/fees/csv';
import { parseInputs, rawFromState, type FieldError, type RawInputs } from '../lib/fees/fields';
import { fenToPlainYuan, formatYuan, parseDecimal } from '../lib/fees/money';
import { defaultFeeState, feeStateDefinition, type FeeState } from '../lib/fees/state';
import { errorMessage, fill, offerNames, type FeeText } from '../lib/fees/text';
import { hasInputs, queryFromState, rawFromQuery } from '../lib/fees/url';
import { buildView, type FeeView } from '../lib/fees/view';
import { localeOfPath } from '../lib/i18n';
import { ToolStore } from '../lib/state';
import { attachPersistence } from './persistence';

type Attributes = Record<string, string | number>;

function make<K extends keyof HTMLElementTagNameMap>(tag: K, content?: string | Node[], attributes: Attributes = {}) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (typeof content === 'string') node.textContent = content;
  else if (content) node.append(...content);
  return node;
}

function makeSvg(tag: string, attributes: Attributes, content?: string) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (content !== undefined) node.textContent = content;
  return node;
}

/** A table body (or head) from rows of cells; the first cell of each row is a row heading. */
function rows(cells: string[][], headings: 'row' | 'col', attributes?: (row: number) => Attributes) {
  return cells.map((row, index) =>
    make(
      'tr',
      row.map((cell, column) => (headings === 'col' || column === 0 ? make('th', cell, { scope: headings }) : make('td', cell))),
      attributes?.(index),
    ),
  );
}

function drawChart(svg: SVGSVGElement, chart: ChartModel) {
  const { width, height, left, right, top, bottom } = CHART_SIZE;
  const line = (className: string, x1: number, x2: number, y1: number, y2: number) => makeSvg('line', { class: className, x1, x2, y1, y2 });
  svg.replaceChildren(
    ...chart.yTicks.map((tick) => line('fee-grid-line', left, width - right, tick.at, tick.at)),
    ...chart.yTicks.map((tick) => makeSvg('text', { class: 'fee-axis-label', x: left - 4, y: tick.at + 3, 'text-anchor': 'end' }, tick.label)),
    ...chart.xTicks.map((tick) => makeSvg('text', { class: 'fee-axis-label', x: tick.at, y: height - bottom + 14, 'text-anchor': 'middle' }, tick.label)),
    line('fee-axis', left, width - right, height - bottom, height - bottom),
    line('fee-axis', left, left, top, height - bottom),
    ...(chart.current ? [line('fee-current', chart.current.at, chart.current.at, top, height - bottom)] : []),
    ...chart.series.map((series) => makeSvg('polyline', { class: 'fee-series', 'data-model': series.id, points: series.points })),
    ...chart.crossings.map((point) => makeSvg('circle', { class: 'fee-crossing', cx: point.x, cy: point.y, r: 3 })),
  );
}

class FeeCalculator extends HTMLElement {
  connectedCallback() {
    wire(this);
  }
}

function wire(root: HTMLElement) {
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
  const $$ = <T extends Element = HTMLInputElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const locale = localeOfPath(location.pathname);
  const text = JSON.parse($('[data-fee-text]').textContent) as FeeText;
  const tierBox = $('[data-tier-rows]');
  const tierTemplate = $('[data-tier-row]').cloneNode(true) as HTMLElement;
  const status = $('[data-share-status]');
  /** Link values the form cannot hold (an unknown model code): kept as text until the merchant changes that input. */
  let showOverride: string | null = null;
  let current: FeeState | null = null;
  let view: FeeView | null = null;
  let paused = false;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  // ---- Reading and writing the form ----

  function readRaw(): RawInputs {
    const raw = { tiers: [] } as unknown as RawInputs;
    const shown: string[] = [];
    const upTo: string[] = [];
    for (const input of $$('input[name]')) {
      const { name, value, type, checked } = input;
      if (name === 'show') {
        if (checked) shown.push(value);
      } else if (type === 'radio') {
        if (checked || !(name in raw)) (raw as unknown as Record<string, string>)[name] = checked ? value : '';
      } else if (name === 'tier-upto') upTo.push(value);
      else if (name === 'tier-rate') raw.tiers.push({ upTo: upTo[raw.tiers.length] ?? '', rate: value });
      else (raw as unknown as Record<string, string>)[name] = value;
    }
    raw.show = showOverride ?? shown.join(',');
    return raw;
  }

  function renumberTiers() {
    const box = $('[data-field="tiers"]');
    const all = $$<HTMLElement>('[data-tier-row]');
    all.forEach((row, index) => {
      const n = { n: String(index + 1) };
      for (const [part, input] of [['upto', row.querySelector('[name="tier-upto"]')], ['rate', row.querySelector('[name="tier-rate"]')]] as const) {
        const id = `fee-tier-${index}-${part}`;
        const field = input?.closest('.fee-field');
        input?.setAttribute('id', id);
        field?.querySelector('label')?.setAttribute('for', id);
        field?.querySelector('.fee-error')?.setAttribute('id', `${id}-error`);
        const label = field?.querySelector('[data-label-text]');
        if (label) label.textContent = fill(box.dataset[part === 'upto' ? 'uptoLabel' : 'rateLabel'] ?? '', n);
      }
      row.querySelector('[name="tier-upto"]')?.setAttribute('placeholder', index === all.length - 1 ? (box.dataset['open'] ?? '') : '');
      const remove = row.querySelector<HTMLButtonElement>('[data-tier-remove]');
      if (remove) {
        remove.textContent = fill(box.dataset['removeLabel'] ?? '', n);
        remove.disabled = all.length === 1;
      }
    });
  }

  function writeRaw(raw: RawInputs) {
    while (tierBox.children.length < raw.tiers.length) tierBox.append(tierTemplate.cloneNode(true));
    while (tierBox.children.length > Math.max(1, raw.tiers.length)) tierBox.lastElementChild?.remove();
    renumberTiers();
    const tiers = $$('[data-tier-row]');
    tiers.forEach((row, index) => {
      const cells = row.querySelectorAll('input');
      if (cells[0]) cells[0].value = raw.tiers[index]?.upTo ?? '';
      if (cells[1]) cells[1].value = raw.tiers[index]?.rate ?? '';
    });
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
    const summary = $('[data-error-summary]');
    const links: HTMLElement[] = [];
    for (const error of errors) {
      const [field, row, part] = error.field.split('.');
      const id = row === undefined ? `fee-${field}` : `fee-tier-${row}-${part === 'upTo' ? 'upto' : 'rate'}`;
      const inputs =
        field === 'show' || field === 'on' || field === 'adpay'
          ? $$(`input[name="${field}"]`)
          : field === 'tiers' && row === undefined
            ? $$('[data-tier-row] input')
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
        field === 'show' ? $('#fee-offers-heading') : first?.type === 'text' ? first.labels?.[0] : first?.closest('fieldset')?.querySelector('legend');
      const link = make('a', `${label?.textContent.replace(/\s+/g, ' ').trim() ?? ''}: ${message}`, { href: `#${first?.id ?? id}` });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        first?.focus();
      });
      links.push(make('li', [link]));
    }
    $('[data-error-count]').textContent = fill(text.errorSummary, { count: String(errors.length) });
    $('[data-error-list]').replaceChildren(...links);
    summary.hidden = errors.length === 0;
    $('[data-results-body]').hidden = errors.length > 0;
  }

  // ---- Results ----

  function render(next: FeeView | null) {
    view = next;
    const compare = $<HTMLTableElement>('[data-compare]');
    const chartTable = $<HTMLTableElement>('[data-chart-table]');
    const planTable = $<HTMLTableElement>('[data-plan-table]');
    // Nothing computed from invalid values may stay on the page, not even hidden.
    for (const table of [compare, chartTable, planTable]) {
      table.tHead?.replaceChildren();
      table.tBodies[0]?.replaceChildren();
    }
    for (const list of ['[data-pairs]', '[data-warnings]', '[data-legend]', '[data-print-list]']) $(list).replaceChildren();
    $('[data-answer]').textContent = next?.answer ?? '';
    $('[data-flip]').textContent = next?.flip ?? '';
    if (!next) return;
    const cheapest = (id: string) => (next.columns.find((column) => column.id === id)?.cheapest ? { 'data-cheapest': '' } : {});
    compare.tHead?.append(
      make('tr', [
        make('th', text.metricHeading, { scope: 'col' }),
        ...next.columns.map((column) =>
          make('th', [column.name, ...(column.cheapest ? [make('span', text.cheapestBadge, { class: 'fee-badge' })] : [])], {
            scope: 'col',
            'data-model': column.id,
            ...cheapest(column.id),
          }),
        ),
      ]),
    );
    compare.tBodies[0]?.append(
      ...text.metrics.map((metric, row) =>
        make('tr', [
          make('th', metric, { scope: 'row' }),
          ...next.columns.map((column) =>
            make(
              'td',
              row === 0
                ? [make('span', column.cells[0], { 'data-result': 'agency-cost', 'data-model': column.id, 'data-value': fenToPlainYuan(column.monthlyFen) })]
                : column.cells[row],
              cheapest(column.id),
            ),
          ),
        ]),
      ),
    );
    $('[data-ad-return]').textContent = next.adReturn;
    $('[data-pairs]').append(
      ...next.pairs.map((pair) =>
        make('li', pair.sentence, {
          'data-result': pair.a === 'base-commission' && pair.b === 'fixed' ? 'break-even' : 'pair',
          'data-pair': `${pair.a}:${pair.b}`,
          ...(pair.breakEvenFen === null ? {} : { 'data-value': fenToPlainYuan(pair.breakEvenFen) }),
        }),
      ),
    );
    $('[data-warnings]').append(...next.warnings.map((warning) => make('li', warning)));
    $('[data-warnings-box]').hidden = next.warnings.length === 0;
    drawChart($<SVGSVGElement>('[data-chart-svg]'), next.chart);
    const enabled = next.results.enabled;
    $('[data-legend]').append(
      ...enabled.map((id) => {
        const sample = makeSvg('svg', { viewBox: '0 0 30 10', 'aria-hidden': 'true' });
        sample.append(makeSvg('line', { class: 'fee-series', 'data-model': id, x1: 0, x2: 30, y1: 5, y2: 5 }));
        return make('li', [sample, next.names[id]], { 'data-model': id });
      }),
    );
    chartTable.tHead?.append(...rows([[text.gmvHeading, ...enabled.map((id) => next.names[id])]], 'col'));
    chartTable.tBodies[0]?.append(
      ...rows(
        next.chart.rows.map((row) => [
          formatYuan(row.gmvFen) + (row.current ? ` (${text.yourSales})` : ''),
          ...enabled.map((id) => formatYuan(row.costs[id] ?? 0)),
        ]),
        'row',
        (index) => (next.chart.rows[index]?.current ? { 'data-current': '' } : {}),
      ),
    );
    planTable.tHead?.append(...rows([next.planHead], 'col'));
    planTable.tBodies[0]?.append(...rows(next.planRows, 'row', (index) => (index === 12 ? { 'data-total': '' } : {})));
    printSummary();
  }

  /** The inputs as "label: value" pairs for the printed page (controls are hidden in print). */
  function printSummary() {
    const items: HTMLElement[] = [];
    for (const field of $$<HTMLElement>('.fee-layout .fee-field, .fee-layout .fee-choice')) {
      const offer = field.closest<HTMLElement>('.fee-offer');
      if (offer?.querySelector<HTMLInputElement>('[name="show"]')?.checked === false) continue;
      const input = field.querySelector<HTMLInputElement>('input:checked, input[type="text"]');
      const label = (field.querySelector('label, legend')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const prefix = offer ? `${offer.querySelector('legend')?.textContent.trim() ?? ''} · ` : '';
      const value = input?.type === 'radio' ? (input.closest('label')?.textContent.trim() ?? '') : (input?.value ?? '');
      items.push(make('dt', prefix + label), make('dd', value || text.none));
    }
    $('[data-print-list]').replaceChildren(...items);
  }

  function showEcho() {
    for (const echo of $$<HTMLElement>('[data-echo]')) {
      const parsed = parseDecimal($<HTMLInputElement>(`#fee-${echo.dataset['echo'] ?? ''}`).value, 2, { units: true });
      const fen = parsed.ok && parsed.value <= 100_000_000_000_000n ? Number(parsed.value) : null;
      echo.textContent = fen === null ? '' : `= ${formatYuan(fen)}${locale === 'zh' && fen >= 1_000_000 ? `(${compactYuan(fen, 'zh').slice(1)})` : ''}`;
    }
  }

  function update() {
    const parsed = parseInputs(readRaw());
    showErrors(parsed.ok ? [] : parsed.errors);
    current = parsed.ok ? parsed.state : null;
    render(current && buildView(current, text, locale));
    showEcho();
  }

  function show(state: FeeState) {
    writeRaw(rawFromState(state));
    update();
  }

  // ---- Saving, links, the prompt ----

  let restored: FeeState | null = null;
  let starting = true;
  const persistence = attachPersistence({
    store: new ToolStore(feeStateDefinition),
    controls: $('[data-store-controls]'),
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
    if (paused) return;
    persistence.changed();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      // The address bar always reproduces what is on screen, so a reload never asks about its own figures.
      if (current) history.replaceState(null, '', `${location.pathname}?${queryFromState(current)}`);
    }, 400);
  }

  root.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).name === 'show') showOverride = null;
    update();
    edited();
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.matches('[data-tier-add]')) {
      const open = tierBox.lastElementChild;
      const row = tierTemplate.cloneNode(true) as HTMLElement;
      for (const input of row.querySelectorAll('input')) input.value = '';
      tierBox.insertBefore(row, open);
      renumberTiers();
      row.querySelector('input')?.focus();
    } else if (button.matches('[data-tier-remove]')) {
      const row = button.closest('[data-tier-row]');
      const next = row?.nextElementSibling ?? row?.previousElementSibling;
      row?.remove();
      renumberTiers();
      next?.querySelector<HTMLElement>('[data-tier-remove]')?.focus();
    } else {
      share(button);
      return;
    }
    update();
    edited();
  });

  function share(button: HTMLButtonElement) {
    if (!button.matches('[data-copy-link], [data-download-csv], [data-print]')) return;
    const linkBox = $<HTMLInputElement>('[data-share-link]');
    linkBox.hidden = true;
    status.textContent = '';
    if (button.matches('[data-print]')) {
      persistence.flush();
      window.print();
      return;
    }
    if (!current || !view) {
      status.textContent = text.fixFirst;
      return;
    }
    if (button.matches('[data-copy-link]')) {
      const url = `${location.origin}${location.pathname}?${queryFromState(current)}`;
      (navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
        () => (status.textContent = text.copied),
        () => {
          status.textContent = text.copyFailed;
          linkBox.value = url;
          linkBox.hidden = false;
          linkBox.select();
        },
      );
      return;
    }
    const csv = planCsv(view.results, offerNames(current.models, text, true), { ...text.csv, monthNames: text.monthNames });
    const link = make('a', '', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: text.csv.file });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  root.dataset['ready'] = '';
}

customElements.define('fee-calculator', FeeCalculator);
