/**
 * The rules on wordings of our own, none taken from the corpus: each trap as lawyers and agencies also
 * write it (synonyms, the other word order, full-width figures, the agency as 甲方, names the draft
 * defines), and sentences that use the same words and are fine.
 */
import { describe, expect, it } from 'vitest';
import { partyNames, scanDraft } from '../../../src/lib/contract-scan/scan';
import { splitDraft } from '../../../src/lib/contract-scan/split';
import { loadRules } from './corpus';

const rules = loadRules();
const ids = (text: string) => [...new Set(scanDraft(text, rules).findings.map((f) => f.id))];
const SWAPPED = '甲方（受托方）：某电商服务公司\n乙方（委托方）：某食品公司\n';

const traps: [string, string][] = [
  ['乙方系甲方天猫店铺的独家运营服务商。', 'c-scope-schedule'],
  ['合作期内，甲方不得再聘请其他代运营公司。', 'c-scope-schedule'],
  ['本合同到期后如双方均无异议，则自动延续一年。', 'rf-auto-renewal'],
  ['任何一方未在期满前30日提出终止的，本合同按原条件续展一年。', 'rf-auto-renewal'],
  ['甲方所缴纳的履约保证金在任何情况下均不予返还。', 'c-agency-deposit'],
  ['甲方应在合同签订后３日内付清首年全部服务费。', 'rf-full-year-upfront'],
  ['店铺登录账号及密码由乙方掌管，甲方不得私自登录店铺后台。', 'rf-agency-controls-account'],
  ['推广费用由甲方预存至乙方账户，由乙方统一安排投放。', 'rf-unclear-ad-spend'],
  ['提成按店铺支付金额计算，退款订单不予扣减。', 'rf-commission-on-gross'],
  ['乙方为店铺设计的页面、图片等作品，版权归乙方。', 'c-ip-ownership'],
  ['甲方单方解除合同的，应向乙方支付剩余合同期间的全部服务费。', 'rf-forfeit-all-fees'],
  ['乙方有权在合同终止后注销其创建的全部子账号并删除运营数据。', 'c-handover'],
  ['甲方每月推广投放金额不得少于人民币5万元。', 'c-kpi-guardrails'],
  ['双方于合同年度结束后进行一次考核。', 'c-evaluation-period'],
  ['任何一方解除合同，须提前九十日书面通知对方。', 'rf-long-notice'],
  ['乙方可为新品安排基础销量，相关费用由甲方承担。', 'rf-fake-orders'],
  ['乙方负责好评返利活动的执行。', 'rf-fake-reviews'],
  [`${SWAPPED}乙方不得干预甲方对店铺的运营。`, 'rf-agency-controls-account'],
  [`${SWAPPED}店铺的经营权在合作期间归甲方所有。`, 'rf-store-in-agency-name'],
  [`${SWAPPED}乙方提前解除本合同的，已付服务费不予退还。`, 'rf-forfeit-all-fees'],
  ['This Agreement shall automatically renew for successive one-year terms.', 'rf-auto-renewal'],
  ['The Client shall not engage any other agency for Tmall operations during the Term.', 'c-scope-schedule'],
  ['The security deposit shall not be refunded under any circumstances.', 'c-agency-deposit'],
  ["The Client shall pay the first year's fees in full upon signing.", 'rf-full-year-upfront'],
  ["All advertising budgets shall be transferred to the Agency's bank account.", 'rf-unclear-ad-spend'],
  ["The Agency's monthly report shall be final as to sales and commission.", 'rf-screenshot-reports'],
  ['Commission is calculated on GMV, including cancelled and refunded orders.', 'rf-commission-on-gross'],
  ['On termination the Agency may delete all campaign data.', 'c-handover'],
  ["The Client's minimum monthly advertising spend is RMB 50,000.", 'c-kpi-guardrails'],
  ['Performance will be reviewed once a year.', 'c-evaluation-period'],
  ["Either party may terminate on one hundred and twenty (120) days' prior written notice.", 'rf-long-notice'],
  [
    'Hangzhou Example Co., Ltd. (the "Partner" or "HX Agency")\nAll store designs shall vest in HX Agency.',
    'c-ip-ownership',
  ],
];

const clean = [
  '乙方不得以甲方名义对外签订任何合同。',
  '本合同期满不自动续约，续约须双方另行签订书面协议。',
  '合同终止后，乙方应在15日内无息退还保证金。',
  '店铺主账号由甲方持有，乙方使用甲方分配的子账号操作。',
  '推广费用由甲方直接充值至甲方自有的阿里妈妈账户，乙方不代收、不垫付。',
  '乙方不得组织刷单、好评返现或删除差评。',
  '提成按扣除退款后的确认收货金额计算。',
  '考核按月进行，以生意参谋数据为准。',
  '交接服务免费，乙方不得删除任何数据。',
  '任何一方均可提前30日书面通知解除本合同。',
  '除本合同约定外，乙方不得另行收取任何费用。',
  '设计作品的著作权归甲方所有。',
  '推广投入产出比（ROI）每月不低于2.5。',
  '评估期满后，双方按季度考核。',
  '甲方有权随时登录店铺后台查看数据。',
  '店铺由甲方以自有公司主体开设。',
  '乙方的报告与生意参谋数据不一致的，以生意参谋为准。',
  '推广费用由甲方直接支付，不与服务费另行结算。',
  '天猫年费由甲方直接向平台缴纳，乙方不代收代付。',
  'The Agency shall not charge any fees other than those in this Agreement.',
  'This Agreement will not renew automatically; any renewal requires a written agreement.',
  'The deposit shall be refunded in full within 15 days after termination.',
  'The Agency shall never receive or advance advertising money.',
  'The Agency shall not place fake orders or offer cash back for positive reviews.',
  'Commission is calculated on sales net of refunds as shown in Business Advisor.',
  'The arbitration award shall be final and binding on both parties.',
  'Where an Agency report differs from the back office, the back-office figure prevails.',
  'The handover is free of charge, and the Agency shall not delete any data.',
  'The Merchant keeps the master account; the Agency works through sub-accounts.',
];

/** A second round, written after the first one passed. */
const moreTraps: [string, string][] = [
  ['乙方为甲方在天猫平台的唯一合作服务商，合作期间甲方不得与其他服务商合作。', 'c-scope-schedule'],
  ['合同期满，甲方未提出书面终止的，合同有效期自动顺延。', 'rf-auto-renewal'],
  ['合作期满前一个月内双方未就终止达成书面协议的，本合同继续有效一年。', 'rf-auto-renewal'],
  ['本合同签署后，甲方须将全年服务费一次性支付给乙方。', 'rf-full-year-upfront'],
  ['甲方应将店铺主账号的管理权限移交给乙方。', 'rf-agency-controls-account'],
  ['保证金在合同期满后不退还。', 'c-agency-deposit'],
  ['如甲方提前终止合作，乙方有权没收全部保证金。', 'c-agency-deposit'],
  ['甲方提前终止本合同的，已支付款项概不退还。', 'rf-forfeit-all-fees'],
  ['本合同期内，乙方不承诺任何销售业绩。', 'rf-refuses-kpi'],
  ['乙方不对销售结果承担任何责任。', 'rf-refuses-kpi'],
  ['店铺的实际控制权归乙方所有。', 'rf-store-in-agency-name'],
  ['合同终止后，乙方制作的素材、图片著作权仍归乙方。', 'c-ip-ownership'],
  ['每周推广预算最低为人民币1万元。', 'c-kpi-guardrails'],
  ['考核周期为一年，年终统一考核。', 'c-evaluation-period'],
  ['提成基数为店铺全部成交金额，不扣除退货退款。', 'rf-commission-on-gross'],
  ['乙方提供的后台截图作为双方结算的唯一依据。', 'rf-screenshot-reports'],
  ['乙方可根据运营需要为店铺安排补单。', 'rf-fake-orders'],
  ['天猫年费及保证金由甲方支付给乙方，由乙方代为缴纳。', 'rf-platform-fees-via-agency'],
  ['甲方须提前六个月书面通知乙方方可解除合同。', 'rf-long-notice'],
  ['The Agency shall be the sole and exclusive operator of the Store.', 'c-scope-schedule'],
  [
    'Unless terminated by written notice 60 days before expiry, this Agreement continues for a further year.',
    'rf-auto-renewal',
  ],
  ['The Merchant shall provide the Agency with the store login and password.', 'rf-agency-controls-account'],
  ['The deposit will be retained by the Agency upon early termination.', 'c-agency-deposit'],
  ['Fees paid are non-refundable in all circumstances.', 'rf-forfeit-all-fees'],
  ['The Agency does not guarantee any sales results.', 'rf-refuses-kpi'],
  ["The Store shall be registered under the Agency's company.", 'rf-store-in-agency-name'],
  ['All intellectual property in the designs belongs to the Agency.', 'c-ip-ownership'],
  ['The Merchant shall spend no less than RMB 30,000 per month on advertising.', 'c-kpi-guardrails'],
  ['KPIs are assessed at the end of the contract term.', 'c-evaluation-period'],
  ['Commission is payable on gross sales.', 'rf-commission-on-gross'],
  ['Sales figures reported by the Agency shall be conclusive.', 'rf-screenshot-reports'],
  ['The Agency may charge a handover fee of RMB 10,000.', 'c-handover'],
  ['Other expenses incurred by the Agency shall be reimbursed by the Merchant at cost.', 'rf-hidden-fees'],
  ["The Merchant may terminate only with six (6) months' written notice.", 'rf-long-notice'],
  ['The Merchant may not terminate this Agreement before the end of the Term.', 'c-termination-notice'],
];
const moreClean = [
  'The Store shall be set up by the Agency in the name of the Merchant.',
  'Handover fees are not payable.',
  'The handover is done without any handover fee.',
  '合同期满后，如需续约，双方应另行签订书面合同。',
  '甲方保留店铺主账号，乙方仅使用子账号。',
  '保证金于合同终止后十个工作日内退还甲方。',
  '甲方可提前三十日书面通知解除本合同，已付但未履行期间的服务费应退还。',
  '乙方承诺每月净销售额不低于50万元。',
  '店铺归甲方所有，乙方不得将店铺转让或抵押。',
  '合同期间产生的设计素材著作权归甲方所有。',
  '推广预算上限为每月5万元，超出须甲方书面同意。',
  '考核按月进行，连续两个月未达标甲方可解除合同。',
  '提成以确认收货金额扣除退款后计算。',
  '数据以生意参谋后台为准，乙方报告仅供参考。',
  '乙方不得刷单、补单或虚构交易。',
  '天猫年费由甲方直接缴纳，乙方不代缴。',
  '任一方可提前一个月书面通知解除合同。',
  '乙方不得以任何理由拒绝交接。',
  "Either party may terminate this Agreement on thirty (30) days' written notice.",
  'The Merchant owns the Store and its master account.',
  'All designs become the property of the Merchant on creation.',
  'The advertising budget shall not exceed RMB 30,000 per month.',
  'KPIs are assessed monthly based on Business Advisor data.',
  'Commission is calculated on net sales after refunds.',
  'The Agency shall hand over all data free of charge within 10 days of termination.',
  'Renewal requires a new written agreement signed by both parties.',
  'The deposit shall be returned within 15 business days after the Agreement ends.',
  'The Agency guarantees monthly net sales of at least RMB 500,000.',
];
describe('traps, worded in other ways', () => {
  it.each([...traps, ...moreTraps])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('sentences that look like traps and are fine', () => {
  it.each([...clean, ...moreClean])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('the parties and headings a draft defines', () => {
  it('takes the names a draft gives its parties, on either side', () => {
    expect(
      partyNames(
        'BELLA S.R.L. (the "Merchant")\nHANGZHOU TR CO., LTD. (the "Operator" or "TP")\nThe "Store" means…',
        false,
      ),
    ).toEqual({ agency: ['operator', 'tp'], merchant: ['merchant'] });
    expect(
      partyNames('甲方：苏州某某食品有限公司（以下简称“禾谷”）\n乙方：杭州某某公司（以下简称“千帆”）', false),
    ).toEqual({
      agency: ['千帆'],
      merchant: ['禾谷'],
    });
    expect(
      partyNames('甲方：杭州某某公司（以下简称“千帆”）\n乙方：苏州某某公司（以下简称“禾谷”）', true).agency,
    ).toEqual(['千帆']);
    // Pronouns and common words never become a party's name.
    expect(partyNames('Example Ltd. (the "Agency", "we" or "us")\n乙方：某某公司（以下简称“公司”）', false)).toEqual({
      agency: ['agency'],
      merchant: [],
    });
  });
  it('reads an English sentence quoting Chinese words as English', () => {
    expect(ids('The Agency shall not arrange fake orders (刷单) or pay for reviews (好评返现).')).toEqual([]);
  });
  it('locates sentences under headings numbered 一、', () => {
    const where = splitDraft('十一、协议的解除\n（一）合作期内乙方不得单方解除本协议。').flatMap((p) =>
      p.sentences.map((s) => s.location.clause),
    );
    expect(where).toEqual(['十一、', '十一、（一）']);
  });
});

describe('the agency named first', () => {
  it('reads the parties the other way round when the definitions say so', () => {
    const zh =
      '甲方：深圳某某电商公司（以下简称“甲方”或“服务商”）\n乙方：东莞某某电器公司（以下简称“乙方”或“品牌方”）\n';
    expect(ids(`${zh}乙方不得以任何理由单方解除本协议。`)).toContain('c-termination-notice');
    expect(ids(`${zh}甲方不得以任何理由单方解除本协议。`)).toEqual([]);
    const en = 'Shenzhen Example Co., Ltd. ("Party A" or the "Service Provider")\nExample Brand Ltd. ("Party B")\n';
    expect(ids(`${en}Party B shall not terminate this Agreement for any reason.`)).toContain('c-termination-notice');
    expect(ids(`${en}Party A shall not terminate this Agreement for any reason.`)).toEqual([]);
  });
});

/** Party A as the agency in English and Chinese, and full-width figures. */
const EN = 'Shenzhen Example Co., Ltd. ("Party A" or the "Service Provider")\nExample Brand Ltd. ("Party B")\n';
const ZH = '甲方（服务商）：深圳某公司\n乙方（品牌方）：东莞某公司\n';
const orderTraps: [string, string][] = [
  [EN + 'Party B shall provide Party A with the store login and password.', 'rf-agency-controls-account'],
  [EN + 'All designs shall remain the property of Party A.', 'c-ip-ownership'],
  [EN + 'Party B shall not engage any other agency during the Term.', 'c-scope-schedule'],
  [ZH + '乙方应将推广费用转入甲方指定账户。', 'rf-unclear-ad-spend'],
  [ZH + '店铺以甲方名义开设。', 'rf-store-in-agency-name'],
  [ZH + '乙方缴纳的保证金不予退还。', 'c-agency-deposit'],
  [ZH + '以甲方提供的报表为准。', 'rf-screenshot-reports'],
  ['合同期满前３０日内甲方未书面提出异议的，本合同自动续期１２个月。', 'rf-auto-renewal'],
  ['甲方须于签约时一次性支付１２个月服务费。', 'rf-full-year-upfront'],
  ['任何一方解除合同须提前１２０日书面通知。', 'rf-long-notice'],
  ['甲方每月推广费不低于￥５０，０００元。', 'c-kpi-guardrails'],
];
const orderClean = [
  EN + 'Party A shall provide Party B with sub-account logins.',
  EN + 'All designs shall become the property of Party B.',
  ZH + '推广费用由乙方直接充值至乙方自有账户。',
  ZH + '店铺以乙方名义开设，归乙方所有。',
  ZH + '合同终止后甲方应退还乙方缴纳的保证金。',
  '本合同期满不自动续期，续期须双方书面确认。',
  '任何一方解除合同须提前３０日书面通知。',
];
describe('the agency as Party A, and full-width figures', () => {
  it.each(orderTraps)('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each(orderClean)('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
