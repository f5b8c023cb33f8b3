/**
 * The user's answers as the words that fill each `{placeholder}`, in one language. `null` is a
 * blank: not decided yet, printed as ______ so that it is visibly open for the meeting.
 */
import type { Locale } from '../i18n';
import { formatDecimal } from '../format';
import { formatAmount } from '../money';
import type { Bilingual } from '../fields';
import { fill } from '../kit/strings';
import { kpiUnits, type Cadence, type Holder, type KpiMetric, type Party } from './model';
import type { Placeholder } from './placeholders';
import { PEAK_WINDOWS, type ContractState } from './state';

/** What an unfilled placeholder prints as. */
export const BLANK = '______';

/** A slot's text: its value or a blank; `cap` when the slot starts an English sentence ("The agency …"). */
export function slotText(value: string | null, cap: boolean): string {
  if (value === null) return BLANK;
  return cap && value.startsWith('the ') ? `T${value.slice(1)}` : value;
}

/**
 * How a party is named in the clauses. Chinese contracts name the parties once at the head (甲方：…，
 * 乙方：…) and call them 甲方 and 乙方 from then on, so the Chinese text always uses the role; the
 * English text uses the party's name, or the role while no name is entered.
 */
export const roleNames: Record<Party, Bilingual> = {
  merchant: { zh: '甲方', en: 'the merchant' },
  agency: { zh: '乙方', en: 'the agency' },
};

/** A party's legal name in `locale`: that language's name, else the other one; '' when neither is entered. */
export function legalName(state: ContractState, party: Party, locale: Locale): string {
  const [zh, en] =
    party === 'merchant' ? [state.merchantNameZh, state.merchantNameEn] : [state.agencyNameZh, state.agencyNameEn];
  const own = (locale === 'zh' ? zh : en).trim();
  return own || (locale === 'zh' ? en : zh).trim();
}

export const kpiMetricNames: Record<Exclude<KpiMetric, 'other'>, Bilingual> = {
  gmv: { zh: '月成交额（GMV）', en: 'monthly GMV' },
  'store-experience': { zh: '店铺综合体验分', en: 'store experience score (店铺综合体验分)' },
  'product-experience': { zh: '商品体验分', en: 'product experience score (商品体验分)' },
  conversion: { zh: '支付转化率', en: 'payment conversion rate' },
  roas: { zh: '推广投入产出比（ROI）', en: 'return on ad spend (ROAS)' },
  repeat: { zh: '老客复购率', en: 'repeat-purchase rate' },
};

const reportWords: Record<Cadence, Bilingual> = {
  weekly: { zh: '每周', en: 'weekly' },
  fortnightly: { zh: '每两周', en: 'fortnightly' },
  monthly: { zh: '每月', en: 'monthly' },
};

const meetingWords: Record<Cadence, Bilingual> = {
  weekly: { zh: '每周', en: 'every week' },
  fortnightly: { zh: '每两周', en: 'every two weeks' },
  monthly: { zh: '每月', en: 'every month' },
};

const commissionBaseWords: Record<'gmv' | 'net', Bilingual> = {
  gmv: { zh: '成交额（含之后退款的订单）', en: 'GMV (including orders later refunded)' },
  net: { zh: '扣除退款后的成交额', en: 'GMV net of refunds' },
};

/** A party as the clauses name it: 甲方 / 乙方 in Chinese; the legal name, or the role, in English. */
export function partyName(state: ContractState, party: Party, locale: Locale): string {
  if (locale === 'zh') return roleNames[party].zh;
  return legalName(state, party, 'en') || roleNames[party].en;
}

function holderName(state: ContractState, holder: Holder | null, otherName: string, locale: Locale): string | null {
  if (holder === null) return null;
  if (holder === 'other') return otherName.trim() === '' ? null : otherName.trim();
  return partyName(state, holder, locale);
}

/** The KPI metric's name in `locale`, or `null` when not chosen. */
export function kpiMetricName(state: ContractState, locale: Locale): string | null {
  if (state.kpiMetric === null) return null;
  if (state.kpiMetric === 'other') return state.kpiMetricOther.trim() === '' ? null : state.kpiMetricOther.trim();
  return kpiMetricNames[state.kpiMetric][locale];
}

const targetWords: Record<'yuan' | 'points' | 'ratio', Bilingual> = {
  yuan: { zh: '{value}元', en: '¥{value}' },
  points: { zh: '{value}分', en: '{value}' },
  // A return on ad spend: sales as a multiple of spend (3 → 3倍, "3×" as the form shows it).
  ratio: { zh: '{value}倍', en: '{value}×' },
};

/** A KPI target with its unit, e.g. "¥1,000,000", "4.8分", "3.5%". */
export function formatKpiTarget(metric: KpiMetric, target: number, locale: Locale): string {
  switch (kpiUnits[metric]) {
    case 'yuan':
      return fill(targetWords.yuan[locale], { value: formatAmount(target) });
    case 'percent':
      return `${formatDecimal(target)}%`;
    case 'points':
      return fill(targetWords.points[locale], { value: formatDecimal(target) });
    case 'ratio':
      return fill(targetWords.ratio[locale], { value: formatDecimal(target) });
    case 'number':
      return formatDecimal(target);
  }
}

const windowWords: Record<'to' | 'and', Bilingual> = {
  to: { zh: '至', en: ' to ' },
  and: { zh: '、', en: ' and ' },
};

/** The peak-season windows with both dates, e.g. "2026-06-01至2026-06-20、2026-10-20至2026-11-12"; `null` when none is complete. */
export function peakWindowsText(state: ContractState, locale: Locale): string | null {
  const windows = PEAK_WINDOWS.flatMap(([from, to]) =>
    state[from] && state[to] ? [`${state[from]}${windowWords.to[locale]}${state[to]}`] : [],
  );
  return windows.length > 0 ? windows.join(windowWords.and[locale]) : null;
}

const money = (fen: number | null) => (fen === null ? null : formatAmount(fen));

const tierWords = {
  first: { zh: '不超过{to}元的部分{rate}%', en: '{rate}% on the part up to ¥{to}' },
  middle: { zh: '{from}元至{to}元的部分{rate}%', en: '{rate}% on the part from ¥{from} to ¥{to}' },
  last: { zh: '超过{from}元的部分{rate}%', en: '{rate}% on the part above ¥{from}' },
  only: { zh: '全部{rate}%', en: '{rate}% on all of it' },
  separator: { zh: '；', en: '; ' },
} as const;

/** Every bracket of a tiered commission in words, lowest first; `null` when the brackets are not known. */
export function tiersText(tiers: ContractState['tiers'], locale: Locale): string | null {
  if (tiers.length === 0) return null;
  const parts = tiers.map(({ upToFen, ratePct }, index) => {
    const from = index === 0 ? null : (tiers[index - 1]?.upToFen ?? null);
    const kind = upToFen === null ? (from === null ? 'only' : 'last') : from === null ? 'first' : 'middle';
    return fill(tierWords[kind][locale], {
      rate: formatDecimal(ratePct),
      from: from === null ? '' : formatAmount(from),
      to: upToFen === null ? '' : formatAmount(upToFen),
    });
  });
  return parts.join(tierWords.separator[locale]);
}
const count = (value: number | null) => (value === null ? null : String(value));

/** Every placeholder's words in `locale`; `null` where the answer is still open. */
export function placeholderValues(state: ContractState, locale: Locale): Record<Placeholder, string | null> {
  const gmvTarget = state.gmvTargetFen ?? (state.kpiMetric === 'gmv' ? state.kpiTarget : null);
  return {
    merchantName: partyName(state, 'merchant', locale),
    agencyName: partyName(state, 'agency', locale),
    storeEntity: holderName(state, state.storeHolder, state.storeEntityName, locale),
    licenceHolder: holderName(state, state.licenceHolder, state.licenceHolderName, locale),
    termMonths: count(state.termMonths),
    baseFee: money(state.baseFeeFen),
    commissionRate: state.commissionRatePct === null ? null : formatDecimal(state.commissionRatePct),
    fixedFee: money(state.fixedFeeFen),
    commissionBase: state.commissionBase === null ? null : commissionBaseWords[state.commissionBase][locale],
    minFee: money(state.minFeeFen),
    capFee: money(state.capFeeFen),
    tiers: tiersText(state.tiers, locale),
    gmvTarget: money(gmvTarget),
    kpiMetric: kpiMetricName(state, locale),
    kpiTarget:
      state.kpiMetric === null || state.kpiTarget === null
        ? null
        : formatKpiTarget(state.kpiMetric, state.kpiTarget, locale),
    kpiPeriodMonths: count(state.kpiPeriodMonths),
    refundAmount: money(state.refundAmountFen),
    refundDays: count(state.refundDays),
    reportCadence: state.reportCadence === null ? null : reportWords[state.reportCadence][locale],
    meetingCadence: state.meetingCadence === null ? null : meetingWords[state.meetingCadence][locale],
    responseDays: count(state.responseDays),
    adBudget: money(state.adBudgetFen),
    adPayer: state.adPayer === null ? null : partyName(state, state.adPayer, locale),
    depositAmount: money(state.depositFen),
    noticeDays: count(state.noticeDays),
    handoverDays: count(state.handoverDays),
    csFirstReply: count(state.csFirstReplySeconds),
    csConversion: state.csConversionPct === null ? null : `${formatDecimal(state.csConversionPct)}%`,
    csPeakWindows: peakWindowsText(state, locale),
  };
}
