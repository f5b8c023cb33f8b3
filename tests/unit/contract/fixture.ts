import type { ClauseEntry, RedFlagEntry } from '../../../src/lib/contract/model';

const t = (zh: string, en: string) => ({ zh, en });

function clause(
  id: string,
  topic: string,
  appliesWhen: ClauseEntry['appliesWhen'],
  text: [string, string],
  required = appliesWhen === 'always',
): ClauseEntry {
  return {
    id,
    topic,
    required,
    appliesWhen,
    title: t(`${id} 标题`, `${id} title`),
    text: t(...text),
    why: t('原因', 'Why'),
  };
}

/** Clause entries in the shape of content/checks/clauses.yaml (DATA-SPEC.md), one per condition and then some. */
export const clauses: ClauseEntry[] = [
  clause('c-term', 'term', 'always', ['本合同期限为{termMonths}个月。', 'This contract runs for {termMonths} months.']),
  clause('c-kpi-gmv', 'kpi', 'always', [
    '代运营方应在合作第{kpiPeriodMonths}个月结束时实现店铺月销售额不低于{gmvTarget}元。',
    'By the end of month {kpiPeriodMonths}, monthly store GMV reaches at least ¥{gmvTarget}.',
  ]),
  clause('c-guarantee-refund', 'remedy', 'guarantee', [
    '第{kpiPeriodMonths}个月结束时{kpiMetric}未达到{kpiTarget}的,{agencyName}应在{refundDays}日内退还{refundAmount}元。',
    'If {kpiMetric} has not reached {kpiTarget} by the end of month {kpiPeriodMonths}, {agencyName} refunds ¥{refundAmount} within {refundDays} days.',
  ]),
  clause('c-scope-full', 'scope', 'full-custody', ['{agencyName}负责全部模块。', '{agencyName} runs every module.']),
  clause('c-scope-half', 'scope', 'half-custody', [
    '{agencyName}只负责附件所列环节。',
    '{agencyName} runs only the listed functions.',
  ]),
  clause('c-scope-single', 'scope', 'single-service', [
    '{agencyName}仅提供单项服务。',
    '{agencyName} provides a single service.',
  ]),
  clause('c-fee-base', 'fees', 'fee-base-commission', [
    '{merchantName}每月支付基础服务费{baseFee}元,另按{commissionBase}的{commissionRate}%支付提成。',
    '{merchantName} pays a monthly base fee of ¥{baseFee} plus {commissionRate}% of the {commissionBase}.',
  ]),
  clause('c-fee-commission', 'fees', 'fee-commission', [
    '按{commissionBase}的{commissionRate}%收取提成,每月最高{capFee}元。',
    'Commission is {commissionRate}% of the {commissionBase}, capped at ¥{capFee} a month.',
  ]),
  clause('c-fee-fixed', 'fees', 'fee-fixed', ['每月固定服务费{fixedFee}元。', 'A fixed monthly fee of ¥{fixedFee}.']),
  clause('c-fee-tiered', 'fees', 'fee-tiered', [
    '每月费用不低于{minFee}元、不高于{capFee}元。',
    'Monthly fees are at least ¥{minFee} and at most ¥{capFee}.',
  ]),
  clause(
    'c-deposit',
    'deposit',
    'always',
    [
      '{agencyName}收取押金{depositAmount}元的,应在合同终止后{refundDays}日内退还。',
      'If {agencyName} takes a deposit of ¥{depositAmount}, it returns it within {refundDays} days of termination.',
    ],
    false,
  ),
  clause('c-tmallglobal', 'deposit', 'tmall-global', [
    '天猫国际保证金由{storeEntity}缴纳。',
    'The Tmall Global deposit is paid by {storeEntity}.',
  ]),
  clause('c-special', 'compliance', 'special-category', [
    '{merchantName}提供类目资质。',
    '{merchantName} supplies the category permits.',
  ]),
  clause('c-foreign', 'entity', 'foreign-brand', [
    '{licenceHolder}授予的品牌使用权限于本店铺。',
    'The rights {licenceHolder} grants are limited to this store.',
  ]),
  clause('c-reporting', 'reporting', 'always', [
    '{agencyName}应{reportCadence}提交运营报告;双方{meetingCadence}开会;{merchantName}在{responseDays}个工作日内答复。',
    '{agencyName} sends a {reportCadence} report; the parties meet {meetingCadence}; {merchantName} answers within {responseDays} working days.',
  ]),
  clause('c-ads', 'ads', 'always', [
    '推广费由{adPayer}支付,月度预算{adBudget}元。',
    'Ad spend is paid by {adPayer} within a monthly budget of ¥{adBudget}.',
  ]),
  clause('c-exit', 'termination', 'always', [
    '提前{noticeDays}天通知;{handoverDays}日内完成交接。',
    'Notice of {noticeDays} days; handover within {handoverDays} days.',
  ]),
];

export const redFlags: RedFlagEntry[] = [
  { id: 'rf-zero-service-fee', severity: 2, title: t('零服务费', 'No service fee'), why: t('原因', 'Why') },
  { id: 'rf-guaranteed-sales', severity: 3, title: t('保底无退款', 'Guarantee, no refund'), why: t('原因', 'Why') },
  { id: 'rf-agency-controls-account', severity: 3, title: t('无后台', 'No back office'), why: t('原因', 'Why') },
  { id: 'rf-forfeit-all-fees', severity: 3, title: t('解约不退', 'Forfeit on exit'), why: t('原因', 'Why') },
  { id: 'rf-outdated-playbook', severity: 1, title: t('旧打法', 'Old playbook'), why: t('原因', 'Why') },
];
