/**
 * The other tools' saved answers: read from the browser's storage without ever writing to them. The
 * code that reads and shows them is loaded only when there are some.
 */
import type { Sources } from '../../lib/contract/update';
import { savedText } from '../kit/saved';

/**
 * What reads the other tools' data and fills the contract from it (src/lib/contract/update.ts), and
 * what shows it in the panel above the form (panel.ts).
 */
export interface Reader {
  update: typeof import('../../lib/contract/update');
  panel: typeof import('./panel');
}

const NOTHING: Sources = { scope: null, fees: null, offers: [], choice: null };

/** Whether anything saved in the other tools can fill the form. */
export function hasSources(sources: Sources): boolean {
  return sources.scope !== null || sources.offers.length > 0 || sources.choice !== null;
}

/**
 * Calls `use` with what the other tools saved in this browser, and the reader that fills the contract
 * from it. The reader (with the other tools' schemas) is loaded only when some of their data is saved:
 * a first visit pays nothing for it, and gets `null`.
 */
export function withSavedSources(use: (sources: Sources, reader: Reader | null) => void): void {
  if (['scope', 'fees', 'case', 'target', 'contract-scan'].every((tool) => savedText(tool) === null)) {
    use(NOTHING, null);
    return;
  }
  void Promise.all([import('../../lib/contract/update'), import('./panel')]).then(([update, panel]) => {
    use(update.readSources(savedText), { update, panel });
  });
}
