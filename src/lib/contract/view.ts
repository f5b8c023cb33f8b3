/**
 * What the contract checklist shows for a state, with no DOM: which clauses, conditions and red
 * flags are shown, every slot's words in each printed language, the draft's details, the annex's
 * owners, the KPI unit, which form fields apply, and the printout's running header. The server
 * renders the first visit's checklist from the same functions (select.ts, values.ts).
 */
import type { Locale } from '../i18n';
import type { Owner, ScopeModule } from '../scope/model';
import { fill } from '../kit/strings';
import { contractFormValues } from './form';
import type { PrintWords } from './labels';
import { kpiUnits, outputLocales, type FeeModel, type KpiUnit, type OutputLanguage } from './model';
import type { Placeholder } from './placeholders';
import { rulesFound } from './redflag-rules';
import { keptModules, selectClause, type ClauseRule, type Dependency } from './select';
import type { ContractState } from './state';
import { BLANK, legalName, placeholderValues } from './values';

export interface ClauseView {
  /** The clause does not apply to these answers. */
  hidden: boolean;
  /** The clause is kept until an answer is given: its "only if …" line shows. */
  conditional: boolean;
  /** The unanswered questions it waits for (each one's name is shown in the "only if" line). */
  dependsOn: readonly Dependency[];
  ticked: boolean;
}

export type MetaKey = 'merchantName' | 'agencyName' | 'draftDate' | 'draftVersion';

export interface ChecklistView {
  /** The checklist's `data-output-lang`: which language(s) the printout shows. */
  outputLang: OutputLanguage;
  /** By clause id (clauses the page data does not know are left as they are). */
  clauses: Record<string, ClauseView>;
  /** Every slot's words in each language; `null` prints a blank. */
  slots: Record<Locale, Record<Placeholder, string | null>>;
  /** Ids of the red flags shown: raised by the answers or recorded in the scorecard. */
  flags: ReadonlySet<string>;
  /** Which answers raised them (`RedFlagRule['reason']`). */
  reasons: ReadonlySet<string>;
  /** Red flags recorded for the agency in the scorecard: id → the merchant's note ('' when none). */
  recorded: ReadonlyMap<string, string>;
  /** The modules the merchant keeps: their clauses are left out, and named in a note. */
  kept: ReadonlySet<string>;
  /** The key-terms summary's fee line: the chosen model's, or the open one (''). */
  feeLine: FeeModel | '';
  /** The summary's refund line shows unless the agency guarantees nothing. */
  refundLine: boolean;
  meta: Record<MetaKey, string>;
  /** Service id → who does it; empty prints the annex's tick boxes. */
  owners: Readonly<Record<string, Owner>>;
  /** Which unit follows the KPI target field. */
  kpiUnit: KpiUnit;
}

/** A date as YYYY-MM-DD in the reader's own time zone. */
export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A party's legal names as the head of the checklist shows them: both when both are entered. */
function bothNames(zh: string, en: string): string {
  const names = [zh.trim(), en.trim()].filter((name, index, all) => name !== '' && all.indexOf(name) === index);
  return names.join(' / ') || BLANK;
}

/**
 * The draft's details as printed: names, date and version, blanks where empty. An empty date prints
 * `today`; a date typed wrong prints a blank, never today's date in its place.
 */
export function draftMeta(state: ContractState, today: string, dateInvalid = false): Record<MetaKey, string> {
  return {
    merchantName: bothNames(state.merchantNameZh, state.merchantNameEn),
    agencyName: bothNames(state.agencyNameZh, state.agencyNameEn),
    draftDate: dateInvalid ? BLANK : state.draftDate || today,
    draftVersion: state.draftVersion || BLANK,
  };
}

/**
 * The checklist for `state`; `modules` tell which modules the merchant keeps, and `invalid` names the
 * fields typed wrong (printed as blanks).
 */
export function checklistView(
  state: ContractState,
  rules: Readonly<Record<string, ClauseRule>>,
  modules: readonly Pick<ScopeModule, 'id' | 'services'>[],
  pageLocale: Locale,
  today: string,
  invalid: ReadonlySet<string> = new Set(),
): ChecklistView {
  const clauses: Record<string, ClauseView> = {};
  const kept = keptModules(state.owners, modules);
  for (const [id, rule] of Object.entries(rules)) {
    const selection = selectClause(rule, state, kept);
    clauses[id] = {
      hidden: selection.applies === 'no',
      conditional: selection.applies === 'if',
      dependsOn: selection.dependsOn,
      ticked: state.ticks[id] === true,
    };
  }
  const found = rulesFound(state);
  return {
    outputLang: state.output ?? pageLocale,
    clauses,
    slots: { zh: placeholderValues(state, 'zh'), en: placeholderValues(state, 'en') },
    flags: new Set([...found.map((rule) => rule.id), ...state.recorded.map((flag) => flag.id)]),
    reasons: new Set(found.map((rule) => rule.reason)),
    recorded: new Map(state.recorded.map((flag) => [flag.id, flag.note])),
    kept,
    feeLine: state.feeModel ?? '',
    refundLine: state.guarantee !== false,
    meta: draftMeta(state, today, invalid.has('draftDate')),
    owners: state.owners,
    kpiUnit: state.kpiMetric ? kpiUnits[state.kpiMetric] : 'number',
  };
}

/**
 * What the form's conditional fields look at: the form's values, and `csOutsourced` ('no' when the
 * matrix says the merchant does all customer service, '' otherwise).
 */
export function formConditions(
  state: ContractState,
  modules: readonly Pick<ScopeModule, 'id' | 'services'>[],
): Record<string, string | boolean> {
  return {
    ...contractFormValues(state),
    csOutsourced: keptModules(state.owners, modules).has('customer-service') ? 'no' : '',
  };
}

/**
 * Whether a form field that waits for another answer applies: `when` is "field=a|b" and `values`
 * are the form's. Unless `strict`, an undecided answer ('') shows it too, so a blank form keeps every line.
 */
export function fieldApplies(
  when: string,
  strict: boolean,
  values: Readonly<Record<string, string | boolean>>,
): boolean {
  const [field = '', accepted = ''] = when.split('=');
  const value = values[field];
  return accepted.split('|').includes(String(value)) || (value === '' && !strict);
}

/** The printout's running header and footer, in the contract's output language(s). */
export function printHeader(
  state: ContractState,
  pageLocale: Locale,
  words: PrintWords,
  today: string,
  dateInvalid = false,
): { left: string; right: string; foot: string } {
  const meta = draftMeta(state, today, dateInvalid);
  const langs = outputLocales(state.output, pageLocale);
  // One name a party, in the printed language (the page's, when both are printed): a header line has no room for two.
  const nameLocale = langs.length === 1 ? (langs[0] ?? pageLocale) : pageLocale;
  const names = (party: 'merchant' | 'agency') => legalName(state, party, nameLocale) || BLANK;
  const word = (key: keyof PrintWords) => langs.map((lang) => words[key][lang]).join(' / ');
  // Both languages side by side take the English colon, as before.
  const colon = words.colon[state.output === 'both' ? 'en' : (state.output ?? pageLocale)];
  const line = (template: string, values: Record<string, string>) => fill(template, { colon, ...values });
  return {
    left: line('{title} · {merchant}{colon}{merchantName} · {agency}{colon}{agencyName}', {
      title: word('title'),
      merchant: word('merchant'),
      agency: word('agency'),
      merchantName: names('merchant'),
      agencyName: names('agency'),
    }),
    right: line('{date}{colon}{draftDate} · {version}{colon}{draftVersion}', {
      date: word('date'),
      version: word('version'),
      draftDate: meta.draftDate,
      draftVersion: meta.draftVersion,
    }),
    foot: `${word('initialsMerchant')} ________   ${word('initialsAgency')} ________`,
  };
}
