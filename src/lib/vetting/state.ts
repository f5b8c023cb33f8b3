/**
 * The vetting scorecard's saved state (schema version 1) and its store definition. The data is
 * specified by the zod schema in `state.schema.ts`; this file checks it by hand with the same rules,
 * because the page's script budget cannot carry zod. `tests/unit/vetting/state.test.ts` runs both
 * over random data and requires them to agree.
 */
import type { StateSchema, ToolStateDefinition } from '../state';
import {
  ID_PATTERN,
  MAX_AGENCIES,
  MAX_AGENCY_NOTES_LENGTH,
  MAX_EVIDENCE_LENGTH,
  MAX_ID_LENGTH,
  MAX_KEYS,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SHORT_NOTE_LENGTH,
  MAX_WEIGHT,
  MIN_WEIGHT,
} from './limits';
import type { AgencyRecord, KnockoutEntry, RedFlagEntry, ScoreEntry, VettingState } from './state.schema';

export type {
  AgencyRecord,
  KnockoutAnswer,
  KnockoutEntry,
  RedFlagEntry,
  ScoreEntry,
  VettingState,
} from './state.schema';

/** The current schema version of saved data and export files. */
export const VETTING_SCHEMA_VERSION = 1;

/** A first visit: no agencies yet, every weight at its default. */
export function defaultVettingState(): VettingState {
  return { agencies: [], weights: {} };
}

type Path = PropertyKey[];

class Invalid extends Error {
  constructor(
    readonly path: Path,
    message: string,
  ) {
    super(message);
  }
}

type Reader<T> = (value: unknown, path: Path) => T;

function fail(path: Path, message: string): never {
  throw new Invalid(path, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text =
  (max: number): Reader<string> =>
  (value, path) => {
    if (typeof value !== 'string') fail(path, 'expected text');
    if (value.length > max) fail(path, `at most ${max} characters`);
    return value;
  };

const wholeNumber =
  (min: number, max: number): Reader<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'expected a whole number');
    if (value < min || value > max) fail(path, `expected ${min} to ${max}`);
    return value;
  };

const id: Reader<string> = (value, path) => {
  const checked = text(MAX_ID_LENGTH)(value, path);
  if (!ID_PATTERN.test(checked)) fail(path, 'expected a kebab-case id');
  return checked;
};

function field(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** An object with exactly the listed fields read; unknown fields are dropped (as zod does). */
function object<T>(readers: { [K in keyof T]: Reader<T[K]> }): Reader<T> {
  return (value, path) => {
    if (!isRecord(value)) fail(path, 'expected an object');
    const result = {} as T;
    for (const key of Object.keys(readers) as (keyof T & string)[]) {
      result[key] = readers[key](field(value, key), [...path, key]);
    }
    return result;
  };
}

function byId<T>(read: Reader<T>): Reader<Record<string, T>> {
  return (value, path) => {
    if (!isRecord(value)) fail(path, 'expected an object');
    const keys = Object.keys(value);
    const result: Record<string, T> = {};
    for (const key of keys) {
      id(key, [...path, key]);
      result[key] = read(value[key], [...path, key]);
    }
    if (keys.length > MAX_KEYS) fail(path, `at most ${MAX_KEYS} entries`);
    return result;
  };
}

const knockoutEntry = object<KnockoutEntry>({
  answer: (value, path) => {
    if (value !== 'yes' && value !== 'no' && value !== 'unchecked') fail(path, 'expected "yes", "no" or "unchecked"');
    return value;
  },
  note: text(MAX_SHORT_NOTE_LENGTH),
});

const scoreEntry = object<ScoreEntry>({
  score: (value, path) => (value === null ? null : wholeNumber(1, 5)(value, path)),
  note: text(MAX_NOTE_LENGTH),
  evidence: text(MAX_EVIDENCE_LENGTH),
});

const redFlagEntry = object<RedFlagEntry>({
  observed: (value, path) => {
    if (typeof value !== 'boolean') fail(path, 'expected true or false');
    return value;
  },
  note: text(MAX_SHORT_NOTE_LENGTH),
});

const agency = object<AgencyRecord>({
  id,
  name: text(MAX_NAME_LENGTH),
  notes: text(MAX_AGENCY_NOTES_LENGTH),
  knockouts: byId(knockoutEntry),
  scores: byId(scoreEntry),
  redFlags: byId(redFlagEntry),
});

const vettingState = object<VettingState>({
  agencies: (value, path) => {
    if (!Array.isArray(value)) fail(path, 'expected a list');
    const agencies = value.map((item, index) => agency(item, [...path, index]));
    if (agencies.length > MAX_AGENCIES) fail(path, `at most ${MAX_AGENCIES} agencies`);
    if (new Set(agencies.map((entry) => entry.id)).size !== agencies.length) fail(path, 'agency ids must be unique');
    return agencies;
  },
  weights: byId(wholeNumber(MIN_WEIGHT, MAX_WEIGHT)),
});

/** The state validator the page uses; same `safeParse` shape as a zod schema. */
export const vettingStateValidator: StateSchema<VettingState> = {
  safeParse(data) {
    try {
      return { success: true, data: vettingState(data, []) };
    } catch (error) {
      if (error instanceof Invalid)
        return { success: false, error: { issues: [{ path: error.path, message: error.message }] } };
      throw error;
    }
  },
};

/**
 * Upgrades from older versions, `from → from + 1`. Version 1 is the first, so there are none yet.
 * When the state changes shape: bump `VETTING_SCHEMA_VERSION`, add `1: (v1) => v2` here, add a
 * test with a real v1 file, and document the change in the export file format.
 */
export const vettingMigrations: Readonly<Record<number, (data: unknown) => unknown>> = {};

export const vettingDefinition: ToolStateDefinition<VettingState> = {
  tool: 'vetting',
  version: VETTING_SCHEMA_VERSION,
  schema: vettingStateValidator,
  migrations: vettingMigrations,
  defaults: defaultVettingState,
};
