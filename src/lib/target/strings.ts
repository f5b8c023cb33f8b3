/**
 * The target check's words in each language: the form, the verdict and its reasons, the tables, and
 * the KPI clause it drafts (also read by the contract checklist, src/lib/contract/from-target.ts). The
 * view picks the page's language once; the element gets that dictionary in `data-strings`.
 */
import { dictionaries } from '../kit/strings';

export const targetStrings = dictionaries(
  {
    noscript:
      '这个工具需要 JavaScript 才能按你填的数字重新计算。没有 JavaScript 时，下面显示的是示例数字的结果，可以照着方法手算。',
    example:
      '下面已经填好的是示例数字，只为演示怎么算，不是任何类目的行业水平。请换成代运营方承诺的目标和你店铺自己的数字。',
    // The promise
    promise: '代运营方承诺的目标',
    target: '承诺的销售额（整个考核期合计）',
    targetHint: '例如 300万 或 3000000。只承诺月销售额的，乘以月数填合计。',
    months: '考核期',
    monthsUnit: '个月',
    basis: '按什么口径算销售额',
    'basis.receipt': '确认收货金额，扣除退款',
    'basis.paid': '支付金额，扣除退款',
    'basis.gmv': '成交金额（GMV，含未付款和退款）',
    start: '考核期从几月开始',
    monthNames: '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
    peaks: '大促月份的销量倍数',
    peaksHint: '平常月份算 1；例如双11当月预计是平常的 2 倍就填 2。不填大促时每个月一样。',
    x618: '6月（618）',
    x1111: '11月（双11）',
    xny: '1月（年货节）',
    times: '倍',
    // What the store has
    store: '店铺现在的数字',
    hist: '这些数字从哪里来',
    'hist.store': '店铺在经营：我的实际数字',
    'hist.none': '新店：代运营方的假设',
    histHint: '在经营的店填生意参谋里最近几个月的平均数；新店没有历史，填代运营方方案里自己的假设。',
    visitors: '每月访客数',
    visitorsUnit: '人/月',
    cr: '支付转化率',
    aov: '客单价',
    repeat: '老客复购的订单占比',
    repeatHint: '生意参谋里老买家的订单占全部订单的比例；新店填 0。假设见下面“结论怎么得出”。',
    paid: '其余销售额中付费推广带来的占比',
    paidHint:
      '老客复购以外的销售额里，有多大比例要靠广告（直通车、引力魔方、全站推广等）买来。复购占比填 0 时就是全部销售额的占比。',
    roi: '推广投入产出比（ROI）',
    roiHint: '每花 1 元广告带来多少元销售额；代运营方承诺了 ROI 就填它承诺的数。只知道点击单价时可以空着。',
    roiUnit: '（1 : 这个数）',
    cpc: '平均点击单价（CPC）',
    cpcHint: '可以空着。填了就按“付费访客 × 点击单价”算广告费，上面的 ROI 当作承诺来核对。ROI 和点击单价至少填一个。',
    yuanClick: '元/次点击',
    // What the merchant commits
    commit: '你能承诺的投入',
    budget: '每月能承诺的广告预算',
    budgetHint: '写进合同的金额；一分不出就填 0。',
    stock: '每月能备的库存',
    stockHint: '可以空着。',
    units: '件',
    upo: '每单平均件数',
    approve: '你审批代运营方提交事项需要的时间',
    approveUnit: '个工作日',
    approveHint: '活动方案、改价、上新等；可以空着。',
    yuanMonth: '元/月',
    yuan: '元',
    // Field messages
    'err.required': '请填写这一项。',
    'err.number': '请输入一个数，例如 3000000 或 300万。',
    'err.precision': '最多 {max} 位小数。',
    'err.range': '请输入 {min} 到 {max} 之间的数。',
    'err.positive': '不能是 0：这个数为 0 时目标无从算起。',
    'err.either': '请填写 ROI，或者下面的平均点击单价，至少一个。',
    errorSummary: '有 {count} 处需要修改，改好之前不计算结论，也不保存：',
    invalid: '先把上面标出的数字改好，这里才会给出结论。',
    // Results
    results: '结论',
    'verdict.plausible': '有可能做到',
    'verdict.stretch': '勉强：要靠你的额外投入或明显的增长',
    'verdict.implausible': '不现实：按这些数字做不到',
    sentence:
      '这个目标平均每月需要 {visitors} 位访客（现在的 {growth}），每月 {spend} 的广告费；你承诺的是每月 {budget}。',
    sentenceNew:
      '按代运营方自己的假设，每月只能卖到 {today}，而目标平均每月是 {average}；目标每月需要 {spend} 的广告费，你承诺的是每月 {budget}。',
    'reason.growth.store': '平均每月销售额要做到现在（{today}）的 {x}。',
    'reason.growth.none': '代运营方的假设相乘只有每月 {today}，是目标的 {x}。',
    'reason.growth.none.ok': '代运营方的假设相乘每月能做到 {today}，够得上目标。',
    'reason.budget': '按 ROI {roi} 算，目标需要的广告费是你承诺预算的 {x}。',
    'reason.budget.none': '目标需要每月 {spend} 的广告费，而你没有承诺广告预算。',
    'reason.conversion':
      '现在的免费流量加上你承诺的预算，每月能做到 {reach}；要达到目标，转化率得从 {cr} 提高到 {needed}。',
    'reason.conversion.none': '没有免费流量也没有广告预算，按现在的数字带不来任何销售。',
    'reason.roi.cpc':
      '按点击单价 {cpc}：平均每月需要 {visitors} 位付费访客，广告费 {spend}；每 1 元广告带来 {roi} 元销售额，这就是 ROI。',
    'reason.roi.promise':
      '代运营方承诺 ROI {promised}，但按点击单价 {cpc}、转化率 {cr}、客单价 {aov} 算，ROI 只有 {roi}：承诺是算得出的 {x}。要做到，点击单价得降下来，或者转化率、客单价得提高。',
    'reason.roi.ok': '代运营方承诺的 ROI {promised} 不高于按点击单价 {cpc} 算出的 ROI {roi}，两者不矛盾。',
    'reason.stock': '销量最大的月份需要 {units} 件库存，是你能备货的 {x}。',
    'reason.new-store': '新店没有实际数据，以上都只是假设：最多算“勉强”，头两三个月的真实数据出来后再核一遍。',
    'level.plausible': '可以',
    'level.stretch': '勉强',
    'level.implausible': '不现实',
    levers: '每个杠杆要变成多少',
    leversNote: '每行只动这一个数，其他保持现在的数字；平均月份。',
    lever: '项目',
    now: '现在 / 你承诺的',
    needed: '目标需要',
    multiple: '倍数',
    'lever.visitors': '每月访客数',
    'lever.cr': '支付转化率',
    'lever.aov': '客单价',
    'lever.spend': '每月广告费',
    'lever.orders': '每天订单数（客服要接的量）',
    'lever.units': '大促月库存（件）',
    notSaid: '未填',
    sensitivity: '哪个杠杆最管用',
    'sens.free':
      '现在的访客数、转化率和客单价（三者效果相同）最管用：任何一个提高 10%，每月能多做 {free}；ROI 或预算提高 10% 只多 {paid}。',
    'sens.paid':
      'ROI 和广告预算（两者效果相同）最管用：任何一个提高 10%，每月能多做 {paid}；访客数、转化率或客单价提高 10% 只多 {free}。',
    'sens.cpc': '按点击单价算时，转化率和客单价同时提高广告的 ROI，所以它们比访客数更管用。',
    'sens.tie': '两边一样管用：访客数、转化率或客单价提高 10%，每月多做 {free}；ROI 或预算提高 10%，也多做 {paid}。',
    monthsTable: '按月拆开',
    monthsNote: '每月目标按大促倍数分摊，各月相加正好等于目标；“累计”一列就是每月的检查点。每天订单按每月 30 天算。',
    month: '月份',
    monthLabel: '第 {i} 个月（{m}）',
    monthTarget: '当月目标',
    cumulative: '累计（检查点）',
    monthVisitors: '需要访客',
    monthSpend: '广告费',
    monthOrders: '每天订单',
    'warn.gmv':
      '按 GMV 考核对代运营方最有利：未付款、退款的单子也算进去，刷出来的量也能达标。建议改成确认收货金额扣除退款。',
    'warn.repeatNew': '新店还没有老买家：复购占比填大于 0，会让需要的广告费看起来比实际少。',
    // The clause
    clause: '考核条款草稿（可以放进合同检查清单）',
    clauseNote: '由上面的数字生成，按你们的实际情况修改；不是法律意见。',
    toContract: '在合同检查清单里使用这些数字 →',
    'clause.target':
      '一、考核目标：乙方应使店铺在合作第 1 个月至第 {months} 个月内的{basis}累计不低于 {target} 元。数据以生意参谋为准，双方各自保留每月截图或导出文件。',
    'clause.basis.receipt': '确认收货金额（扣除退款）',
    'clause.basis.paid': '支付金额（扣除退款）',
    'clause.basis.gmv': '成交金额（GMV）',
    'clause.checkpoints': '二、月度检查点：每月结束后 5 个工作日内，双方按以下累计目标核对完成情况：{list}。',
    'clause.checkpoint': '第 {i} 个月末 {amount} 元',
    listSeparator: '；',
    sentenceGap: '',
    'clause.duties':
      '三、甲方义务：甲方每月投入的广告预算不低于 {budget} 元（以推广账户实际充值为准）{stock}{approve}。甲方履行了本条义务的，乙方不得以甲方未配合为由主张免责；甲方未履行的，乙方应在当月书面指出，否则视为甲方已履行。',
    'clause.stock': '，每月可售库存不少于 {units} 件',
    'clause.approve': '，对乙方书面提交的方案在 {days} 个工作日内答复',
    'clause.remedy':
      '四、未达标的处理：任一检查点累计完成额低于累计目标的 80% 时，乙方应在 5 个工作日内提交书面整改方案；连续两个检查点低于 80%，或考核期结束未达到目标的，甲方可以书面解除合同，不承担违约责任，乙方按附件约定退还服务费。',
    // How the verdict is reached
    rules: '结论怎么得出',
    'rules.intro': '每一项算出一个倍数，按下面的界线分档，结论取最差的一档。这些界线是本站的经验规则，不是行业标准：',
    'rules.growth':
      '销售额增长：平均每月目标 ÷ 现在的月销售额。不超过 1.5 倍“可以”，不超过 3 倍“勉强”，再高“不现实”。新店：代运营方自己的假设相乘必须够得上目标。',
    'rules.budget':
      '广告预算：目标需要的广告费（销售额 ×（1 − 复购占比）× 付费占比 ÷ ROI）÷ 你承诺的预算。不超过 1 倍“可以”，不超过 1.5 倍“勉强”，再高“不现实”。',
    'rules.conversion':
      '转化率：目标 ÷（现在的免费销售额 + 承诺预算 × ROI），也就是在你的投入能带来的流量上，转化率要提高多少。不超过 1 倍“可以”，不超过 1.5 倍“勉强”，再高“不现实”。',
    'rules.roi':
      'ROI 承诺：填了点击单价时，广告费 = 付费访客 × 点击单价，假设付费访客的转化率和客单价与全店相同，所以 ROI = 转化率 × 客单价 ÷ 点击单价。同时填了 ROI 的，承诺的 ROI ÷ 这个 ROI 不超过 1 倍“可以”，不超过 1.5 倍“勉强”，再高“不现实”。',
    'rules.stock': '库存：填了库存时，大促月需要的件数超过库存算“勉强”。新店的结论最多“勉强”。',
    'rules.repeat':
      '复购的假设：老买家的订单占比保持现在的水平，客单价和新买家一样，并且主要通过收藏、会员、店铺群等免费渠道回来，不用再花广告费买一次。所以广告只负担其余新买家的销售额中付费的那部分：复购占比越高，同一个目标需要的广告费越少；填 0 就是不单算复购。老客流失了，这个假设就不成立。',
    // The contract checklist's pickup (src/scripts/contract/target.ts)
    'contract.source': '目标核算里保存了一个目标：{months} 个月合计 {target}，结论是“{verdict}”。',
    'contract.use': '把这些数字填进考核条款',
    'contract.used': '已填入：考核指标、目标值、考核月份、每月广告预算和答复时限。请核对下面的表单。',
    'contract.heading': '考核条款草稿（来自目标核算）',
    // Sharing
    copyLink: '复制链接',
    print: '打印',
    copied: '链接已复制，打开它会看到同样的数字。',
    copyFailed: '浏览器不让复制，请手工复制下面的链接：',
    linkLabel: '这组数字的链接',
    fixFirst: '先改好标出的数字再复制链接。',
    linkPrompt: '链接里的数字和你保存的不一样。现在显示的是链接里的数字，还没有保存。',
    useLink: '保存链接里的数字',
    keepSaved: '恢复我保存的数字',
    linkUsed: '已保存链接里的数字。',
    savedRestored: '已恢复你保存的数字。',
  },
  {
    noscript:
      'This tool needs JavaScript to recalculate with your figures. Without it, the results below are those of the example figures, and you can follow the method by hand.',
    example:
      'The figures already filled in are an example to show the method, not the level of any category. Replace them with the agency’s promise and your own store’s figures.',
    promise: 'The agency’s promise',
    target: 'Promised sales (total over the period)',
    targetHint: 'e.g. 3000000, 3m or 300万. If the promise is a monthly figure, multiply by the months.',
    months: 'Period',
    monthsUnit: 'months',
    basis: 'How sales are counted',
    'basis.receipt': 'Confirmed receipts, net of refunds',
    'basis.paid': 'Amount paid, net of refunds',
    'basis.gmv': 'GMV (including unpaid and refunded orders)',
    start: 'First month of the period',
    monthNames: 'January,February,March,April,May,June,July,August,September,October,November,December',
    peaks: 'Sales-peak months, as a multiple of a normal month',
    peaksHint:
      'A normal month is 1; if Double 11 should sell twice a normal month, enter 2. With no peaks every month is the same.',
    x618: 'June (618)',
    x1111: 'November (Double 11)',
    xny: 'January (New Year festival)',
    times: '×',
    store: 'Your store today',
    hist: 'Where these figures come from',
    'hist.store': 'A trading store: my own figures',
    'hist.none': 'A new store: the agency’s assumptions',
    histHint:
      'A trading store: averages of recent months from Business Advisor (生意参谋). A new store has no history: enter the agency’s own assumptions from its plan.',
    visitors: 'Visitors a month',
    visitorsUnit: 'a month',
    cr: 'Conversion rate (paid orders)',
    aov: 'Average order value',
    repeat: 'Share of orders from returning buyers',
    repeatHint:
      'Returning buyers’ orders as a share of all orders, from Business Advisor; 0 for a new store. The assumption is under “How the verdict is reached”.',
    paid: 'Share of the other sales from paid traffic',
    paidHint:
      'Of the sales not from returning buyers, how much is to be bought with ads (search ads, display, site-wide promotion). With a repeat share of 0 it is the share of all sales.',
    roi: 'Return on ad spend (ROI)',
    roiHint:
      'Sales per ¥1 of ads. If the agency promised an ROI, enter its figure. Leave it empty if you only know the cost per click.',
    roiUnit: '(1 : this figure)',
    cpc: 'Average cost per click (CPC)',
    cpcHint:
      'Optional. If given, ad spend = paid visitors × cost per click, and the ROI above is checked as a promise. Give an ROI, a cost per click, or both.',
    yuanClick: '¥ a click',
    commit: 'What you can commit',
    budget: 'Monthly ad budget you can commit',
    budgetHint: 'The amount that goes into the contract; 0 if none.',
    stock: 'Stock you can hold a month',
    stockHint: 'Optional.',
    units: 'units',
    upo: 'Units per order',
    approve: 'Time you need to approve what the agency submits',
    approveUnit: 'working days',
    approveHint: 'Campaign plans, price changes, new listings; optional.',
    yuanMonth: '¥ a month',
    yuan: '¥',
    'err.required': 'Fill this in.',
    'err.number': 'Enter a number, e.g. 3000000 or 3m.',
    'err.precision': 'At most {max} decimals.',
    'err.range': 'Enter a number from {min} to {max}.',
    'err.positive': 'It cannot be 0: with 0 the target cannot be worked out.',
    'err.either': 'Give an ROI, or the average cost per click below.',
    errorSummary: '{count} fields need fixing. Until then nothing is worked out or saved:',
    invalid: 'Fix the figures marked above to see the verdict.',
    results: 'Verdict',
    'verdict.plausible': 'Possible',
    'verdict.stretch': 'A stretch: it needs more from you or clear growth',
    'verdict.implausible': 'Not realistic with these figures',
    sentence:
      'This target needs {visitors} visitors in an average month ({growth} today’s) and {spend} a month of ads; you have committed {budget}.',
    sentenceNew:
      'On the agency’s own assumptions the store sells {today} a month, against a target of {average} in an average month; the target needs {spend} a month of ads, and you have committed {budget}.',
    'reason.growth.store': 'An average month must sell {x} what the store sells today ({today}).',
    'reason.growth.none': 'The agency’s assumptions multiply out to only {today} a month: {x} the target.',
    'reason.growth.none.ok': 'The agency’s assumptions multiply out to {today} a month, enough for the target.',
    'reason.budget': 'At an ROI of {roi}, the target needs {x} the ad budget you committed.',
    'reason.budget.none': 'The target needs {spend} a month of ads, and you have committed no ad budget.',
    'reason.conversion':
      'Today’s free traffic plus the budget you committed reach {reach} a month; to hit the target, conversion would have to rise from {cr} to {needed}.',
    'reason.conversion.none': 'With no free traffic and no ad budget, today’s figures bring no sales at all.',
    'reason.roi.cpc':
      'At {cpc} a click, an average month needs {visitors} paid visitors and {spend} of ads; each ¥1 of ads brings ¥{roi} of sales, which is the ROI.',
    'reason.roi.promise':
      'The agency promises an ROI of {promised}, but at {cpc} a click, {cr} conversion and a {aov} order, the ROI is only {roi}: the promise is {x} what the arithmetic gives. It needs cheaper clicks, or higher conversion or order value.',
    'reason.roi.ok':
      'The agency’s promised ROI of {promised} is no higher than the {roi} that {cpc} a click gives: the two agree.',
    'reason.stock': 'The biggest month needs {units} units of stock: {x} what you can hold.',
    'reason.new-store':
      'A new store has no measured figures, so all of this rests on assumptions: a stretch at best. Check again once two or three months of real data exist.',
    'level.plausible': 'fine',
    'level.stretch': 'stretch',
    'level.implausible': 'not realistic',
    levers: 'What each lever must become',
    leversNote: 'Each row moves only that figure and keeps the others at today’s; an average month.',
    lever: 'Lever',
    now: 'Today / committed',
    needed: 'The target needs',
    multiple: 'Multiple',
    'lever.visitors': 'Visitors a month',
    'lever.cr': 'Conversion rate',
    'lever.aov': 'Average order value',
    'lever.spend': 'Ad spend a month',
    'lever.orders': 'Orders a day (customer-service load)',
    'lever.units': 'Stock in the biggest month (units)',
    notSaid: 'not given',
    sensitivity: 'Which lever moves the result most',
    'sens.free':
      'Today’s visitors, conversion and order value (each the same) matter most: 10% more of any one adds {free} a month; 10% more ROI or budget adds only {paid}.',
    'sens.paid':
      'ROI and the ad budget (each the same) matter most: 10% more of either adds {paid} a month; 10% more visitors, conversion or order value adds only {free}.',
    'sens.cpc':
      'Priced by the click, conversion and order value also raise the ads’ ROI, so they matter more than visitors.',
    'sens.tie':
      'Both sides matter equally: 10% more visitors, conversion or order value adds {free} a month, and 10% more ROI or budget adds {paid}.',
    monthsTable: 'Month by month',
    monthsNote:
      'Each month’s share follows the sales-peak multiples, and the months add up to the target exactly; the running total is each month’s checkpoint. Orders a day assume 30 days a month.',
    month: 'Month',
    monthLabel: 'Month {i} ({m})',
    monthTarget: 'Target',
    cumulative: 'Running total (checkpoint)',
    monthVisitors: 'Visitors needed',
    monthSpend: 'Ad spend',
    monthOrders: 'Orders a day',
    'warn.gmv':
      'Counting GMV suits the agency best: unpaid and refunded orders count, so can faked ones. Ask for confirmed receipts net of refunds instead.',
    'warn.repeatNew':
      'A new store has no returning buyers yet: a repeat share above 0 makes the ad spend look smaller than it will be.',
    clause: 'A draft KPI clause (for the contract checklist)',
    clauseNote: 'Drafted from the figures above; adapt it to your deal. Not legal advice.',
    toContract: 'Use these figures in the contract checklist →',
    'clause.target':
      '1. Target: from month 1 to month {months} of the engagement, the Agency brings the store’s {basis} to at least ¥{target} in total, as shown in Business Advisor (生意参谋); each party keeps a monthly screenshot or export.',
    'clause.basis.receipt': 'confirmed receipts net of refunds',
    'clause.basis.paid': 'amount paid net of refunds',
    'clause.basis.gmv': 'GMV',
    'clause.checkpoints':
      '2. Monthly checkpoints: within 5 working days after each month, the parties check the running total against these cumulative targets: {list}.',
    'clause.checkpoint': 'end of month {i}: ¥{amount}',
    listSeparator: '; ',
    sentenceGap: ' ',
    'clause.duties':
      '3. The Merchant’s obligations: the Merchant spends at least ¥{budget} a month on ads (as topped up in the ad accounts){stock}{approve}. When the Merchant has met these obligations, the Agency may not claim that the Merchant failed to cooperate; if the Merchant has not, the Agency says so in writing within that month, or the obligation counts as met.',
    'clause.stock': ', keeps at least {units} units in stock each month',
    'clause.approve': ', and answers the Agency’s written proposals within {days} working days',
    'clause.remedy':
      '4. If the target is missed: when the running total at any checkpoint is below 80% of its cumulative target, the Agency submits a written recovery plan within 5 working days; after two checkpoints in a row below 80%, or if the target is missed at the end of the period, the Merchant may end the contract in writing without liability, and the Agency refunds fees as set out in the Schedule.',
    rules: 'How the verdict is reached',
    'rules.intro':
      'Each check gives a multiple, graded by the limits below; the verdict is the worst grade. These limits are this site’s rules of thumb, not industry benchmarks:',
    'rules.growth':
      'Sales growth: the average month’s target ÷ today’s monthly sales. Up to 1.5× is fine, up to 3× a stretch, beyond that not realistic. For a new store, the agency’s own assumptions must multiply out to the target.',
    'rules.budget':
      'Ad budget: the ad spend the target needs (sales × (1 − repeat share) × paid share ÷ ROI) ÷ the budget you committed. Up to 1× is fine, up to 1.5× a stretch, beyond that not realistic.',
    'rules.conversion':
      'Conversion: the target ÷ (today’s free sales + committed budget × ROI): how far conversion must rise on the traffic your commitment brings. Up to 1× is fine, up to 1.5× a stretch, beyond that not realistic.',
    'rules.roi':
      'ROI promise: with a cost per click, ad spend = paid visitors × cost per click; paid visitors are assumed to convert and spend like the rest of the store, so ROI = conversion × order value ÷ cost per click. If an ROI is also given, the promised ROI ÷ that ROI: up to 1× is fine, up to 1.5× a stretch, beyond that not realistic.',
    'rules.stock':
      'Stock: if you give your stock, a biggest month needing more units than that is a stretch. A new store is at best a stretch.',
    'rules.repeat':
      'The repeat assumption: returning buyers keep today’s share of orders, spend the same per order as new buyers, and come back mostly through free and owned channels (favourites, membership, the store’s own groups) without being bought again with ads. So ads carry only the paid part of the other, new buyers’ sales: the higher the repeat share, the less ad spend the same target needs; 0 leaves repeat purchases out. If returning buyers drift away, the assumption fails.',
    'contract.source': 'The target check holds a target: {target} over {months} months, verdict “{verdict}”.',
    'contract.use': 'Fill the KPI terms with these figures',
    'contract.used':
      'Filled in: the KPI metric, target, period, monthly ad budget and answer time. Check them in the form below.',
    'contract.heading': 'Draft KPI clause (from the target check)',
    copyLink: 'Copy link',
    print: 'Print',
    copied: 'Link copied; it opens with the same figures.',
    copyFailed: 'The browser did not allow copying; copy this link by hand:',
    linkLabel: 'Link to these figures',
    fixFirst: 'Fix the marked figures before copying the link.',
    linkPrompt: 'The link’s figures differ from the ones you saved. The link’s are shown, and not saved yet.',
    useLink: 'Save the link’s figures',
    keepSaved: 'Go back to my saved figures',
    linkUsed: 'The link’s figures are saved.',
    savedRestored: 'Your saved figures are back.',
  },
);

export type TargetStrings = (typeof targetStrings)['zh'];
