import { decodeEnvelope, encodeEnvelope, storageKey, type DecodeError, type ToolStateDefinition } from './envelope';
import { browserStorage, safeGet, safeRemove, safeSet, type StorageFailure } from './storage';

/** Something the user must be told about; the work on screen is never discarded because of it. */
export type StoreProblem =
  | { code: 'storage'; failure: StorageFailure; detail: string }
  | { code: 'corrupt'; backupKey: string | null; error: DecodeError }
  | { code: 'future-version'; found: number; supported: number }
  | { code: 'conflict' };

export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'loaded'; data: T; migratedFrom?: number }
  | { status: 'problem'; problem: StoreProblem };

export type SaveResult = { ok: true } | { ok: false; problem: StoreProblem };

export interface StoreOptions {
  /** Defaults to the page's localStorage; `null` simulates disabled storage. */
  storage?: Storage | null;
  now?: () => Date;
  /** Source of revision ids; replaceable in tests. */
  newRevision?: () => string;
}

function randomRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * One tool's saved state in localStorage, versioned and guarded. A tab only writes over the value
 * it last read or wrote itself: if another tab saved in between, `save` reports a conflict instead.
 */
export class ToolStore<T> {
  readonly key: string;
  readonly definition: ToolStateDefinition<T>;
  private readonly storage: Storage | null;
  private readonly now: () => Date;
  private readonly newRevision: () => string;
  /** Revision this tab last read or wrote; `null` when storage held nothing. */
  private knownRevision: string | null = null;
  /** Set when storage holds data from a newer version of the site: it must never be overwritten. */
  private lockedByFutureVersion: { found: number; supported: number } | null = null;

  constructor(definition: ToolStateDefinition<T>, options: StoreOptions = {}) {
    this.definition = definition;
    this.key = storageKey(definition.tool);
    this.storage = options.storage === undefined ? browserStorage() : options.storage;
    this.now = options.now ?? (() => new Date());
    this.newRevision = options.newRevision ?? randomRevision;
  }

  /** Reads the saved state. Damaged data is copied to a backup key so that nothing is lost. */
  load(): LoadResult<T> {
    const read = safeGet(this.storage, this.key);
    if (!read.ok)
      return { status: 'problem', problem: { code: 'storage', failure: read.failure, detail: read.detail } };
    return this.interpret(read.value);
  }

  /** Interprets a raw stored value, as read by `load` or received in a `storage` event. */
  interpret(raw: string | null): LoadResult<T> {
    if (raw === null) {
      this.knownRevision = null;
      this.lockedByFutureVersion = null;
      return { status: 'empty' };
    }
    const decoded = decodeEnvelope(this.definition, raw);
    if (decoded.ok) {
      this.knownRevision = decoded.envelope.revision;
      this.lockedByFutureVersion = null;
      return decoded.migratedFrom === undefined
        ? { status: 'loaded', data: decoded.data }
        : { status: 'loaded', data: decoded.data, migratedFrom: decoded.migratedFrom };
    }
    if (decoded.error.code === 'future-version') {
      this.lockedByFutureVersion = { found: decoded.error.found, supported: decoded.error.supported };
      return { status: 'problem', problem: { code: 'future-version', ...this.lockedByFutureVersion } };
    }
    const backupKey = `${this.key}:damaged:${this.now().toISOString()}`;
    const backedUp = safeSet(this.storage, backupKey, raw).ok;
    // The damaged value is now safe elsewhere (or could not be copied and stays where it is).
    if (backedUp) safeRemove(this.storage, this.key);
    this.knownRevision = backedUp ? null : (this.currentRevision() ?? null);
    return {
      status: 'problem',
      problem: { code: 'corrupt', backupKey: backedUp ? backupKey : null, error: decoded.error },
    };
  }

  /** Saves `data` unless another tab wrote since this tab last looked, or a newer site version owns the key. */
  save(data: T, options: { overwrite?: boolean } = {}): SaveResult {
    if (this.lockedByFutureVersion)
      return { ok: false, problem: { code: 'future-version', ...this.lockedByFutureVersion } };
    if (!options.overwrite) {
      const current = this.currentRevision();
      if (current !== undefined && current !== this.knownRevision) return { ok: false, problem: { code: 'conflict' } };
    }
    const revision = this.newRevision();
    const written = safeSet(this.storage, this.key, encodeEnvelope(this.definition, data, revision, this.now()));
    if (!written.ok)
      return { ok: false, problem: { code: 'storage', failure: written.failure, detail: written.detail } };
    this.knownRevision = revision;
    return { ok: true };
  }

  /** Removes the saved state (the caller keeps an undo copy in memory). */
  clear(): SaveResult {
    if (this.lockedByFutureVersion)
      return { ok: false, problem: { code: 'future-version', ...this.lockedByFutureVersion } };
    const removed = safeRemove(this.storage, this.key);
    if (!removed.ok)
      return { ok: false, problem: { code: 'storage', failure: removed.failure, detail: removed.detail } };
    this.knownRevision = null;
    return { ok: true };
  }

  /** The export file's text for `data`. */
  exportText(data: T): string {
    return encodeEnvelope(this.definition, data, this.newRevision(), this.now());
  }

  /** The revision currently in storage: `null` when empty, `undefined` when unreadable or undecodable. */
  private currentRevision(): string | null | undefined {
    const read = safeGet(this.storage, this.key);
    if (!read.ok) return undefined;
    if (read.value === null) return null;
    try {
      const parsed: unknown = JSON.parse(read.value);
      const revision = (parsed as { revision?: unknown } | null)?.revision;
      return typeof revision === 'string' ? revision : undefined;
    } catch {
      return undefined;
    }
  }
}
