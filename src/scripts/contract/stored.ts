/** What the scope chooser and the fee calculator saved in this browser, as stored text (read, never written). */
import { storageKey } from '../../lib/state';
import { browserStorage, safeGet } from '../../lib/state/storage';

export interface StoredSources {
  scope: string | null;
  fees: string | null;
}

export function storedSources(): StoredSources {
  const storage = browserStorage();
  const read = (tool: string) => {
    const result = safeGet(storage, storageKey(tool));
    return result.ok ? result.value : null;
  };
  return { scope: read('scope'), fees: read('fees') };
}
