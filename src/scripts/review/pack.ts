/**
 * The evidence pack on paper and as a file, loaded with `import()` when the merchant prints or exports:
 * the rows come from src/lib/review/pack.ts, drawn here as one table per month (text only).
 */
import { buildPack, packCsv } from '../../lib/review/pack';
import type { ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { make } from '../kit/dom';
import { downloadText } from '../kit/notice';
import type { ToolContext } from '../kit/tool';

type Tool = ToolContext<unknown, ReviewStrings>;

/** Today in the merchant's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function drawPack(tool: Tool, state: ReviewState): void {
  const { t } = tool;
  const pack = buildPack(state, t, today());
  const head = make(
    'tr',
    [t('packParty'), t('packItem'), t('packAgreed'), t('packActual')].map((text) => make('th', text, { scope: 'col' })),
  );
  const months = pack.months.map((month) =>
    make(
      'section',
      [
        make('h3', month.month),
        make('table', [
          make('thead', [head.cloneNode(true)]),
          make(
            'tbody',
            month.rows.map((row) =>
              make(
                'tr',
                [
                  make('td', t(row.party === 'agency' ? 'packAgency' : 'packMerchant')),
                  make('th', row.item, { scope: 'row' }),
                  make('td', row.agreed),
                  make('td', row.actual),
                ],
                row.failed ? { 'data-failed': '' } : {},
              ),
            ),
          ),
        ]),
        ...(month.notes ? [make('p', [make('strong', `${t('packNotes')}：`), month.notes])] : []),
        ...(month.evidence ? [make('p', [make('strong', `${t('packEvidence')}：`), month.evidence])] : []),
      ],
      { class: 'pack-month' },
    ),
  );
  tool.one('[data-pack]').replaceChildren(
    make('h2', pack.title),
    make('p', [pack.period, make('br'), pack.made]),
    make('h3', t('packSummary')),
    make(
      'ul',
      pack.summary.map((line) => make('li', line)),
    ),
    ...(months.length > 0 ? months : [make('p', t('packNothing'))]),
  );
}

export function printPack(tool: Tool, state: ReviewState): void {
  drawPack(tool, state);
  // Once printed, the page prints as itself again (the browser's own print command).
  window.addEventListener(
    'afterprint',
    () => {
      tool.one('[data-pack]').replaceChildren();
    },
    { once: true },
  );
  window.print();
}

export function exportPack(tool: Tool, state: ReviewState): void {
  const pack = buildPack(state, tool.t, today());
  downloadText(`tmall-agency-guide-review-pack-${today()}.csv`, packCsv(pack, tool.t), 'text/csv;charset=utf-8');
}
