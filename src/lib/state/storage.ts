/**
 * Guarded access to Web Storage. Every call can fail: storage may be disabled (privacy mode,
 * blocked cookies: even reading `window.localStorage` throws), full, or hold damaged data.
 */

export type StorageFailure = 'disabled' | 'quota' | 'unknown';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; failure: StorageFailure; detail: string };

/** Quota errors have different names and codes across browsers (Chromium/WebKit 22, old Firefox 1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function failureOf(error: unknown): { failure: StorageFailure; detail: string } {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (isQuotaError(error)) return { failure: 'quota', detail };
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SecurityError') {
    return { failure: 'disabled', detail };
  }
  return { failure: 'unknown', detail };
}

/** The page's localStorage, or null when the browser refuses access to it. */
export function browserStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return typeof storage === 'undefined' ? null : storage;
  } catch {
    return null;
  }
}

export function safeGet(storage: Storage | null, key: string): StorageResult<string | null> {
  if (!storage) return { ok: false, failure: 'disabled', detail: 'localStorage is not available' };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
}

export function safeSet(storage: Storage | null, key: string, value: string): StorageResult<null> {
  if (!storage) return { ok: false, failure: 'disabled', detail: 'localStorage is not available' };
  try {
    storage.setItem(key, value);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
}

export function safeRemove(storage: Storage | null, key: string): StorageResult<null> {
  if (!storage) return { ok: false, failure: 'disabled', detail: 'localStorage is not available' };
  try {
    storage.removeItem(key);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
}
