/**
 * The exit planner's saved state (schema version 1), checked with `src/lib/validation.ts`.
 */
import type { ToolStateDefinition } from '../state';
import { boolean, fail, idRecord, nullable, object, oneOf, stateSchema, text, whole, type Check } from '../validation';
import { dayNumber } from './calendar';
import { MAX_NOTICE_DAYS, OWNERS, type Owner } from './model';

/** Longest note on an item, in characters. */
export const MAX_NOTE = 500;

export interface ItemState {
  /** Who does it; `null` follows the plan's default. */
  owner: Owner | null;
  /** A due date the merchant set, YYYY-MM-DD; '' follows the plan. */
  due: string;
  done: boolean;
  /** The merchant's note (who confirmed, file names, dates). */
  note: string;
}

export interface ExitState {
  /** The day written notice is given, YYYY-MM-DD; '' not given yet. */
  noticeDate: string;
  /** The contract's notice period in calendar days; `null` not given. */
  noticeDays: number | null;
  /** Where the notice period came from: typed here, or the contract checklist's saved answers. */
  noticeFrom: 'typed' | 'contract';
  /** Item id (content/checks/exit.yaml) → what the merchant changed or recorded; items not listed follow the plan. */
  items: Record<string, ItemState>;
}

/** '' or a real date as YYYY-MM-DD. */
const date: Check<string> = (value, path) =>
  value === '' || (typeof value === 'string' && dayNumber(value) !== null) ? value : fail(path, 'expected a date');

const check = object({
  noticeDate: date,
  noticeDays: nullable(whole(0, MAX_NOTICE_DAYS)),
  noticeFrom: oneOf(['typed', 'contract'] as const),
  items: idRecord(object({ owner: nullable(oneOf(OWNERS)), due: date, done: boolean, note: text(MAX_NOTE) }), 100),
});

export function defaultExitState(): ExitState {
  return { noticeDate: '', noticeDays: null, noticeFrom: 'typed', items: {} };
}

export const exitStateDefinition: ToolStateDefinition<ExitState> = {
  tool: 'exit',
  version: 1,
  schema: stateSchema<ExitState>(check),
  defaults: defaultExitState,
};
