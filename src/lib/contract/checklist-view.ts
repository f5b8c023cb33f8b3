/**
 * What the contract checklist shows for a state, with no DOM: which clauses, conditions and red
 * flags are shown, every slot's words in each printed language, the draft's details, the annex's
 * owners and the KPI unit. The server renders the first visit's checklist from the same functions
 * (select.ts, values.ts); the page loads this module when the answers first change.
 */
import type { Locale } from '../i18n';
import type { Owner, ScopeModule } from '../scope/model';
import { kpiUnits, type FeeModel, type KpiUnit, type OutputLanguage } from './model';
import type { Placeholder } from './placeholders';
import { rulesFound } from './redflag-rules';
import { keptModules, selectClause, type ClauseRule, type Dependency } from './select';
import type { ContractState } from './state';
import { placeholderValues } from './values';
import { draftMeta, type MetaKey } from './view';

export interface ClauseView {
  /** The clause does not apply to these answers. */
  hidden: boolean;
  /** The clause is kept until an answer is given: its "only if …" line shows. */
  conditional: boolean;
  /** The unanswered questions it waits for (each one's name is shown in the "only if" line). */
  dependsOn: readonly Dependency[];
  ticked: boolean;
}

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
