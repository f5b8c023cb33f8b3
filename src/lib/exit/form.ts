/**
 * The exit planner's form as plain values: `noticeDate`, `noticeDays`, and per item `owner.<id>`,
 * `due.<id>`, `done.<id>`, `note.<id>`. Values in → state and field errors; state → values.
 */
import { parseDate, parseText, parseWhole, type FieldError } from '../fields';
import { MAX_NOTICE_DAYS, OWNERS, type HandoverItem, type Owner } from './model';
import { MAX_NOTE, type ExitState, type ItemState } from './state';

export type FormValues = Readonly<Record<string, string | boolean>>;

export interface ReadResult {
  state: ExitState;
  errors: Record<string, FieldError>;
}

const str = (value: string | boolean | undefined) => (typeof value === 'string' ? value : '');

/**
 * The state the form shows, and an error for each field that cannot be read. `noticeFrom` is kept
 * while the notice period is still the one taken from the contract checklist.
 */
export function readExitForm(values: FormValues, items: readonly HandoverItem[], previous: ExitState): ReadResult {
  const errors: Record<string, FieldError> = {};
  const noticeDate = parseDate(str(values['noticeDate']));
  if (!noticeDate.ok) errors['noticeDate'] = noticeDate.error;
  const noticeDays = parseWhole(str(values['noticeDays']), 0, MAX_NOTICE_DAYS);
  if (!noticeDays.ok) errors['noticeDays'] = noticeDays.error;
  const days = noticeDays.ok ? noticeDays.value : previous.noticeDays;
  const itemStates: Record<string, ItemState> = {};
  for (const item of items) {
    const due = parseDate(str(values[`due.${item.id}`]));
    if (!due.ok) errors[`due.${item.id}`] = due.error;
    const note = parseText(str(values[`note.${item.id}`]), MAX_NOTE);
    if (!note.ok) errors[`note.${item.id}`] = note.error;
    const chosen = str(values[`owner.${item.id}`]);
    const owner = (OWNERS as readonly string[]).includes(chosen) && chosen !== item.owner ? (chosen as Owner) : null;
    const entry: ItemState = {
      owner,
      due: due.ok ? due.value : (previous.items[item.id]?.due ?? ''),
      done: values[`done.${item.id}`] === true,
      note: note.ok ? note.value : (previous.items[item.id]?.note ?? ''),
    };
    if (entry.owner !== null || entry.due !== '' || entry.done || entry.note !== '') itemStates[item.id] = entry;
  }
  return {
    state: {
      noticeDate: noticeDate.ok ? noticeDate.value : previous.noticeDate,
      noticeDays: days,
      noticeFrom: previous.noticeFrom === 'contract' && days === previous.noticeDays ? 'contract' : 'typed',
      items: itemStates,
    },
    errors,
  };
}

/** The form's values for a state. */
export function exitFormValues(state: ExitState, items: readonly HandoverItem[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {
    noticeDate: state.noticeDate,
    noticeDays: state.noticeDays === null ? '' : String(state.noticeDays),
  };
  for (const item of items) {
    const saved = state.items[item.id];
    values[`owner.${item.id}`] = saved?.owner ?? item.owner;
    values[`due.${item.id}`] = saved?.due ?? '';
    values[`done.${item.id}`] = saved?.done ?? false;
    values[`note.${item.id}`] = saved?.note ?? '';
  }
  return values;
}
