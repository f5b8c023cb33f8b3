/**
 * Issue 21: the three merchants of /work/shared/research/personas.md, each through every tool in the
 * order the site leads them — scope → fees → vetting → case file → contract → print — typing and
 * clicking as they would, and checking at the end what they would check on the printed checklist.
 * Nothing is put in the browser's storage by the test: each tool reads what the earlier ones saved.
 */
import type { Page } from '@playwright/test';
import { expect, pdfText, printedText, test } from './fixtures';
import { answerScopeAsChen, contractField, scopeModules, typeInto } from './tool-helpers';
import { expectSaved, fillAgency, item, readCatalogue } from './vetting-helpers';

const field = contractField;

/** The case file's card for the agency with this short name. */
const caseCard = (page: Page, name: string) =>
  page.locator('case-file [data-agency]').filter({ has: page.locator('h3', { hasText: name }) });

/** A fee model's monthly agency cost (yuan) as the calculator states it. */
const agencyCost = (page: Page, model: string) => page.locator(`[data-result="agency-cost"][data-model="${model}"]`);

test.describe('merchant journeys', () => {
  // Four tools and two or three printouts each, on a shared two-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('陈女士: full custody for a first store; the "free" offer with a verbal guarantee, then the base + commission one', async ({
    page,
  }, testInfo) => {
    // Scope: no experience, a designer, ¥30,000 a month, launching a store → full custody.
    await page.goto('/tools/scope/');
    await answerScopeAsChen(page);
    await expect(page.locator('[data-custody-name]')).toHaveText('全托管');
    await expect(page.locator('[data-store-status]')).toContainText('已保存');

    // Fees: her two offers. A asks ¥15,000 a month + 6 %; B asks nothing up front and 18 %.
    await page.goto('/tools/fees/');
    await typeInto(page, '#fee-gmv', '20万');
    await page.locator('#fee-base').fill('15000');
    await page.locator('#fee-rate').fill('6');
    await page.locator('#fee-bcname').fill('A 报价');
    await page.locator('#fee-pure').fill('18');
    await page.locator('#fee-purename').fill('B 报价');
    await page.getByLabel('参与比较').nth(1).uncheck();
    await page.getByLabel('参与比较').nth(3).uncheck();
    await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(2);
    // ¥200,000 of sales, 10 % refunded (the default), commission on the rest (¥180,000):
    // A = 15,000 + 6 % × 180,000 = 15,000 + 10,800 = 25,800; B = 18 % × 180,000 = 32,400.
    await expect(agencyCost(page, 'base-commission')).toHaveAttribute('data-value', '25800');
    await expect(agencyCost(page, 'commission')).toHaveAttribute('data-value', '32400');
    // They cost the same where 15,000 = (18 % − 6 %) × 90 % × sales: sales = 15,000 / 0.108 = 138,888.89.
    await expect(page.locator('[data-flip]')).toContainText('¥138,889');
    // At the ¥1,000,000 B promises: A = 15,000 + 6 % × 900,000 = 69,000; B = 18 % × 900,000 = 162,000.
    await typeInto(page, '#fee-gmv', '100万');
    await expect(agencyCost(page, 'base-commission')).toHaveAttribute('data-value', '69000');
    await expect(agencyCost(page, 'commission')).toHaveAttribute('data-value', '162000');
    await expectSaved(page);

    // Scorecard: both agencies; B's verbal promise of ¥1,000,000 in six months is a red flag, with her note.
    await page.goto('/tools/vetting/');
    const catalogue = await readCatalogue(page);
    await fillAgency(page, catalogue, { name: 'A 公司', knockouts: 'yes', score: 4 });
    await fillAgency(page, catalogue, { name: 'B 公司', knockouts: 'yes', score: 3, flags: ['rf-guaranteed-sales'] });
    const note = '口头保证半年做到 100 万销售额，合同里没写退款';
    await item(page, 'rf-guaranteed-sales').locator('[data-field="flag-note"]').fill(note);
    await expectSaved(page);

    // Case file: the legal names, which offer is whose, and (first) B.
    await page.goto('/tools/case/');
    const a = caseCard(page, 'A 公司');
    const b = caseCard(page, 'B 公司');
    await expect(page.locator('case-file [data-agency]')).toHaveCount(2);
    await a.getByLabel('中文全称（营业执照上的名称）').fill('杭州甲方电子商务有限公司');
    await a.getByRole('checkbox', { name: /基础服务费 \+ 提成/ }).check();
    await b.getByLabel('中文全称（营业执照上的名称）').fill('杭州乙方网络科技有限公司');
    await b.getByRole('checkbox', { name: /纯提成/ }).check();
    await expect(b).toContainText('口头“保证销量”，却不写退款');
    await expect(b).toContainText(note);
    await b.getByRole('radio', { name: '准备和这家公司签合同' }).check();
    await expect(page.locator('[data-store-status]')).toContainText('已保存');

    // Contract: her own name and the draft's date; the rest comes from the other tools.
    await page.getByRole('link', { name: '下一步：合同检查清单 →' }).click();
    await expect(page).toHaveURL(/\/tools\/contract\/$/);
    await expect(field(page, 'agencyNameZh')).toHaveValue('杭州乙方网络科技有限公司');
    await expect(field(page, 'custody')).toHaveValue('full');
    await expect(field(page, 'feeModel')).toHaveValue('commission');
    await field(page, 'merchantNameZh').fill('陈氏家纺有限公司');
    await field(page, 'draftDate').fill('2026年11月30日');
    await expect(page.locator('[data-store-status]')).toContainText('已保存');
    const withB = await printedText(page, testInfo, 'chen-agency-b');
    expect(withB.flat).toContain('合同检查清单·甲方：陈氏家纺有限公司·乙方：杭州乙方网络科技有限公司');
    expect(withB.flat).toContain('按当月扣除退款后的成交额的18%收取提成');
    // Her red flag from the scorecard, with her own words, before the clauses.
    const flags = withB.flat.slice(0, withB.flat.indexOf('合同里应当写明的条款'));
    expect(flags).toContain('口头“保证销量”，却不写退款');
    expect(flags).toContain(note.replace(/\s+/g, ''));

    // The calculator showed B costing more above ¥138,889 a month: she signs with A instead.
    await page.goto('/tools/case/');
    await a.getByRole('radio', { name: '准备和这家公司签合同' }).check();
    await expect(page.locator('[data-store-status]')).toContainText('已保存');
    await page.goto('/tools/contract/');
    await expect(page.getByText(/代运营档案里的签约对象或报价变了/)).toBeVisible();
    await expect(field(page, 'agencyNameZh')).toHaveValue('杭州甲方电子商务有限公司');
    await expect(field(page, 'merchantNameZh')).toHaveValue('陈氏家纺有限公司');
    await expect(field(page, 'feeModel')).toHaveValue('base-commission');
    const withA = await printedText(page, testInfo, 'chen-agency-a');
    expect(withA.flat).toContain('合同检查清单·甲方：陈氏家纺有限公司·乙方：杭州甲方电子商务有限公司');
    expect(withA.flat).toContain('日期：2026-11-30');
    // The Chinese text names the parties once at the head, then says 甲方 and 乙方.
    expect(withA.flat).toContain('甲方每月向乙方支付基础服务费15,000元，另按当月扣除退款后的成交额的6%支付销售提成');
    expect(withA.flat).not.toContain('杭州乙方网络科技有限公司');
    expect(withA.flat).not.toContain(note.replace(/\s+/g, ''));
    expect(withA.flat).not.toContain('按当月扣除退款后的成交额的18%收取提成');
    // Full custody from the scope chooser.
    await expect(page.locator('[data-clause="c-scope-full-custody"]')).toBeVisible();
    expect(withA.text).not.toMatch(/\{[A-Za-z]+\}/);
  });

  test('王总: half custody of ads and peak-season customer service; the tiered offer, its KPIs and what he keeps', async ({
    page,
  }, testInfo) => {
    // Scope: a team of four; ads and customer service are the weak spots; a food brand fixing them.
    await page.goto('/tools/scope/');
    await page.locator('input[name="experience"][value="team"]').check();
    for (const id of scopeModules) {
      const partly = id === 'traffic' || id === 'customer-service';
      await page.locator(`input[name="inHouse.${id}"][value="${partly ? 'partly' : 'yes'}"]`).check();
    }
    await page.locator('input[name="budget"]').fill('5万');
    await page.locator('select[name="category"]').selectOption('food');
    await page.locator('input[name="goal"][value="fix-weak-spot"]').check();
    await page.locator('input[name="platform"][value="tmall"]').check();
    await expect(page.locator('[data-custody-name]')).toHaveText('单项服务');
    // He wants half custody: paid traffic and peak customer service go out; pricing, products and campaigns stay.
    await page.locator('select[name="custodyChoice"]').selectOption('half');
    const agency = ['paid-ads', 'presale-service', 'aftersale-service'];
    const shared = ['content-marketing', 'periodic-review'];
    // Every other service of the matrix (store setup, operations, membership, data, brand) he keeps.
    const services = await page
      .locator('select[name^="owner."]')
      .evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).name.slice('owner.'.length)));
    expect(services).toHaveLength(18);
    for (const service of services) {
      const owner = agency.includes(service) ? 'agency' : shared.includes(service) ? 'shared' : 'merchant';
      const select = page.locator(`select[name="owner.${service}"]`);
      if ((await select.inputValue()) !== owner) await select.selectOption(owner);
    }
    await expect(page.locator('[data-store-status]')).toContainText('已保存');

    // Fees: three offers at his ¥600,000 a month, 5 % refunded (snacks), commission on the rest (¥570,000).
    await page.goto('/tools/fees/');
    await typeInto(page, '#fee-gmv', '600000');
    await page.locator('#fee-refund').fill('5');
    await page.locator('#fee-ad').fill('100000');
    await page.locator('#fee-base').fill('20000');
    await page.locator('#fee-rate').fill('3');
    await page.locator('#fee-bcname').fill('甲电商');
    await page.locator('#fee-fixed').fill('35000');
    await page.locator('#fee-fixedname').fill('丙电商');
    await page.getByLabel('参与比较').nth(2).uncheck();
    // 乙's tiers: 3 % to ¥300,000, 5 % to ¥500,000, 7 % above; at least ¥15,000 and at most ¥40,000 a month.
    await page.locator('#fee-tier-0-upto').fill('300000');
    await page.locator('#fee-tier-0-rate').fill('3');
    await page.getByRole('button', { name: '+ 增加一档' }).click();
    await page.locator('#fee-tier-1-upto').fill('500000');
    await page.locator('#fee-tier-1-rate').fill('5');
    await page.locator('#fee-tier-2-rate').fill('7');
    await page.locator('#fee-tmin').fill('15000');
    await page.locator('#fee-tcap').fill('40000');
    await page.locator('#fee-tiername').fill('乙电商');
    // 甲: 20,000 + 3 % × 570,000 = 20,000 + 17,100 = 37,100. 丙: 35,000 flat.
    // 乙: 3 % × 300,000 + 5 % × 200,000 + 7 % × 70,000 = 9,000 + 10,000 + 4,900 = 23,900 (between 15,000 and 40,000).
    await expect(agencyCost(page, 'base-commission')).toHaveAttribute('data-value', '37100');
    await expect(agencyCost(page, 'fixed')).toHaveAttribute('data-value', '35000');
    await expect(agencyCost(page, 'tiered')).toHaveAttribute('data-value', '23900');
    await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(3);
    await expectSaved(page);

    // Scorecard: three agencies met over three weeks; 乙 talked of "adding people at 618" with no standard.
    await page.goto('/tools/vetting/');
    const catalogue = await readCatalogue(page);
    await fillAgency(page, catalogue, { name: '甲电商', knockouts: 'yes', score: 3 });
    await fillAgency(page, catalogue, { name: '丙电商', knockouts: 'yes', score: 3 });
    await fillAgency(page, catalogue, { name: '乙电商', knockouts: 'yes', score: 4, flags: ['rf-no-cs-standard'] });
    const note = '只说大促会加人，拿不出响应时间和转化率标准';
    await item(page, 'rf-no-cs-standard').locator('[data-field="flag-note"]').fill(note);
    await expectSaved(page);

    // Case file: offers named as in the scorecard are already each agency's; he fills in 乙's legal name and chooses it.
    await page.goto('/tools/case/');
    const yi = caseCard(page, '乙电商');
    await expect(yi.getByRole('checkbox', { name: /阶梯提成/ })).toBeChecked();
    await expect(caseCard(page, '甲电商').getByRole('checkbox', { name: /基础服务费 \+ 提成/ })).toBeChecked();
    await yi.getByLabel('中文全称（营业执照上的名称）').fill('上海乙电子商务有限公司');
    await yi.getByRole('radio', { name: '准备和这家公司签合同' }).check();
    await expect(page.locator('[data-store-status]')).toContainText('已保存');

    // Contract: half custody from the scope chooser; the customer-service KPIs he can check himself.
    await page.goto('/tools/contract/');
    await expect(field(page, 'custody')).toHaveValue('half');
    await expect(field(page, 'specialCategory')).toHaveValue('yes');
    await expect(field(page, 'feeModel')).toHaveValue('tiered');
    await field(page, 'merchantNameZh').fill('王氏食品有限公司');
    await field(page, 'kpiMetric').selectOption('roas');
    await field(page, 'kpiTarget').fill('3');
    await field(page, 'kpiPeriodMonths').fill('3');
    await field(page, 'guarantee').selectOption('no');
    await field(page, 'reportCadence').selectOption('weekly');
    await field(page, 'backOfficeAccess').selectOption('yes');
    await field(page, 'noticeDays').fill('30');
    await expect(page.getByRole('group', { name: '客服外包时' })).toBeVisible();
    await field(page, 'csFirstReplySeconds').fill('30');
    await field(page, 'csConversionPct').fill('40');
    await field(page, 'csCoverage').selectOption('peak-only');
    await field(page, 'csPeak1From').fill('2026年6月1日');
    await field(page, 'csPeak1To').fill('2026年6月20日');
    await field(page, 'csPeak2From').fill('2026年10月20日');
    await field(page, 'csPeak2To').fill('2026年11月12日');
    await expect(page.locator('[data-store-status]')).toContainText('已保存');
    await expect(page.locator('[data-clause="c-store-setup-timeline"]')).toBeHidden();

    const pdf = await printedText(page, testInfo, 'wang');
    expect(pdf.flat).toContain('合同检查清单·甲方：王氏食品有限公司·乙方：上海乙电子商务有限公司');
    // Every bracket of 乙's offer, with its minimum and cap.
    expect(pdf.flat).toContain('不超过300,000元的部分3%；300,000元至500,000元的部分5%；超过500,000元的部分7%');
    expect(pdf.flat).toContain('每月费用合计不低于最低服务费15,000元、不高于40,000元');
    expect(pdf.flat).toContain('月度推广预算为100,000元');
    // What he keeps is left out, and the note says which clauses.
    expect(pdf.flat).toContain('这些模块由你自己负责，只和它们有关的条款没有列出：');
    expect(pdf.flat).toContain('店铺基础搭建：开店与装修的时间表和交付物');
    expect(pdf.flat).not.toContain('服务范围包含店铺搭建的');
    expect(pdf.flat).toContain('本合同为半托管合作。乙方只负责附件所列环节');
    expect(pdf.flat).toContain('乙方应在合作第3个月结束时，使店铺的推广投入产出比（ROI）达到3倍');
    expect(pdf.flat).toContain('乙方应每周向甲方提交运营报告');
    // The customer-service clauses he asked for: numbers to check, and only in the peak windows.
    expect(pdf.flat).toContain('首次响应时间平均不超过30秒，询单转化率不低于40%');
    expect(pdf.flat).toContain('2026-06-01至2026-06-20');
    expect(pdf.flat).toContain('2026-10-20至2026-11-12');
    // His red flag from the scorecard, with his note, before the clauses.
    const flags = pdf.flat.slice(0, pdf.flat.indexOf('合同里应当写明的条款'));
    expect(flags).toContain(note);
    expect(pdf.text).not.toMatch(/\{[A-Za-z]+\}/);
  });

  test('Sophie: a French skincare brand on Tmall Global compares three TPs in English and prints a bilingual checklist', async ({
    page,
  }, testInfo) => {
    // Scope: first online store, cosmetics, Tmall Global, a brand owned outside mainland China.
    await page.goto('/en/tools/scope/');
    await page.getByLabel('None: this is our first online store').check();
    for (const id of scopeModules) await page.locator(`input[name="inHouse.${id}"][value="none"]`).check();
    await page.getByLabel('What category do you sell?').selectOption('cosmetics');
    await page.getByLabel('Tmall Global (cross-border)').check();
    await page.getByLabel(/The brand owner is a company outside mainland China/).check();
    await expect(page.locator('[data-custody-name]')).toHaveText('Fully managed (全托管)');
    await expect(page.locator('[data-store-status]')).toContainText('Saved');

    // Fees: three TP proposals at ¥500,000 a month of sales, 10 % refunded (the default).
    await page.goto('/en/tools/fees/');
    await typeInto(page, '#fee-gmv', '500000');
    await page.locator('#fee-base').fill('30000');
    await page.locator('#fee-rate').fill('5');
    await page.locator('#fee-bcname').fill('Bright TP');
    await page.locator('#fee-fixed').fill('50000');
    await page.locator('#fee-fixedname').fill('Lotus TP');
    await page.locator('#fee-pure').fill('20');
    await page.locator('#fee-purename').fill('Harbour TP');
    await page.getByLabel('Compare').nth(3).uncheck();
    // Commission on sales net of refunds, ¥450,000: Bright 30,000 + 5 % × 450,000 = 52,500;
    // Lotus 50,000; Harbour 20 % × 450,000 = 90,000. Bright meets Lotus where 20,000 = 5 % × 90 % × sales:
    // sales = 20,000 / 0.045 = 444,444.444…; the page gives the first whole fen from which Lotus is the
    // cheaper one (src/lib/fees/breakEven.ts): ¥444,444.45.
    await expect(agencyCost(page, 'base-commission')).toHaveAttribute('data-value', '52500');
    await expect(agencyCost(page, 'fixed')).toHaveAttribute('data-value', '50000');
    await expect(agencyCost(page, 'commission')).toHaveAttribute('data-value', '90000');
    await expect(page.locator('[data-result="break-even"]')).toHaveAttribute('data-value', '444444.45');
    await expectSaved(page);

    // Scorecard: Bright could not say how its Tmall Global model works; she notes it.
    await page.goto('/en/tools/vetting/');
    const catalogue = await readCatalogue(page);
    await fillAgency(page, catalogue, { name: 'Lotus TP', knockouts: 'yes', score: 3 });
    await fillAgency(page, catalogue, { name: 'Harbour TP', knockouts: 'yes', score: 2 });
    await fillAgency(page, catalogue, {
      name: 'Bright TP',
      knockouts: 'yes',
      score: 4,
      flags: ['rf-tmallglobal-vague'],
    });
    const note = 'Could not say who holds the Tmall Global store or who pays the deposit';
    await item(page, 'rf-tmallglobal-vague').locator('[data-field="flag-note"]').fill(note);
    await expectSaved(page);

    // Case file: Bright's names in both languages; its offer (named alike) is already linked.
    await page.goto('/en/tools/case/');
    const bright = caseCard(page, 'Bright TP');
    await expect(bright.getByRole('checkbox', { name: /Base fee \+ commission/ })).toBeChecked();
    await bright.getByLabel('Chinese legal name (as on the business licence)').fill('上海明亮电子商务有限公司');
    await bright.getByLabel('English name').fill('Shanghai Bright TP Co., Ltd.');
    await bright.getByRole('radio', { name: 'I mean to sign with this agency' }).check();
    await expect(page.locator('[data-store-status]')).toContainText('Saved');

    // Contract: both languages side by side, as the scope answers suggest for a foreign brand.
    await page.getByRole('link', { name: 'Next: the contract checklist →' }).click();
    await expect(page).toHaveURL(/\/en\/tools\/contract\/$/);
    await expect(field(page, 'output')).toHaveValue('both');
    await expect(field(page, 'tmallGlobal')).toHaveValue('yes');
    await expect(field(page, 'feeModel')).toHaveValue('base-commission');
    await field(page, 'merchantNameEn').fill('Maison Lumière SAS');
    await field(page, 'draftDate').fill('30 Nov 2026');
    await expect(page.locator('[data-store-status]')).toContainText('Saved');
    const pdf = await printedText(page, testInfo, 'sophie');
    const left = pdfText(pdf.file, { x: 0, width: 252 }).replace(/\s+/g, '');
    const right = pdfText(pdf.file, { x: 254, width: 341 }).replace(/\s+/g, ' ');
    // The head names the agency by its Chinese legal name and its English name; her brand has no Chinese name.
    await expect(page.locator('[data-meta="agencyName"]')).toHaveText(
      '上海明亮电子商务有限公司 / Shanghai Bright TP Co., Ltd.',
    );
    expect(pdf.flat).toContain('上海明亮电子商务有限公司/ShanghaiBrightTPCo.,Ltd.');
    expect(pdf.words).toContain('甲方 / Merchant: Maison Lumière SAS');
    expect(pdf.words).toContain('日期 / Date: 2026-11-30');
    // Side by side: the Chinese column calls the parties 甲方 and 乙方, the English one uses her English names.
    expect(left).toContain('甲方每月向乙方支付基础服务费30,000元，另按当月扣除退款后的成交额的5%支付销售提成');
    expect(right).toContain(
      "Maison Lumière SAS pays Shanghai Bright TP Co., Ltd. a monthly base fee of ¥30,000, plus a commission of 5% of the month's GMV net of refunds",
    );
    expect(right).not.toContain('支付基础服务费');
    expect(left).not.toContain('monthlybasefee');
    // Her red flag, with her note, in both columns, before the clauses.
    const flags = (column: string) =>
      column.slice(0, column.search(/合同里应当写明的条款|What the contract should say/));
    expect(flags(left)).toContain('TP说不清入驻模式和费用归属');
    expect(flags(left)).toContain(`你在评分表里对这家公司的记录：${note.replace(/\s+/g, '')}`);
    expect(flags(right)).toContain(`What you recorded about this agency in the scorecard: ${note}`);
    // Tmall Global and cosmetics from the scope chooser.
    expect(pdf.words).toContain('Tmall Global deposit: who pays, who tops up, who gets it back');
    expect(pdf.words).toContain('Special categories: who supplies qualifications, who reviews copy');
    expect(pdf.words).toContain('A bilingual contract with a governing version');
    expect(pdf.pages).toBeLessThanOrEqual(18);
    expect(pdf.text).not.toMatch(/\{[A-Za-z]+\}/);
  });
});
