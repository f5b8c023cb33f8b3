/**
 * Words of the printed checklist that only the server renders (the page's script shows and hides
 * them). Each is in both languages, because a checklist can be printed in either or both.
 */
import type { Owner } from '../scope/model';
import type { Bilingual } from '../fields';
import type { FeeModel } from './model';
import type { Dependency } from './select';

/** "Only if …" for each dependency. */
export const dependencyNames: Record<Dependency, Bilingual> = {
  'full-custody': { zh: '全托管', en: 'fully managed' },
  'half-custody': { zh: '半托管', en: 'partly managed' },
  'single-service': { zh: '单项服务', en: 'single services' },
  'fee-commission': { zh: '纯提成收费', en: 'commission-only fees' },
  'fee-fixed': { zh: '固定服务费', en: 'a fixed monthly fee' },
  'fee-base-commission': { zh: '基础服务费 + 提成', en: 'base fee plus commission' },
  'fee-tiered': { zh: '阶梯提成', en: 'tiered commission' },
  guarantee: { zh: '代运营承诺业绩（保底）', en: 'the agency guarantees a result' },
  'tmall-global': { zh: '天猫国际店铺', en: 'a Tmall Global store' },
  'special-category': { zh: '需特殊资质的类目', en: 'a category needing special qualifications' },
  'foreign-brand': { zh: '境外品牌', en: 'a foreign brand' },
  deposit: { zh: '代运营收取押金', en: 'the agency takes a deposit' },
  'cs-peak-only': { zh: '只在大促期间外包客服', en: 'customer service outsourced for peak seasons only' },
};

export const topicNames: Record<string, Bilingual> = {
  scope: { zh: '服务范围', en: 'Scope of services' },
  fees: { zh: '费用', en: 'Fees' },
  kpi: { zh: '考核指标', en: 'KPIs' },
  remedy: { zh: '未达标怎么办', en: 'If a KPI is missed' },
  reporting: { zh: '报告与数据', en: 'Reporting and data' },
  access: { zh: '账号与权限', en: 'Account access' },
  cooperation: { zh: '配合与沟通', en: 'Cooperation' },
  entity: { zh: '店铺与品牌主体', en: 'Store and brand owner' },
  ads: { zh: '广告', en: 'Advertising' },
  ip: { zh: '设计文件与内容归属', en: 'Design files and content' },
  deposit: { zh: '押金与保证金', en: 'Deposits' },
  term: { zh: '合同期限', en: 'Term' },
  termination: { zh: '解约', en: 'Termination' },
  handover: { zh: '交接', en: 'Handover' },
  confidentiality: { zh: '保密与顾客数据', en: 'Confidentiality and customer data' },
  compliance: { zh: '合规', en: 'Compliance' },
};

export const checklistWords = {
  title: { zh: '合同检查清单', en: 'Contract checklist' },
  merchant: { zh: '甲方（商家）', en: 'Merchant' },
  agency: { zh: '乙方（代运营方）', en: 'Agency' },
  date: { zh: '日期', en: 'Date' },
  version: { zh: '版本', en: 'Version' },
  howTo: {
    zh: '草稿里有这一条就打勾，双方在每条下面签字缩写。______ 表示还没谈定、需要在合同里写明的数字或名称。',
    en: 'Tick each clause the draft contains, and both sides initial it. ______ marks a figure or name still to be settled and written into the contract.',
  },
  redFlags: { zh: '先看这些危险信号', en: 'Red flags first' },
  redFlagsIntro: { zh: '根据你在表单里的回答找到：', en: 'Found in your answers:' },
  noRedFlags: { zh: '在你的回答里没有发现危险信号。', en: 'No red flags found in your answers.' },
  yourAnswer: { zh: '你的回答', en: 'Your answer' },
  why: { zh: '为什么重要', en: 'Why it matters' },
  recorded: { zh: '你在评分表里对这家公司的记录', en: 'What you recorded about this agency in the scorecard' },
  recordedEmpty: { zh: '标记为见过，没有写说明。', en: 'Marked as seen, with no note.' },
  /** After a label ("Why it matters: …"). */
  colon: { zh: '：', en: ': ' },
  clauses: { zh: '合同里应当写明的条款', en: 'What the contract should say' },
  keptNote: {
    zh: '这些模块由你自己负责，只和它们有关的条款没有列出：',
    en: 'You keep these modules yourself, so the clauses only about them are left out:',
  },
  onlyIf: { zh: '仅当：', en: 'Only if: ' },
  contains: { zh: '草稿已包含', en: 'In the draft' },
  initialsMerchant: { zh: '甲方签字缩写', en: "Merchant's initials" },
  initialsAgency: { zh: '乙方签字缩写', en: "Agency's initials" },
  annex: { zh: '附：分工表', en: 'Annex: who does what' },
  annexBlank: {
    zh: '还没有从“服务范围选择”带入分工，请逐项勾选。',
    en: 'No matrix from the scope chooser yet: tick one box per row.',
  },
  service: { zh: '服务', en: 'Service' },
  doneBy: { zh: '由谁负责', en: 'Done by' },
  signoff: { zh: '双方确认', en: 'Agreed by' },
  signMerchant: { zh: '商家（签字 / 盖章）', en: 'Merchant (signature / seal)' },
  signAgency: { zh: '代运营方（签字 / 盖章）', en: 'Agency (signature / seal)' },
  notLegalAdvice: {
    zh: '本清单帮助你核对合同草稿，不是法律意见。签约前请让执业律师审阅合同。',
    en: 'This checklist helps you check a draft; it is not legal advice. Have a qualified PRC lawyer review the contract before signing.',
  },
} satisfies Record<string, Bilingual>;

/** The first page's summary of the key terms: one line per term, with the clauses' slots. */
export const summaryWords = {
  heading: { zh: '关键条款一览', en: 'Key terms at a glance' },
  fee: { zh: '收费', en: 'Fee' },
  kpi: { zh: '考核指标', en: 'KPI' },
  refund: { zh: '未达标退款', en: 'Refund if missed' },
  term: { zh: '期限', en: 'Term' },
  notice: { zh: '解约通知', en: 'Notice to terminate' },
  handover: { zh: '交接', en: 'Handover' },
} satisfies Record<string, Bilingual>;

/** The summary's fee line for each fee model, and '' while none is chosen. */
export const feeLines: Record<FeeModel | '', Bilingual> = {
  '': { zh: '______（收费方式未定）', en: '______ (fee model not decided)' },
  'base-commission': {
    zh: '基础服务费{baseFee}元/月，另按{commissionBase}的{commissionRate}%提成',
    en: 'Base fee ¥{baseFee} a month, plus {commissionRate}% of {commissionBase}',
  },
  fixed: { zh: '固定服务费{fixedFee}元/月', en: 'Fixed fee ¥{fixedFee} a month' },
  commission: {
    zh: '按{commissionBase}的{commissionRate}%提成，每月最高{capFee}元',
    en: '{commissionRate}% of {commissionBase}, at most ¥{capFee} a month',
  },
  tiered: {
    zh: '按{commissionBase}阶梯提成，每月最低服务费{minFee}元，最高{capFee}元',
    en: 'Tiered commission on {commissionBase}; minimum fee ¥{minFee}, at most ¥{capFee} a month',
  },
};

/** The summary's other lines. */
export const summaryLines = {
  kpi: {
    zh: '{kpiMetric}达到{kpiTarget}，合作第{kpiPeriodMonths}个月结束时考核',
    en: '{kpiMetric} of {kpiTarget} by the end of month {kpiPeriodMonths}',
  },
  refund: { zh: '{refundAmount}元，{refundDays}日内退还', en: '¥{refundAmount}, paid within {refundDays} days' },
  term: { zh: '{termMonths}个月，期满不自动续约', en: '{termMonths} months, not renewed automatically' },
  notice: { zh: '提前{noticeDays}天书面通知', en: '{noticeDays} days in writing' },
  handover: { zh: '解约后{handoverDays}天内完成', en: 'Within {handoverDays} days of termination' },
} satisfies Record<string, Bilingual>;

/** Who does a service, as the annex prints it. */
export const ownerNames: Record<Owner, Bilingual> = {
  merchant: { zh: '甲方', en: 'Merchant' },
  agency: { zh: '乙方', en: 'Agency' },
  shared: { zh: '双方', en: 'Shared' },
};

/** The words of the printout's running header and footer (the page's script writes them before printing). */
export const printWords = {
  title: checklistWords.title,
  // A running header has room for one short word a party.
  merchant: { zh: '甲方', en: checklistWords.merchant.en },
  agency: { zh: '乙方', en: checklistWords.agency.en },
  date: checklistWords.date,
  version: checklistWords.version,
  initialsMerchant: checklistWords.initialsMerchant,
  initialsAgency: checklistWords.initialsAgency,
  colon: checklistWords.colon,
};

export type PrintWords = typeof printWords;
