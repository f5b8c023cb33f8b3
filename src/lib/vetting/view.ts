/**
 * What the scorecard shows for a state, already worded: the agency switcher, the status line and
 * progress of the agency being scored, the weights' shares, the ranking and the detail tables. The
 * element only writes these into the page (src/scripts/vetting/).
 */
import type { Translate } from '../kit/strings';
import { criterionGroups, knockoutCriteria, scoredCriteria, type Catalogue, type CriterionGroup } from './catalogue';
import { MAX_AGENCIES } from './limits';
import { rankAgencies, scoreAgency, type AgencyResult, type RankedAgency } from './scoring';
import type { AgencyRecord, VettingState } from './state';
import type { ScriptStrings } from './strings';
import { countedWeights, effectiveWeights, weightShares } from './weights';

/** Agencies per detail table: four columns of notes still fit an A4 page in portrait. */
export const COLUMNS_PER_TABLE = 4;

/** What the view needs besides the state: the catalogue, the words, and the criteria's titles. */
export interface ViewContext {
  catalogue: Catalogue;
  t: Translate<ScriptStrings>;
  /** A criterion's or red flag's title in the page's language. */
  titleOf: (id: string) => string;
}

/** A piece of a table cell: text in a `span` or `strong` with a class, or bare text. */
export interface Part {
  text: string;
  tag?: 'span' | 'strong';
  className?: string;
}

export interface CellView {
  attrs: Record<string, string>;
  parts: Part[];
}

export interface RankingRow {
  attrs: Record<string, string>;
  rank: string;
  name: string;
  status: string;
  trust: string;
  total: string;
  detail: string;
  unchecked: string;
}

export interface DetailTableView {
  caption: string;
  /** One column per agency, in the order they were added; `active` is the agency being scored. */
  columns: { name: string; active: boolean }[];
  total: CellView[];
  unchecked: CellView[];
  /** Each agency's general notes (contacts, meeting dates, quote), so that they print. */
  notes: CellView[];
  /** Cells by criterion or red-flag id; a red flag nobody showed is hidden, as is a section of none. */
  rows: { id: string; hidden: boolean; notApplicable: boolean; cells: CellView[] }[];
  flagsHidden: boolean;
}

export interface VettingView {
  /** Every agency's shown name (its own, or "Agency 3" while empty), in the order they were added. */
  agencies: { id: string; name: string; active: boolean }[];
  full: boolean;
  /** The status line of the agency being scored (`null` when none is). */
  status: { status: AgencyResult['knockouts']['status']; line: string; score: string } | null;
  /** "3 of 7 scored" by group, for the agency being scored. */
  progress: { group: CriterionGroup; text: string }[];
  /** Each scored criterion's weight as the field shows it, its label and its share. */
  weights: { id: string; value: string; label: string; share: string; notApplicable: boolean }[];
  /** The sum of the counted weights, and the share it stands for ('100%', or '—' when it is 0). */
  weightTotal: { points: string; share: string };
  /** The message when no weight counts (all 0 or not applicable), else ''. */
  allZero: string;
  /** Which scored criteria count for no agency (not applicable, or weight 0), or '' when all count. */
  leftOut: string;
  /** One line near the top: each agency's rank and total, in the ranking's order ('' with none). */
  summary: string;
  /** "(2 changed)", or '' when every weight is the default. */
  weightsChanged: string;
  ranking: RankingRow[];
  ranked: RankedAgency[];
}

export function agencyName(state: VettingState, agency: AgencyRecord, t: ViewContext['t']): string {
  return agency.name.trim() || t('agencyFallback', { n: state.agencies.indexOf(agency) + 1 });
}

/** The status, trust and total lines of one agency, shared by the ranking, the detail and the editor. */
function describe(result: AgencyResult, { t, titleOf }: ViewContext) {
  const { knockouts, redFlags } = result;
  const status =
    knockouts.status === 'excluded'
      ? t('excludedBecause', { list: knockouts.failed.map(titleOf).join(t('listSeparator')) })
      : knockouts.status === 'pending'
        ? t('pending', { n: knockouts.unchecked.length })
        : t('passed');
  const flags = redFlags.observed
    .map((flag) => t('flagWithPoints', { title: titleOf(flag.id), points: t('points', { n: flag.penalty }) }))
    .join(t('listSeparator'));
  const trust =
    redFlags.trust === 'ok' ? t('trustOk') : t(redFlags.trust === 'low' ? 'trustLow' : 'trustLowered', { list: flags });
  const total = result.total === null ? t('notScored') : `${result.total}/100`;
  const parts =
    result.score === null
      ? []
      : [t('scoreLine', { score: result.score, penalty: redFlags.penalty }), t('coverage', { n: result.coverage })];
  if (result.provisional) parts.push(t('provisional'));
  const unchecked = t('unchecked', { k: knockouts.unchecked.length, n: result.unscored.length });
  return { status, trust, total, detail: parts.join(' · '), unchecked };
}

function weightsView(state: VettingState, { catalogue, t, titleOf }: ViewContext) {
  const weights = effectiveWeights(catalogue, state.weights);
  const counted = countedWeights(weights, state.notApplicable);
  const shares = weightShares(counted);
  const rows = [...weights].map(([id, weight]) => {
    const share = `${((shares.get(id) ?? 0) / 10).toFixed(1)}%`;
    const notApplicable = state.notApplicable.includes(id);
    return {
      id,
      value: String(weight),
      label: notApplicable
        ? t('weightNotApplicable', { w: weight })
        : weight === 0
          ? t('weightOff')
          : t('weightShare', { w: weight, share }),
      share: notApplicable ? t('notApplicable') : weight === 0 ? '—' : share,
      notApplicable,
    };
  });
  const total = [...counted.values()].reduce((sum, weight) => sum + weight, 0);
  const changed = Object.keys(state.weights).filter((id) => weights.has(id)).length;
  const left = [...counted].filter(([, weight]) => weight === 0).map(([id]) => titleOf(id));
  return {
    weights: rows,
    weightTotal: { points: String(total), share: total === 0 ? '—' : '100%' },
    allZero: total === 0 ? t('allZero') : '',
    leftOut: left.length > 0 ? t('leftOut', { list: left.join(t('nameSeparator')) }) : '',
    weightsChanged: changed ? t('weightsChanged', { n: changed }) : '',
    results: state.agencies.map((agency) => scoreAgency(agency, catalogue, counted)),
  };
}

export function vettingView(state: VettingState, activeId: string | null, context: ViewContext): VettingView {
  const { t, catalogue } = context;
  const { results, ...weights } = weightsView(state, context);
  const active = state.agencies.find((agency) => agency.id === activeId);
  const activeResult = results.find((result) => result.agencyId === activeId);
  const activeText = activeResult && describe(activeResult, context);
  const ranked = rankAgencies(results);
  return {
    agencies: state.agencies.map((agency) => ({
      id: agency.id,
      name: agencyName(state, agency, t),
      active: agency.id === activeId,
    })),
    full: state.agencies.length >= MAX_AGENCIES,
    status:
      activeResult && activeText
        ? {
            status: activeResult.knockouts.status,
            line: activeText.status,
            score: ` · ${activeResult.total === null ? t('notScored') : `${activeResult.total}/100`}`,
          }
        : null,
    progress: criterionGroups.map((group) => {
      const ids = scoredCriteria(catalogue)
        .filter((criterion) => criterion.group === group && !state.notApplicable.includes(criterion.id))
        .map((criterion) => criterion.id);
      const done = ids.filter((id) => (active?.scores[id]?.score ?? null) !== null).length;
      return { group, text: t('groupProgress', { done, all: ids.length }) };
    }),
    ...weights,
    ranked,
    summary:
      ranked.length === 0
        ? ''
        : t('rankingSummary', {
            list: ranked
              .map(({ result, rank }) => {
                const agency = state.agencies.find((candidate) => candidate.id === result.agencyId);
                const total =
                  result.knockouts.status === 'excluded'
                    ? t('excludedShort')
                    : result.total === null
                      ? t('notScored')
                      : `${result.total}/100${result.provisional ? t('provisionalShort') : ''}${
                          result.knockouts.status === 'pending' ? t('pendingShort') : ''
                        }`;
                return t('summaryItem', {
                  rank: rank === null ? '' : t('rank', { n: rank }),
                  name: agency ? agencyName(state, agency, t) : '',
                  total,
                }).trim();
              })
              .join(t('listSeparator')),
          }),
    ranking: ranked.map(({ result, rank }) => {
      const agency = state.agencies.find((candidate) => candidate.id === result.agencyId);
      const text = describe(result, context);
      return {
        attrs: { 'data-status': result.knockouts.status, 'data-trust': result.redFlags.trust },
        rank: rank === null ? t('noRank') : t('rank', { n: rank }),
        name: agency ? agencyName(state, agency, t) : '',
        status: text.status,
        trust: text.trust,
        total: text.total,
        detail: text.detail,
        unchecked: text.unchecked,
      };
    }),
  };
}

const value = (text: string): Part => ({ tag: 'span', className: 'vs-cell-value', text });
const note = (text: string): Part[] => (text ? [{ tag: 'span', className: 'vs-cell-note', text }] : []);

function knockoutCell(agency: AgencyRecord, id: string, t: ViewContext['t']): CellView {
  const entry = agency.knockouts[id];
  const answer = entry?.answer ?? 'unchecked';
  const shown = answer === 'yes' ? `✓ ${t('yes')}` : answer === 'no' ? `✗ ${t('no')}` : t('uncheckedAnswer');
  return { attrs: { 'data-answer': answer }, parts: [value(shown), ...note(entry?.note ?? '')] };
}

function scoreCell(agency: AgencyRecord, id: string, t: ViewContext['t']): CellView {
  const entry = agency.scores[id];
  const score = entry?.score ?? null;
  return {
    attrs: { 'data-score': String(score ?? '') },
    parts: [
      value(score === null ? '—' : `${score}/5`),
      ...note(entry?.note ?? ''),
      ...note(entry?.evidence ? t('evidenceLine', { text: entry.evidence }) : ''),
    ],
  };
}

function redFlagCell(agency: AgencyRecord, id: string, t: ViewContext['t']): CellView {
  const entry = agency.redFlags[id];
  if (!entry?.observed) return { attrs: {}, parts: [] };
  return { attrs: { 'data-observed': '' }, parts: [value(`⚠ ${t('observed')}`), ...note(entry.note)] };
}

/**
 * The detail tables: agencies as columns in the order they were added (so a column does not jump
 * while being filled in), `COLUMNS_PER_TABLE` to a table.
 */
export function detailTables(
  state: VettingState,
  view: VettingView,
  activeId: string | null,
  context: ViewContext,
): DetailTableView[] {
  const { t, catalogue } = context;
  const tables: DetailTableView[] = [];
  for (let start = 0; start < state.agencies.length; start += COLUMNS_PER_TABLE) {
    const agencies = state.agencies.slice(start, start + COLUMNS_PER_TABLE);
    const results = agencies.map(
      (agency) => view.ranked.find((entry) => entry.result.agencyId === agency.id)?.result as AgencyResult,
    );
    const texts = results.map((result) => describe(result, context));
    const names = agencies.map((agency) => agencyName(state, agency, t));
    const rowsOf = (ids: string[], cell: (agency: AgencyRecord, id: string, t: ViewContext['t']) => CellView) =>
      ids.map((id) => ({
        id,
        hidden: false,
        notApplicable: state.notApplicable.includes(id),
        cells: agencies.map((agency) => cell(agency, id, t)),
      }));
    // Red flags nobody showed would only add empty rows.
    const flagRows = rowsOf(
      catalogue.redFlags.map((flag) => flag.id),
      redFlagCell,
    ).map((row) => ({ ...row, hidden: !row.cells.some((cell) => 'data-observed' in cell.attrs) }));
    tables.push({
      caption: t('detailCaption', { names: names.join(t('nameSeparator')) }),
      columns: agencies.map((agency, index) => ({ name: names[index] ?? '', active: agency.id === activeId })),
      total: results.map((result, index) => ({
        attrs: { 'data-status': result.knockouts.status },
        parts: [
          { tag: 'strong', className: 'vs-cell-value', text: texts[index]?.total ?? '' },
          { tag: 'span', className: 'vs-cell-note', text: texts[index]?.status ?? '' },
          { tag: 'span', className: 'vs-cell-note', text: texts[index]?.trust ?? '' },
        ],
      })),
      unchecked: texts.map((text) => ({ attrs: {}, parts: [{ text: text.unchecked }] })),
      notes: agencies.map((agency) => ({ attrs: {}, parts: note(agency.notes) })),
      rows: [
        ...rowsOf(
          knockoutCriteria(catalogue).map((criterion) => criterion.id),
          knockoutCell,
        ),
        ...rowsOf(
          scoredCriteria(catalogue).map((criterion) => criterion.id),
          scoreCell,
        ),
        ...flagRows,
      ],
      flagsHidden: flagRows.every((row) => row.hidden),
    });
  }
  return tables;
}
