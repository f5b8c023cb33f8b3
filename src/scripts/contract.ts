/**
 * `<contract-checklist>`: reads the form into the contract state (src/lib/contract), fills the
 * server-rendered clauses' slots, shows the clauses and red flags that apply, and keeps the print
 * header current. Clause texts are never in this script: they are in the page, written once.
 */
import { readContractForm, contractFormValues } from '../lib/contract/form';
import { contractFieldsFromFees, offersInFees, readFees } from '../lib/contract/fee-source';
import { kpiUnits, outputLocales, type FeeModel } from '../lib/contract/model';
import { redFlagsFound } from '../lib/contract/redflag-rules';
import { contractFieldsFromScope, readScope } from '../lib/contract/scope-source';
import { selectClause, type ClauseRule } from '../lib/contract/select';
import { contractStateDefinition, type ContractState } from '../lib/contract/state';
import { BLANK, placeholderValues } from '../lib/contract/values';
import type { Bilingual, FieldError } from '../lib/fields';
import { localeOfPath } from '../lib/i18n';
import type { ScopeModule } from '../lib/scope/model';
import { storageKey } from '../lib/state';
import { sameData } from '../lib/state/same-data';
import { browserStorage, safeGet } from '../lib/state/storage';
import { readForm, setHidden, setText, showFieldErrors, writeForm } from './kit/form';
import { toolContext } from './kit/tool';

interface ContractPageData {
  clauses: Record<string, ClauseRule>;
  modules: ScopeModule[];
}

const head = {
  title: { zh: '合同检查清单', en: 'Contract checklist' },
  merchant: { zh: '商家', en: 'Merchant' },
  agency: { zh: '代运营方', en: 'Agency' },
  date: { zh: '日期', en: 'Date' },
  version: { zh: '版本', en: 'Version' },
  initialsMerchant: { zh: '商家签字缩写', en: "Merchant's initials" },
  initialsAgency: { zh: '代运营签字缩写', en: "Agency's initials" },
} satisfies Record<string, Bilingual>;

const ownerWords = {
  merchant: { zh: '商家', en: 'Merchant' },
  agency: { zh: '代运营', en: 'Agency' },
  shared: { zh: '双方', en: 'Shared' },
} satisfies Record<string, Bilingual>;

const notices = {
  filled: {
    zh: '已用你在其他工具里保存的答案填好一部分，请核对。',
    en: 'Some answers were filled in from what you saved in the other tools; please check them.',
  },
  scope: { zh: '已带入服务范围选择的答案。', en: 'Copied your scope chooser answers.' },
  fees: { zh: '已带入费用计算器的报价。', en: 'Copied the offer from the fee calculator.' },
  fix: {
    zh: '有字段需要修改（已标出）。修改前，这些字段在清单里按空白 ______ 打印。',
    en: 'Some fields need fixing (they are marked). Until then they print as blanks (______).',
  },
} satisfies Record<string, Bilingual>;

/** A CSS string for a custom property; the value cannot end the string or the declaration. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The draft's details as printed: names, date (today when empty) and version, blanks where empty. */
function metaOf(state: ContractState): Record<'merchantName' | 'agencyName' | 'draftDate' | 'draftVersion', string> {
  return {
    merchantName: state.merchantName || BLANK,
    agencyName: state.agencyName || BLANK,
    draftDate: state.draftDate || today(),
    draftVersion: state.draftVersion || BLANK,
  };
}

class ContractChecklist extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-contract-form]');
    const controls = this.querySelector<HTMLElement>('[data-store-controls]');
    const checklist = this.querySelector<HTMLElement>('[data-checklist]');
    if (!form || !controls || !checklist) return;
    const locale = localeOfPath(location.pathname);
    const kit = toolContext<ContractPageData, Record<string, string>>(this);
    const data = kit.data;
    const messages = (found: typeof errors) =>
      Object.fromEntries(Object.entries(found).map(([name, error]) => [name, kit.fieldMessage(error)]));
    const all = <T extends HTMLElement>(selector: string) => [...this.querySelectorAll<T>(selector)];
    // Looked up once, on the first full render: the page's structure never changes, only what is shown
    // and the text in it. (A first visit with an untouched form needs no full render; see the end.)
    const lookUp = () => {
      const clauseItems = all('[data-clause]').map((item) => ({
        item,
        id: item.dataset['clause'] ?? '',
        condition: item.querySelector<HTMLElement>('[data-condition]'),
        dependencies: [...item.querySelectorAll<HTMLElement>('[data-dependency]')],
        tick: item.querySelector<HTMLInputElement>('[data-tick]'),
      }));
      const slots = all('[data-slot]').map((slot) => ({
        slot,
        lang: slot.closest<HTMLElement>('[data-lang]')?.dataset['lang'] === 'en' ? ('en' as const) : ('zh' as const),
        key: slot.dataset['slot'] ?? '',
        cap: slot.hasAttribute('data-cap'),
      }));
      const topics = all('[data-topic]').map((topic) => ({
        topic,
        clauses: clauseItems.filter(({ item }) => topic.contains(item)).map(({ item }) => item),
      }));
      const flags = all('[data-flag]');
      const metaCells = all('[data-meta]');
      const kpiUnitSpans = all('[data-kpi-unit]');
      const noFlags = this.querySelector<HTMLElement>('[data-no-flags]');
      const flagsIntro = this.querySelector<HTMLElement>('[data-flags-intro]');
      const annexBlank = this.querySelector<HTMLElement>('[data-annex-blank]');
      const annexRows = all('[data-annex-service]').map((row) => ({
        service: row.dataset['annexService'] ?? '',
        blank: row.querySelector<HTMLElement>('[data-owner-blank]'),
        value: row.querySelector<HTMLElement>('[data-owner-value]'),
        words: [...row.querySelectorAll<HTMLElement>('[data-owner-value] [data-lang]')],
      }));
      return { clauseItems, slots, topics, flags, metaCells, kpiUnitSpans, noFlags, flagsIntro, annexBlank, annexRows };
    };
    let parts: ReturnType<typeof lookUp> | null = null;
    const conditional = all('[data-when]');
    let state: ContractState = contractStateDefinition.defaults();
    let errors: Record<string, FieldError> = {};
    let restored = false as boolean;

    const render = () => {
      const { clauseItems, slots, topics, flags, metaCells, kpiUnitSpans, noFlags, flagsIntro, annexBlank, annexRows } =
        (parts ??= lookUp());
      const output = state.output ?? locale;
      if (checklist.dataset['outputLang'] !== output) checklist.dataset['outputLang'] = output;
      const values = { zh: placeholderValues(state, 'zh'), en: placeholderValues(state, 'en') };
      for (const { item, id, condition, dependencies, tick } of clauseItems) {
        const rule = data.clauses[id];
        if (!rule) continue;
        const selection = selectClause(rule, state);
        setHidden(item, selection.applies === 'no');
        if (condition) setHidden(condition, selection.applies !== 'if');
        for (const dependency of dependencies) {
          setHidden(dependency, !selection.dependsOn.some((name) => name === dependency.dataset['dependency']));
        }
        if (tick) tick.checked = state.ticks[id] === true;
      }
      for (const { slot, lang, key, cap } of slots) {
        const value = values[lang][key as keyof (typeof values)['zh']] ?? null;
        const text = value ?? BLANK;
        setText(slot, cap && text.startsWith('the ') ? `T${text.slice(1)}` : text);
        if (slot.classList.contains('blank') !== (value === null)) slot.classList.toggle('blank', value === null);
      }
      for (const { topic, clauses } of topics)
        setHidden(
          topic,
          clauses.every((item) => item.hidden),
        );

      const found = new Set(redFlagsFound(state));
      for (const flag of flags) setHidden(flag, !found.has(flag.dataset['flag'] ?? ''));
      const anyFlag = flags.some((flag) => !flag.hidden);
      if (noFlags) setHidden(noFlags, anyFlag);
      if (flagsIntro) setHidden(flagsIntro, !anyFlag);

      const meta: Record<string, string> = metaOf(state);
      for (const cell of metaCells) setText(cell, meta[cell.dataset['meta'] ?? ''] ?? BLANK);

      const owned = Object.keys(state.owners).length > 0;
      if (annexBlank) setHidden(annexBlank, owned);
      for (const { service, blank, value, words } of annexRows) {
        const owner = state.owners[service];
        if (blank) setHidden(blank, owner !== undefined);
        if (value) setHidden(value, owner === undefined);
        for (const span of words) {
          setText(span, owner ? ownerWords[owner][span.dataset['lang'] === 'en' ? 'en' : 'zh'] : '');
        }
      }

      showConditional();
      const unit = state.kpiMetric ? kpiUnits[state.kpiMetric] : 'number';
      for (const span of kpiUnitSpans) setHidden(span, span.dataset['kpiUnit'] !== unit);
    };

    /** The form's fields that only apply after another answer (the page shows them all without scripts). */
    const showConditional = () => {
      const shown = contractFormValues(state);
      for (const wrapper of conditional) {
        const [field = '', accepted = ''] = (wrapper.dataset['when'] ?? '').split('=');
        const value = shown[field];
        setHidden(
          wrapper,
          !(accepted.split('|').includes(String(value)) || (value === '' && !wrapper.hasAttribute('data-when-strict'))),
        );
      }
    };

    /**
     * The printout's running header and footer: CSS @page boxes read them from custom properties on
     * :root. Set just before printing (the browser's print command and the print button both fire
     * `beforeprint`), because changing a property there makes the browser restyle the whole page.
     */
    const setPrintHeader = () => {
      const meta = metaOf(state);
      const langs = outputLocales(state.output, locale);
      const word = (key: keyof typeof head) => langs.map((lang) => head[key][lang]).join(' / ');
      const colon = (state.output ?? locale) === 'zh' ? '：' : ': ';
      const root = document.documentElement.style;
      root.setProperty(
        '--contract-head-left',
        cssString(
          `${word('title')} · ${word('merchant')}${colon}${meta.merchantName} · ${word('agency')}${colon}${meta.agencyName}`,
        ),
      );
      root.setProperty(
        '--contract-head-right',
        cssString(`${word('date')}${colon}${meta.draftDate} · ${word('version')}${colon}${meta.draftVersion}`),
      );
      root.setProperty(
        '--contract-foot-left',
        cssString(`${word('initialsMerchant')} ________   ${word('initialsAgency')} ________`),
      );
    };
    window.addEventListener('beforeprint', setPrintHeader);

    const show = (next: ContractState) => {
      state = next;
      errors = {};
      writeForm(form, contractFormValues(state));
      showFieldErrors(form, messages(errors), kit.kit);
      render();
    };

    const persistence = kit.persist<ContractState>({
      definition: contractStateDefinition,
      read: () => (Object.keys(errors).length === 0 ? state : null),
      apply: (saved) => {
        restored = true;
        show(saved);
      },
    });

    form.addEventListener('input', () => {
      const result = readContractForm(readForm(form), { owners: state.owners, ticks: state.ticks });
      state = result.state;
      errors = result.errors;
      showFieldErrors(form, messages(errors), kit.kit);
      render();
      persistence.changed();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    checklist.addEventListener('change', (event) => {
      const tick = event.target;
      if (!(tick instanceof HTMLInputElement) || !tick.dataset['tick']) return;
      const id = tick.dataset['tick'];
      const ticks = Object.fromEntries(Object.entries(state.ticks).filter(([key]) => key !== id));
      if (tick.checked) ticks[id] = true;
      state = { ...state, ticks };
      persistence.changed();
    });

    // The other tools' saved answers, read without ever writing to them.
    const storage = browserStorage();
    const read = (tool: string) => {
      const result = safeGet(storage, storageKey(tool));
      return result.ok ? result.value : null;
    };
    const scope = readScope(read('scope'));
    const fees = readFees(read('fees'));
    const offers = fees ? offersInFees(fees) : [];
    const sources = this.querySelector<HTMLElement>('[data-sources]');
    const scopeRow = this.querySelector<HTMLElement>('[data-source-scope]');
    const feesRow = this.querySelector<HTMLElement>('[data-source-fees]');
    const offerSelect = this.querySelector<HTMLSelectElement>('[data-fee-offer]');
    if (sources) sources.hidden = !scope && offers.length === 0;
    if (scopeRow) scopeRow.hidden = !scope;
    if (feesRow) feesRow.hidden = offers.length === 0;
    for (const option of offerSelect?.options ?? []) {
      const offer = offers.find((item) => item.model === option.value);
      option.hidden = option.disabled = !offer;
      option.textContent = `${option.dataset['name'] ?? ''}${offer?.label ? ` · ${offer.label}` : ''}`;
    }
    if (offerSelect && offers[0]) offerSelect.value = offers[0].model;
    const withScope = (base: ContractState) =>
      scope ? { ...base, ...contractFieldsFromScope(scope, data.modules) } : base;
    const withFees = (base: ContractState, model: FeeModel | undefined) =>
      fees && model ? { ...base, ...contractFieldsFromFees(fees, model) } : base;

    this.querySelector('[data-use-scope]')?.addEventListener('click', () => {
      show(withScope(state));
      persistence.changed();
      persistence.notify(notices.scope[locale]);
    });
    this.querySelector('[data-use-fees]')?.addEventListener('click', () => {
      show(withFees(state, offers.find((offer) => offer.model === offerSelect?.value)?.model));
      persistence.changed();
      persistence.notify(notices.fees[locale]);
    });

    const printButton = this.querySelector<HTMLButtonElement>('[data-print]');
    const printProblem = this.querySelector<HTMLElement>('[data-print-problem]');
    printButton?.addEventListener('click', () => {
      persistence.flush();
      if (printProblem) printProblem.hidden = Object.keys(errors).length === 0;
      if (Object.keys(errors).length > 0) {
        if (printProblem) printProblem.textContent = notices.fix[locale];
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      window.print();
    });

    if (restored) {
      render();
    } else if (scope || offers.length > 0) {
      const filled = withFees(
        withScope(readContractForm(readForm(form), { owners: {}, ticks: {} }).state),
        offers[0]?.model,
      );
      show(filled.foreignBrand && filled.output === null ? { ...filled, output: 'both' } : filled);
      persistence.changed();
      persistence.notify(notices.filled[locale]);
    } else {
      const untouched = readContractForm(readForm(form), { owners: {}, ticks: {} }).state;
      if (sameData(untouched, contractStateDefinition.defaults())) {
        // A first visit: the page was built showing the checklist of exactly this state, so only
        // what the build could not know is set (today's date) and the fields that wait for another
        // answer are hidden. This skips ~10 ms of looking up and re-writing ~2,000 elements at load
        // (tests/e2e/contract.spec.ts checks that a full render leaves the same checklist).
        state = untouched;
        const date = this.querySelector<HTMLElement>('[data-meta="draftDate"]');
        if (date) setText(date, metaOf(state).draftDate);
        showConditional();
      } else {
        show(untouched);
      }
    }
  }
}

setTimeout(() => {
  customElements.define('contract-checklist', ContractChecklist);
}, 0);
