/** The scope chooser's words: custody models, categories, and each reason as a sentence. */
import type { Locale } from '../i18n';
import type { Bilingual } from '../fields';
import { joinList } from '../format';
import { formatAmount } from '../money';
import type { Category, Custody, Goal } from './model';
import type { Reason } from './recommend';

export const custodyNames: Record<Custody, Bilingual> = {
  full: { zh: '全托管', en: 'Full custody (全托管)' },
  half: { zh: '半托管', en: 'Half custody (半托管)' },
  single: { zh: '单项服务', en: 'Single services (单项服务)' },
};

export const custodySummaries: Record<Custody, Bilingual> = {
  full: {
    zh: '代运营负责店铺的大部分日常工作；你提供商品、库存、资质和资金，并保留定价、大促和大额支出的决定权。',
    en: "The agency runs almost all of the store's day-to-day work. You supply products, stock, qualifications and money, and keep the final say on pricing, campaigns and large spending.",
  },
  half: {
    zh: '代运营只负责你的团队做不了的环节，其余仍由你的团队负责；交接点和各自负责人要写进合同附件。',
    en: 'The agency takes only the parts your team cannot do, and your team keeps the rest. The hand-off points and who is responsible at each go into the contract schedule.',
  },
  single: {
    zh: '只购买一两项服务（例如广告投放、客服外包或设计），店铺仍由你自己运营。',
    en: 'You buy one or two services (ads, outsourced customer service, design…) and keep running the store yourself.',
  },
};

export const categoryNames: Record<Category, Bilingual> = {
  general: { zh: '普通类目', en: 'a general category' },
  food: { zh: '食品', en: 'Food' },
  cosmetics: { zh: '化妆品', en: 'Cosmetics' },
  health: { zh: '保健品', en: 'Health products' },
  'other-regulated': { zh: '其他需特殊资质的类目', en: 'Your regulated category' },
};

/** One reason as a sentence; `moduleName` turns a module id into its title in `locale`. */
export function describeReason(reason: Reason, locale: Locale, moduleName: (id: string) => string): string {
  const zh = locale === 'zh';
  const list = (ids: readonly string[]) => joinList(ids.map(moduleName), locale);
  switch (reason.code) {
    case 'no-experience':
      return zh
        ? '你还没有电商经验：开店初期需要有人把整套流程跑起来，全托管最省心，但要把后台权限和月度复盘写进合同。'
        : 'You have no e-commerce experience yet. In the first months someone has to run the whole routine, so full custody is the safest start, with back-office access and monthly reviews written into the contract.';
    case 'team-experience':
      return zh ? '你已有能自己运营店铺的电商团队。' : 'You already have an e-commerce team that can run a store.';
    case 'few-in-house':
      return reason.gaps.length > 0
        ? zh
          ? `你的团队目前做不了：${list(reason.gaps)}。`
          : `Nobody in-house can do these yet: ${list(reason.gaps)}.`
        : zh
          ? '你的团队只能部分承担各模块的工作。'
          : 'Your team can cover only part of each module.';
    case 'mostly-in-house':
      return reason.gaps.length > 0
        ? zh
          ? `你的团队已覆盖大部分模块，只需为这些环节购买服务：${list(reason.gaps)}。`
          : `Your team covers most modules; buy services only for: ${list(reason.gaps)}.`
        : zh
          ? '你的团队已覆盖全部模块：也许不需要代运营；如有需要，可按单项购买（例如大促期间的客服）。'
          : 'Your team covers every module: you may not need an agency at all. If you do, buy single services (for example peak-season customer service).';
    case 'mixed': {
      const parts = zh
        ? [
            reason.agency.length > 0 ? `代运营负责你的团队做不了的：${list(reason.agency)}` : '',
            reason.shared.length > 0 ? `双方分工：${list(reason.shared)}` : '',
            reason.merchant.length > 0 ? `你自己保留：${list(reason.merchant)}` : '',
          ]
        : [
            reason.agency.length > 0 ? `the agency takes what your team cannot do (${list(reason.agency)})` : '',
            reason.shared.length > 0 ? `you share ${list(reason.shared)}` : '',
            reason.merchant.length > 0 ? `you keep ${list(reason.merchant)}` : '',
          ];
      const text = parts.filter(Boolean).join(zh ? ';' : '; ');
      return zh ? `${text}。` : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    }
    case 'goal':
      return goalText[reason.goal][locale] + (reason.changed ? (changedText[reason.goal]?.[locale] ?? '') : '');
    case 'budget-tight':
      return zh
        ? `你的运营预算约每月 ${formatAmount(reason.budgetFen)} 元。按经验（没有可靠的市场统计），全托管的基础服务费加提成常常高于这个数，${reason.changed ? '所以建议先半托管,把能自己做的留在内部。' : '请用费用计算器比较报价,并警惕“零服务费、只拿提成”的报价。'}`
        : `Your operations budget is about ¥${formatAmount(reason.budgetFen)} a month. As a rule of thumb (there is no reliable market survey), a full-custody base fee plus commission often costs more, ${reason.changed ? 'so start with half custody and keep in-house what you can do.' : 'so compare offers in the fee calculator and be wary of "no service fee, commission only" offers.'}`;
    case 'budget-small':
      return zh
        ? `每月 ${formatAmount(reason.budgetFen)} 元的预算更适合购买一两项单项服务（按经验估计）。`
        : `A budget of ¥${formatAmount(reason.budgetFen)} a month suits one or two single services better (a rule of thumb).`;
    case 'special-category':
      return zh
        ? `${categoryNames[reason.category].zh}需要特殊资质：资质文件要办在你自己名下，商品文案上线前要核对资质和广告法，所以入驻资质和规则合规建议双方共同负责。`
        : `${categoryNames[reason.category].en} need${reason.category === 'other-regulated' ? 's' : ''} special qualifications: keep the permits in your own name and have every listing checked against them and advertising law before it goes live, so qualifications and rule compliance are shared.`;
    case 'tmall-global':
      return zh
        ? '天猫国际的品牌旗舰店通常由 TP（天猫服务商）运营；合同要写明入驻模式、店铺持有主体，以及跨境物流和清关由谁负责。'
        : 'Tmall Global brand flagship stores are usually run by a TP (Tmall Partner). The contract should state the entry model, which entity holds the store, and who handles cross-border logistics and customs.';
    case 'foreign-brand':
      return zh
        ? '境外品牌：合同和运营报告最好中英文对照，并写明品牌授权的范围和期限。'
        : 'A foreign brand: ask for the contract and reports in Chinese and English side by side, and limit the brand licence to this store and this term.';
  }
}

const goalText: Record<Goal, Bilingual> = {
  launch: {
    zh: '目标是开新店：前几个月搭建和上架的工作量最大，合同里要写明时间表和交付物。',
    en: 'Your goal is to launch: setup and listings are the heaviest work in the first months, so put a timetable and deliverables in the contract.',
  },
  grow: {
    zh: '目标是提升销量：考核指标要能在生意参谋里自己核对，并限制推广费占比，以免只冲销售额不顾利润。',
    en: "Your goal is growth: choose KPIs you can check yourself in Sycm (生意参谋), and cap ad spend as a share of sales so growth doesn't eat your margin.",
  },
  'fix-weak-spot': {
    zh: '目标是补短板：只把薄弱环节交出去，其余自己做。',
    en: 'Your goal is to fix a weak spot: hand over only that part and keep the rest.',
  },
  'peak-season': {
    zh: '目标是应对 618、双11 等大促高峰：可以只在高峰期购买客服或推广服务。',
    en: 'Your goal is to get through peak seasons (618, Double 11): you can buy customer service or ads for those weeks only.',
  },
  'build-team': {
    zh: '目标是培养自己的团队：让员工跟着代运营一起做，并在合同里写明培训和交接。',
    en: 'Your goal is to build your own team: have your staff work alongside the agency, with training and handover written into the contract.',
  },
};

const changedText: Partial<Record<Goal, Bilingual>> = {
  'fix-weak-spot': { zh: '所以建议单项服务，而不是半托管。', en: ' Hence single services rather than half custody.' },
  'build-team': { zh: '所以建议半托管，而不是全托管。', en: ' Hence half custody rather than full custody.' },
};
