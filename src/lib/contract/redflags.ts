/**
 * Red flags found in the merchant's own answers, with the answer that raised each one in the
 * merchant's terms (the checks themselves are in `redflag-rules.ts`).
 */
import type { Bilingual } from '../fields';
import type { RedFlagEntry } from './model';
import { rulesFound } from './redflag-rules';
import type { ContractState } from './state';

/** Rule reason (`RedFlagRule['reason']`) → which answer raised the flag. */
export const redFlagReasons: Readonly<Record<string, Bilingual>> = {
  'rf-guaranteed-sales': {
    zh: '你说代运营承诺了业绩，但退款金额或退款期限还没有写下来。',
    en: 'You said the agency guarantees a result, but the refund amount or the days to pay it are not written down.',
  },
  'rf-zero-service-fee': {
    zh: '你选择的收费方式是纯提成、没有基础服务费。',
    en: 'The fee model you chose is commission only, with no base fee.',
  },
  'rf-agency-controls-account': {
    zh: '你说自己不会拿到店铺后台或子账号权限。',
    en: 'You said you will not have back-office or sub-account access.',
  },
  'rf-forfeit-all-fees': {
    zh: '你说草稿写着提前解约则已付费用一概不退。',
    en: 'You said the draft forfeits every fee paid if you end the contract early.',
  },
  'rf-store-in-agency-name': {
    zh: '你说店铺或品牌授权由代运营方持有。',
    en: 'You said the agency holds the store or the brand licence.',
  },
  'rf-full-year-upfront': {
    zh: '你说对方要求一次付清全年费用。',
    en: "You said the agency wants a full year's fees up front.",
  },
  'rf-platform-fees-via-agency': {
    zh: '你说平台保证金或年费要通过代运营支付。',
    en: 'You said the platform deposit or annual fee is to be paid through the agency.',
  },
  'rf-unclear-ad-spend': {
    zh: '你说推广费由代运营从服务费里支付，而不是你直接充值。',
    en: 'You said the agency pays ad spend out of its fee instead of you topping up the ad account directly.',
  },
  'rf-handover-refusal': {
    zh: '你说设计文件和内容归代运营所有。',
    en: 'You said the design files and content belong to the agency.',
  },
  'rf-handover-refusal:none': {
    zh: '你说草稿没有写明合作结束时交还数据、文件和账号。',
    en: 'You said the draft does not say that data, files and accounts are handed back at the end.',
  },
  'rf-commission-on-gross': {
    zh: '提成按含之后退款订单的成交额计算：退了货，提成照付。',
    en: 'Commission is charged on GMV including orders later refunded: returned goods still earn the agency its commission.',
  },
  'rf-auto-renewal': {
    zh: '你说草稿写着到期自动续约。',
    en: 'You said the draft renews itself at the end of the term.',
  },
  'rf-long-notice': {
    zh: '你填的解约通知期超过30天。',
    en: 'The notice period you entered is longer than 30 days.',
  },
  'rf-vague-cooperation': {
    zh: '你说草稿只写了“商家应积极配合”，没有写明配合什么、多久答复。',
    en: 'You said the draft only says the merchant "shall cooperate", without saying with what or how fast.',
  },
  'rf-refuses-kpi': {
    zh: '你说对方不肯写下可量化的考核指标。',
    en: 'You said the agency will not commit to a figure it is measured on.',
  },
  'rf-screenshot-reports': {
    zh: '你说报告只有截图，没有后台原始数据。',
    en: 'You said reports are screenshots, without raw exports from the back office.',
  },
  'rf-outdated-playbook': {
    zh: '你填写的考核指标是 DSR：平台现在看的是店铺综合体验分及其分项。',
    en: 'Your KPI is a DSR figure; the platform now tracks the store experience score and its sub-scores.',
  },
};

export interface FoundRedFlag {
  entry: RedFlagEntry;
  /** The answers that raised it, in rule order (none: only recorded in the scorecard). */
  because: Bilingual[];
  /** What the merchant recorded about it for the agency in the scorecard (`null`: not recorded there). */
  recorded: string | null;
}

/**
 * The red flags the answers raise or the merchant recorded for the agency in the scorecard, the most
 * serious first (entries missing from the data are skipped).
 */
export function detectRedFlags(state: ContractState, entries: readonly RedFlagEntry[]): FoundRedFlag[] {
  const found = rulesFound(state);
  const recorded = new Map(state.recorded.map((flag) => [flag.id, flag.note]));
  return [...new Map(entries.map((entry) => [entry.id, entry])).values()]
    .map((entry) => ({
      entry,
      because: found.flatMap((rule) =>
        rule.id === entry.id && redFlagReasons[rule.reason] ? [redFlagReasons[rule.reason] as Bilingual] : [],
      ),
      recorded: recorded.get(entry.id) ?? null,
    }))
    .filter((flag) => flag.because.length > 0 || flag.recorded !== null)
    .sort((a, b) => b.entry.severity - a.entry.severity);
}
