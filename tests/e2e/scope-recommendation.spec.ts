import { expect, test } from './fixtures';

/**
 * The case from the walk-through, exactly as written: a team; ads and customer service "能做一部分",
 * everything else "能做好"; the goal 补短板; a food brand. The suggestion is single services, and
 * what its reasons name is what the matrix (and so the contract annex) shows.
 */
test('single services for two weak spots: the reasons and the matrix name the same modules', async ({ page }) => {
  await page.goto('/tools/scope/');
  await page.locator('input[name="experience"][value="team"]').check();
  const partly = ['traffic', 'customer-service'];
  for (const id of ['store-setup', 'traffic', 'operations', 'customer-service', 'data', 'brand']) {
    await page.locator(`input[name="inHouse.${id}"][value="${partly.includes(id) ? 'partly' : 'yes'}"]`).check();
  }
  await page.locator('select[name="category"]').selectOption('food');
  await page.locator('input[name="goal"][value="fix-weak-spot"]').check();

  await expect(page.locator('[data-custody-name]')).toHaveText('单项服务');
  const reasons = page.locator('[data-reasons]');
  await expect(reasons).toContainText('只需为这些环节购买服务：流量获取与推广、客户服务');
  // The team keeps the qualification work, and the reason says so rather than calling it shared.
  await expect(reasons).toContainText('你的团队负责入驻资质和规则合规');
  await expect(reasons).not.toContainText('建议双方共同负责');

  const owner = (service: string) => page.locator(`select[name="owner.${service}"]`);
  for (const service of ['paid-ads', 'content-marketing', 'campaigns', 'presale-service', 'aftersale-service'])
    await expect(owner(service)).toHaveValue('shared');
  for (const service of ['onboarding', 'rule-compliance', 'store-design', 'periodic-review'])
    await expect(owner(service)).toHaveValue('merchant');
});
