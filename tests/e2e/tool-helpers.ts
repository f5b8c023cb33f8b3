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
  await field('merchantNameZh').fill('陈氏家纺有限公司');
  await field('agencyNameZh').fill('杭州乙方网络科技有限公司');
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

/** The fee calculator's saved state as version 1 wrote it (src/lib/fees/state.ts migrates it to version 2 on read). */
export const feesEnvelope = {
  app: 'tmall-agency-guide',
  tool: 'fees',
  schemaVersion: 1,
  savedAt: '2026-11-24T10:00:00.000Z',
  revision: 'seeded',
  data: {
    gmvFen: 20_000_000,
    refundPct: 0,
    commissionOn: 'net',
    marginPct: 40,
    adSpendFen: 2_000_000,
    adPayer: 'merchant',
    models: {
      'base-commission': { enabled: true, label: 'A 公司', baseFen: 1_500_000, ratePct: 6 },
      fixed: { enabled: false, label: '', feeFen: 3_000_000 },
      commission: { enabled: true, label: 'B 公司', ratePct: 18 },
      tiered: {
        enabled: false,
        label: '',
        brackets: [
          { upToFen: 30_000_000, ratePct: 5 },
          { upToFen: null, ratePct: 8 },
        ],
        minimumFen: null,
        capFen: null,
      },
    },
    platform: {
      commissionPct: 5,
      paymentPct: 1,
      annualFeeFen: 3_000_000,
      annualRefundThresholdFen: null,
      depositFen: 5_000_000,
      capitalCostPct: 4,
    },
    plan: { startMonth: 1, growthPct: 0, peak618: 1, peakDouble11: 1, peakNewYear: 1 },
  },
};
