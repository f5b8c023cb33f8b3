/**
 * The CSV import, loaded when the merchant chooses a file: the bytes decoded (src/lib/review/csv.ts),
 * split into rows by papaparse (loaded here, on use), the columns chosen with their last mapping
 * remembered, and the figures merged into the months only when every row reads and the merchant
 * confirms replacing saved figures. A refused file changes nothing.
 */
import { LIMITS } from '../../lib/review/model';
import {
  COLUMNS,
  MAX_BYTES,
  decodeBytes,
  guessMapping,
  importFigures,
  mergeFigures,
  type Column,
  type Problem,
  type Warning,
} from '../../lib/review/csv';
import type { Mapping, ReviewState } from '../../lib/review/state';
import type { ReviewStrings } from '../../lib/review/strings';
import { make } from '../kit/dom';
import { showNotice } from '../kit/notice';
import type { ToolContext } from '../kit/tool';

type Tool = ToolContext<unknown, ReviewStrings>;

interface Access {
  get: () => ReviewState;
  set: (state: ReviewState) => void;
}

const MAX_LISTED = 8;

function say(tool: Tool, lines: string[], tone: 'info' | 'error') {
  const [first = '', ...rest] = lines;
  const list =
    rest.length > 0
      ? [
          make(
            'ul',
            rest.map((line) => make('li', line)),
          ),
        ]
      : [];
  showNotice(tool.one('[data-csv-notice]'), [make('p', first), ...list], tone);
}

function problemText(tool: Tool, problem: Problem | Warning): string {
  const { code, ...values } = problem;
  const key = `${isWarning(code) ? 'warning' : 'problem'}.${code}`;
  return tool.t(key as 'problem.no-rows', values);
}

function isWarning(code: string): boolean {
  return code === 'sales-unit' || code === 'conversion-fraction' || code === 'skipped';
}

function columnLabel(tool: Tool, column: Column): string {
  if (column === 'date') return tool.t('col.date');
  if (column === 'adSpend') return tool.t('figure.adSpend');
  return tool.t(`metric.${column}`);
}

export async function startImport(tool: Tool, file: File, access: Access): Promise<void> {
  const area = tool.one('[data-csv-map]');
  if (file.size > MAX_BYTES) {
    say(tool, [tool.t('csvTooBig')], 'error');
    return;
  }
  const [{ default: Papa }, buffer] = await Promise.all([import('papaparse'), file.arrayBuffer()]);
  const { text } = decodeBytes(new Uint8Array(buffer));
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    say(tool, [tool.t('csvUnreadable', { detail: `${fatal.message} (${String((fatal.row ?? 0) + 1)})` })], 'error');
    return;
  }
  const rows = parsed.data;
  const headers = (rows[0] ?? []).map((cell) => cell.trim()).filter(Boolean);
  const mapping = guessMapping(headers, access.get().mapping);
  const selects = COLUMNS.map((column) => {
    const id = `review-col-${column}`;
    const select = make(
      'select',
      [
        make('option', tool.t('col.none'), { value: '' }),
        ...headers.map((header) => make('option', header, { value: header })),
      ],
      { id, 'data-column': column },
    );
    select.value = mapping[column];
    return make(
      'div',
      [make('label', columnLabel(tool, column), { for: id }), make('span', [select], { class: 'field-input' })],
      {
        class: 'field',
      },
    );
  });
  const run = make('button', tool.t('csvImport'), { type: 'button', class: 'tool-button primary' });
  const cancel = make('button', tool.t('csvCancel'), { type: 'button', class: 'tool-button' });
  area.replaceChildren(
    make(
      'p',
      tool.t('csvMapIntro', {
        name: file.name,
        rows: Math.max(rows.filter((row) => row.some((cell) => cell.trim())).length - 1, 0),
      }),
    ),
    make('div', selects, { class: 'review-row' }),
    make('p', [run, cancel], { class: 'review-buttons' }),
  );
  area.hidden = false;
  tool.one('[data-csv-notice]').hidden = true;
  area.querySelector('select')?.focus();
  cancel.addEventListener('click', () => {
    area.hidden = true;
    area.replaceChildren();
  });
  run.addEventListener('click', () => {
    const chosen = { ...mapping };
    for (const select of area.querySelectorAll<HTMLSelectElement>('select[data-column]'))
      chosen[select.dataset['column'] as keyof Mapping] = select.value;
    const state = access.get();
    const result = importFigures(rows, chosen, state.targets.sales);
    if (result.problems.length > 0) {
      const listed = result.problems.slice(0, MAX_LISTED).map((problem) => problemText(tool, problem));
      const more = result.problems.length - listed.length;
      say(tool, [tool.t('csvProblems'), ...listed, ...(more > 0 ? [tool.t('csvMore', { count: more })] : [])], 'error');
      return;
    }
    const merged = mergeFigures({ ...state, mapping: chosen }, result.months);
    if (merged.state.months.length > LIMITS.months) {
      say(tool, [tool.t('csvTooManyMonths', { limit: LIMITS.months })], 'error');
      return;
    }
    if (
      merged.changed.length > 0 &&
      !window.confirm(tool.t('csvConfirm', { months: merged.changed.join(tool.t('list.sep')) }))
    )
      return;
    access.set(merged.state);
    area.hidden = true;
    area.replaceChildren();
    const months = result.months.map((item) => item.month);
    say(
      tool,
      [
        tool.t('csvImported', { count: months.length, from: months[0] ?? '', to: months[months.length - 1] ?? '' }),
        ...result.warnings.map((warning) => problemText(tool, warning)),
      ],
      result.warnings.some((warning) => warning.code !== 'skipped') ? 'error' : 'info',
    );
  });
}
