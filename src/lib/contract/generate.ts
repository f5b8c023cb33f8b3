/**
 * The checklist for a merchant's answers: red flags first, then the clauses that apply, grouped by
 * topic, each with the merchant's figures in its placeholders. The page fills the same slots in the
 * server-rendered clauses; this function is the whole result as text (tests, plain-text copies).
 */
import type { Bilingual } from '../fields';
import type { Locale } from '../i18n';
import { TOPICS, outputLocales, type ClauseEntry, type OutputLanguage, type RedFlagEntry } from './model';
import { segmentTemplate, startsSentence, type Placeholder, type Segment } from './placeholders';
import { detectRedFlags } from './redflags';
import { clauseRule, selectClause, type Applies, type Dependency } from './select';
import type { ContractState } from './state';
import { BLANK, placeholderValues } from './values';

/** A clause text with its slots filled: the full string, and which slots were left blank. */
export interface FilledText {
  text: string;
  blanks: Placeholder[];
}

/** English role words ("the agency") take a capital at the start of a sentence. */
function slotText(value: string | null, segments: readonly Segment[], index: number): string {
  if (value === null) return BLANK;
  return value.startsWith('the ') && startsSentence(segments, index) ? `T${value.slice(1)}` : value;
}

/** `template` with every placeholder replaced by its value, or by ______ where the value is open. */
export function fillTemplate(template: string, values: Readonly<Record<Placeholder, string | null>>): FilledText {
  const segments = segmentTemplate(template);
  const blanks: Placeholder[] = [];
  const text = segments
    .map((segment, index) => {
      if ('text' in segment) return segment.text;
      const value = values[segment.slot];
      if (value === null && !blanks.includes(segment.slot)) blanks.push(segment.slot);
      return slotText(value, segments, index);
    })
    .join('');
  return { text, blanks };
}

export interface ChecklistClause {
  id: string;
  topic: string;
  required: boolean;
  applies: Exclude<Applies, 'no'>;
  dependsOn: Dependency[];
  title: Bilingual;
  why: Bilingual;
  /** Filled text in each output language. */
  text: Partial<Record<Locale, FilledText>>;
  /** The merchant ticked "the draft contains it". */
  ticked: boolean;
}

export interface Checklist {
  locales: Locale[];
  redFlags: ReturnType<typeof detectRedFlags>;
  clauses: ChecklistClause[];
}

/** The checklist for `state`, in `output` (or the page's language). */
export function generateChecklist(
  clauses: readonly ClauseEntry[],
  redFlags: readonly RedFlagEntry[],
  state: ContractState,
  pageLocale: Locale,
  output: OutputLanguage | null = state.output,
): Checklist {
  const locales = outputLocales(output, pageLocale);
  const values = { zh: placeholderValues(state, 'zh'), en: placeholderValues(state, 'en') };
  const topicOrder = (topic: string) => {
    const index = (TOPICS as readonly string[]).indexOf(topic);
    return index === -1 ? TOPICS.length : index;
  };
  const kept = clauses
    .map((clause, order) => ({ clause, order, selection: selectClause(clauseRule(clause), state) }))
    .filter(({ selection }) => selection.applies !== 'no')
    .sort((a, b) => topicOrder(a.clause.topic) - topicOrder(b.clause.topic) || a.order - b.order);
  return {
    locales,
    redFlags: detectRedFlags(state, redFlags),
    clauses: kept.map(({ clause, selection }) => ({
      id: clause.id,
      topic: clause.topic,
      required: clause.required,
      applies: selection.applies === 'yes' ? 'yes' : 'if',
      dependsOn: selection.dependsOn,
      title: clause.title,
      why: clause.why,
      text: Object.fromEntries(locales.map((locale) => [locale, fillTemplate(clause.text[locale], values[locale])])),
      ticked: state.ticks[clause.id] === true,
    })),
  };
}
