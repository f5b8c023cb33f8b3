/**
 * The kit's own words, shared by every tool: saving, loading, import and export, and the messages
 * a field shows when it refuses a value. `StoreControls.astro` hands the page's language to the
 * script in `data-strings`.
 */
import type { FieldError } from '../fields';
import { dictionaries, type Translate } from './strings';

export const kitStrings = dictionaries(
  {
    export: '导出文件',
    import: '导入文件',
    clear: '全部清空',
    privacy: '你填写的内容只保存在这台设备的浏览器里，不会上传。换电脑时请用“导出文件”。',
    saved: '已保存在本机浏览器',
    notSaved: '未保存',
    restored: '已恢复你上次填写的内容。',
    migrated: '已把旧版本的数据升级到当前格式。',
    otherTab: '已同步另一个标签页的修改。',
    otherTabCleared: '另一个标签页清空了数据。',
    loadTheirs: '载入另一个标签页的版本',
    keepMine: '保留本页的版本',
    importConfirm: '用文件中的内容替换当前内容吗？（当前内容会被覆盖，建议先导出备份。）',
    imported: '已导入文件。',
    importFailed: '导入失败，当前内容没有改变：',
    tooBig: '文件超过 1 MB，不像是本站导出的文件。',
    clearConfirm: '清空此工具中的全部内容吗？清空后在离开本页前可以撤销。',
    cleared: '已清空。',
    undo: '撤销清空',
    undone: '已恢复清空前的内容。',
    invalidNotSaved: '有字段需要修改，修改前不会保存这些改动。',
    errorSummary: '有 {count} 处需要修改：',
    errorLink: '{label}：{message}',
    // Import and storage problems (src/lib/state/messages.ts chooses one).
    'decode.too-large': '文件太大（{size} KB，上限 {limit} KB），不像是本站导出的文件。',
    'decode.not-json': '文件不是有效的 JSON：{detail}',
    'decode.too-deep': '文件嵌套层级超过 {limit} 层，已拒绝。',
    'decode.array-too-long': '“{path}”中的条目超过 {limit} 个，已拒绝。',
    'decode.not-envelope': '这不是本站导出的文件。',
    'decode.whole-backup': '这是“全部备份”文件，里面有所有工具的内容：请到“代运营档案”页用“恢复全部备份”打开它。',
    'decode.wrong-tool': '这是“{found}”的导出文件，不能导入到“{expected}”。',
    'decode.future-version':
      '文件来自更新版本的网站（数据版本 {found}，本页支持到 {supported}）。请刷新页面获取新版本后再试。',
    'decode.no-migration': '文件的数据版本 {from} 太旧，本页无法读取。',
    'decode.invalid': '文件里有一项内容不符合要求，无法导入（位置：{path}）。文件可能被手工改过，或者不是本站导出的。',
    'store.quota':
      '浏览器存储空间已满，最近的修改没有保存。页面上的内容仍在；请先“导出”保存到文件，再清理浏览器中其他网站的数据。',
    'store.disabled':
      '浏览器禁止了本地存储（可能是隐私模式或禁用了网站数据），关闭页面后内容不会保留。请用“导出”把内容存成文件。',
    'store.failed': '保存失败（{detail}）。页面上的内容仍在，请导出备份。',
    'store.corrupt': '之前保存的数据已损坏，无法读取（{reason}）。{backup}现在从空白开始。',
    'store.corrupt-backup': '原数据已另存备份，',
    'store.future-version':
      '另一个标签页或更新版本的网站保存了数据版本 {found}（本页只支持到 {supported}）。为避免覆盖，本页不会保存。请刷新页面。',
    'store.conflict': '另一个标签页刚刚修改了同一份数据。为避免互相覆盖，本页暂停保存：请选择保留哪一份。',
    'tool.fees': '费用计算器',
    'tool.vetting': '代运营评分表',
    'tool.scope': '服务范围选择',
    'tool.contract': '合同检查清单',
    'tool.case': '代运营档案',
    'tool.target': '目标核算',
    'tool.contract-scan': '合同草稿检查',
    'tool.review': '月度复盘与证据',
    'tool.exit': '退出交接计划',
    // Field messages (src/lib/fields.ts gives the code).
    'field.amount': '请输入金额（元），例如 15000、1.5万 或 15k。',
    'field.amount-precision': '金额最多精确到分。',
    'field.amount-max': '金额不能超过 {max} 元。',
    'field.whole-range': '请输入 {min} 到 {max} 之间的整数。',
    'field.decimal-range': '请输入 {min} 到 {max} 之间的数，最多两位小数。',
    'field.text-control': '请不要输入换行或控制字符。',
    'field.text-long': '最多 {max} 个字（现在 {length} 个）。',
    'field.date': '认不出这个日期，或这一天不存在。请写成 2026-11-30 或 2026年11月30日。',
    'field.date-ambiguous': '这个日期有两种读法：{dayFirst} 还是 {monthFirst}？请按“年-月-日”重写一遍。',
    'field.date-order': '结束日期不能早于开始日期。',
    'field.min-above-cap': '每月最低服务费不能高于封顶金额。',
  },
  {
    export: 'Export file',
    import: 'Import file',
    clear: 'Clear all',
    privacy:
      'What you enter is kept only in this browser on this device; nothing is uploaded. Use Export to move it to another computer.',
    saved: 'Saved in this browser',
    notSaved: 'Not saved',
    restored: 'Restored what you entered last time.',
    migrated: 'Your saved data was upgraded to the current format.',
    otherTab: 'Updated with changes made in another tab.',
    otherTabCleared: 'Another tab cleared the data.',
    loadTheirs: "Load the other tab's version",
    keepMine: 'Keep the version on this page',
    importConfirm:
      'Replace what is on this page with the contents of the file? (Export first if you want a copy of the current data.)',
    imported: 'File imported.',
    importFailed: 'Import failed; nothing was changed: ',
    tooBig: 'The file is over 1 MB; it does not look like an export from this site.',
    clearConfirm: 'Clear everything in this tool? You can undo until you leave the page.',
    cleared: 'Cleared.',
    undo: 'Undo clear',
    undone: 'Restored what was there before clearing.',
    invalidNotSaved: 'Some fields need fixing; changes are not saved until they are valid.',
    errorSummary: '{count} fields need fixing:',
    errorLink: '{label}: {message}',
    'decode.too-large':
      'The file is too large ({size} KB; the limit is {limit} KB). It does not look like an export from this site.',
    'decode.not-json': 'The file is not valid JSON: {detail}',
    'decode.too-deep': 'The file is nested more than {limit} levels deep and was refused.',
    'decode.array-too-long': '"{path}" holds more than {limit} items and was refused.',
    'decode.not-envelope': 'This is not a file exported from this site.',
    'decode.whole-backup':
      'This is a backup of everything (all the tools at once): open it with "Restore a full backup" on the case file page.',
    'decode.wrong-tool': 'This file was exported from the {found}, not the {expected}.',
    'decode.future-version':
      'The file comes from a newer version of this site (data version {found}; this page reads up to {supported}). Reload the page to get the new version, then try again.',
    'decode.no-migration': 'The file’s data version {from} is too old for this page to read.',
    'decode.invalid':
      'An entry in the file is not what this page expects ({path}: {detail}). The file may have been edited by hand, or it was not exported from this site.',
    'store.quota':
      'Browser storage is full, so your latest changes were not saved. Everything on screen is still here: export it to a file, then free up space in your browser.',
    'store.disabled':
      'Your browser blocks local storage (private mode or site data turned off), so nothing will be kept after you close this page. Use Export to save your work to a file.',
    'store.failed': 'Saving failed ({detail}). Everything on screen is still here; export a copy to be safe.',
    'store.corrupt': 'The previously saved data is damaged and could not be read ({reason}). {backup}Starting afresh.',
    'store.corrupt-backup': 'A copy of it was kept. ',
    'store.future-version':
      'Another tab or a newer version of this site saved data version {found} (this page reads up to {supported}). To avoid overwriting it, this page will not save. Please reload.',
    'store.conflict':
      'Another tab has just changed the same data. To keep either from overwriting the other, saving is paused here: choose which version to keep.',
    'tool.fees': 'fee calculator',
    'tool.vetting': 'vetting scorecard',
    'tool.scope': 'scope chooser',
    'tool.contract': 'contract checklist',
    'tool.case': 'case file',
    'tool.target': 'target check',
    'tool.contract-scan': 'draft contract check',
    'tool.review': 'monthly review',
    'tool.exit': 'exit and handover planner',
    'field.amount': 'Enter an amount in yuan, e.g. 15000, 15k or 1.5万.',
    'field.amount-precision': 'Amounts go to the fen at most (two decimals).',
    'field.amount-max': 'The amount can be at most ¥{max}.',
    'field.whole-range': 'Enter a whole number from {min} to {max}.',
    'field.decimal-range': 'Enter a number from {min} to {max}, with at most two decimals.',
    'field.text-control': 'Line breaks and control characters are not allowed.',
    'field.text-long': 'At most {max} characters (now {length}).',
    'field.date': 'That is not a date that exists. Write it as 30 Nov 2026, 30/11/2026 or 2026-11-30.',
    'field.date-ambiguous':
      'Is that {dayFirst} or {monthFirst} (year-month-day)? Write the month as a word, e.g. 5 Nov 2026, or the year first.',
    'field.date-order': 'The end date cannot be before the start date.',
    'field.min-above-cap': 'The minimum fee cannot be above the cap.',
  },
);

export type KitStrings = (typeof kitStrings)['zh'];

/** The message a field shows for `error`, in the language of `t`. */
export function describeFieldError(error: FieldError, t: Translate<KitStrings>): string {
  return t(`field.${error.code}`, error.values);
}
