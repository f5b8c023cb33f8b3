/**
 * `<vetting-scorecard>`: wires the server-rendered scorecard to the state in `src/lib/vetting` and
 * the shared store. It keeps one working copy of the state, edits it as the user types, and redraws
 * what depends on it (switcher, results, comparison tables). User text only ever goes in via
 * `textContent` or `value`.
 */
import type { Catalogue } from '../lib/vetting/catalogue';
import { MAX_AGENCIES } from '../lib/vetting/limits';
import {
  addAgency,
  compactAgency,
  knockoutEntryOf,
  redFlagEntryOf,
  removeAgency,
  scoreEntryOf,
} from '../lib/vetting/edit';
import { rankAgencies, scoreAgency, type AgencyResult } from '../lib/vetting/scoring';
import {
  defaultVettingState,
  vettingDefinition,
  type AgencyRecord,
  type KnockoutAnswer,
  type VettingState,
} from '../lib/vetting/state';
import type { ClientStringKey, ClientStrings } from '../lib/vetting/strings';
import { fillTemplate } from '../lib/vetting/template';
import { effectiveWeights, normalisedShares, parseWeightInput, withWeight } from '../lib/vetting/weights';
import type { Persistence } from './kit/persistence';
import { toolContext } from './kit/tool';
import { renderComparisonDetail, renderComparisonRanking, type ComparisonInput } from './vetting-comparison';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const weightErrors = { empty: 'weightEmpty', 'not-whole': 'weightNotWhole', 'out-of-range': 'weightRange' } as const;

class VettingScorecard extends HTMLElement {
  private state: VettingState = defaultVettingState();
  private activeId: string | null = null;
  private catalogue: Catalogue = { criteria: [], redFlags: [] };
  private strings = {} as ClientStrings;
  private persistence: Persistence | null = null;
  private frame = 0;
  private titles = new Map<string, string>();
  private restored = false;
  /** The comparison's detail tables are drawn only near the screen; this holds what they should show. */
  private detailInput: ComparisonInput | null = null;
  private detailNear = false;

  connectedCallback(): void {
    this.catalogue = JSON.parse(this.dataset['catalogue'] ?? '{}') as Catalogue;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as ClientStrings;
    for (const link of this.querySelectorAll<HTMLElement>('[data-detail-template] [data-title]')) {
      const id = link.closest('tr')?.dataset['row'];
      if (id) this.titles.set(id, link.textContent.trim());
    }
    this.dataset['ready'] = '';
    this.addEventListener('input', (event) => {
      this.edit(event.target as Field, false);
    });
    this.addEventListener('change', (event) => {
      this.edit(event.target as Field, true);
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action) this.act(action);
    });
    window.addEventListener('beforeprint', () => {
      this.persistence?.flush();
      this.renderResults();
      this.drawDetail();
      // Only on paper; set here because the first date formatting of a locale is slow (it loads the locale's data).
      const printed = this.querySelector('[data-printed-on]');
      if (printed)
        printed.textContent = this.t('printedOn', {
          date: new Date().toLocaleDateString(document.documentElement.lang),
        });
    });
    const detailBox = this.querySelector('[data-detail-box]');
    if (detailBox) {
      new IntersectionObserver(
        (entries) => {
          this.detailNear = entries.some((entry) => entry.isIntersecting);
          if (this.detailNear) this.drawDetail();
        },
        { rootMargin: '100% 0px' },
      ).observe(detailBox);
    }
    this.persistence = toolContext(this).persist({
      definition: vettingDefinition,
      read: () => {
        this.state.agencies.forEach(compactAgency);
        return this.state;
      },
      apply: (data) => {
        this.restored = true;
        this.load(data);
      },
    });
    if (!this.restored) this.renderAll();
  }

  private t(key: ClientStringKey, values: Record<string, string | number> = {}): string {
    return fillTemplate(this.strings[key], values);
  }

  private one(selector: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`vetting-scorecard: missing ${selector}`);
    return element;
  }

  private active(): AgencyRecord | undefined {
    return this.state.agencies.find((agency) => agency.id === this.activeId);
  }

  private nameOf(agency: AgencyRecord): string {
    return agency.name.trim() || this.t('agencyFallback', { n: this.state.agencies.indexOf(agency) + 1 });
  }

  /** Shows a state from storage, another tab, an import or an undo. */
  private load(data: VettingState): void {
    this.state = structuredClone(data);
    if (!this.active()) this.activeId = this.state.agencies[0]?.id ?? null;
    this.renderAll();
  }

  private changed(): void {
    this.persistence?.changed();
    this.scheduleResults();
  }

  /** Applies one edit from a form field. `committed` is true for `change` events. */
  private edit(target: Field, committed: boolean): void {
    const field = target.dataset['field'];
    const isChoice = target instanceof HTMLSelectElement || target.type === 'radio' || target.type === 'checkbox';
    if (!field || isChoice !== committed) return;
    if (field === 'active') {
      this.activeId = target.value;
      this.renderAll();
      return;
    }
    if (field === 'weight') {
      this.editWeight(target as HTMLInputElement);
      return;
    }
    const agency = this.active();
    if (!agency) return;
    const item = target.closest<HTMLElement>('[data-id]');
    const id = item?.dataset['id'] ?? '';
    const value = target.value;
    switch (field) {
      case 'name':
        agency.name = value;
        this.renderNames();
        break;
      case 'notes':
        agency.notes = value;
        break;
      case 'ko':
        knockoutEntryOf(agency, id).answer = value as KnockoutAnswer;
        break;
      case 'ko-note':
        knockoutEntryOf(agency, id).note = value;
        break;
      case 'score':
        scoreEntryOf(agency, id).score = value === '' ? null : Number(value);
        break;
      case 'note':
      case 'evidence':
        scoreEntryOf(agency, id)[field] = value;
        break;
      case 'flag':
        redFlagEntryOf(agency, id).observed = (target as HTMLInputElement).checked;
        if (item) this.showFlagEffect(item, (target as HTMLInputElement).checked);
        break;
      case 'flag-note':
        redFlagEntryOf(agency, id).note = value;
        break;
      default:
        return;
    }
    this.changed();
  }

  private editWeight(input: HTMLInputElement): void {
    const id = input.closest<HTMLElement>('[data-id]')?.dataset['id'] ?? '';
    const parsed = parseWeightInput(input.value);
    this.showWeightError(input, parsed.ok ? '' : this.t(weightErrors[parsed.reason]));
    if (!parsed.ok) return;
    this.state.weights = withWeight(this.state.weights, this.catalogue, id, parsed.weight);
    this.changed();
  }

  private showWeightError(input: HTMLInputElement, message: string): void {
    const error = this.one(`#${input.id}-error`);
    error.textContent = message;
    error.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  private act(action: string): void {
    if (action === 'add') {
      const agency = addAgency(this.state);
      if (!agency) {
        this.persistence?.notify(this.t('full'), 'error');
        return;
      }
      this.activeId = agency.id;
      this.renderAll();
      this.changed();
      (this.one('#vs-agency-name') as HTMLInputElement).focus();
    } else if (action === 'remove') {
      const agency = this.active();
      if (!agency || !window.confirm(this.t('removeConfirm', { name: this.nameOf(agency) }))) return;
      const name = this.nameOf(agency);
      const index = removeAgency(this.state, agency.id);
      this.activeId = (this.state.agencies[index] ?? this.state.agencies[index - 1])?.id ?? null;
      this.renderAll();
      this.changed();
      this.persistence?.notify(this.t('removed', { name }));
      (this.querySelector<HTMLElement>('[data-switcher] input:checked') ?? this.one('[data-action="add"]')).focus();
    } else if (action === 'reset-weights') {
      this.state.weights = {};
      this.renderWeightInputs();
      this.changed();
      this.persistence?.notify(this.t('weightsReset'));
    }
  }

  private renderAll(): void {
    this.renderSwitcher();
    this.renderEditor();
    this.renderWeightInputs();
    this.renderResults();
  }

  private renderSwitcher(): void {
    const { agencies } = this.state;
    const list = this.one('[data-switcher]');
    const select = this.one('#vs-compare-switch') as HTMLSelectElement;
    list.replaceChildren();
    select.replaceChildren();
    for (const agency of agencies) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      const span = document.createElement('span');
      input.type = 'radio';
      input.name = 'vs-active';
      input.value = agency.id;
      input.dataset['field'] = 'active';
      input.checked = agency.id === this.activeId;
      span.dataset['nameOf'] = agency.id;
      label.append(input, span);
      list.append(label);
      select.add(new Option('', agency.id, false, agency.id === this.activeId));
    }
    this.renderNames();
    this.one('[data-switcher-box]').hidden = agencies.length === 0;
    this.one('[data-compare-switch-box]').hidden = agencies.length < 2;
    this.one('[data-empty-note]').hidden = agencies.length > 0;
    const full = agencies.length >= MAX_AGENCIES;
    (this.one('[data-action="add"]') as HTMLButtonElement).disabled = full;
    this.one('[data-full-note]').hidden = !full;
    this.toggleAttribute('data-empty', agencies.length === 0);
  }

  /** Updates every place that shows agency names, without rebuilding the switcher. */
  private renderNames(): void {
    for (const agency of this.state.agencies) {
      const name = this.nameOf(agency);
      for (const element of this.querySelectorAll<HTMLElement>(`[data-name-of="${agency.id}"]`))
        element.textContent = name;
      const option = (this.one('#vs-compare-switch') as HTMLSelectElement).querySelector<HTMLOptionElement>(
        `option[value="${agency.id}"]`,
      );
      if (option) option.text = name;
    }
    this.scheduleResults();
  }

  /**
   * The editor, put on the page from its <template> the first time an agency is shown. Until then
   * the page holds none of its fields (see AgencyEditor.astro).
   */
  private editor(): HTMLElement {
    const template = this.querySelector<HTMLTemplateElement>('template[data-editor-template]');
    template?.replaceWith(template.content);
    return this.one('[data-editor]');
  }

  private renderEditor(): void {
    const agency = this.active();
    if (!agency) {
      const editor = this.querySelector<HTMLElement>('[data-editor]');
      if (editor) editor.hidden = true;
      return;
    }
    const editor = this.editor();
    editor.hidden = false;
    const set = (field: Field | null, value: string) => {
      if (field && field.value !== value) field.value = value;
    };
    set(editor.querySelector('[data-field="name"]'), agency.name);
    set(editor.querySelector('[data-field="notes"]'), agency.notes);
    for (const item of editor.querySelectorAll<HTMLElement>('[data-id]')) {
      const id = item.dataset['id'] ?? '';
      const kind = item.dataset['kind'];
      const check = (value: string) => {
        for (const radio of item.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
          radio.checked = radio.value === value;
      };
      if (kind === 'knockout') {
        const entry = agency.knockouts[id];
        check(entry?.answer ?? 'unchecked');
        set(item.querySelector('[data-field="ko-note"]'), entry?.note ?? '');
      } else if (kind === 'scored') {
        const entry = agency.scores[id];
        check(String(entry?.score ?? ''));
        set(item.querySelector('[data-field="note"]'), entry?.note ?? '');
        set(item.querySelector('[data-field="evidence"]'), entry?.evidence ?? '');
      } else if (kind === 'flag') {
        const entry = agency.redFlags[id];
        const box = item.querySelector<HTMLInputElement>('[data-field="flag"]');
        if (box) box.checked = entry?.observed ?? false;
        set(item.querySelector('[data-field="flag-note"]'), entry?.note ?? '');
        this.showFlagEffect(item, entry?.observed ?? false);
      }
    }
  }

  private showFlagEffect(item: HTMLElement, observed: boolean): void {
    const effect = item.querySelector<HTMLElement>('[data-flag-effect]');
    if (effect) effect.hidden = !observed;
    item.toggleAttribute('data-observed', observed);
  }

  private renderWeightInputs(): void {
    const weights = effectiveWeights(this.catalogue, this.state.weights);
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-field="weight"]')) {
      const id = input.closest<HTMLElement>('[data-id]')?.dataset['id'] ?? '';
      input.value = String(weights.get(id) ?? '');
      this.showWeightError(input, '');
    }
  }

  private scheduleResults(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.renderResults();
    });
  }

  /** Everything computed from the state: weights' shares, statuses, ranking and comparison tables. */
  private renderResults(): void {
    cancelAnimationFrame(this.frame);
    const weights = effectiveWeights(this.catalogue, this.state.weights);
    const shares = normalisedShares(weights);
    const allZero = [...weights.values()].every((weight) => weight === 0);
    const weightError = this.one('[data-weights-error]');
    weightError.textContent = allZero ? this.t('allZero') : '';
    weightError.hidden = !allZero;
    const changedCount = Object.keys(this.state.weights).filter((id) => weights.has(id)).length;
    this.one('[data-weights-changed]').textContent = changedCount
      ? `(${this.t('weightsChanged', { n: changedCount })})`
      : '';
    for (const [id, weight] of weights) {
      const share = `${((shares.get(id) ?? 0) / 10).toFixed(1)}%`;
      const label = weight === 0 ? this.t('weightOff') : this.t('weightShare', { w: weight, share });
      for (const element of this.querySelectorAll<HTMLElement>(`[data-weight-of="${id}"]`)) element.textContent = label;
      const cell = this.querySelector<HTMLElement>(`[data-share-of="${id}"]`);
      if (cell) cell.textContent = weight === 0 ? '—' : share;
    }
    const results = this.state.agencies.map((agency) => scoreAgency(agency, this.catalogue, weights));
    this.renderAgencyStatus(results.find((result) => result.agencyId === this.activeId));
    this.renderProgress();
    const input: ComparisonInput = {
      root: this,
      state: this.state,
      ranked: rankAgencies(results),
      activeId: this.activeId,
      nameOf: (agency) => this.nameOf(agency),
      titleOf: (id) => this.titles.get(id) ?? id,
      t: (key, values) => this.t(key, values),
    };
    renderComparisonRanking(input);
    this.detailInput = input;
    if (this.detailNear) this.drawDetail();
  }

  /** Draws the comparison's detail tables if anything changed since they were last drawn. */
  private drawDetail(): void {
    if (!this.detailInput) return;
    renderComparisonDetail(this.detailInput);
    this.detailInput = null;
  }

  private renderAgencyStatus(result: AgencyResult | undefined): void {
    if (!result) {
      // No agency shown: the editor, which holds the status line, may not be on the page yet.
      this.querySelector('[data-agency-status]')?.replaceChildren();
      return;
    }
    const status = this.one('[data-agency-status]');
    status.replaceChildren();
    const { knockouts, total } = result;
    const line = document.createElement('strong');
    line.textContent =
      knockouts.status === 'excluded'
        ? this.t('excludedBecause', {
            list: knockouts.failed.map((id) => this.titles.get(id) ?? id).join(this.t('listSeparator')),
          })
        : knockouts.status === 'pending'
          ? this.t('pending', { n: knockouts.unchecked.length })
          : this.t('passed');
    status.dataset['status'] = knockouts.status;
    const score = document.createElement('span');
    score.textContent = ` · ${total === null ? this.t('notScored') : `${total}/100`}`;
    status.append(line, score);
  }

  private renderProgress(): void {
    const agency = this.active();
    for (const group of this.querySelectorAll<HTMLElement>('[data-editor] [data-group]')) {
      const ids = [...group.querySelectorAll<HTMLElement>('[data-kind="scored"]')].map(
        (item) => item.dataset['id'] ?? '',
      );
      const done = ids.filter((id) => (agency?.scores[id]?.score ?? null) !== null).length;
      const progress = group.querySelector('[data-progress-of]');
      if (progress) progress.textContent = this.t('groupProgress', { done, all: ids.length });
    }
  }
}

setTimeout(() => {
  customElements.define('vetting-scorecard', VettingScorecard);
}, 0);
