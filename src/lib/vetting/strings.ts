/**
 * Interface text of the vetting scorecard in both languages. The server renders most of it; the
 * part the browser script needs (`clientStrings`) travels as JSON in the page, so the script itself
 * carries no text. `{n}`-style placeholders are filled by `fillTemplate` (template.ts).
 */
import type { Locale } from '../i18n';
import type { CriterionGroup } from './catalogue';

type Bilingual = Readonly<Record<Locale, string>>;

export const groupLabels: Readonly<Record<CriterionGroup, Bilingual>> = {
  credentials: { zh: '资质', en: 'Credentials' },
  'track-record': { zh: '过往业绩', en: 'Track record' },
  plan: { zh: '运营方案', en: 'The plan for your store' },
  team: { zh: '团队', en: 'Team' },
  transparency: { zh: '数据透明', en: 'Transparency' },
  commercial: { zh: '商务条件', en: 'Commercial terms' },
};

export const severityLabels: Readonly<Record<1 | 2 | 3, Bilingual>> = {
  1: { zh: '留意', en: 'Caution' },
  2: { zh: '严重', en: 'Serious' },
  3: { zh: '建议放弃', en: 'Walk away' },
};

/** Text the browser script shows; keys are read by `src/scripts/vetting-scorecard.ts`. */
const client = {
  agencyFallback: { zh: '代运营 {n}', en: 'Agency {n}' },
  excludedBecause: { zh: '已排除：未通过一票否决项“{list}”', en: 'Excluded: failed the knockout “{list}”' },
  listSeparator: { zh: '；', en: '; ' },
  nameSeparator: { zh: '、', en: ', ' },
  flagWithPoints: { zh: '{title}（{points}）', en: '{title} ({points})' },
  pending: { zh: '一票否决项还有 {n} 项未核实', en: '{n} knockout items not yet checked' },
  passed: { zh: '一票否决项全部通过', en: 'Passed every knockout' },
  notScored: { zh: '尚未评分', en: 'Not scored yet' },
  scoreLine: { zh: '评分 {score} − 危险信号 {penalty}', en: 'Score {score} − red flags {penalty}' },
  provisional: {
    zh: '仅供参考：已评分的项目不到总权重的一半',
    en: 'Provisional: less than half of the weight is scored',
  },
  coverage: { zh: '已评 {n}% 的权重', en: '{n}% of the weight scored' },
  unchecked: { zh: '否决项 {k} · 评分项 {n}', en: 'knockouts {k} · criteria {n}' },
  trustOk: { zh: '未发现危险信号', en: 'No red flags noted' },
  trustLowered: { zh: '信任度降低：{list}', en: 'Trust lowered: {list}' },
  trustLow: { zh: '信任度低：{list}', en: 'Trust low: {list}' },
  rank: { zh: '第 {n} 名', en: 'No. {n}' },
  noRank: { zh: '—', en: '—' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  uncheckedAnswer: { zh: '未核实', en: 'Not checked' },
  observed: { zh: '出现', en: 'Seen' },
  points: { zh: '扣 {n} 分', en: '−{n} points' },
  evidenceLine: { zh: '证据：{text}', en: 'Evidence: {text}' },
  weightShare: { zh: '权重 {w} · {share}', en: 'weight {w} · {share}' },
  weightOff: { zh: '权重 0 · 不计入', en: 'weight 0 · not counted' },
  weightEmpty: { zh: '请填写 0 到 5 的整数。', en: 'Enter a whole number from 0 to 5.' },
  weightNotWhole: { zh: '权重只能是整数，例如 3。', en: 'Weights are whole numbers, such as 3.' },
  weightRange: { zh: '权重在 0 到 5 之间。', en: 'Weights go from 0 to 5.' },
  allZero: {
    zh: '所有权重都是 0，无法计算总分。请至少把一项设为 1 到 5。',
    en: 'Every weight is 0, so no total can be worked out. Set at least one to 1–5.',
  },
  weightsChanged: { zh: '已修改 {n} 项', en: '{n} changed' },
  removeConfirm: { zh: '删除“{name}”和它的全部评分、备注？', en: 'Remove “{name}” and all its scores and notes?' },
  removed: { zh: '已删除“{name}”。', en: 'Removed “{name}”.' },
  full: { zh: '最多比较 8 家。要加新的，请先删除一家。', en: 'You can compare up to 8. Remove one to add another.' },
  detailCaption: { zh: '评分明细：{names}', en: 'Scores in detail: {names}' },
  printedOn: { zh: '打印于 {date}', en: 'Printed {date}' },
  groupProgress: { zh: '已评 {done}/{all}', en: '{done} of {all} scored' },
  weightsReset: { zh: '已恢复默认权重。', en: 'Weights reset to the defaults.' },
} as const satisfies Record<string, Bilingual>;

export type ClientStringKey = keyof typeof client;
export type ClientStrings = Readonly<Record<ClientStringKey, string>>;

/** The browser script's text in one language. */
export function clientStrings(locale: Locale): ClientStrings {
  return Object.fromEntries(Object.entries(client).map(([key, value]) => [key, value[locale]])) as ClientStrings;
}
