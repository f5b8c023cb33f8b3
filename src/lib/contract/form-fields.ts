/**
 * The contract form as data: eight numbered sections, each a list of fields in the order shown. One
 * component (src/components/contract/FormSection.astro) renders every section, so a field is described
 * once, here, and tests can check the form against the contract state (tests/unit/contract/form-fields.test.ts).
 */
import type { Bilingual } from '../fields';
import { options, yesNo, type Option } from './form-labels';
import type { KpiUnit } from './model';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

interface FieldBase {
  /** The form control's name: a ContractState key, or `offer.<key>`. */
  name: string;
  label: Bilingual;
  hint?: Bilingual;
  /**
   * Shown only while another field has one of these values ("feeModel=fixed|tiered"). Without `strict`,
   * an undecided field ('') shows it too, so a printed blank form keeps every line.
   */
  when?: string;
  strict?: boolean;
}
export interface TextFieldSpec extends FieldBase {
  kind: 'text';
  unit?: Bilingual;
  inputmode?: 'decimal' | 'numeric';
  autocomplete?: 'organization';
  /** The unit follows the chosen KPI metric (yuan, %, points…) instead of a fixed one. */
  kpiUnit?: true;
}
export interface SelectFieldSpec extends FieldBase {
  kind: 'select';
  options: readonly Option[];
}
export type FieldSpec = TextFieldSpec | SelectFieldSpec;

export interface FormSectionSpec {
  step: number;
  title: Bilingual;
  /** A paragraph before the fields; `scope-link` is the one that links to the scope chooser. */
  intro?: Bilingual | 'scope-link';
  /** Marks the intro for the script (the fee section's hint about the fee calculator). */
  introData?: 'fees-hint';
  fields: readonly FieldSpec[];
  /** A group of fields at the end, in its own fieldset, shown only while `when` holds (see `FieldBase.when`). */
  group?: { title: Bilingual; hint: Bilingual; when: string; fields: readonly FieldSpec[] };
  /** A paragraph after the fields. */
  note?: Bilingual;
  /** Ends with the red-flag checkboxes (`offer.<key>`). */
  offers?: true;
}

const yuanMonth = t('元/月', 'yuan a month');
const text = (name: string, label: Bilingual, more: Omit<TextFieldSpec, 'kind' | 'name' | 'label'> = {}) =>
  ({ kind: 'text', name, label, ...more }) satisfies TextFieldSpec;
const money = (name: string, label: Bilingual, more: Omit<TextFieldSpec, 'kind' | 'name' | 'label'> = {}) =>
  text(name, label, { inputmode: 'decimal', unit: yuanMonth, ...more });
const select = (
  name: string,
  label: Bilingual,
  choices: readonly Option[],
  more: Omit<SelectFieldSpec, 'kind' | 'name' | 'label' | 'options'> = {},
) => ({ kind: 'select', name, label, options: choices, ...more }) satisfies SelectFieldSpec;

/** The unit shown after the KPI target, by the unit of the chosen metric (src/lib/contract/model.ts `kpiUnits`). */
export const kpiUnitWords: Record<KpiUnit, Bilingual> = {
  yuan: t('元', 'yuan'),
  percent: t('%', '%'),
  points: t('分', 'points'),
  ratio: t('倍', '× ad spend'),
  number: t('', ''),
};

export const contractSections: readonly FormSectionSpec[] = [
  {
    step: 1,
    title: t('双方与草稿', 'Parties and draft'),
    fields: [
      text('merchantNameZh', t('甲方（商家）中文名称', "Merchant's Chinese legal name (甲方)"), {
        autocomplete: 'organization',
        hint: t(
          '营业执照上的全称。中文条款里写“甲方”，名称只在抬头出现一次；空着则只写“甲方”。',
          'As on the business licence; the Chinese text names it once at the head and calls it 甲方 after that.',
        ),
      }),
      text('merchantNameEn', t('甲方（商家）英文名称', "Merchant's English name"), {
        hint: t(
          '英文条款里的名称；境外品牌写注册名称。',
          'The name in the English text, e.g. the registered name of a foreign brand. Left empty, it says "the merchant".',
        ),
      }),
      text('agencyNameZh', t('乙方（代运营方）中文名称', "Agency's Chinese legal name (乙方)"), {
        hint: t(
          '营业执照上的全称；在代运营档案里选定签约对象后会自动带入。',
          'As on its business licence; filled in from the case file once you choose the agency there.',
        ),
      }),
      text('agencyNameEn', t('乙方（代运营方）英文名称', "Agency's English name"), {
        hint: t('没有英文名可以空着。', 'Leave empty if it has none; left empty, the English text says "the agency".'),
      }),
      text('draftDate', t('合同草稿日期', 'Date of the draft'), {
        hint: t(
          '例如 2026年11月30日、2026/11/30 或 2026-11-30；空着则打印当天日期。',
          "For example 30 Nov 2026, 30/11/2026 (day first) or 2026-11-30. Left empty, today's date is printed.",
        ),
      }),
      text('draftVersion', t('草稿版本', 'Draft version'), { hint: t('例如 v2 或“第二稿”。', 'For example v2.') }),
      select('output', t('清单用什么语言', 'Language of the checklist'), options.output, {
        hint: t(
          '境外品牌和中国代运营一起核对时，可选中英对照。',
          'For a foreign brand and its Chinese agency, print both side by side.',
        ),
      }),
    ],
  },
  {
    step: 2,
    title: t('合作范围', 'Scope'),
    intro: 'scope-link',
    fields: [
      select('custody', t('合作方式', 'Custody model'), options.custody),
      select(
        'specialCategory',
        t(
          '类目需要特殊资质吗（食品、化妆品、保健品等）？',
          'Does your category need special permits (food, cosmetics, health products…)?',
        ),
        yesNo,
      ),
      select('tmallGlobal', t('是天猫国际店铺吗？', 'Is it a Tmall Global store?'), yesNo),
      select('foreignBrand', t('是境外品牌吗？', 'Is the brand owned outside mainland China?'), yesNo),
    ],
  },
  {
    step: 3,
    title: t('费用', 'Fees'),
    intro: t(
      '如果你用过费用计算器，上面可以直接带入那里的报价。',
      'If you used the fee calculator, you can bring in one of its offers above.',
    ),
    introData: 'fees-hint',
    fields: [
      select('feeModel', t('收费方式', 'Fee model'), options.feeModel),
      money('baseFeeFen', t('基础服务费', 'Base fee'), { when: 'feeModel=base-commission' }),
      money('fixedFeeFen', t('固定服务费', 'Fixed fee'), { when: 'feeModel=fixed' }),
      text('commissionRatePct', t('提成比例', 'Commission rate'), {
        inputmode: 'decimal',
        unit: t('%', '%'),
        when: 'feeModel=base-commission|commission',
      }),
      select('commissionBase', t('提成按什么算', 'Commission is charged on'), options.commissionBase, {
        when: 'feeModel=base-commission|commission|tiered',
        hint: t(
          '已选好扣除退款后的成交额：按含退款的成交额提成，退了货提成照付，清单会把它列为危险信号。',
          'Set to GMV net of refunds: commission on GMV including refunded orders pays the agency for returned goods, and the checklist flags it.',
        ),
      }),
      money('minFeeFen', t('每月最低服务费', 'Monthly minimum fee'), { when: 'feeModel=tiered' }),
      money('capFeeFen', t('每月费用封顶', 'Monthly fee cap'), { when: 'feeModel=commission|tiered' }),
    ],
  },
  {
    step: 4,
    title: t('考核指标与未达标', 'KPI, and when it is missed'),
    fields: [
      select('kpiMetric', t('考核什么', 'What the KPI measures'), options.kpiMetric, {
        hint: t(
          '店铺评分请选平台现在用的店铺综合体验分或商品体验分，不要照抄“DSR 4.8”。',
          'For a store rating, choose the score the platform uses now (store or product experience score), not an old "DSR 4.8".',
        ),
      }),
      text('kpiMetricOther', t('指标名称', 'Name of the metric'), { when: 'kpiMetric=other', strict: true }),
      text('kpiTarget', t('目标值', 'Target'), { inputmode: 'decimal', kpiUnit: true }),
      text('kpiPeriodMonths', t('在合作第几个月结束时考核', 'Measured at the end of month'), {
        inputmode: 'numeric',
        unit: t('个月', 'of the contract'),
      }),
      money('gmvTargetFen', t('月成交额底线（扣除退款，可不填）', 'Monthly GMV floor, net of refunds (optional)')),
      select(
        'guarantee',
        t('对方承诺了业绩（保底、做不到退钱）吗？', 'Does the agency guarantee a result ("or your money back")?'),
        yesNo,
      ),
      money('refundAmountFen', t('未达标时退还', 'Refund if missed'), {
        unit: t('元', 'yuan'),
        when: 'guarantee=yes',
      }),
      text('refundDays', t('退款在几天内付清', 'Refunds paid within'), {
        inputmode: 'numeric',
        unit: t('天', 'days'),
        hint: t('也用于解约后退还预付费用和押金。', 'Also used for prepaid fees and deposits after termination.'),
      }),
    ],
    group: {
      title: t('客服外包时', 'If customer service is outsourced'),
      hint: t(
        '分工表里客服全由你自己做时，这部分不适用，清单也不列客服条款。',
        'Left out when the matrix says you do all customer service yourself; the checklist then drops the customer-service clauses.',
      ),
      when: 'csOutsourced=yes',
      fields: [
        text('csFirstReplySeconds', t('首次响应时间平均不超过', 'Average first reply within'), {
          inputmode: 'numeric',
          unit: t('秒', 'seconds'),
        }),
        text('csConversionPct', t('询单转化率不低于', 'Inquiry conversion at least'), {
          inputmode: 'decimal',
          unit: t('%', '%'),
          hint: t(
            '询单转化率：来咨询的顾客里最后下单的比例。',
            'Inquiry conversion: the share of shoppers who ask a question and then buy.',
          ),
        }),
        select('csCoverage', t('外包客服什么时候服务', 'When the outsourced team works'), options.csCoverage),
        text('csPeak1From', t('第一段大促：开始日期', 'First peak window: from'), {
          when: 'csCoverage=peak-only',
          strict: true,
          hint: t('例如 618：2026年6月1日至6月20日。', 'For example 618: 1 Jun 2026 to 20 Jun 2026.'),
        }),
        text('csPeak1To', t('第一段大促：结束日期', 'First peak window: to'), {
          when: 'csCoverage=peak-only',
          strict: true,
        }),
        text('csPeak2From', t('第二段大促：开始日期', 'Second peak window: from'), {
          when: 'csCoverage=peak-only',
          strict: true,
          hint: t('例如双11：2026年10月20日至11月12日。', 'For example Double 11: 20 Oct 2026 to 12 Nov 2026.'),
        }),
        text('csPeak2To', t('第二段大促：结束日期', 'Second peak window: to'), {
          when: 'csCoverage=peak-only',
          strict: true,
        }),
      ],
    },
  },
  {
    step: 5,
    title: t('报告、权限与配合', 'Reports, access and cooperation'),
    fields: [
      select('reportCadence', t('多久交一次运营报告', 'How often the agency reports'), options.cadence),
      select('meetingCadence', t('多久开一次例会', 'How often you meet'), options.cadence),
      select(
        'backOfficeAccess',
        t(
          '主账号由你保管，你能随时看后台（代运营用子账号）吗？',
          'Will you keep the master account and see the back office at any time (the agency works through sub-accounts)?',
        ),
        yesNo,
      ),
      text(
        'responseDays',
        t(
          '代运营书面提出配合请求后，你几个工作日内答复',
          'Working days you have to answer a written request from the agency',
        ),
        {
          inputmode: 'numeric',
          unit: t('个工作日', 'working days'),
          hint: t(
            '这就是“商家配合”的定义：写明了，对方就不能事后说你“不配合”。',
            'This defines your "cooperation", so the agency cannot later blame a missed target on it.',
          ),
        },
      ),
    ],
  },
  {
    step: 6,
    title: t('店铺主体、广告与版权', 'Store owner, ads and design files'),
    fields: [
      select(
        'storeHolder',
        t('店铺（和推广账户）开在谁名下', 'Who holds the store (and its ad accounts)'),
        options.holder,
      ),
      text('storeEntityName', t('持有店铺的主体名称', 'Name of the entity holding the store'), {
        when: 'storeHolder=other',
        strict: true,
      }),
      select('licenceHolder', t('品牌授权由谁持有', 'Who holds the brand licence'), options.holder),
      text('licenceHolderName', t('持有品牌授权的主体名称', 'Name of the entity holding the licence'), {
        when: 'licenceHolder=other',
        strict: true,
      }),
      money('adBudgetFen', t('每月推广预算（广告费）', 'Monthly ad budget')),
      select('adPayer', t('广告费由谁支付', 'Who pays the ad spend'), options.adPayer),
      select('ipOwner', t('设计稿、照片、视频和文案归谁', 'Who owns designs, photos, video and copy'), options.ipOwner),
    ],
  },
  {
    step: 7,
    title: t('押金、期限与退出', 'Deposit, term and exit'),
    fields: [
      select(
        'agencyDeposit',
        t('代运营要收押金吗（平台保证金除外）？', 'Does the agency take a deposit (apart from the platform deposit)?'),
        yesNo,
      ),
      money('depositFen', t('押金金额', 'Deposit'), { unit: t('元', 'yuan'), when: 'agencyDeposit=yes' }),
      text('termMonths', t('合同期限', 'Term'), { inputmode: 'numeric', unit: t('个月', 'months') }),
      text('noticeDays', t('提前几天书面通知可以解约', 'Days of written notice to terminate'), {
        inputmode: 'numeric',
        unit: t('天', 'days'),
      }),
      text('handoverDays', t('解约后几天内完成交接', 'Days to complete the handover after termination'), {
        inputmode: 'numeric',
        unit: t('天', 'days'),
      }),
    ],
    note: t(
      '保密和顾客数据的条款每份合同都应有，清单会直接列出。通知期超过30天，清单会列为危险信号。',
      'Confidentiality and customer-data clauses belong in every contract; the checklist always includes them. A notice period over 30 days is flagged.',
    ),
  },
  {
    step: 8,
    title: t('对方的报价或草稿里有没有这些？', 'Does the offer or draft say any of this?'),
    intro: t(
      '勾选的每一项都会作为危险信号列在清单最前面。',
      'Each box you tick is listed as a red flag at the top of the checklist.',
    ),
    fields: [],
    offers: true,
  },
];
