import type { Locale } from './i18n';

/** Interface strings of our own components (Starlight translates its own). */
const strings = {
  colon: { zh: '：', en: ':' },
  confidence: { zh: '可信度', en: 'Confidence' },
  confidenceH: { zh: '高', en: 'high' },
  confidenceM: { zh: '中', en: 'medium' },
  confidenceL: { zh: '低', en: 'low' },
  confidenceHelp: {
    zh: '高：官方页面或多个独立来源；中：一个可信来源；低：服务商宣传或个例。',
    en: 'High: an official page or several independent sources. Medium: one credible source. Low: vendor marketing or a single anecdote.',
  },
  source: { zh: '来源', en: 'Source' },
  sources: { zh: '来源', en: 'Sources' },
  verified: { zh: '核实于', en: 'Last verified' },
  caveat: { zh: '注意', en: 'Caveat' },
  datedFact: { zh: '有时效的事实', en: 'Dated fact' },
  checksHeading: { zh: '本页涉及的检查项', en: 'Checks from this page' },
  checksIntro: {
    zh: '以下条目与工具共用同一份数据：在工具里勾选、打分或生成合同清单时，看到的就是这些条目。',
    en: 'These entries are the same data the tools use: they are what you tick, score or print there.',
  },
  kindVetting: { zh: '筛选标准', en: 'Vetting criteria' },
  kindClause: { zh: '合同条款', en: 'Contract clauses' },
  kindRedflag: { zh: '危险信号', en: 'Red flags' },
  kindHandover: { zh: '交接事项', en: 'Handover items' },
  handoverOwner: { zh: '默认负责', en: 'Done by' },
  handoverMerchant: { zh: '商家', en: 'you (merchant)' },
  handoverAgency: { zh: '原代运营', en: 'the outgoing agency' },
  handoverBoth: { zh: '双方', en: 'both sides' },
  handoverNewAgency: { zh: '新代运营', en: 'the new agency' },
  knockout: { zh: '一票否决', en: 'Knockout' },
  weight: { zh: '默认权重', en: 'Default weight' },
  severity: { zh: '严重程度', en: 'Severity' },
  severity1: { zh: '留意', en: 'caution' },
  severity2: { zh: '严重', en: 'serious' },
  severity3: { zh: '建议放弃', en: 'walk away' },
  why: { zh: '为什么重要', en: 'Why it matters' },
  evidence: { zh: '要什么证据 / 怎么核实', en: 'Evidence to ask for' },
  signs: { zh: '常见表现', en: 'What it sounds like' },
  clauseText: { zh: '合同里应能找到', en: 'Look for this in the draft' },
  required: { zh: '每份合同都应有', en: 'Belongs in every contract' },
  conditional: { zh: '视情况需要', en: 'When it applies' },
  useInTool: { zh: '在工具中使用', en: 'Use it in the tool' },
  module: { zh: '模块', en: 'Module' },
  services: { zh: '服务内容', en: 'Services' },
  deliverables: { zh: '应当看到的交付', en: 'What you should see delivered' },
  owner: { zh: '全托管时通常由谁负责', en: 'Usually done by (fully managed)' },
  ownerAgency: { zh: '代运营', en: 'Agency' },
  ownerMerchant: { zh: '商家', en: 'Merchant' },
  ownerShared: { zh: '双方', en: 'Shared' },
  readGuide: { zh: '阅读指南', en: 'Read the guide' },
  renamedTo: { zh: '现名', en: 'Now called' },
  formerly: { zh: '旧称', en: 'Formerly' },
  alsoKnownAs: { zh: '也称', en: 'Also known as' },
  notLegalAdviceTitle: { zh: '这不是法律意见', en: 'Not legal advice' },
  notLegalAdvice: {
    zh: '本页帮助你看懂合同里该有什么、该问什么，不能替代律师。签约前请让执业律师结合你的情况审阅合同；不同地区、不同时间的司法实践可能不同。',
    en: 'This page helps you know what to look for and what to ask; it is not a substitute for a lawyer. Have a qualified PRC lawyer review the contract for your situation before signing; practice varies by court and over time.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type UiKey = keyof typeof strings;

/** The interface string `key` in `locale`. */
export function ui(key: UiKey, locale: Locale): string {
  return strings[key][locale];
}

/** The string `key` followed by the colon each language uses before a value (full-width in Chinese). */
export function label(key: UiKey, locale: Locale): string {
  return ui(key, locale) + ui('colon', locale);
}
