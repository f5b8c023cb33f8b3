import { expect, printedText, test } from './fixtures';
import { answerScopeAsChen, scopeModules } from './tool-helpers';

const modules = scopeModules;
const answerAsChen = answerScopeAsChen;

test.describe('scope chooser', () => {
  // Long forms on a busy machine (axe over the chooser's states runs in a11y.spec.ts).
  test.describe.configure({ timeout: 150_000 });

  test('asks first, then recommends full custody with reasons from the answers (zh)', async ({ page }) => {
    await page.goto('/tools/scope/');
    const result = page.locator('[data-result]');
    await expect(result).toContainText('回答上面关于经验和六个模块的问题后');

    await answerAsChen(page);
    await expect(page.locator('[data-custody-name]')).toHaveText('全托管');
    const reasons = page.locator('[data-reasons] li');
    await expect(reasons).toHaveCount(3);
    await expect(reasons.nth(0)).toContainText('你还没有电商经验');
    await expect(reasons.nth(1)).toContainText('流量获取与推广');
    await expect(reasons.nth(2)).toContainText('目标是开新店');
    await expect(page.locator('select[name="custodyChoice"] option[value=""]')).toHaveText('按建议（全托管）');
  });

  test('the matrix can be changed, marks changed rows, resets, and is restored after a reload', async ({ page }) => {
    await page.goto('/tools/scope/');
    await answerAsChen(page);
    const paidAds = page.locator('select[name="owner.paid-ads"]');
    await expect(paidAds).toHaveValue('agency');
    await paidAds.selectOption('shared');
    const row = page.locator('tr[data-service="paid-ads"]');
    await expect(row.locator('[data-changed]')).toBeVisible();
    await expect(page.locator('[data-store-status]')).toContainText('已保存');

    await page.reload();
    await expect(page.locator('select[name="owner.paid-ads"]')).toHaveValue('shared');
    await expect(page.locator('input[name="budget"]')).toHaveValue('30000');
    await expect(page.locator('[data-custody-name]')).toHaveText('全托管');

    // Choosing half custody moves the suggestion; the changed row keeps the user's choice.
    await page.locator('select[name="custodyChoice"]').selectOption('half');
    await expect(page.locator('select[name="owner.paid-ads"]')).toHaveValue('shared');
    await page.getByRole('button', { name: '恢复建议的分工' }).click();
    await expect(page.locator('select[name="owner.paid-ads"]')).toHaveValue('agency');
    await expect(row.locator('[data-changed]')).toBeHidden();
  });

  test('a budget that does not parse gets a message at the field and is not saved (en)', async ({ page }) => {
    await page.goto('/en/tools/scope/');
    const budget = page.getByLabel('Monthly budget for the agency (not counting ad spend)');
    await budget.fill('thirty thousand');
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    const error = page.locator('#scope-budget-error');
    await expect(error).toHaveText('Enter an amount in yuan, e.g. 15000, 15k or 1.5万.');
    await expect(budget).toHaveAttribute('aria-describedby', /scope-budget-error/);
    await expect(page.locator('[data-store-status]')).toHaveText('Not saved');
    await budget.fill('30,000');
    await expect(budget).not.toHaveAttribute('aria-invalid', 'true');
    await expect(error).toBeHidden();
  });

  test('a foreign skincare brand on Tmall Global gets reasons in English, and the page fits a phone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/tools/scope/');
    await page.getByLabel('None: this is our first online store').check();
    for (const id of modules) await page.locator(`input[name="inHouse.${id}"][value="none"]`).check();
    await page.getByLabel('What category do you sell?').selectOption('cosmetics');
    await page.getByLabel('Tmall Global (cross-border)').check();
    await page.getByLabel(/The brand owner is a company outside mainland China/).check();
    await expect(page.locator('[data-custody-name]')).toHaveText('Fully managed (全托管)');
    const reasons = page.locator('[data-reasons]');
    await expect(reasons).toContainText('Cosmetics need special qualifications');
    await expect(reasons).toContainText('usually run by a TP');
    await expect(reasons).toContainText('Chinese and English side by side');
    await expect(page.locator('select[name="owner.rule-compliance"]')).toHaveValue('shared');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('prints the answers from the first page on, with the recommendation and every row of the matrix', async ({
    page,
  }, testInfo) => {
    await page.goto('/tools/scope/');
    await answerAsChen(page);
    await expect(page.locator('[data-custody-name]')).toHaveText('全托管');
    const pdf = await printedText(page, testInfo, 'scope-zh');
    // The questions start under the title, not on a second page (the first section is taller than a page).
    expect(pdf.pageFlat(1)).toContain('你或你的团队有电商经验吗？');
    expect(pdf.pageFlat(1)).toContain('店铺基础搭建');
    expect(pdf.flat).toContain('建议的合作方式');
    expect(pdf.flat).toContain('全托管');
    for (const row of ['入驻与资质办理', '售前咨询', '定期复盘']) expect(pdf.flat).toContain(row);
  });
});
