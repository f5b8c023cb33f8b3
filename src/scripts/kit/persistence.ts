/**
 * Wires a tool's form to the shared store: restore on load, save as the user types, export,
 * import, clear with undo, storage faults and other tabs' changes. Each tool supplies only how
 * to read its state from the page (`null` while any input is invalid) and how to show a state.
 */
import type { KitStrings } from '../../lib/kit/kit-strings';
import type { Translate } from '../../lib/kit/strings';
import { decodeEnvelope } from '../../lib/state/envelope';
import { describeDecodeError, describeStoreProblem } from '../../lib/state/messages';
import type { StoreProblem, ToolStore } from '../../lib/state/store';
import { downloadText, notices, type Tone } from './notice';

const MAX_IMPORT_BYTES = 1_000_000;
const SAVE_DELAY_MS = 300;

export interface PersistenceOptions<T> {
  store: ToolStore<T>;
  /** The element holding the controls rendered by `StoreControls.astro`. */
  controls: HTMLElement;
  /** The kit's dictionary in the page's language. */
  t: Translate<KitStrings>;
  /** The tool's current state, or `null` while an input is invalid (nothing is saved then). */
  read: () => T | null;
  /** Shows a state in the form. */
  apply: (data: T) => void;
}

export interface Persistence {
  /** Call after every user edit. */
  changed: () => void;
  /** Saves now (before printing or sharing). */
  flush: () => void;
  /** Shows a message in the tool's notice area. */
  notify: (message: string, tone?: Tone) => void;
}

export function attachPersistence<T>({ store, controls, t, read, apply }: PersistenceOptions<T>): Persistence {
  const { notify, clearError, setSaved: setStatus } = notices(controls, t);
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function showProblem(problem: StoreProblem) {
    setStatus(false);
    if (problem.code === 'conflict') {
      notify(describeStoreProblem(problem, t), 'error', [
        { label: t('loadTheirs'), run: loadFromStorage },
        {
          label: t('keepMine'),
          run: () => {
            saveNow(true);
          },
        },
      ]);
    } else {
      notify(describeStoreProblem(problem, t), 'error');
    }
  }

  function loadFromStorage() {
    const result = store.load();
    pending = false;
    if (result.status === 'loaded') {
      apply(result.data);
      notify(result.migratedFrom ? t('migrated') : t('otherTab'));
      setStatus(true);
    } else if (result.status === 'problem') {
      showProblem(result.problem);
    }
  }

  function saveNow(overwrite = false) {
    clearTimeout(timer);
    const data = read();
    if (data === null) {
      if (pending) notify(t('invalidNotSaved'), 'error');
      setStatus(false);
      return;
    }
    const result = store.save(data, { overwrite });
    if (result.ok) {
      pending = false;
      clearError();
      setStatus(true);
    } else {
      showProblem(result.problem);
    }
  }

  // Restore before the user starts typing.
  const initial = store.load();
  if (initial.status === 'loaded') {
    apply(initial.data);
    setStatus(true);
    if (initial.migratedFrom) notify(t('migrated'));
  } else if (initial.status === 'problem') {
    showProblem(initial.problem);
  }

  window.addEventListener('storage', (event) => {
    if (event.key !== store.key) return;
    if (pending) {
      showProblem({ code: 'conflict' });
      return;
    }
    const result = store.interpret(event.newValue);
    if (result.status === 'loaded') {
      apply(result.data);
      notify(t('otherTab'));
      setStatus(true);
    } else if (result.status === 'empty') {
      apply(store.definition.defaults());
      notify(t('otherTabCleared'));
    } else {
      showProblem(result.problem);
    }
  });
  window.addEventListener('pagehide', () => {
    if (pending) saveNow();
  });

  controls.querySelector('[data-store-export]')?.addEventListener('click', () => {
    const data = read();
    if (data === null) {
      notify(t('invalidNotSaved'), 'error');
      return;
    }
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`tmall-agency-guide-${store.definition.tool}-${date}.json`, store.exportText(data));
  });

  const fileInput = controls.querySelector<HTMLInputElement>('[data-store-import]');
  fileInput?.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      notify(t('importFailed') + t('tooBig'), 'error');
      return;
    }
    void file.text().then((body) => {
      const decoded = decodeEnvelope(store.definition, body);
      if (!decoded.ok) {
        notify(t('importFailed') + describeDecodeError(decoded.error, t), 'error');
        return;
      }
      if (!window.confirm(t('importConfirm'))) return;
      apply(decoded.data);
      pending = true;
      saveNow(true);
      notify(decoded.migratedFrom ? `${t('imported')} ${t('migrated')}` : t('imported'));
    });
  });

  controls.querySelector('[data-store-clear]')?.addEventListener('click', () => {
    if (!window.confirm(t('clearConfirm'))) return;
    const snapshot = read();
    const cleared = store.clear();
    apply(store.definition.defaults());
    pending = false;
    if (!cleared.ok) {
      showProblem(cleared.problem);
      return;
    }
    setStatus(false);
    notify(
      t('cleared'),
      'info',
      snapshot
        ? [
            {
              label: t('undo'),
              run: () => {
                apply(snapshot);
                pending = true;
                saveNow(true);
                notify(t('undone'));
              },
            },
          ]
        : [],
    );
  });

  return {
    changed: () => {
      pending = true;
      setStatus(false);
      clearTimeout(timer);
      timer = setTimeout(() => {
        saveNow();
      }, SAVE_DELAY_MS);
    },
    flush: () => {
      if (pending) saveNow();
    },
    notify: (message, tone = 'info') => {
      notify(message, tone);
    },
  };
}
