import { defaultJsonLimits, parseSafeJson, type JsonLimits, type SafeJsonError } from './safe-json';

/** The application name written into every saved value and export file. */
export const APP_ID = 'tmall-agency-guide';

/**
 * What the store needs of a schema. Every zod schema fits; so does a hand-written validator, for a
 * page whose script budget cannot carry zod (the fee calculator: zod's runtime alone is ~26 KB gzipped).
 */
export interface StateSchema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * How one tool's state is stored. `migrations[n]` turns data of version n into version n + 1;
 * every version below `version` that may exist in the wild needs one.
 */
export interface ToolStateDefinition<T> {
  /** Tool name, e.g. `fees`; part of the storage key and checked on import. */
  tool: string;
  /** Current schema version (positive integer). */
  version: number;
  /** Schema of the current version's data (a zod schema, or any validator with the same `safeParse`). */
  schema: StateSchema<T>;
  /** Upgrades from each older version to the next. */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Fresh state for a first visit. */
  defaults: () => T;
}

/** What is written to storage and to export files. */
export interface Envelope {
  app: typeof APP_ID;
  tool: string;
  schemaVersion: number;
  /** ISO time of the save; helps a user tell two export files apart. */
  savedAt: string;
  /** Changes on every save: lets a tab notice that another tab wrote in between. */
  revision: string;
  data: unknown;
}

export type DecodeError =
  | SafeJsonError
  /** `detail` is `backup` for a backup of every tool (src/lib/case/backup.ts) opened as one tool's file. */
  | { code: 'not-envelope'; detail: string }
  | { code: 'wrong-tool'; found: string; expected: string }
  | { code: 'future-version'; found: number; supported: number }
  | { code: 'no-migration'; from: number }
  | { code: 'invalid'; path: string; detail: string };

export type DecodeResult<T> =
  { ok: true; data: T; envelope: Envelope; migratedFrom?: number } | { ok: false; error: DecodeError };

/** Storage key of a tool; the `v1` is the key format, not the data version (that is in the envelope). */
export function storageKey(tool: string): string {
  return `${APP_ID}:v1:${tool}`;
}

export function encodeEnvelope<T>(definition: ToolStateDefinition<T>, data: T, revision: string, now: Date): string {
  const envelope: Envelope = {
    app: APP_ID,
    tool: definition.tool,
    schemaVersion: definition.version,
    savedAt: now.toISOString(),
    revision,
    data,
  };
  return JSON.stringify(envelope, null, 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates, migrates and parses saved or imported text. Never throws. */
export function decodeEnvelope<T>(
  definition: ToolStateDefinition<T>,
  text: string,
  limits: JsonLimits = defaultJsonLimits,
): DecodeResult<T> {
  const parsed = parseSafeJson(text, limits);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (!isRecord(raw) || raw['app'] !== APP_ID || !('data' in raw)) {
    return {
      ok: false,
      error: { code: 'not-envelope', detail: isRecord(raw) && raw['kind'] === 'backup' ? 'backup' : 'no data' },
    };
  }
  if (raw['tool'] !== definition.tool) {
    return { ok: false, error: { code: 'wrong-tool', found: String(raw['tool']), expected: definition.tool } };
  }
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'invalid', path: 'schemaVersion', detail: 'must be a whole number from 1' } };
  }
  if (version > definition.version) {
    return { ok: false, error: { code: 'future-version', found: version, supported: definition.version } };
  }
  let data: unknown = raw['data'];
  for (let from = version; from < definition.version; from += 1) {
    const migrate = definition.migrations?.[from];
    if (!migrate) return { ok: false, error: { code: 'no-migration', from } };
    data = migrate(data);
  }
  const result = definition.schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = ['data', ...(issue?.path ?? [])].map(String).join('.');
    return { ok: false, error: { code: 'invalid', path, detail: issue?.message ?? 'invalid' } };
  }
  const envelope: Envelope = {
    app: APP_ID,
    tool: definition.tool,
    schemaVersion: definition.version,
    savedAt: typeof raw['savedAt'] === 'string' ? raw['savedAt'] : '',
    revision: typeof raw['revision'] === 'string' ? raw['revision'] : '',
    data: result.data,
  };
  return version < definition.version
    ? { ok: true, data: result.data, envelope, migratedFrom: version }
    : { ok: true, data: result.data, envelope };
}
