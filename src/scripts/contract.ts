/**
 * `<contract-checklist>`: reads the form into the contract state (src/lib/contract), shows the
 * checklist's view of it in the server-rendered printout, and keeps the print header current.
 * Clause texts are never in this script: they are in the page, written once; its interface words
 * come in `data-strings`, the printout's words in `data-page-data`.
 */
import { contractFormValues, keptFields, readContractForm, type KeptFields } from '../lib/contract/form';
import type { PrintWords } from '../lib/contract/labels';
import type { ClauseRule } from '../lib/contract/select';
import { contractStateDefinition, type ContractState } from '../lib/contract/state';
import type { ContractClientStrings } from '../lib/contract/strings';
import { withTick } from '../lib/contract/ticks';
import type { Sources } from '../lib/contract/update';
import { draftMeta, fieldApplies, formConditions, isoDate, printHeader } from '../lib/contract/view';
import type { Bilingual, FieldError } from '../lib/fields';
import type { Owner, ScopeModule } from '../lib/scope/model';
import { sameData } from '../lib/state/same-data';
import type { checklistDrawer } from './contract/checklist';
import { wirePrint } from './contract/print';
import { hasSources, withSavedSources, type Reader } from './contract/sources';
import { readForm, setHidden, setText, showFieldErrors, writeForm } from './kit/form';
import { defineTool, type ToolContext } from './kit/tool';

interface ContractPageData {
  clauses: Record<string, ClauseRule>;
  modules: ScopeModule[];
  /** Printed in the contract's output language(s), so in both languages. */
  printWords: PrintWords;
  ownerNames: Record<Owner, Bilingual>;
}

defineTool<ContractPageData, ContractClientStrings>('contract-checklist', (tool) => {
  withSavedSources((sources, reader) => {
    start(tool, sources, reader);
  });
});

/** The checklist, given what the other tools saved and the reader of it (`null` when nothing is saved). */
function start(tool: ToolContext<ContractPageData, ContractClientStrings>, sources: Sources, reader: Reader | null) {
  const { data, locale, t } = tool;
  const form = tool.one<HTMLFormElement>('[data-contract-form]');
  const checklist = tool.one('[data-checklist]');
  const conditional = tool.all('[data-when]');
  const kpiUnitSpans = tool.all('[data-kpi-unit]');
  const today = () => isoDate(new Date());
  // Loaded on the first full render, or when the merchant first steps into the form (a first visit
  // with an untouched form shows the server's printout and needs none of it; see the end).
  let draw: ReturnType<typeof checklistDrawer> | null = null;
  let loading: Promise<void> | null = null;
  let queued = false;
  let state: ContractState = contractStateDefinition.defaults();
  let errors: Record<string, FieldError> = {};
  let restored = false as boolean;

  /** The form's fields that only apply after another answer (the page shows them all without scripts). */
  const showConditional = () => {
    const values = formConditions(state, data.modules);
    for (const wrapper of conditional) {
      const applies = fieldApplies(wrapper.dataset['when'] ?? '', wrapper.hasAttribute('data-when-strict'), values);
      setHidden(wrapper, !applies);
    }
  };

  const loadDraw = () =>
    (loading ??= import('./contract/checklist').then(
      ({ checklistDrawer }) => {
        draw = checklistDrawer(checklist, { ...data, locale });
      },
      () => {
        loading = null; // The next change tries again (the page was offline, say).
      },
    ));
  const drawNow = () => {
    queued = false;
    if (!draw) return;
    const view = draw(state, today(), new Set(Object.keys(errors)));
    for (const span of kpiUnitSpans) setHidden(span, span.dataset['kpiUnit'] !== view.kpiUnit);
  };
  const render = () => {
    reader?.panel.showProvenance(tool.root, state, sources, t);
    showConditional();
    if (draw) drawNow();
    else if (!queued) {
      queued = true;
      void loadDraw().then(drawNow);
    }
  };
  form.addEventListener('focusin', () => void loadDraw(), { once: true });

  const showErrors = () => {
    const messages = Object.entries(errors).map(([name, error]) => [name, tool.fieldMessage(error)] as const);
    showFieldErrors(form, Object.fromEntries(messages), tool.kit);
  };

  const show = (next: ContractState) => {
    state = next;
    errors = {};
    writeForm(form, contractFormValues(state));
    showErrors();
    render();
  };

  const persistence = tool.persist<ContractState>({
    definition: contractStateDefinition,
    read: () => (Object.keys(errors).length === 0 ? state : null),
    apply: (saved) => {
      restored = true;
      show(saved);
    },
  });
  const changed = (next: ContractState, notice?: string) => {
    show(next);
    persistence.changed();
    if (notice) persistence.notify(notice);
  };

  const readTyped = (kept: KeptFields) => readContractForm(readForm(form), kept);
  form.addEventListener('input', () => {
    ({ state, errors } = readTyped(keptFields(state)));
    showErrors();
    render();
    persistence.changed();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  checklist.addEventListener('change', (event) => {
    const tick = event.target;
    if (!(tick instanceof HTMLInputElement) || !tick.dataset['tick']) return;
    state = withTick(state, tick.dataset['tick'], tick.checked);
    persistence.changed();
  });

  reader?.panel.showSources(tool.root, sources, t);
  const offerSelect = tool.one<HTMLSelectElement>('[data-fee-offer]');
  tool.one('[data-use-scope]').addEventListener('click', () => {
    if (reader) changed(reader.update.withScope(state, sources, data.modules), t('noticeScope'));
  });
  tool.one('[data-use-case]').addEventListener('click', () => {
    if (reader) changed(reader.update.withCase(state, sources), t('noticeCase'));
  });
  tool.one('[data-use-fees]').addEventListener('click', () => {
    if (reader) changed(reader.update.withFees(state, sources, offerSelect.value), t('noticeFees'));
  });

  wirePrint(tool.root, {
    form,
    header: () => printHeader(state, locale, data.printWords, today(), 'draftDate' in errors),
    problem: () => {
      persistence.flush();
      return Object.keys(errors).length === 0 ? null : t('noticeFix');
    },
  });

  const untouched = readTyped(keptFields(contractStateDefinition.defaults())).state;
  if (reader && restored && sources.choice && reader.update.caseChoiceChanged(state, sources.choice)) {
    // The merchant chose another agency or offer in the case file since: all of it follows the choice.
    changed(
      reader.update.withCase(state, sources),
      t('noticeCaseChanged', reader.panel.caseWords(sources.choice, tool.root, t)),
    );
  } else if (restored) {
    render();
  } else if (reader && hasSources(sources)) {
    changed(reader.update.prefilled(untouched, sources, data.modules), t('noticeFilled'));
  } else if (sameData(untouched, contractStateDefinition.defaults())) {
    // A first visit: the page was built showing the checklist of exactly this state, so only what
    // the build could not know is set (today's date) and the fields that wait for another answer
    // are hidden. This skips ~10 ms of looking up and re-writing ~2,000 elements at load
    // (tests/e2e/contract.spec.ts checks that a full render leaves the same checklist).
    state = untouched;
    setText(tool.one('[data-meta="draftDate"]'), draftMeta(state, today()).draftDate);
    showConditional();
  } else {
    show(untouched);
  }
}
