import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, pdfText, printedText, test } from './fixtures';
import { contractField, feesEnvelope, fillContractAsChen } from './tool-helpers';

const field = contractField;
const clause = (page: Page, id: string) => page.locator(`[data-clause="${id}"]`);
const fillAsChen = fillContractAsChen;
/** The checklist's answers saved in schema version 1 (custody half; the page migrates them). */
const savedV1 = readFileSync(new URL('../fixtures/saved/contract-v1.json', import.meta.url), 'utf8');

test.describe('contract checklist', () => {
  // A long form and ~50 clauses on a busy machine (axe over the checklist's states runs in a11y.spec.ts).
  test.describe.configure({ timeout: 150_000 });

  test('scope → contract: a foreign brand’s scope answers arrive, and the checklist is bilingual', async ({ page }) => {
    await page.goto('/en/tools/scope/');
    await page.getByLabel('None: this is our first online store').check();
    for (const id of ['store-setup', 'traffic', 'operations', 'customer-service', 'data', 'brand']) {
      await page.locator(`input[name="inHouse.${id}"][value="none"]`).check();
    }
    await page.getByLabel('What category do you sell?').selectOption('cosmetics');
    await page.getByLabel('Tmall Global (cross-border)').check();
    await page.getByLabel(/The brand owner is a company outside mainland China/).check();
    await page.locator('select[name="owner.paid-ads"]').selectOption('shared');
    await expect(page.locator('[data-store-status]')).toContainText('Saved');
    await page.getByRole('link', { name: 'Next: make the contract checklist →' }).click();

    await expect(page).toHaveURL(/\/en\/tools\/contract\/$/);
    await expect(page.locator('[data-store-notice]')).toContainText('filled in from what you saved');
    await expect(field(page, 'custody')).toHaveValue('full');
    await expect(field(page, 'specialCategory')).toHaveValue('yes');
    await expect(field(page, 'tmallGlobal')).toHaveValue('yes');
    await expect(field(page, 'foreignBrand')).toHaveValue('yes');
    await expect(field(page, 'output')).toHaveValue('both');
    for (const id of [
      'c-tmallglobal-deposit',
      'c-tmallglobal-model',
      'c-special-category',
      'c-foreign-brand-licence',
      'c-bilingual',
    ]) {
      await expect(clause(page, id)).toBeVisible();
    }
    await expect(clause(page, 'c-scope-full-custody')).toBeVisible();
    await expect(clause(page, 'c-scope-half-custody')).toBeHidden();
    await expect(page.locator('[data-annex-service="paid-ads"] [data-owner-value]')).toHaveText('双方Shared');
    await expect(page.locator('[data-annex-service="store-design"] [data-owner-value]')).toHaveText('乙方Agency');
    await expect(page.locator('[data-annex-service="store-design"] [data-owner-blank]')).toBeHidden();

    // Side by side: the two languages of a clause share a row at desktop width.
    const body = clause(page, 'c-term').locator('.clause-body');
    const [zh, en] = [body.locator('[data-lang="zh"]'), body.locator('[data-lang="en"]')];
    await expect(zh).toBeVisible();
    await expect(en).toBeVisible();
    const [zhBox, enBox] = [await zh.boundingBox(), await en.boundingBox()];
    expect(zhBox && enBox && Math.abs(zhBox.y - enBox.y) < 2 && enBox.x > zhBox.x + 100).toBe(true);
  });

  test('the fee calculator’s saved offers appear in the contract, and another offer can be brought in', async ({
    page,
  }) => {
    await page.addInitScript((envelope) => {
      localStorage.setItem('tmall-agency-guide:v1:fees', JSON.stringify(envelope));
    }, feesEnvelope);
    await page.goto('/tools/contract/');
    await expect(page.locator('[data-source-scope]')).toBeHidden();
    await expect(page.locator('[data-source-fees]')).toBeVisible();
    await expect(field(page, 'feeModel')).toHaveValue('base-commission');
    await expect(field(page, 'baseFeeFen')).toHaveValue('15000');
    await expect(field(page, 'commissionRatePct')).toHaveValue('6');
    await expect(field(page, 'commissionBase')).toHaveValue('net');
    await expect(field(page, 'adBudgetFen')).toHaveValue('20000');
    await expect(clause(page, 'c-fee-base-commission')).toContainText(
      '甲方每月向乙方支付基础服务费15,000元，另按当月扣除退款后的成交额的6%支付销售提成',
    );
    await expect(clause(page, 'c-ad-account-spend')).toContainText('月度推广预算为20,000元');
    await expect(clause(page, 'c-fee-commission-only')).toBeHidden();

    const offers = page.getByLabel('费用计算器里的报价');
    await expect(offers.locator('option:not([hidden])')).toHaveText([
      '基础服务费 + 提成 · A 公司',
      '纯提成（无基础服务费） · B 公司',
    ]);
    await offers.selectOption('commission');
    await page.getByRole('button', { name: '带入这个报价' }).click();
    await expect(field(page, 'feeModel')).toHaveValue('commission');
    await expect(clause(page, 'c-fee-commission-only')).toContainText('按当月扣除退款后的成交额的18%收取提成');
    await expect(page.locator('[data-flag="rf-zero-service-fee"]')).toBeVisible();
    // The checklist only reads the calculator's data.
    expect(await page.evaluate(() => localStorage.getItem('tmall-agency-guide:v1:fees'))).toBe(
      JSON.stringify(feesEnvelope),
    );
  });

  test('a first visit shows the same checklist as a full render of the untouched form, with today’s date', async ({
    page,
  }) => {
    // On a first visit the script trusts the checklist the build wrote and sets only the date and the
    // fields that wait for another answer. A full render of the same answers must leave the same page.
    await page.goto('/tools/contract/');
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    await expect(page.locator('[data-meta="draftDate"]')).toHaveText(today);
    await expect(page.locator('[data-when="storeHolder=other"]')).toBeHidden();
    const snapshot = () =>
      page.evaluate(() => {
        const form = document.querySelector('[data-contract-form]');
        const hidden = [...(form?.querySelectorAll('[data-when]') ?? [])].map(
          (wrapper) => (wrapper as HTMLElement).hidden,
        );
        return { checklist: document.querySelector('[data-checklist]')?.outerHTML ?? '', hidden };
      });
    const first = await snapshot();
    const name = field(page, 'merchantNameZh');
    const merchant = page.locator('[data-meta="merchantName"]');
    await name.fill('x');
    await expect(merchant).toHaveText('x');
    await name.fill('');
    await expect(merchant).toHaveText('______');
    expect(await snapshot()).toEqual(first);
  });

  test('red flags found in the answers come first, the most serious first', async ({ page }) => {
    await page.goto('/tools/contract/');
    await expect(page.locator('[data-no-flags]')).toBeVisible();
    await fillAsChen(page);
    const flags = page.locator('[data-flag]:not([hidden])');
    await expect(flags).toHaveCount(4);
    expect(await flags.evaluateAll((items) => items.map((item) => item.getAttribute('data-flag')))).toEqual([
      'rf-guaranteed-sales',
      'rf-agency-controls-account',
      'rf-forfeit-all-fees',
      'rf-zero-service-fee',
    ]);
    await expect(flags.first()).toContainText('你说代运营承诺了业绩，但退款金额或退款期限还没有写下来。');
    await field(page, 'refundAmountFen').fill('84000');
    await expect(page.locator('[data-flag="rf-guaranteed-sales"]')).toBeHidden();
  });

  test('prints A4 with the filled-in values in Chinese: header, page numbers, red flags first', async ({
    page,
  }, testInfo) => {
    await page.goto('/tools/contract/');
    await fillAsChen(page);
    await field(page, 'refundAmountFen').fill('84000');
    await page.locator('[data-tick="c-term"]').check();
    const pdf = await printedText(page, testInfo, 'contract-zh');
    expect(pdf.pageSize).toContain('(A4)');
    expect(pdf.flat).toContain('合同检查清单·甲方：陈氏家纺有限公司·乙方：杭州乙方网络科技有限公司');
    expect(pdf.flat).toContain('日期：2026-11-30·版本：v2');
    expect(pdf.words).toMatch(new RegExp(`1 / ${pdf.pages}`));
    expect(pdf.flat).toContain('甲方签字缩写________乙方签字缩写________');
    expect(pdf.flat).toContain('合作第6个月结束时，使店铺的月成交额（GMV）达到1,000,000元');
    // The Chinese text names the parties at the head and calls them 甲方 and 乙方 from then on.
    expect(pdf.flat).toContain('乙方应在收到甲方书面通知后15日内退还84,000元');
    expect(pdf.flat).toContain('按当月扣除退款后的成交额的18%收取提成，每月提成最高不超过80,000元');
    expect(pdf.flat).toContain('任何一方均可提前30天书面通知对方解除合同');
    // Page 1 sums up the deal before the clauses: fee, KPI, refund, term, notice, handover.
    const first = pdf.pageFlat(1);
    expect(first.indexOf('关键条款一览')).toBeLessThan(first.indexOf('先看这些危险信号'));
    for (const line of [
      '收费按扣除退款后的成交额的18%提成，每月最高80,000元',
      '考核指标月成交额（GMV）达到1,000,000元，合作第6个月结束时考核',
      '未达标退款84,000元，15日内退还',
      '期限12个月，期满不自动续约',
      '解约通知提前30天书面通知',
      '交接解约后15天内完成',
    ]) {
      expect(first).toContain(line);
    }
    expect(pdf.pages).toBeLessThanOrEqual(11);
    expect(pdf.flat.indexOf('先看这些危险信号')).toBeLessThan(pdf.flat.indexOf('合同里应当写明的条款'));
    expect(pdf.flat.indexOf('提前解约，已付费用一律不退')).toBeLessThan(pdf.flat.indexOf('合同里应当写明的条款'));
    expect(pdf.text).not.toMatch(/\{[A-Za-z]+\}/);
    expect(pdf.words).not.toContain('Either party may terminate');
    // Only the checklist is printed: not the form, not the page's own introduction.
    expect(pdf.flat).not.toContain('双方与草稿');
    expect(pdf.flat).not.toContain('拿到代运营的合同草稿后');
  });

  test('prints in English, and in both languages side by side', async ({ page }, testInfo) => {
    await page.goto('/en/tools/contract/');
    await fillAsChen(page);
    await field(page, 'merchantNameEn').fill('Chen Home Textiles Ltd');
    await field(page, 'agencyNameEn').fill('Agency B');
    const en = await printedText(page, testInfo, 'contract-en');
    // The English printout's header names each party by its English name.
    expect(en.words).toContain('Contract checklist · Merchant: Chen Home Textiles Ltd · Agency: Agency B');
    expect(en.words).toContain("By the end of month 6, Agency B brings the store's monthly GMV to ¥1,000,000");
    expect(en.words).toContain("commission is 18% of the month's GMV net of refunds, capped at ¥80,000 per month");
    expect(en.words).toContain('This contract runs for 12 months from signature');
    expect(en.flat).not.toContain('本合同期限为');

    await field(page, 'output').selectOption('both');
    // The bilingual layout must not reveal red flags the answers did not raise.
    await expect(page.locator('[data-flag]:visible')).toHaveCount(4);
    const both = await printedText(page, testInfo, 'contract-both');
    expect(both.flat).not.toContain('要求一次性预付全年费用');
    expect(both.words).toContain('合同检查清单 / Contract checklist · 甲方 / Merchant: Chen Home Textiles Ltd');
    // Side by side on paper: Chinese in the left half of the page, English in the right half.
    // English runs longer than Chinese: the columns are 2 : 3, English from about 255 pt.
    const left = pdfText(both.file, { x: 0, width: 252 }).replace(/\s+/g, '');
    const right = pdfText(both.file, { x: 254, width: 341 }).replace(/\s+/g, ' ');
    expect(left).toContain('本合同期限为12个月');
    expect(left).toContain('合作第6个月结束时，使店铺的月成交额（GMV）达到1,000,000元');
    expect(right).toContain('This contract runs for 12 months from signature');
    expect(right).toContain("By the end of month 6, Agency B brings the store's monthly GMV to ¥1,000,000");
    expect(right).not.toContain('本合同期限为');
    expect(both.pages).toBeGreaterThan(en.pages);
    // Issue 21: the bilingual print was 27 pages, many half empty (a clause never broke across pages).
    expect(both.pages).toBeLessThanOrEqual(18);
    expect(en.pages).toBeLessThanOrEqual(13);
    // The key terms come first, in both languages.
    expect(both.pageFlat(1)).toContain('关键条款一览/Keytermsataglance');
    expect(both.pageFlat(1)).toContain('按扣除退款后的成交额的18%提成，每月最高80,000元');
    expect(both.pageFlat(1)).toContain('18%ofGMVnetofrefunds,atmost¥80,000amonth');
  });

  test('bad input at every field gets a message there, is not saved, and never reaches the printout', async ({
    page,
  }, testInfo) => {
    await page.goto('/tools/contract/');
    await field(page, 'termMonths').fill('12');
    await expect(page.locator('[data-store-status]')).toContainText('已保存');
    const bad: [string, string][] = [
      ['merchantNameZh', 'x'.repeat(81)],
      ['draftDate', '2026-02-30'],
      ['baseFeeFen', '一万五'],
      ['commissionRatePct', '120'],
      ['kpiTarget', 'lots'],
      ['kpiPeriodMonths', '0'],
      ['refundDays', '2.5'],
      ['responseDays', '99'],
      ['termMonths', '999'],
      ['noticeDays', '-1'],
      ['handoverDays', 'soon'],
      ['depositFen', '1.234'],
    ];
    for (const [name, value] of bad) await field(page, name).fill(value);
    for (const [name] of bad) {
      const input = field(page, name);
      await expect(input, name).toHaveAttribute('aria-invalid', 'true');
      const error = page.locator(`#contract-${name}-error`);
      await expect(error, name).toBeVisible();
      await expect(input, name).toHaveAttribute('aria-describedby', new RegExp(`contract-${name}-error`));
    }
    await expect(page.locator('[data-store-status]')).toHaveText('未保存');
    await page.getByRole('button', { name: '打印清单（A4）' }).click();
    await expect(page.locator('[data-print-problem]')).toContainText('有字段需要修改');
    await expect(field(page, 'merchantNameZh')).toBeFocused();

    const pdf = await printedText(page, testInfo, 'contract-invalid');
    expect(pdf.flat).toContain('本合同期限为______个月');
    expect(pdf.flat).not.toContain('999');
    expect(pdf.flat).not.toContain('xxxxxxxxxx');
    expect(pdf.flat).not.toContain('2026-02-30');

    await field(page, 'termMonths').fill('12');
    await expect(field(page, 'termMonths')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#contract-termMonths-error')).toBeHidden();
    await expect(clause(page, 'c-term')).toContainText('本合同期限为12个月');
  });

  test('commission after refunds is the default; an agency-favourable term the merchant keeps is a red flag', async ({
    page,
  }) => {
    await page.goto('/tools/contract/');
    await expect(field(page, 'commissionBase')).toHaveValue('net');
    await expect(clause(page, 'c-fee-commission-only')).toContainText('按当月扣除退款后的成交额的______%收取提成');
    await expect(page.locator('[data-no-flags]')).toBeVisible();

    await field(page, 'commissionBase').selectOption('gmv');
    await expect(page.locator('[data-flag="rf-commission-on-gross"]')).toBeVisible();
    await expect(page.locator('[data-no-flags]')).toBeHidden();
    await expect(clause(page, 'c-fee-commission-only')).toContainText('按当月成交额（含之后退款的订单）的');
    await expect(page.locator('.checklist-summary')).toContainText('成交额（含之后退款的订单）');

    await field(page, 'noticeDays').fill('90');
    await expect(page.locator('[data-flag="rf-long-notice"]')).toContainText('你填的解约通知期超过30天。');
    await field(page, 'noticeDays').fill('30');
    await expect(page.locator('[data-flag="rf-long-notice"]')).toBeHidden();
    await field(page, 'offer.autoRenewal').check();
    await expect(page.locator('[data-flag="rf-auto-renewal"]')).toBeVisible();
    await field(page, 'offer.noHandover').check();
    const handover = page.locator('[data-flag="rf-handover-refusal"]');
    await expect(handover).toBeVisible();
    // Only the answer given is named (the flag's other answer, design files owned by the agency, is not).
    const answers = handover.locator('[data-reason]:visible');
    await expect(answers).toHaveCount(1);
    await expect(answers).toContainText('你说草稿没有写明合作结束时交还数据、文件和账号。');
    // 保底 is a sales guarantee; a minimum fee is called 最低服务费.
    await expect(page.locator('label[for="contract-minFeeFen"]')).toHaveText('每月最低服务费');
  });

  test('the fee calculator’s commission on all sales arrives flagged, never as "no red flags"', async ({ page }) => {
    const gross = { ...feesEnvelope, data: { ...feesEnvelope.data, commissionOn: 'gmv' } };
    await page.addInitScript((envelope) => {
      localStorage.setItem('tmall-agency-guide:v1:fees', JSON.stringify(envelope));
    }, gross);
    await page.goto('/tools/contract/');
    await expect(field(page, 'commissionBase')).toHaveValue('gmv');
    await expect(page.locator('[data-flag="rf-commission-on-gross"]')).toBeVisible();
    await expect(page.locator('[data-no-flags]')).toBeHidden();
    await expect(clause(page, 'c-fee-base-commission')).toContainText(
      '另按当月成交额（含之后退款的订单）的6%支付销售提成',
    );
  });

  test('half custody: what the merchant keeps is left out with a note; outsourced customer service gets its KPIs and peak windows', async ({
    browser,
  }, testInfo) => {
    const open = async (owners: Record<string, string>) => {
      const page = await browser.newPage();
      await page.addInitScript(
        ([text, matrix]) => {
          const saved = JSON.parse(text) as { data: Record<string, unknown> };
          saved.data['owners'] = matrix;
          localStorage.setItem('tmall-agency-guide:v1:contract', JSON.stringify(saved));
        },
        [savedV1, owners] as const,
      );
      await page.goto('/en/tools/contract/');
      return page;
    };
    const keeps = { onboarding: 'merchant', 'store-design': 'merchant', 'product-listing': 'merchant' };
    const cs = ['presale-service', 'aftersale-service', 'membership'];
    const kept = await open({ ...keeps, ...Object.fromEntries(cs.map((id) => [id, 'merchant'])) });
    for (const id of ['c-store-setup-timeline', 'c-cs-standards', 'c-cs-kpi', 'c-cs-records', 'c-cs-peak-only']) {
      await expect(clause(kept, id), id).toBeHidden();
    }
    await expect(clause(kept, 'c-scope-half-custody')).toBeVisible();
    const note = kept.locator('[data-kept-note]');
    await expect(note).toContainText('You keep these modules yourself');
    await expect(note).toContainText('Store setup: Store setup timetable and deliverables');
    await expect(note).toContainText('Customer service: Customer-service standards and peak staffing');
    await expect(kept.locator('[data-kept-module="traffic"]')).toBeHidden();
    await expect(kept.getByRole('group', { name: 'If customer service is outsourced' })).toBeHidden();
    await kept.close();

    const outsourced = await open({ ...keeps, 'presale-service': 'agency', 'aftersale-service': 'agency' });
    await expect(clause(outsourced, 'c-store-setup-timeline')).toBeHidden();
    await expect(outsourced.locator('[data-kept-module="customer-service"]')).toBeHidden();
    await expect(outsourced.getByRole('group', { name: 'If customer service is outsourced' })).toBeVisible();
    await field(outsourced, 'csFirstReplySeconds').fill('30');
    await field(outsourced, 'csConversionPct').fill('40');
    await expect(clause(outsourced, 'c-cs-kpi')).toContainText(
      'the average first reply comes within 30 seconds and inquiry conversion is at least 40%',
    );
    await expect(field(outsourced, 'csPeak1From')).toBeHidden();
    await field(outsourced, 'csCoverage').selectOption('peak-only');
    await field(outsourced, 'csPeak1From').fill('1 Jun 2026');
    await field(outsourced, 'csPeak1To').fill('20/06/2026');
    await field(outsourced, 'csPeak2From').fill('20 Oct 2026');
    await field(outsourced, 'csPeak2To').fill('12 November 2026');
    const windows = '2026-06-01 to 2026-06-20 and 2026-10-20 to 2026-11-12';
    await expect(clause(outsourced, 'c-cs-peak-only')).toContainText(
      `only during these peak-season windows: ${windows}`,
    );
    await expect(clause(outsourced, 'c-cs-peak-only').locator('[data-condition]')).toBeHidden();
    await field(outsourced, 'output').selectOption('en');
    const pdf = await printedText(outsourced, testInfo, 'contract-half-custody');
    expect(pdf.flat).toContain('windows:2026-06-01to2026-06-20and2026-10-20to2026-11-12;');
    expect(pdf.flat).toContain('Storesetup:Storesetuptimetableanddeliverables');
    expect(pdf.flat).not.toContain('Wherethescopeincludesstoresetup');
    await outsourced.close();
  });

  test('dates as people type them; an ambiguous one is asked about, and a wrong one never prints as today', async ({
    page,
  }, testInfo) => {
    await page.goto('/en/tools/contract/');
    const date = field(page, 'draftDate');
    const shown = page.locator('[data-meta="draftDate"]');
    for (const typed of ['30 Nov 2026', '30 November 2026', '30/11/2026', '2026-11-30']) {
      await date.fill(typed);
      await expect(shown, typed).toHaveText('2026-11-30');
    }
    await date.fill('5/11/2026');
    await expect(page.locator('#contract-draftDate-error')).toContainText('Is that 2026-11-05 or 2026-05-11');
    await expect(shown).toHaveText('______');
    await date.fill('31/11/2026');
    await expect(page.locator('#contract-draftDate-error')).toContainText('Write it as 30 Nov 2026');
    await expect(shown).toHaveText('______');
    const pdf = await printedText(page, testInfo, 'contract-bad-date');
    expect(pdf.words).toContain('Date: ______ · Version: ______');
    await date.fill('5 Nov 2026');
    await expect(shown).toHaveText('2026-11-05');
    await expect(page.locator('[data-store-status]')).toContainText('Saved');
    await page.reload();
    await expect(date).toHaveValue('2026-11-05');
  });

  test('ticks and answers are kept after a reload, and export holds them', async ({ page }) => {
    await page.goto('/en/tools/contract/');
    await field(page, 'agencyNameEn').fill('Agency B');
    await page.locator('[data-tick="c-handover"]').check();
    await expect(page.locator('[data-store-status]')).toContainText('Saved');
    await page.reload();
    await expect(page.locator('[data-tick="c-handover"]')).toBeChecked();
    await expect(field(page, 'agencyNameEn')).toHaveValue('Agency B');
    await expect(clause(page, 'c-handover')).toContainText('Agency B hands over');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export file' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(execFileSync('cat', [file], { encoding: 'utf8' })) as {
      tool: string;
      data: { ticks: Record<string, boolean>; agencyNameEn: string };
    };
    expect(exported.tool).toBe('contract');
    expect(exported.data.ticks).toEqual({ 'c-handover': true });
    expect(exported.data.agencyNameEn).toBe('Agency B');
  });
});

test('with scripts off, the full default checklist prints with blanks', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/tools/contract/');
  // Playwright turns scripts off without telling the HTML parser, so <noscript> is not rendered here; check it is sent.
  expect(await response?.text()).toContain('表单需要 JavaScript 才能把你的答案填进清单');
  const clauses = page.locator('[data-clause]');
  const total = await clauses.count();
  expect(total).toBeGreaterThan(40);
  expect(await page.locator('[data-clause]:visible').count()).toBe(total);
  const pdf = await printedText(page, testInfo, 'contract-noscript');
  expect(pdf.pageSize).toContain('(A4)');
  expect(pdf.flat).toContain('合同检查清单·甲方：______·乙方：______');
  expect(pdf.words).toMatch(new RegExp(`1 / ${pdf.pages}`));
  expect(pdf.flat).toContain('本合同期限为______个月');
  expect(pdf.flat).toContain('仅当：全托管');
  expect(pdf.flat).toContain('仅当：代运营承诺业绩（保底）');
  expect(pdf.flat).toContain('乙方应在收到甲方书面通知后______日内退还______元');
  expect(pdf.text).not.toMatch(/\{[A-Za-z]+\}/);
  expect(pdf.flat).not.toContain('双方与草稿');
  await context.close();
});

// axe over the checklist's states (filled in, both languages, red flags, bad input; dark) runs in a11y.spec.ts.

test('filling in the checklist and its print header breaks no Content-Security-Policy rule', async ({ page }) => {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (event) => store.push(event.effectiveDirective));
  });
  await page.goto('/tools/contract/');
  await fillAsChen(page);
  await field(page, 'output').selectOption('both');
  // Printing fires `beforeprint`, which is when the page sets its running header.
  await page.pdf({ format: 'A4' });
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--contract-head-left')),
  ).toContain('陈氏家纺有限公司');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
