/**
 * The case page's full backup: download every tool's saved data in one file, and restore one — all
 * of it or nothing (src/lib/case/backup.ts). The schemas it needs load on first use.
 */
import type { BackupError } from '../../lib/case/backup';
import type { CaseStrings } from '../../lib/case/strings';
import { describeDecodeError, storageKey, ToolStore } from '../../lib/state';
import { safeGet, safeRemove, safeSet } from '../../lib/state/storage';
import { make } from '../kit/dom';
import { downloadText, showNotice, type Tone } from '../kit/notice';
import type { ToolContext } from '../kit/tool';

/** Every tool's schema and the backup file's reader, loaded when the merchant backs up or restores. */
const backupKit = () => import('../../lib/case/definitions');

/** Carries the "restored" notice across the reload that follows a restore. */
const RESTORED_KEY = 'tmall-agency-guide:case:restored';

/** The tab's session storage, or `null` where the browser refuses it (reading it can throw). */
function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export interface BackupOptions {
  /** A tool's stored text (`null` when none or unreadable). */
  stored: (tool: string) => string | null;
  storage: Storage | null;
  /** Saves what the page holds before the backup is read from storage. */
  beforeBackup: () => void;
}

/** Wires the backup and restore controls of the case page. */
export function wireBackup(
  tool: ToolContext<unknown, CaseStrings>,
  { stored, storage, beforeBackup }: BackupOptions,
): void {
  const { t, kit } = tool;
  const backupNotice = tool.one('[data-backup-notice]');
  const toolName = (name: string) => kit(`tool.${name}` as 'tool.case');
  const notifyBackup = (message: string, tone: Tone = 'info') => {
    showNotice(backupNotice, [make('p', message)], tone);
  };
  const names = (tools: readonly string[]) => tools.map(toolName).join(t('listSeparator'));

  const backUp = (tools: readonly string[], encodeBackup: typeof import('../../lib/case/backup').encodeBackup) => {
    const raw = Object.fromEntries(tools.map((name) => [name, stored(name)]));
    const { text, included, skipped } = encodeBackup(raw, new Date());
    if (included.length === 0) {
      notifyBackup(t('backupNothing'), skipped.length ? 'error' : 'info');
      return;
    }
    downloadText(`tmall-agency-guide-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
    const done = t('backupDone', { list: names(included) });
    notifyBackup(
      skipped.length ? `${done}${t('backupSkipped', { list: names(skipped) })}` : done,
      skipped.length ? 'error' : 'info',
    );
  };

  tool.one('[data-backup]').addEventListener('click', () => {
    beforeBackup();
    void backupKit().then(({ ALL_DEFINITIONS, encodeBackup }) => {
      backUp(
        ALL_DEFINITIONS.map((definition) => definition.tool),
        encodeBackup,
      );
    });
  });

  const describeBackupError = (error: BackupError) => {
    switch (error.code) {
      case 'file':
        return describeDecodeError(error.error, kit);
      case 'not-backup':
        return t('restoreNotBackup');
      case 'future-version':
        return t('restoreFuture', { found: error.found, supported: error.supported });
      case 'empty':
        return t('restoreEmpty');
      case 'part':
        return t('restorePart', { tool: toolName(error.tool), reason: describeDecodeError(error.error, kit) });
    }
  };

  const restoreInput = tool.one<HTMLInputElement>('[data-restore]');
  restoreInput.addEventListener('change', () => {
    const file = restoreInput.files?.[0];
    restoreInput.value = '';
    if (!file) return;
    void Promise.all([file.text(), backupKit()]).then(([body, { ALL_DEFINITIONS: DEFINITIONS, decodeBackup }]) => {
      const decoded = decodeBackup(body, DEFINITIONS);
      if (!decoded.ok) {
        notifyBackup(t('restoreFailed') + describeBackupError(decoded.error), 'error');
        return;
      }
      const tools = decoded.parts.map((part) => part.tool);
      if (!window.confirm(t('restoreConfirm', { list: names(tools) }))) return;
      // Keep what each store holds now, to put it back if any write fails.
      const before = new Map(tools.map((name) => [name, stored(name)]));
      for (const part of decoded.parts) {
        const definition = DEFINITIONS.find((item) => item.tool === part.tool);
        const saved = definition && new ToolStore<unknown>(definition).save(part.data, { overwrite: true });
        if (saved && !saved.ok) {
          for (const [name, value] of before) {
            if (value === null) safeRemove(storage, storageKey(name));
            else safeSet(storage, storageKey(name), value);
          }
          const reason = saved.problem.code === 'storage' ? kit('store.quota') : kit('store.conflict');
          notifyBackup(t('restoreWriteFailed', { reason }), 'error');
          return;
        }
      }
      // Every tool's data changed under this page: start it again from storage, and say what was restored.
      safeSet(session(), RESTORED_KEY, t('restoreDone', { list: names(tools) }));
      location.reload();
    });
  });

  const restoredNote = safeGet(session(), RESTORED_KEY);
  if (restoredNote.ok && restoredNote.value !== null) {
    safeRemove(session(), RESTORED_KEY);
    notifyBackup(restoredNote.value);
  }
}
