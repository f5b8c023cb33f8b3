/**
 * The contract checklist's interface words, in the page's language: the view renders them with
 * `translator(contractStrings[locale])` and hands the element the keys it shows (`data-strings`).
 * Words printed in the contract (clauses, the print header, the annex) are not here: a contract
 * prints in one or both languages whatever the page's language, so they are `Bilingual` content
 * (labels.ts, values.ts).
 */
import { dictionaries } from '../kit/strings';

export const contractStrings = dictionaries(
  {
    noScript:
      '表单需要 JavaScript 才能把你的答案填进清单。没有 JavaScript 时，下面是完整的默认清单：打印出来，在 ______ 处手写数字即可。',
    print: '打印清单（A4）',
    scopeLinkBefore: '不确定？先用',
    scopeLinkText: '服务范围选择',
    scopeLinkAfter: '。“未确定”的项目，清单会把各种情况的条款都列出来并注明。',
    sourceScope: '你在“服务范围选择”里保存过答案。',
    useScope: '用这些答案填写合作范围和分工表',
    sourceFees: '费用计算器里的报价',
    useFees: '带入这个报价',
    offerWithLabel: '{name} · {label}',
    noticeFilled: '已用你在其他工具里保存的答案填好一部分，请核对。',
    noticeScope: '已带入服务范围选择的答案。',
    noticeFees: '已带入费用计算器的报价。',
    noticeFix: '有字段需要修改（已标出）。修改前，这些字段在清单里按空白 ______ 打印。',
    sourceCase: '代运营档案里选定的签约对象：{agency}（{offer}）。',
    caseNoOffer: '没有认领报价，费用条款请手工填写',
    useCase: '按档案填写乙方、费用和危险信号',
    editCase: '在代运营档案里修改',
    fromCase:
      '现在的内容来自代运营档案：乙方名称来自“{agency}”的档案，费用条款来自费用计算器的报价“{offer}”，危险信号中有 {n} 个是你在评分表里记录的。',
    fromCaseTyped: '手工填写',
    noticeCase: '已按代运营档案填写乙方名称、费用条款和评分表里记录的危险信号，请核对。',
    noticeCaseChanged:
      '代运营档案里的签约对象或报价变了：已改为“{agency}”（{offer}），乙方名称、费用条款和危险信号随之更新。',
  },
  {
    noScript:
      'The form needs JavaScript to fill your answers into the checklist. Without it, below is the full default checklist: print it and write your figures in the blanks (______).',
    print: 'Print the checklist (A4)',
    scopeLinkBefore: 'Not sure? Use the ',
    scopeLinkText: 'scope chooser',
    scopeLinkAfter: ' first. For anything "not decided", the checklist keeps the clauses for every case, marked.',
    sourceScope: 'You saved answers in the scope chooser.',
    useScope: 'Use them for the scope and the matrix',
    sourceFees: 'Offers saved in the fee calculator',
    useFees: 'Use this offer',
    offerWithLabel: '{name} · {label}',
    noticeFilled: 'Some answers were filled in from what you saved in the other tools; please check them.',
    noticeScope: 'Copied your scope chooser answers.',
    noticeFees: 'Copied the offer from the fee calculator.',
    noticeFix: 'Some fields need fixing (they are marked). Until then they print as blanks (______).',
    sourceCase: 'The agency chosen in your case file: {agency} ({offer}).',
    caseNoOffer: 'no offer marked as its own: fill in the fee terms by hand',
    useCase: 'Use it for the agency, the fee terms and the red flags',
    editCase: 'Change it in the case file',
    fromCase:
      'Filled in from your case file: the agency’s names from its entry ("{agency}"), the fee terms from the calculator’s offer "{offer}", and {n} of the red flags from what you recorded in the scorecard.',
    fromCaseTyped: 'typed by hand',
    noticeCase:
      'Filled in the agency’s names, the fee terms and the red flags you recorded, from your case file; please check them.',
    noticeCaseChanged:
      'The agency or offer chosen in your case file has changed: the contract now uses "{agency}" ({offer}), with its names, fee terms and red flags.',
  },
);

export type ContractStrings = (typeof contractStrings)['zh'];

/** The keys the element shows (the rest is rendered by the server). */
export const clientKeys = [
  'offerWithLabel',
  'noticeFilled',
  'noticeScope',
  'noticeFees',
  'noticeFix',
  'sourceCase',
  'caseNoOffer',
  'fromCase',
  'fromCaseTyped',
  'noticeCase',
  'noticeCaseChanged',
] as const satisfies readonly (keyof ContractStrings)[];

export type ContractClientStrings = Pick<ContractStrings, (typeof clientKeys)[number]>;
