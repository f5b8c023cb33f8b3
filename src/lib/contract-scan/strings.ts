/**
 * The contract scanner's words in each language. The view picks the page's language once and sends
 * that dictionary in `data-strings`; the rules' own words (titles, risks, clause texts) come from
 * content/checks in `data-page-data`.
 */
import { dictionaries } from '../kit/strings';

export const contractScanStrings = dictionaries(
  {
    noscript: '这个工具需要 JavaScript 才能在浏览器里读取和检查合同。没有 JavaScript 时，可以用合同检查清单逐条对照。',
    privacy:
      '合同只在你的浏览器里读取和检查，不会上传到任何地方。除非你在下面选择保存，检查结果和合同文字都不会留在这台电脑上。',
    inputHeading: '放入代运营给你的合同草稿',
    pasteLabel: '粘贴合同全文',
    pasteHint: '从 Word、WPS 或邮件里复制全文粘贴进来。',
    fileLabel: '或者打开文件（Word .docx 或纯文本 .txt）',
    fileHint: 'PDF 无法直接读取：请在 PDF 阅读器里全选、复制文字，再粘贴到上面。.doc（旧版 Word）请先另存为 .docx。',
    scan: '检查这份草稿',
    reading: '正在读取文件……',
    readFile: '已读入“{name}”，共 {n} 段。',
    errorEmpty: '请先粘贴合同文字，或打开一个 .docx / .txt 文件。',
    errorTooLarge: '这个文件太大（{size}）。合同草稿一般不超过 {limit}；请确认选对了文件，或者把正文复制粘贴进来。',
    errorPdf: 'PDF 无法直接读取。请在 PDF 阅读器里全选、复制文字，再粘贴到上面的文本框。',
    errorType: '只能打开 .docx 和 .txt 文件。其他格式请先另存为 .docx，或复制文字粘贴进来。',
    errorDocx:
      '这个文件打不开：它不是完整的 Word（.docx）文件，可能已损坏。请在 Word 里重新另存为 .docx，或复制文字粘贴进来。',
    errorBomb: '这个文件解压后异常巨大，不像一份正常的合同，已停止读取。请复制正文粘贴进来。',
    errorNoText: '这个 Word 文件里没有找到文字（可能只有图片或扫描件）。请把合同文字复制粘贴进来。',
    errorBinary: '这个文件不是文字文件，读不出合同内容。请打开 .docx 或 .txt，或复制文字粘贴进来。',
    errorEncoding:
      '这个文件的文字读不出来，可能用了少见的编码。请在记事本或 WPS 里另存为 UTF-8 编码的 .txt，或直接复制粘贴。',
    errorNotContract:
      '读出的文字里找不到合同的样子（没有“甲方”“乙方”“合同”“条”等字眼）。如果文件用了其他编码，请另存为 UTF-8 再试，或直接复制粘贴。',
    errorTooLong: '文字太长（{n} 个字符），最多检查 {limit} 个字符。请只粘贴合同正文。',
    resultsHeading: '检查结果',
    summary:
      '共 {paragraphs} 段。发现 {findings} 处需要注意的写法（其中 {serious} 处严重），缺少 {missing} 条必备条款。',
    summaryClean:
      '共 {paragraphs} 段。没有发现已知的陷阱写法，必备条款也都找到了。这不等于合同没有问题：仍请对照检查清单通读一遍。',
    findingsHeading: '需要注意的写法',
    noFindings: '没有发现已知的陷阱写法。',
    missingHeading: '缺少的必备条款',
    noMissing: '必备条款都找到了。',
    figuresHeading: '合同里的数字',
    noFigures: '没有找到费用、比例、期限等数字。',
    coveredHeading: '草稿里已有的条款',
    noCovered: '没有识别出检查清单里的条款。',
    'severity.3': '严重',
    'severity.2': '注意',
    'severity.1': '提醒',
    where: '位置：{where}',
    paragraph: '第 {n} 段',
    risk: '风险：',
    suggest: '建议改为：',
    propose: '建议加入：',
    guide: '在指南里看详细说明',
    figureKind: '项目',
    figureDraft: '草稿里写的',
    figureWhere: '位置',
    figureOffer: '你在费用计算器里填的',
    figureNone: '—',
    'kind.rate': '提成比例',
    'kind.fee': '服务费',
    'kind.minimum': '最低服务费',
    'kind.cap': '封顶',
    'kind.deposit': '押金／保证金',
    'kind.target': '销售目标',
    'kind.adSpend': '推广费',
    'kind.term': '合同期限',
    'kind.notice': '通知期',
    'unit.months': '{n} 个月',
    'unit.days': '{n} 天',
    mismatchTitle: '{kind}和你收到的报价不一致',
    mismatchRisk:
      '草稿写的是 {draft}，你在费用计算器里记下的报价是 {offer}。签字前问清楚以哪个为准，并把报价写进合同。',
    mismatchSuggest: '把合同里的数字改成报价上的数字，或者请代运营书面说明为什么不同。',
    keepHeading: '保存结果',
    keepText: '同时把合同文字保存在这台电脑的浏览器里（下次打开时自动读入）',
    keepButton: '保存结果，供合同检查清单使用',
    kept: '已保存检查结果{withText}。打开合同检查清单，就可以把草稿里已有的条款勾上。',
    keptWithText: '和合同文字',
    keptSaved:
      '上次保存的检查结果（{date}）：{findings} 处需要注意，缺少 {missing} 条必备条款，已有 {covered} 条清单条款。',
    keptOnly:
      '这是 {date} 保存的检查结果。合同文字没有保存，所以这里不列原句和位置，也没有合同里的数字；要看这些，请重新粘贴或打开合同。',
    toChecklist: '打开合同检查清单 →',
    print: '打印检查结果',
    printNote: '本结果由浏览器中的规则自动生成，只能帮你发现常见问题，不构成法律意见。',
    pickupLine: '合同草稿检查（{date}）发现草稿里已有 {n} 条清单条款。',
    pickupButton: '勾上这些条款',
    pickupDone: '已勾上 {n} 条草稿里已有的条款。',
  },
  {
    noscript:
      'This tool needs JavaScript to read and check a contract in your browser. Without it, go through the contract checklist by hand.',
    privacy:
      'The contract is read and checked in your browser and sent nowhere. Neither the result nor the text stays on this computer unless you choose to keep it below.',
    inputHeading: 'The agency’s draft contract',
    pasteLabel: 'Paste the whole contract',
    pasteHint: 'Copy everything from Word, WPS or the email and paste it here.',
    fileLabel: 'Or open a file (Word .docx or plain text .txt)',
    fileHint:
      'PDFs can’t be read directly: open the PDF, select all the text, copy it and paste it above. Save an old .doc as .docx first.',
    scan: 'Check this draft',
    reading: 'Reading the file…',
    readFile: 'Read “{name}”: {n} paragraphs.',
    errorEmpty: 'Paste the contract text first, or open a .docx or .txt file.',
    errorTooLarge:
      'This file is too large ({size}). A draft contract is rarely over {limit}: check it is the right file, or copy and paste the text.',
    errorPdf: 'PDFs can’t be read directly. Open the PDF, select all the text, copy it and paste it in the box above.',
    errorType: 'Only .docx and .txt files can be opened. Save other formats as .docx, or copy and paste the text.',
    errorDocx:
      'This file can’t be opened: it isn’t a complete Word (.docx) file and may be damaged. Save it again as .docx in Word, or copy and paste the text.',
    errorBomb:
      'This file unpacks to an abnormal size, unlike any real contract, so reading stopped. Copy and paste the text instead.',
    errorNoText:
      'No text found in this Word file (it may hold only images or a scan). Copy and paste the contract text instead.',
    errorBinary:
      'This isn’t a text file, so no contract could be read from it. Open a .docx or .txt, or copy and paste the text.',
    errorEncoding:
      'The text in this file can’t be read; it may use an unusual encoding. Save it as a UTF-8 .txt in Notepad or WPS, or copy and paste it.',
    errorNotContract:
      'The text read doesn’t look like a contract (no “Party A”, “Agreement”, “甲方”, “合同” or similar). If the file uses another encoding, save it as UTF-8 and try again, or copy and paste.',
    errorTooLong:
      'The text is too long ({n} characters); up to {limit} can be checked. Paste just the contract itself.',
    resultsHeading: 'What the check found',
    summary:
      '{paragraphs} paragraphs. {findings} passages need attention ({serious} serious); {missing} must-have clauses are missing.',
    summaryClean:
      '{paragraphs} paragraphs. No known trap wording, and every must-have clause was found. That doesn’t make the contract safe: still read it through against the checklist.',
    findingsHeading: 'Wording to question',
    noFindings: 'No known trap wording found.',
    missingHeading: 'Must-have clauses that are missing',
    noMissing: 'Every must-have clause was found.',
    figuresHeading: 'Figures in the contract',
    noFigures: 'No fees, rates, periods or other figures found.',
    coveredHeading: 'Clauses the draft already has',
    noCovered: 'None of the checklist’s clauses were recognised.',
    'severity.3': 'Serious',
    'severity.2': 'Caution',
    'severity.1': 'Note',
    where: 'Where: {where}',
    paragraph: 'paragraph {n}',
    risk: 'Risk: ',
    suggest: 'Suggested wording: ',
    propose: 'Clause to propose: ',
    guide: 'Read more in the guide',
    figureKind: 'Item',
    figureDraft: 'In the draft',
    figureWhere: 'Where',
    figureOffer: 'In your fee calculator',
    figureNone: '—',
    'kind.rate': 'Commission rate',
    'kind.fee': 'Service fee',
    'kind.minimum': 'Minimum fee',
    'kind.cap': 'Cap',
    'kind.deposit': 'Deposit',
    'kind.target': 'Sales target',
    'kind.adSpend': 'Ad spend',
    'kind.term': 'Term',
    'kind.notice': 'Notice period',
    'unit.months': '{n} months',
    'unit.days': '{n} days',
    mismatchTitle: '{kind} differs from the offer you were given',
    mismatchRisk:
      'The draft says {draft}; the offer you noted in the fee calculator says {offer}. Before signing, agree which one applies and put the offer’s figure in the contract.',
    mismatchSuggest:
      'Change the contract to the offer’s figure, or ask the agency to explain the difference in writing.',
    keepHeading: 'Keep the result',
    keepText: 'Also keep the contract text in this browser (read in again next time)',
    keepButton: 'Keep the result for the contract checklist',
    kept: 'Result kept{withText}. Open the contract checklist to tick the clauses the draft already has.',
    keptWithText: ' with the contract text',
    keptSaved:
      'Result kept on {date}: {findings} passages need attention, {missing} must-have clauses missing, {covered} checklist clauses present.',
    keptOnly:
      'This is the result kept on {date}. The contract text was not kept, so the sentences, where they are and the draft’s figures are not shown; paste or open the contract again to see them.',
    toChecklist: 'Open the contract checklist →',
    print: 'Print the findings',
    printNote: 'Produced by rules in your browser: it points out common problems and is not legal advice.',
    pickupLine: 'Your draft check ({date}) found {n} of the checklist’s clauses in the draft.',
    pickupButton: 'Tick these clauses',
    pickupDone: 'Ticked {n} clauses the draft already has.',
  },
);

export type ContractScanStrings = (typeof contractScanStrings)['zh'];
