/** Another tool's saved text, or `null` (nothing saved, or storage blocked). */
import { storageKey } from '../../lib/state/envelope';

export function savedText(tool: string): string | null {
  try {
    return localStorage.getItem(storageKey(tool));
  } catch {
    return null;
  }
}
