/**
 * The exit and handover planner: dates worked out by hand around National Day 2026 and Spring
 * Festival 2027, saved work across a reload and a second tab, refusals that lose nothing, the printed
 * checklist, and axe in each state, in both languages.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, printedText, test } from './fixtures';
import { importFile } from './vetting-helpers';

const row = (page: Page, id: string) => page.locator(`tr[data-item="${id}"]`);
const due = (page: Page, id: string) => row(page, id).locator('[data-due]');
const status = (page: Page) => page.locator('[data-store-status]');
const notice = (page: Page) => page.locator('[data-store-notice]');
const storedExit = (page: Page) => page.evaluate(() => localStorage.getItem('tmall-agency-guide:v1:exit'));

/** Notice on Tuesday 1 September 2026 with 30 days: the period ends on 1 October, National Day. */
async function planAroundNationalDay(page: Page) {
  await page.goto('/tools/exit/');
  await page.getByLabel('你书面发出解约通知的日期').fill('2026-09-01');
  await page.getByLabel('合同约定的通知期').fill('30');
  await expect(status(page)).toContainText('已保存在本机浏览器');
}

test.describe('exit planner', () => {
  test.describe.configure({ timeout: 150_000 });

  test('moves a handover day on National Day to 8 October and dates each item in working days (zh)', async ({
    page,
  }) => {
    await page.goto('/tools/exit/');
    // The untouched page is in the sitemap sweep's axe run (site.spec.ts); the planned states are checked below.
    await expect(page.locator('[data-plan-missing]')).toBeVisible();
    await planAroundNationalDay(page);
    const summary = page.locator('[data-plan-summary]');
    await expect(summary).toContainText('交接日：2026年10月8日周四');
    await expect(summary).toContainText('共 22 个工作日');
    await expect(summary).toContainText('通知日加 30 天是 2026年10月1日周四，那天是国庆节假期');
    // Counted back over National Day and the Mid-Autumn weekend (25–27 Sep), with Sunday 20 Sep a workday.
    await expect(due(page, 'h-service-cases')).toHaveText('2026年9月29日周二');
    await expect(due(page, 'h-ad-accounts')).toHaveText('2026年9月23日周三');
    await expect(due(page, 'h-design-files')).toHaveText('2026年9月17日周四');
    // Forward from 8 Oct over Saturday 10 Oct, a workday.
    await expect(due(page, 'h-customer-data')).toHaveText('2026年10月14日周三');
    const headings = page.locator('.exit-week th');
    await expect(headings.first()).toHaveText('第 1 周（2026年9月1日周二 至 2026年9月7日周一）');
    await expect(headings.last()).toHaveText('交接日之后');
    await expect(page.locator('[data-plan-warnings]')).toBeHidden();

    // A date set on the Mid-Autumn Saturday moves to Monday, and says so.
    await row(page, 'h-design-files').getByLabel('改期').fill('2026-09-26');
    await expect(due(page, 'h-design-files')).toHaveText('2026年9月28日周一');
    await expect(row(page, 'h-design-files').locator('[data-moved]')).toHaveText(
      '原定 2026年9月26日周六 是中秋节假期，顺延到这天。',
    );
    await row(page, 'h-main-account').getByLabel('负责方').selectOption('both');
    await expect(row(page, 'h-main-account').locator('[data-owner-changed]')).toBeVisible();
    await row(page, 'h-analytics-export').getByLabel('导出生意参谋和推广后台的历史数据').check();
    await row(page, 'h-analytics-export').getByLabel(/备注/).fill('已存到公司网盘 2026-08-30');
    await expect(summary).toContainText('已完成 1 / 15 项');
    await expect(status(page)).toContainText('已保存在本机浏览器');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.getByLabel('你书面发出解约通知的日期')).toHaveValue('2026-09-01');
    await expect(due(page, 'h-design-files')).toHaveText('2026年9月28日周一');
    await expect(row(page, 'h-main-account').getByLabel('负责方')).toHaveValue('both');
    await expect(row(page, 'h-analytics-export').getByRole('checkbox')).toBeChecked();
    await expect(row(page, 'h-analytics-export').getByLabel(/备注/)).toHaveValue('已存到公司网盘 2026-08-30');
  });

  test('a second tab’s change arrives, and a date that does not exist is refused and not saved', async ({
    page,
    context,
  }) => {
    await planAroundNationalDay(page);
    const other = await context.newPage();
    await other.goto('/tools/exit/');
    await expect(other.getByLabel('合同约定的通知期')).toHaveValue('30');
    await other.getByLabel('合同约定的通知期').fill('20');
    await expect(status(other)).toContainText('已保存在本机浏览器');
    // 1 Sep + 20 days = Monday 21 Sep, a working day: nothing moves.
    await expect(notice(page)).toContainText('已同步另一个标签页的修改');
    await expect(page.locator('[data-plan-summary]')).toContainText('交接日：2026年9月21日周一');
    await expect(page.getByLabel('合同约定的通知期')).toHaveValue('20');
    await other.close();

    const before = await storedExit(page);
    const date = page.getByLabel('你书面发出解约通知的日期');
    await date.fill('2026-02-30');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#exit-noticeDate-error')).toContainText('这一天不存在');
    await expect(status(page)).toContainText('未保存');
    const days = page.getByLabel('合同约定的通知期');
    await days.fill('-5');
    await expect(page.locator('#exit-noticeDays-error')).toHaveText('请输入 0 到 365 之间的整数。');
    await days.fill('5000');
    await expect(page.locator('#exit-noticeDays-error')).toHaveText('请输入 0 到 365 之间的整数。');
    expect(await axeViolations(page)).toEqual([]);
    expect(await storedExit(page)).toBe(before);
    await page.reload();
    await expect(date).toHaveValue('2026-09-01');
    await expect(days).toHaveValue('20');
  });

  test('refuses a broken file, changing nothing', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await planAroundNationalDay(page);
    const before = await storedExit(page);
    await importFile(page, 'exit.json', '{"app":"tmall-agency-guide","tool":"exit",');
    await expect(notice(page)).toContainText(/导入失败.当前内容没有改变/);
    await expect(page.getByLabel('你书面发出解约通知的日期')).toHaveValue('2026-09-01');
    await expect(due(page, 'h-ad-accounts')).toHaveText('2026年9月23日周三');
    expect(await storedExit(page)).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('prints an A4 checklist with every item, its owner and its date', async ({ page }, testInfo) => {
    await planAroundNationalDay(page);
    await row(page, 'h-sub-accounts').getByLabel(/备注/).fill('小王负责');
    const pdf = await printedText(page, testInfo, 'exit-zh');
    expect(pdf.pageSize).toContain('595.');
    expect(pdf.flat).toContain('交接清单');
    expect(pdf.flat).toContain('交接日：2026年10月8日周四');
    for (const text of ['书面发出解约通知', '退还你交给代运营的保证金', '2026年10月21日周三', '原代运营', '小王负责'])
      expect(pdf.flat).toContain(text);
    expect(pdf.flat).not.toContain('打印交接清单');
    expect(pdf.flat).not.toContain('留空按计划');
  });

  test('the print button asks for the dates first', async ({ page }) => {
    await page.goto('/tools/exit/');
    await page.getByRole('button', { name: '打印交接清单' }).click();
    await expect(page.locator('[data-print-problem]')).toHaveText('先填通知日期和通知期，才能排出日期再打印。');
    await expect(page.getByLabel('你书面发出解约通知的日期')).toBeFocused();
  });

  test('crosses Spring Festival 2027, says 2027 is provisional, and fits a phone (en)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/tools/exit/');
    await page.getByLabel('The day you give written notice').fill('6 Jan 2027');
    await page.getByLabel('Notice period in the contract').fill('30');
    const summary = page.locator('[data-plan-summary]');
    // 6 Jan + 30 days = Friday 5 Feb, New Year's Eve; the statutory days run to Monday 8 Feb.
    await expect(summary).toContainText('Handover day, when notice runs out: Tue, Feb 9, 2027.');
    await expect(summary).toContainText('is the Spring Festival holiday');
    await expect(page.locator('[data-plan-warnings]')).toContainText(
      'The State Council has not yet published its holiday schedule for 2027',
    );
    await expect(due(page, 'h-main-account')).toHaveText('Tue, Feb 9, 2027');
    await row(page, 'h-stock-orders').getByLabel('Change date').fill('2027-02-06');
    await expect(row(page, 'h-stock-orders').locator('[data-moved]')).toHaveText(
      'Planned for Sat, Feb 6, 2027, the Spring Festival holiday; moved to this day.',
    );
    expect(await axeViolations(page)).toEqual([]);
    // The same state in the dark theme: the warning, the moved date and the week headings keep their contrast.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(row(page, 'h-stock-orders').locator('[data-moved]')).toBeVisible();
    expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('takes the notice period from the saved contract checklist (en)', async ({ page }) => {
    const contract = readFileSync(new URL('../fixtures/saved/contract-v1.json', import.meta.url), 'utf8');
    await page.goto('/en/tools/exit/');
    await page.evaluate((text) => {
      localStorage.setItem('tmall-agency-guide:v1:contract', text);
    }, contract);
    await page.reload();
    await expect(page.getByLabel('Notice period in the contract')).toHaveValue('30');
    await expect(page.locator('[data-from-contract]')).toHaveText(
      'The notice period of 30 days comes from your saved contract checklist; you can change it.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
