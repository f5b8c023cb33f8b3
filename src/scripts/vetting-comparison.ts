/**
 * The comparison part of `<vetting-scorecard>`: the ranking table and the detailed scorecard with
 * agencies as columns (cloned from the blank server-rendered table, four agencies per table so that
 * notes stay legible on A4). Rebuilt from the state after every edit; user text via `textContent`.
 */
import type { RankedAgency } from '../lib/vetting/scoring';
import type { AgencyRecord, VettingState } from '../lib/vetting/state';
import type { ClientStringKey } from '../lib/vetting/strings';

/** Agencies per detail table: four columns of notes still fit an A4 page in portrait. */
const COLUMNS_PER_TABLE = 4;

export interface ComparisonInput {
  root: HTMLElement;
  state: VettingState;
  ranked: RankedAgency[];
  activeId: string | null;
  nameOf: (agency: AgencyRecord) => string;
  titleOf: (id: string) => string;
  t: (key: ClientStringKey, values?: Record<string, string | number>) => string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The status, trust and total lines of one agency, shared by the ranking and the detail header. */
function describe(
  entry: RankedAgency,
  input: ComparisonInput,
): { status: string; trust: string; total: string; detail: string } {
  const { result } = entry;
  const { t, titleOf } = input;
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
  return { status, trust, total, detail: parts.join(' · ') };
}

function renderRanking(input: ComparisonInput): void {
  const body = input.root.querySelector('[data-ranking]');
  if (!body) return;
  body.replaceChildren(
    ...input.ranked.map((entry) => {
      const agency = input.state.agencies.find((candidate) => candidate.id === entry.result.agencyId);
      const text = describe(entry, input);
      const row = element('tr');
      row.dataset['status'] = entry.result.knockouts.status;
      row.dataset['trust'] = entry.result.redFlags.trust;
      const name = element('th');
      name.scope = 'row';
      name.append(
        element('strong', 'vs-rank-name', agency ? input.nameOf(agency) : ''),
        element('span', 'vs-rank-status', text.status),
        element('span', 'vs-rank-trust', text.trust),
      );
      const total = element('td', 'vs-rank-total');
      total.append(element('strong', '', text.total), element('span', 'vs-rank-detail', text.detail));
      const unchecked = input.t('unchecked', {
        k: entry.result.knockouts.unchecked.length,
        n: entry.result.unscored.length,
      });
      row.append(
        element('td', 'vs-rank', entry.rank === null ? input.t('noRank') : input.t('rank', { n: entry.rank })),
        name,
        total,
        element('td', '', unchecked),
      );
      return row;
    }),
  );
}

function answerCell(agency: AgencyRecord, id: string, kind: string, input: ComparisonInput): HTMLTableCellElement {
  const cell = element('td');
  const add = (className: string, text: string) => {
    if (text) cell.append(element('span', className, text));
  };
  if (kind === 'knockout') {
    const entry = agency.knockouts[id];
    const answer = entry?.answer ?? 'unchecked';
    cell.dataset['answer'] = answer;
    add(
      'vs-cell-value',
      answer === 'yes' ? `✓ ${input.t('yes')}` : answer === 'no' ? `✗ ${input.t('no')}` : input.t('uncheckedAnswer'),
    );
    add('vs-cell-note', entry?.note ?? '');
  } else if (kind === 'scored') {
    const entry = agency.scores[id];
    cell.dataset['score'] = String(entry?.score ?? '');
    add('vs-cell-value', entry?.score === null || entry?.score === undefined ? '—' : `${entry.score}/5`);
    add('vs-cell-note', entry?.note ?? '');
    if (entry?.evidence) add('vs-cell-note', input.t('evidenceLine', { text: entry.evidence }));
  } else {
    const entry = agency.redFlags[id];
    if (entry?.observed) {
      cell.dataset['observed'] = '';
      add('vs-cell-value', `⚠ ${input.t('observed')}`);
      add('vs-cell-note', entry.note);
    }
  }
  return cell;
}

function detailTable(template: HTMLTableElement, columns: RankedAgency[], input: ComparisonInput): HTMLTableElement {
  const table = template.cloneNode(true) as HTMLTableElement;
  table.removeAttribute('data-detail-template');
  table.classList.remove('vs-template');
  const agencies = columns.map(
    (entry) => input.state.agencies.find((agency) => agency.id === entry.result.agencyId) as AgencyRecord,
  );
  const inactive = (agency: AgencyRecord) => (agency.id === input.activeId ? '' : 'vs-inactive');
  table.classList.toggle('vs-inactive', !agencies.some((agency) => agency.id === input.activeId));
  const caption = table.querySelector('caption');
  if (caption)
    caption.textContent = input.t('detailCaption', {
      names: agencies.map(input.nameOf).join(input.t('nameSeparator')),
    });
  for (const blank of table.querySelectorAll('.vs-blank')) blank.remove();
  table.querySelector('thead tr')?.append(
    ...agencies.map((agency) => {
      const head = element('th', inactive(agency), input.nameOf(agency));
      head.scope = 'col';
      return head;
    }),
  );
  for (const head of table.querySelectorAll<HTMLTableCellElement>('th[colspan]')) head.colSpan = 1 + agencies.length;
  for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-summary-row]')) {
    row.append(
      ...columns.map((entry, index) => {
        const text = describe(entry, input);
        const cell = element('td', inactive(agencies[index] as AgencyRecord));
        if (row.dataset['summaryRow'] === 'total') {
          cell.dataset['status'] = entry.result.knockouts.status;
          cell.append(
            element('strong', 'vs-cell-value', text.total),
            element('span', 'vs-cell-note', text.status),
            element('span', 'vs-cell-note', text.trust),
          );
        } else {
          cell.textContent = input.t('unchecked', {
            k: entry.result.knockouts.unchecked.length,
            n: entry.result.unscored.length,
          });
        }
        return cell;
      }),
    );
  }
  for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
    const id = row.dataset['row'] ?? '';
    const kind = row.dataset['kind'] ?? '';
    const cells = agencies.map((agency) => {
      const cell = answerCell(agency, id, kind, input);
      const extra = inactive(agency);
      if (extra) cell.classList.add(extra);
      return cell;
    });
    row.append(...cells);
    // Red flags nobody showed would only add empty rows.
    if (kind === 'flag') row.hidden = !cells.some((cell) => 'observed' in cell.dataset);
  }
  const flags = table.querySelector<HTMLElement>('tbody[data-section="flags"]');
  if (flags) flags.hidden = !flags.querySelector('tr[data-row]:not([hidden])');
  return table;
}

/** The ranking: small, drawn on every change. */
export function renderComparisonRanking(input: ComparisonInput): void {
  const box = input.root.querySelector<HTMLElement>('[data-ranking-box]');
  if (box) box.hidden = input.ranked.length === 0;
  renderRanking(input);
}

/**
 * The detail tables: a copy of the whole criteria table per group of agencies, the largest thing the
 * page draws. The scorecard draws them when they come near the screen and before printing.
 */
export function renderComparisonDetail(input: ComparisonInput): void {
  const { root, ranked } = input;
  const template = root.querySelector<HTMLTableElement>('[data-detail-template]');
  const detail = root.querySelector('[data-detail-box]');
  if (!template || !detail) return;
  // Columns follow the order agencies were added, so a column does not jump while being filled in.
  const byAddition = input.state.agencies.map(
    (agency) => ranked.find((entry) => entry.result.agencyId === agency.id) as RankedAgency,
  );
  const tables: HTMLTableElement[] = [];
  for (let start = 0; start < byAddition.length; start += COLUMNS_PER_TABLE) {
    tables.push(detailTable(template, byAddition.slice(start, start + COLUMNS_PER_TABLE), input));
  }
  detail.replaceChildren(...tables);
}
