import type { Page } from '@playwright/test';

/** Replaces a field's text the way a person does: select all, type. */
export async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  const field = page.locator(selector);
  await field.fill('');
  await field.pressSequentially(value);
}

export const scopeModules = ['store-setup', 'traffic', 'operations', 'customer-service', 'data', 'brand'];

/** Scope chooser, 陈女士: no experience, a designer (store setup: partly), ¥30,000 a month, a general category, launching. */
export async function answerScopeAsChen(page: Page): Promise<void> {
  await page.locator('input[name="experience"][value="none"]').check();
  for (const id of scopeModules) {
    await page.locator(`input[name="inHouse.${id}"][value="${id === 'store-setup' ? 'partly' : 'none'}"]`).check();
  }
  await page.locator('input[name="budget"]').fill('3万');
  await page.locator('select[name="category"]').selectOption('general');
  await page.locator('input[name="goal"][value="launch"]').check();
  await page.locator('input[name="platform"][value="tmall"]').check();
}

/** A contract form field by name. */
export const contractField = (page: Page, name: string) => page.locator(`[name="${name}"]`);

/** Contract checklist, 陈女士 and agency B: commission only, a GMV guarantee with no written refund, early exit forfeits everything. */
export async function fillContractAsChen(page: Page): Promise<void> {
  const field = (name: string) => contractField(page, name);
  await field('merchantName').fill('陈氏家纺有限公司');
  await field('agencyName').fill('乙方网络科技');
  // Typed the way a Chinese keyboard gives it; printed as 2026-11-30.
  await field('draftDate').fill('2026年11月30日');
  await field('draftVersion').fill('v2');
  await field('custody').selectOption('full');
  await field('feeModel').selectOption('commission');
  await field('commissionRatePct').fill('18');
  await field('commissionBase').selectOption('net');
  await field('capFeeFen').fill('8万');
  await field('kpiMetric').selectOption('gmv');
  await field('kpiTarget').fill('100万');
  await field('kpiPeriodMonths').fill('6');
  await field('guarantee').selectOption('yes');
  await field('refundDays').fill('15');
  await field('backOfficeAccess').selectOption('no');
  await field('offer.forfeitOnExit').check();
  await field('termMonths').fill('12');
  await field('noticeDays').fill('30');
  await field('handoverDays').fill('15');
  await field('reportCadence').selectOption('weekly');
}
