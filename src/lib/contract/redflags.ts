/**
 * Red flags found in the merchant's own answers. Each rule names a red flag entry of
 * content/checks/redflags.yaml by id and says, in the merchant's terms, which answer raised it.
 */
import type { Bilingual } from '../fields';
import type { RedFlagEntry } from './model';
import type { ContractState } from './state';

interface Rule {
  /** Red flag id in content/checks/redflags.yaml. */
  id: string;
  found: (state: ContractState) => boolean;
  because: Bilingual;
}

export const redFlagRules: readonly Rule[] = [
  {
    id: 'rf-guaranteed-sales',
    found: (state) => state.guarantee === true && (state.refundAmountFen === null || state.refundDays === null),
    because: {
      zh: '你说代运营承诺了业绩，但退款金额或退款期限还没有写下来。',
      en: 'You said the agency guarantees a result, but the refund amount or the days to pay it are not written down.',
    },
  },
  {
    id: 'rf-zero-service-fee',
    found: (state) => state.feeModel === 'commission',
    because: {
      zh: '你选择的收费方式是纯提成、没有基础服务费。',
      en: 'The fee model you chose is commission only, with no base fee.',
    },
  },
  {
    id: 'rf-agency-controls-account',
    found: (state) => state.backOfficeAccess === false,
    because: {
      zh: '你说自己不会拿到店铺后台或子账号权限。',
      en: 'You said you will not have back-office or sub-account access.',
    },
  },
  {
    id: 'rf-forfeit-all-fees',
    found: (state) => state.offer.forfeitOnExit,
    because: {
      zh: '你说草稿写着提前解约则已付费用一概不退。',
      en: 'You said the draft forfeits every fee paid if you end the contract early.',
    },
  },
  {
    id: 'rf-store-in-agency-name',
    found: (state) => state.storeHolder === 'agency' || state.licenceHolder === 'agency',
    because: {
      zh: '你说店铺或品牌授权由代运营方持有。',
      en: 'You said the agency holds the store or the brand licence.',
    },
  },
  {
    id: 'rf-full-year-upfront',
    found: (state) => state.offer.yearUpfront,
    because: { zh: '你说对方要求一次付清全年费用。', en: "You said the agency wants a full year's fees up front." },
  },
  {
    id: 'rf-platform-fees-via-agency',
    found: (state) => state.offer.platformFeesViaAgency,
    because: {
      zh: '你说平台保证金或年费要通过代运营支付。',
      en: 'You said the platform deposit or annual fee is to be paid through the agency.',
    },
  },
  {
    id: 'rf-unclear-ad-spend',
    found: (state) => state.adPayer === 'agency',
    because: {
      zh: '你说推广费由代运营从服务费里支付，而不是你直接充值。',
      en: 'You said the agency pays ad spend out of its fee instead of you topping up the ad account directly.',
    },
  },
  {
    id: 'rf-handover-refusal',
    found: (state) => state.ipOwner === 'agency',
    because: {
      zh: '你说设计文件和内容归代运营所有。',
      en: 'You said the design files and content belong to the agency.',
    },
  },
  {
    id: 'rf-vague-cooperation',
    found: (state) => state.offer.vagueCooperation,
    because: {
      zh: '你说草稿只写了“商家应积极配合”，没有写明配合什么、多久答复。',
      en: 'You said the draft only says the merchant "shall cooperate", without saying with what or how fast.',
    },
  },
  {
    id: 'rf-refuses-kpi',
    found: (state) => state.offer.refusesKpi,
    because: {
      zh: '你说对方不肯写下可量化的考核指标。',
      en: 'You said the agency will not commit to a figure it is measured on.',
    },
  },
  {
    id: 'rf-screenshot-reports',
    found: (state) => state.offer.screenshotReports,
    because: {
      zh: '你说报告只有截图，没有后台原始数据。',
      en: 'You said reports are screenshots, without raw exports from the back office.',
    },
  },
  {
    id: 'rf-outdated-playbook',
    found: (state) => state.kpiMetric === 'other' && /DSR/i.test(state.kpiMetricOther),
    because: {
      zh: '你填写的考核指标是 DSR：平台现在看的是店铺综合体验分及其分项。',
      en: 'Your KPI is a DSR figure; the platform now tracks the store experience score and its sub-scores.',
    },
  },
];

export interface FoundRedFlag {
  entry: RedFlagEntry;
  because: Bilingual;
}

/** The red flags the answers raise, the most serious first (entries missing from the data are skipped). */
export function detectRedFlags(state: ContractState, entries: readonly RedFlagEntry[]): FoundRedFlag[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return redFlagRules
    .flatMap((rule) => {
      const entry = byId.get(rule.id);
      return entry && rule.found(state) ? [{ entry, because: rule.because }] : [];
    })
    .sort((a, b) => b.entry.severity - a.entry.severity);
}
