/**
 * The scope chooser's words in each language: the questionnaire, the suggestion and its reasons,
 * the matrix. The view picks the page's language once; the element gets that dictionary in
 * `data-strings` (reasons are worded in the browser as the answers change).
 */
import { dictionaries } from '../kit/strings';

export const scopeStrings = dictionaries(
  {
    noscript:
      '这个工具需要 JavaScript 才能根据你的回答给出建议。没有 JavaScript 时，下面的分工表是全托管下的常见分工，可以打印出来手工修改。',
    next: '下一步：生成合同检查清单 →',
    // 1. The questionnaire
    situation: '你的情况',
    experience: '你或你的团队有电商经验吗？',
    'experience.none': '没有：第一次做电商',
    'experience.some': '有一些：卖过网店，或有一两个人懂',
    'experience.team': '有团队：已经在运营网店',
    inHouse: '下面六个模块，你的团队能自己做吗？',
    inHouseHint: '按现在的人手回答，不是以后打算招的人。',
    'inHouse.none': '没人会',
    'inHouse.partly': '能做一部分',
    'inHouse.yes': '能做好',
    budget: '每月能花在代运营上的预算（不含广告费）',
    budgetUnit: '元/月',
    budgetHint: '例如 30000 或 3万；不确定可以空着。',
    category: '你卖什么类目？',
    categoryHint: '食品、化妆品、保健品等类目需要特殊资质。',
    choose: '请选择',
    'category.general': '普通类目（服装、家居、家纺等）',
    'category.food': '食品',
    'category.cosmetics': '化妆品',
    'category.health': '保健品',
    'category.other-regulated': '其他需特殊资质的类目（母婴、医疗器械等）',
    goal: '你最想先解决什么？',
    'goal.launch': '把新店开起来',
    'goal.grow': '提升已有店铺的销量',
    'goal.fix-weak-spot': '补一两个短板（如广告或客服）',
    'goal.peak-season': '扛住 618、双11 等大促',
    'goal.build-team': '边做边培养自己的团队',
    platform: '开在哪个平台？',
    'platform.tmall': '天猫',
    'platform.tmall-global': '天猫国际（跨境）',
    foreignBrand: '品牌方是中国大陆以外的公司（境外品牌）',
    // 2. The suggestion
    suggestion: '建议的合作方式',
    missing: '回答上面关于经验和六个模块的问题后，这里会给出建议和理由。',
    reasonsHeading: '理由（来自你的回答）：',
    custodyChoice: '写进合同的合作方式',
    custodyChoiceHint: '默认按建议；你也可以自己选，下面的分工表会随之调整。',
    follow: '按建议',
    followNamed: '按建议（{name}）',
    'custody.full': '全托管',
    'custody.half': '半托管',
    'custody.single': '单项服务',
    'summary.full':
      '代运营负责店铺的大部分日常工作；你提供商品、库存、资质和资金，并保留定价、大促和大额支出的决定权。',
    'summary.half': '代运营只负责你的团队做不了的环节，其余仍由你的团队负责；交接点和各自负责人要写进合同附件。',
    'summary.single': '只购买一两项服务（例如广告投放、客服外包或设计），店铺仍由你自己运营。',
    // Reasons (src/lib/scope/messages.ts chooses and fills them)
    listSeparator: '、',
    'reason.no-experience':
      '你还没有电商经验：开店初期需要有人把整套流程跑起来，全托管最省心，但要把后台权限和月度复盘写进合同。',
    'reason.team-experience': '你已有能自己运营店铺的电商团队。',
    'reason.few-in-house': '你的团队目前做不了：{modules}。',
    'reason.few-in-house-none': '你的团队只能部分承担各模块的工作。',
    'reason.mostly-in-house': '你的团队已覆盖大部分模块，只需为这些环节购买服务：{modules}。',
    'reason.all-in-house':
      '你的团队已覆盖全部模块：也许不需要代运营。如有需要，可按单项购买，最常见的是大促期间的客服，所以分工表把“{module}”标为双方负责；用不着就改回商家。',
    'reason.mixed-agency': '代运营负责你的团队做不了的：{modules}',
    'reason.mixed-shared': '双方分工：{modules}',
    'reason.mixed-merchant': '你自己保留：{modules}',
    'reason.mixed-join': '；',
    'reason.mixed-end': '{text}。',
    'reason.budget-tight':
      '你的运营预算约每月 {amount} 元。按经验（没有可靠的市场统计），全托管的基础服务费加提成常常高于这个数，',
    'reason.budget-tight-changed': '所以建议先半托管，把能自己做的留在内部。',
    'reason.budget-tight-kept': '请用费用计算器比较报价，并警惕“零服务费、只拿提成”的报价。',
    'reason.budget-small': '每月 {amount} 元的预算更适合购买一两项单项服务（按经验估计）。',
    'reason.special-category':
      '{category}需要特殊资质：资质文件要办在你自己名下，商品文案上线前要核对资质和广告法，所以入驻资质和规则合规建议双方共同负责。',
    'reason.tmall-global':
      '天猫国际的品牌旗舰店通常由 TP（天猫服务商）运营；合同要写明入驻模式、店铺持有主体，以及跨境物流和清关由谁负责。',
    'reason.foreign-brand': '境外品牌：合同和运营报告最好中英文对照，并写明品牌授权的范围和期限。',
    'reason.special-category-kept':
      '{category}需要特殊资质：资质文件要办在你自己名下，商品文案上线前要核对资质和广告法。你的团队负责入驻资质和规则合规，合同里写明代运营提交的内容须经你审核。',
    'reasonCategory.general': '普通类目',
    'reasonCategory.food': '食品',
    'reasonCategory.cosmetics': '化妆品',
    'reasonCategory.health': '保健品',
    'reasonCategory.other-regulated': '其他需特殊资质的类目',
    'reasonGoal.launch': '目标是开新店：前几个月搭建和上架的工作量最大，合同里要写明时间表和交付物。',
    'reasonGoal.grow': '目标是提升销量：考核指标要能在生意参谋里自己核对，并限制推广费占比，以免只冲销售额不顾利润。',
    'reasonGoal.fix-weak-spot': '目标是补短板：只把薄弱环节交出去，其余自己做。',
    'reasonGoal.peak-season': '目标是应对 618、双11 等大促高峰：可以只在高峰期购买客服或推广服务。',
    'reasonGoal.build-team': '目标是培养自己的团队：让员工跟着代运营一起做，并在合同里写明培训和交接。',
    'reasonGoalChanged.fix-weak-spot': '所以建议单项服务，而不是半托管。',
    'reasonGoalChanged.build-team': '所以建议半托管，而不是全托管。',
    // 3. The matrix
    matrix: '分工表',
    matrixIntro: '每项服务由谁负责：商家、代运营，还是双方共同负责。可以逐项修改；改过的行会标出来。',
    service: '服务',
    doneBy: '由谁负责',
    changed: '已改',
    resetMatrix: '恢复建议的分工',
  },
  {
    noscript:
      'This tool needs JavaScript to turn your answers into a suggestion. Without it, the matrix below shows the usual split for a fully managed store, which you can print and mark up by hand.',
    next: 'Next: make the contract checklist →',
    situation: 'Your situation',
    experience: 'Do you or your team have e-commerce experience?',
    'experience.none': 'None: this is our first online store',
    'experience.some': 'Some: we have sold online, or one or two people know how',
    'experience.team': 'A team: we already run an online store',
    inHouse: 'Can your own team do each of the six modules?',
    inHouseHint: 'Answer for the people you have now, not the ones you plan to hire.',
    'inHouse.none': 'Nobody',
    'inHouse.partly': 'Partly',
    'inHouse.yes': 'Yes, well',
    budget: 'Monthly budget for the agency (not counting ad spend)',
    budgetUnit: 'yuan a month',
    budgetHint: 'For example 30000. Leave it empty if you are not sure.',
    category: 'What category do you sell?',
    categoryHint: 'Food, cosmetics, health products and similar categories need special permits.',
    choose: 'Choose…',
    'category.general': 'General (clothing, home, textiles…)',
    'category.food': 'Food',
    'category.cosmetics': 'Cosmetics',
    'category.health': 'Health products',
    'category.other-regulated': 'Other regulated (baby formula, medical devices…)',
    goal: 'What do you want first?',
    'goal.launch': 'Launch a new store',
    'goal.grow': 'Grow an existing store',
    'goal.fix-weak-spot': 'Fix one or two weak spots (ads, customer service…)',
    'goal.peak-season': 'Get through 618, Double 11 and other peaks',
    'goal.build-team': 'Build my own team while the agency works',
    platform: 'Which platform?',
    'platform.tmall': 'Tmall',
    'platform.tmall-global': 'Tmall Global (cross-border)',
    foreignBrand: 'The brand owner is a company outside mainland China (a foreign brand)',
    suggestion: 'What we suggest',
    missing:
      'Answer the questions on experience and the six modules above, and the suggestion and its reasons appear here.',
    reasonsHeading: 'Why (from your answers):',
    custodyChoice: 'The model to put in the contract',
    custodyChoiceHint: 'It follows the suggestion unless you choose; the matrix below follows your choice.',
    follow: 'Follow the suggestion',
    followNamed: 'Follow the suggestion ({name})',
    'custody.full': 'Fully managed (全托管)',
    'custody.half': 'Partly managed (半托管)',
    'custody.single': 'Single services (单项服务)',
    'summary.full':
      "The agency runs almost all of the store's day-to-day work. You supply products, stock, qualifications and money, and keep the final say on pricing, campaigns and large spending.",
    'summary.half':
      'The agency takes only the parts your team cannot do, and your team keeps the rest. The hand-off points and who is responsible at each go into the contract schedule.',
    'summary.single':
      'You buy one or two services (ads, outsourced customer service, design…) and keep running the store yourself.',
    listSeparator: ', ',
    'reason.no-experience':
      'You have no e-commerce experience yet. In the first months someone has to run the whole routine, so having the store fully managed is the safest start, with back-office access and monthly reviews written into the contract.',
    'reason.team-experience': 'You already have an e-commerce team that can run a store.',
    'reason.few-in-house': 'Nobody in-house can do these yet: {modules}.',
    'reason.few-in-house-none': 'Your team can cover only part of each module.',
    'reason.mostly-in-house': 'Your team covers most modules; buy services only for: {modules}.',
    'reason.all-in-house':
      'Your team covers every module: you may not need an agency at all. If you do, the commonest single service is peak-season customer service, so the matrix marks "{module}" as shared; set it back to the merchant if you need none.',
    'reason.mixed-agency': 'the agency takes what your team cannot do ({modules})',
    'reason.mixed-shared': 'you share {modules}',
    'reason.mixed-merchant': 'you keep {modules}',
    'reason.mixed-join': '; ',
    'reason.mixed-end': '{text}.',
    'reason.budget-tight':
      'Your operations budget is about ¥{amount} a month. As a rule of thumb (there is no reliable market survey), a fully managed store’s base fee plus commission often costs more, ',
    'reason.budget-tight-changed': 'so start partly managed and keep in-house what you can do.',
    'reason.budget-tight-kept':
      'so compare offers in the fee calculator and be wary of "no service fee, commission only" offers.',
    'reason.budget-small': 'A budget of ¥{amount} a month suits one or two single services better (a rule of thumb).',
    'reason.special-category':
      '{category} need special qualifications: keep the permits in your own name and have every listing checked against them and advertising law before it goes live, so qualifications and rule compliance are shared.',
    'reason.special-category-kept':
      '{category} need special qualifications: keep the permits in your own name and have every listing checked against them and advertising law before it goes live. Your team keeps qualifications and rule compliance; the contract should say that anything the agency submits needs your approval.',
    'reasonCategory.general': 'Products in a general category',
    'reasonCategory.food': 'Food products',
    'reasonCategory.cosmetics': 'Cosmetics',
    'reasonCategory.health': 'Health products',
    'reasonCategory.other-regulated': 'Products in your regulated category',
    'reason.tmall-global':
      'Tmall Global brand flagship stores are usually run by a TP (Tmall Partner). The contract should state the entry model, which entity holds the store, and who handles cross-border logistics and customs.',
    'reason.foreign-brand':
      'A foreign brand: ask for the contract and reports in Chinese and English side by side, and limit the brand licence to this store and this term.',
    'reasonGoal.launch':
      'Your goal is to launch: setup and listings are the heaviest work in the first months, so put a timetable and deliverables in the contract.',
    'reasonGoal.grow':
      "Your goal is growth: choose KPIs you can check yourself in Sycm (生意参谋), and cap ad spend as a share of sales so growth doesn't eat your margin.",
    'reasonGoal.fix-weak-spot': 'Your goal is to fix a weak spot: hand over only that part and keep the rest.',
    'reasonGoal.peak-season':
      'Your goal is to get through peak seasons (618, Double 11): you can buy customer service or ads for those weeks only.',
    'reasonGoal.build-team':
      'Your goal is to build your own team: have your staff work alongside the agency, with training and handover written into the contract.',
    'reasonGoalChanged.fix-weak-spot': ' Hence single services rather than a partly managed store.',
    'reasonGoalChanged.build-team': ' Hence partly managed rather than fully managed.',
    matrix: 'Who does what',
    matrixIntro:
      'Who is responsible for each service: you (the merchant), the agency, or both. Change any row; changed rows are marked.',
    service: 'Service',
    doneBy: 'Done by',
    changed: 'changed',
    resetMatrix: 'Back to the suggested matrix',
  },
);

export type ScopeStrings = (typeof scopeStrings)['zh'];
