/**
 * Writes a checklist view (src/lib/contract/checklist-view.ts) into the server-rendered printout.
 * The element loads this module with `import()` when the answers first change (a first visit's
 * printout is the server's, so it needs none of it). The elements are looked up once, on the first
 * full render: the page's structure never changes, only what is shown and the text in it, and each
 * write touches the DOM only when it changes something.
 */
import type { Bilingual } from '../../lib/fields';
import type { Owner } from '../../lib/scope/model';
import { checklistView, type ChecklistView } from '../../lib/contract/checklist-view';
import type { Locale } from '../../lib/i18n';
import type { ClauseRule } from '../../lib/contract/select';
import type { ContractState } from '../../lib/contract/state';
import type { ScopeModule } from '../../lib/scope/model';
import type { Placeholder } from '../../lib/contract/placeholders';
import { BLANK, slotText } from '../../lib/contract/values';
import { setHidden, setText } from '../kit/form';

const language = (element: Element) =>
  element.closest<HTMLElement>('[data-lang]')?.dataset['lang'] === 'en' ? ('en' as const) : ('zh' as const);

/** The printout's elements that change with the answers. */
export function lookUpChecklist(root: HTMLElement) {
  const all = (selector: string, within: ParentNode = root) => [...within.querySelectorAll<HTMLElement>(selector)];
  const clauses = all('[data-clause]').map((item) => ({
    item,
    id: item.dataset['clause'] ?? '',
    condition: item.querySelector<HTMLElement>('[data-condition]'),
    dependencies: all('[data-dependency]', item),
    tick: item.querySelector<HTMLInputElement>('[data-tick]'),
  }));
  return {
    checklist: root,
    clauses,
    slots: all('[data-slot]').map((slot) => ({
      slot,
      lang: language(slot),
      key: (slot.dataset['slot'] ?? '') as Placeholder,
      cap: slot.hasAttribute('data-cap'),
    })),
    topics: all('[data-topic]').map((topic) => ({
      topic,
      clauses: clauses.filter(({ item }) => topic.contains(item)).map(({ item }) => item),
    })),
    flags: all('[data-flag]'),
    reasons: all('[data-reason]'),
    feeLines: all('[data-fee-line]'),
    refundLine: root.querySelector<HTMLElement>('[data-refund-line]'),
    keptNote: root.querySelector<HTMLElement>('[data-kept-note]'),
    keptItems: all('[data-kept-module]'),
    noFlags: root.querySelector<HTMLElement>('[data-no-flags]'),
    flagsIntro: root.querySelector<HTMLElement>('[data-flags-intro]'),
    metaCells: all('[data-meta]'),
    annexBlank: root.querySelector<HTMLElement>('[data-annex-blank]'),
    annexRows: all('[data-annex-service]').map((row) => ({
      service: row.dataset['annexService'] ?? '',
      blank: row.querySelector<HTMLElement>('[data-owner-blank]'),
      value: row.querySelector<HTMLElement>('[data-owner-value]'),
      words: all('[data-owner-value] [data-lang]', row).map((span) => ({ span, lang: language(span) })),
    })),
  };
}

export type ChecklistParts = ReturnType<typeof lookUpChecklist>;

/** Shows `view` in the printout; `ownerNames` are the annex's words (content, in both languages). */
export function drawChecklist(parts: ChecklistParts, view: ChecklistView, ownerNames: Record<Owner, Bilingual>): void {
  const { checklist } = parts;
  if (checklist.dataset['outputLang'] !== view.outputLang) checklist.dataset['outputLang'] = view.outputLang;
  for (const { item, id, condition, dependencies, tick } of parts.clauses) {
    const clause = view.clauses[id];
    if (!clause) continue;
    setHidden(item, clause.hidden);
    if (condition) setHidden(condition, !clause.conditional);
    for (const dependency of dependencies) {
      setHidden(dependency, !clause.dependsOn.some((name) => name === dependency.dataset['dependency']));
    }
    if (tick) tick.checked = clause.ticked;
  }
  for (const { slot, lang, key, cap } of parts.slots) {
    const value = view.slots[lang][key] ?? null;
    setText(slot, slotText(value, cap));
    if (slot.classList.contains('blank') !== (value === null)) slot.classList.toggle('blank', value === null);
  }
  for (const { topic, clauses } of parts.topics)
    setHidden(
      topic,
      clauses.every((item) => item.hidden),
    );

  // Shown by a key in a data attribute when `shown` has it.
  const showBy = (items: HTMLElement[], key: string, shown: ReadonlySet<string>) => {
    for (const item of items) setHidden(item, !shown.has(item.dataset[key] ?? ''));
  };
  showBy(parts.flags, 'flag', view.flags);
  showBy(parts.reasons, 'reason', view.reasons);
  showBy(parts.feeLines, 'feeLine', new Set([view.feeLine]));
  showBy(parts.keptItems, 'keptModule', view.kept);
  if (parts.keptNote) setHidden(parts.keptNote, view.kept.size === 0);
  if (parts.refundLine) setHidden(parts.refundLine, !view.refundLine);
  for (const flag of parts.flags) {
    const note = view.recorded.get(flag.dataset['flag'] ?? '');
    for (const recorded of flag.querySelectorAll<HTMLElement>('[data-recorded]')) {
      setHidden(recorded, note === undefined);
      setText(recorded.querySelector<HTMLElement>('[data-recorded-note]') as HTMLElement, note ?? '');
      setHidden(recorded.querySelector<HTMLElement>('[data-recorded-empty]') as HTMLElement, Boolean(note));
    }
  }
  const anyFlag = parts.flags.some((flag) => !flag.hidden);
  if (parts.noFlags) setHidden(parts.noFlags, anyFlag);
  if (parts.flagsIntro) setHidden(parts.flagsIntro, !anyFlag);

  const meta: Partial<Record<string, string>> = view.meta;
  for (const cell of parts.metaCells) setText(cell, meta[cell.dataset['meta'] ?? ''] ?? BLANK);

  if (parts.annexBlank) setHidden(parts.annexBlank, Object.keys(view.owners).length > 0);
  for (const { service, blank, value, words } of parts.annexRows) {
    const owner = view.owners[service];
    if (blank) setHidden(blank, owner !== undefined);
    if (value) setHidden(value, owner === undefined);
    for (const { span, lang } of words) setText(span, owner ? ownerNames[owner][lang] : '');
  }
}

/** What a full render needs besides the state: the page's data and language. */
export interface ChecklistContext {
  clauses: Readonly<Record<string, ClauseRule>>;
  modules: readonly ScopeModule[];
  ownerNames: Record<Owner, Bilingual>;
  locale: Locale;
}

/** A function that shows a state's checklist in `root`'s printout (`invalid`: the fields typed wrong). */
export function checklistDrawer(root: HTMLElement, context: ChecklistContext) {
  let parts: ChecklistParts | null = null;
  return (state: ContractState, today: string, invalid: ReadonlySet<string>): ChecklistView => {
    const view = checklistView(state, context.clauses, context.modules, context.locale, today, invalid);
    drawChecklist((parts ??= lookUpChecklist(root)), view, context.ownerNames);
    return view;
  };
}
