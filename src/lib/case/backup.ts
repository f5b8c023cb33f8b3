/**
 * One file for everything the merchant saved on this site: each tool's saved envelope, side by side.
 * Restoring is all or nothing: every part is checked (and migrated) by its own tool's definition
 * before anything is written, and a file with one bad part changes nothing.
 */
import { APP_ID, decodeEnvelope, type DecodeError, type ToolStateDefinition } from '../state/envelope';
import { defaultJsonLimits, parseSafeJson } from '../state/safe-json';

/** Marks a whole-site backup (a tool's own export file has `tool` instead). */
export const BACKUP_KIND = 'backup';
export const BACKUP_VERSION = 1;

/** A backup holds five tools' files; each may be as large as a tool's own export (1 MB). */
export const BACKUP_LIMITS = { ...defaultJsonLimits, maxLength: 5_000_000, maxDepth: 14 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of definitions of different state types
type AnyDefinition = ToolStateDefinition<any>;

export interface BackupPart {
  tool: string;
  /** The tool's state, checked and migrated to this version of the site. */
  data: unknown;
  migratedFrom?: number;
}

export type BackupError =
  | { code: 'file'; error: DecodeError }
  | { code: 'not-backup' }
  | { code: 'future-version'; found: number; supported: number }
  | { code: 'empty' }
  | { code: 'part'; tool: string; error: DecodeError };

export type BackupResult = { ok: true; parts: BackupPart[]; savedAt: string } | { ok: false; error: BackupError };

/**
 * The backup file's text from each tool's stored text (as it is in storage). Stored text that is not a
 * well-formed saved value is left out, and listed in `skipped`, so a damaged save cannot spoil the file.
 */
export function encodeBackup(
  stored: Readonly<Record<string, string | null>>,
  now: Date,
): { text: string; included: string[]; skipped: string[] } {
  const tools: Record<string, unknown> = {};
  const skipped: string[] = [];
  for (const [tool, text] of Object.entries(stored)) {
    if (text === null) continue;
    const parsed = parseSafeJson(text);
    if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null) tools[tool] = parsed.value;
    else skipped.push(tool);
  }
  const file = { app: APP_ID, kind: BACKUP_KIND, backupVersion: BACKUP_VERSION, savedAt: now.toISOString(), tools };
  return { text: JSON.stringify(file, null, 1), included: Object.keys(tools), skipped };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a backup file: every part it holds, checked by its tool's definition. Never throws. */
export function decodeBackup(text: string, definitions: readonly AnyDefinition[]): BackupResult {
  const parsed = parseSafeJson(text, BACKUP_LIMITS);
  if (!parsed.ok) return { ok: false, error: { code: 'file', error: parsed.error } };
  const file = parsed.value;
  if (!isRecord(file) || file['app'] !== APP_ID || file['kind'] !== BACKUP_KIND || !isRecord(file['tools']))
    return { ok: false, error: { code: 'not-backup' } };
  const version = file['backupVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { code: 'not-backup' } };
  if (version > BACKUP_VERSION)
    return { ok: false, error: { code: 'future-version', found: version, supported: BACKUP_VERSION } };
  const tools = file['tools'];
  const parts: BackupPart[] = [];
  for (const [tool, envelope] of Object.entries(tools)) {
    const definition = definitions.find((item) => item.tool === tool);
    if (!definition) return { ok: false, error: { code: 'part', tool, error: { code: 'not-envelope', detail: tool } } };
    // Each part is checked exactly as the tool's own import would check its file.
    const decoded = decodeEnvelope(definition, JSON.stringify(envelope));
    if (!decoded.ok) return { ok: false, error: { code: 'part', tool, error: decoded.error } };
    parts.push(
      decoded.migratedFrom === undefined
        ? { tool, data: decoded.data }
        : { tool, data: decoded.data, migratedFrom: decoded.migratedFrom },
    );
  }
  if (parts.length === 0) return { ok: false, error: { code: 'empty' } };
  return { ok: true, parts, savedAt: typeof file['savedAt'] === 'string' ? file['savedAt'] : '' };
}
