/**
 * What the contract checklist shows for a state that a first visit needs, with no DOM: the draft's
 * details, which form fields apply, and the printout's running header. The checklist itself (which
 * clauses, conditions and red flags show, every slot's words) is in checklist-view.ts, which the
 * page loads when the answers first change.
 */
import type { Locale } from '../i18n';
import type { ScopeModule } from '../scope/model';
import { fill } from '../kit/strings';
import { contractFormValues } from './form';
import type { PrintWords } from './labels';
import { outputLocales } from './model';
import { keptModules } from './select';
import type { ContractState } from './state';
import { BLANK, legalName } from './values';

export type MetaKey = 'merchantName' | 'agencyName' | 'draftDate' | 'draftVersion';

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
