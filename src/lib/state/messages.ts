import type { Locale } from '../i18n';
import type { DecodeError } from './envelope';
import type { StoreProblem } from './store';

const toolNames: Record<string, Record<Locale, string>> = {
  fees: { zh: '费用计算器', en: 'fee calculator' },
  vetting: { zh: '代运营评分表', en: 'vetting scorecard' },
  scope: { zh: '服务范围选择', en: 'scope chooser' },
  contract: { zh: '合同检查清单', en: 'contract checklist' },
};

function toolName(tool: string, locale: Locale): string {
  return toolNames[tool]?.[locale] ?? tool;
}

/** Why a file or saved value could not be read, in words a user can act on. */
export function describeDecodeError(error: DecodeError, locale: Locale): string {
  const zh = locale === 'zh';
  switch (error.code) {
    case 'too-large':
      return zh
        ? `文件太大(${Math.ceil(error.length / 1024)} KB,上限 ${Math.floor(error.limit / 1024)} KB),不像是本站导出的文件。`
        : `The file is too large (${Math.ceil(error.length / 1024)} KB; the limit is ${Math.floor(error.limit / 1024)} KB). It does not look like an export from this site.`;
    case 'not-json':
      return zh ? `文件不是有效的 JSON:${error.detail}` : `The file is not valid JSON: ${error.detail}`;
    case 'too-deep':
      return zh
        ? `文件嵌套层级超过 ${error.limit} 层,已拒绝。`
        : `The file is nested more than ${error.limit} levels deep and was refused.`;
    case 'array-too-long':
      return zh
        ? `“${error.path}”中的条目超过 ${error.limit} 个,已拒绝。`
        : `"${error.path}" holds more than ${error.limit} items and was refused.`;
    case 'not-envelope':
      return zh
        ? '这不是本站导出的文件(缺少 app、tool、schemaVersion 或 data 字段)。'
        : 'This is not a file exported from this site (it lacks the app, tool, schemaVersion or data field).';
    case 'wrong-tool':
      return zh
        ? `这是“${toolName(error.found, locale)}”的导出文件,不能导入到“${toolName(error.expected, locale)}”。`
        : `This file was exported from the ${toolName(error.found, locale)}, not the ${toolName(error.expected, locale)}.`;
    case 'future-version':
      return zh
        ? `文件来自更新版本的网站(数据版本 ${error.found},本页支持到 ${error.supported})。请刷新页面获取新版本后再试。`
        : `The file comes from a newer version of this site (data version ${error.found}; this page reads up to ${error.supported}). Reload the page to get the new version, then try again.`;
    case 'no-migration':
      return zh ? `无法从数据版本 ${error.from} 升级。` : `Data version ${error.from} cannot be upgraded.`;
    case 'invalid':
      return zh ? `字段“${error.path}”无效：${error.detail}` : `The field "${error.path}" is invalid: ${error.detail}`;
  }
}

/** What went wrong with saving or loading, and what happens to the user's work. */
export function describeStoreProblem(problem: StoreProblem, locale: Locale): string {
  const zh = locale === 'zh';
  switch (problem.code) {
    case 'storage':
      if (problem.failure === 'quota') {
        return zh
          ? '浏览器存储空间已满,最近的修改没有保存。页面上的内容仍在;请先“导出”保存到文件,再清理浏览器中其他网站的数据。'
          : 'Browser storage is full, so your latest changes were not saved. Everything on screen is still here: export it to a file, then free up space in your browser.';
      }
      if (problem.failure === 'disabled') {
        return zh
          ? '浏览器禁止了本地存储(可能是隐私模式或禁用了网站数据),关闭页面后内容不会保留。请用“导出”把内容存成文件。'
          : 'Your browser blocks local storage (private mode or site data turned off), so nothing will be kept after you close this page. Use Export to save your work to a file.';
      }
      return zh
        ? `保存失败(${problem.detail})。页面上的内容仍在,请导出备份。`
        : `Saving failed (${problem.detail}). Everything on screen is still here; export a copy to be safe.`;
    case 'corrupt':
      return zh
        ? `之前保存的数据已损坏,无法读取(${describeDecodeError(problem.error, locale)})。${problem.backupKey ? '原数据已另存备份,' : ''}现在从空白开始。`
        : `The previously saved data is damaged and could not be read (${describeDecodeError(problem.error, locale)}). ${problem.backupKey ? 'A copy of it was kept; ' : ''}starting afresh.`;
    case 'future-version':
      return zh
        ? `另一个标签页或更新版本的网站保存了数据版本 ${problem.found}(本页只支持到 ${problem.supported})。为避免覆盖,本页不会保存。请刷新页面。`
        : `Another tab or a newer version of this site saved data version ${problem.found} (this page reads up to ${problem.supported}). To avoid overwriting it, this page will not save. Please reload.`;
    case 'conflict':
      return zh
        ? '另一个标签页刚刚修改了同一份数据。为避免互相覆盖,本页暂停保存:请选择保留哪一份。'
        : 'Another tab has just changed the same data. To keep either from overwriting the other, saving is paused here: choose which version to keep.';
  }
}
