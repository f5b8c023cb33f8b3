/**
 * Another tool's saved text in this browser, read without writing: `null` when nothing is saved or
 * storage cannot be read (blocked, disabled). The tools that take answers from another one (contract,
 * scanner, review, exit) check this first and load the reader only when there is something to read.
 */
import { storageKey } from '../../lib/state/envelope';
import { browserStorage, safeGet } from '../../lib/state/storage';

export function savedText(tool: string): string | null {
  const result = safeGet(browserStorage(), storageKey(tool));
  return result.ok ? result.value : null;
}
