/** Choices of the contract form, as the server renders them (value '' = not decided yet). */
import type { Bilingual } from '../fields';
import { scopeStrings } from '../scope/strings';
import { CUSTODIES } from '../scope/model';
import { kpiMetricNames } from './values';

export type Option = { value: string; label: Bilingual };

const t = (zh: string, en: string): Bilingual => ({ zh, en });
const open = (label = t('未确定', 'Not decided')): Option => ({ value: '', label });

export const yesNo: Option[] = [open(), { value: 'yes', label: t('是', 'Yes') }, { value: 'no', label: t('否', 'No') }];

export const options = {
  output: [
    open(t('和页面语言相同', 'Same as this page')),
    { value: 'zh', label: t('中文', 'Chinese') },
    { value: 'en', label: t('英文', 'English') },
    { value: 'both', label: t('中英对照', 'Chinese and English side by side') },
  ],
  custody: [
    open(),
    ...CUSTODIES.map((custody) => ({
      value: custody,
      label: { zh: scopeStrings.zh[`custody.${custody}`], en: scopeStrings.en[`custody.${custody}`] },
    })),
  ],
  feeModel: [
    open(),
    { value: 'base-commission', label: t('基础服务费 + 提成', 'Base fee plus commission') },
    { value: 'fixed', label: t('固定服务费', 'Fixed monthly fee') },
    { value: 'commission', label: t('纯提成（无基础服务费）', 'Commission only (no base fee)') },
    { value: 'tiered', label: t('阶梯提成', 'Tiered commission') },
  ],
  commissionBase: [
    open(),
    { value: 'gmv', label: t('成交额（含之后退款的订单）', 'GMV (including orders later refunded)') },
    { value: 'net', label: t('扣除退款后的成交额', 'GMV net of refunds') },
  ],
  kpiMetric: [
    open(),
    ...Object.entries(kpiMetricNames).map(([value, label]) => ({
      value,
      label: { zh: label.zh, en: label.en.charAt(0).toUpperCase() + label.en.slice(1) },
    })),
    { value: 'other', label: t('其他（自己填写）', 'Other (name it)') },
  ],
  cadence: [
    open(),
    { value: 'weekly', label: t('每周', 'Weekly') },
    { value: 'fortnightly', label: t('每两周', 'Every two weeks') },
    { value: 'monthly', label: t('每月', 'Monthly') },
  ],
  holder: [
    open(),
    { value: 'merchant', label: t('商家（你自己的公司）', 'The merchant (your own company)') },
    { value: 'agency', label: t('代运营方', 'The agency') },
    { value: 'other', label: t('其他主体（填写名称）', 'Another entity (name it)') },
  ],
  adPayer: [
    open(),
    { value: 'merchant', label: t('商家直接充值到推广账户', 'The merchant, topping up the ad account directly') },
    { value: 'agency', label: t('代运营从服务费里支付', 'The agency, out of its fee') },
  ],
  csCoverage: [
    open(),
    { value: 'year-round', label: t('全年', 'All year') },
    { value: 'peak-only', label: t('只在大促期间（如 618、双11）', 'Only in peak seasons (e.g. 618, Double 11)') },
  ],
  ipOwner: [
    open(),
    { value: 'merchant', label: t('商家（付费后归商家）', 'The merchant (once paid for)') },
    { value: 'agency', label: t('代运营方', 'The agency') },
  ],
} satisfies Record<string, Option[]>;

/** The warning signs a merchant can tick (ContractState['offer']). */
export const offerLabels: Record<string, Bilingual> = {
  forfeitOnExit: t('提前解约的话，已付费用一概不退', 'Ending early forfeits every fee already paid'),
  yearUpfront: t('要求一次付清全年费用', "A full year's fees are due up front"),
  platformFeesViaAgency: t(
    '平台保证金或年费要通过代运营支付',
    'The platform deposit or annual fee is paid through the agency',
  ),
  vagueCooperation: t(
    '只写“商家应积极配合”，没说配合什么、多久答复',
    '"The merchant shall cooperate", with no list and no deadlines',
  ),
  refusesKpi: t('不肯写下可量化的考核指标', 'No figure the agency is measured on'),
  screenshotReports: t('报告只给截图，没有后台原始数据', 'Reports are screenshots, with no raw back-office exports'),
  autoRenewal: t('合同到期自动续约', 'The contract renews itself at the end of the term'),
  noHandover: t('没写合作结束时交还数据、文件和账号', 'Nothing about handing back data, files and accounts at the end'),
};
