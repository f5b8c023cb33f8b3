/**
 * What went wrong with a file or with storage, in words a merchant can act on. The sentences are in
 * the kit's dictionary (`../kit/kit-strings.ts`); this file only chooses one and fills it.
 */
import type { KitStrings } from '../kit/kit-strings';
import type { Translate } from '../kit/strings';
import type { DecodeError } from './envelope';
import type { StoreProblem } from './store';

type T = Translate<KitStrings>;

/** A tool's name for messages (`fees` → 费用计算器); an unknown tool keeps its id. */
function toolName(tool: string, t: T): string {
  return ['fees', 'vetting', 'scope', 'contract', 'case', 'exit'].includes(tool)
    ? t(`tool.${tool}` as 'tool.fees')
    : tool;
}

/** Why a file or saved value could not be read. */
export function describeDecodeError(error: DecodeError, t: T): string {
  switch (error.code) {
    case 'too-large':
      return t('decode.too-large', { size: Math.ceil(error.length / 1024), limit: Math.floor(error.limit / 1024) });
    case 'not-json':
      return t('decode.not-json', { detail: error.detail });
    case 'too-deep':
      return t('decode.too-deep', { limit: error.limit });
    case 'array-too-long':
      return t('decode.array-too-long', { path: error.path, limit: error.limit });
    case 'not-envelope':
      return t(error.detail === 'backup' ? 'decode.whole-backup' : 'decode.not-envelope');
    case 'wrong-tool':
      return t('decode.wrong-tool', { found: toolName(error.found, t), expected: toolName(error.expected, t) });
    case 'future-version':
      return t('decode.future-version', { found: error.found, supported: error.supported });
    case 'no-migration':
      return t('decode.no-migration', { from: error.from });
    case 'invalid':
      return t('decode.invalid', { path: error.path, detail: error.detail });
  }
}

/** What went wrong with saving or loading, and what happens to the user's work. */
export function describeStoreProblem(problem: StoreProblem, t: T): string {
  switch (problem.code) {
    case 'storage':
      if (problem.failure === 'quota') return t('store.quota');
      if (problem.failure === 'disabled') return t('store.disabled');
      return t('store.failed', { detail: problem.detail });
    case 'corrupt':
      return t('store.corrupt', {
        reason: describeDecodeError(problem.error, t),
        backup: problem.backupKey ? t('store.corrupt-backup') : '',
      });
    case 'future-version':
      return t('store.future-version', { found: problem.found, supported: problem.supported });
    case 'conflict':
      return t('store.conflict');
  }
}
