import { readFileSync } from 'node:fs';
import { axeViolations, expect, printedText, test } from './fixtures';
import { typeInto } from './tool-helpers';
import type { Page } from '@playwright/test';

/** Figures worked out by hand in the comments; the link sets every one the issue names. */
const link = (figures: Record<string, string | number>, lang: 'zh' | 'en' = 'zh') =>
  `${lang === 'en' ? '/en' : ''}/tools/target/?${new URLSearchParams(
    Object.entries(figures).map(([key, value]) => [key, String(value)]),
  ).toString()}`;

const verdict = (page: Page) => page.locator('[data-result="verdict"]');
const spend = (page: Page) => page.locator('[data-result="implied-ad-spend"]');
const visitors = (page: Page) => page.locator('[data-result="required-visitors"]');

async function noAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test.describe('target check', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the example: a stretch, with the sentence for the meeting (zh)', async ({ page }) => {
    await page.goto('/tools/target/');
    // ¥3,000,000 / 12 = 250,000 a month; today 50,000 × 2 % × ¥150 = 150,000 → 1.67×;
    // 250,000 / (2 % × 150) = 83,333.3 → 83,334 visitors; ads 250,000 × 40 % / 3 = 33,333.33.
    await expect(verdict(page)).toHaveAttribute('data-value', 'stretch');
    await expect(spend(page)).toHaveAttribute('data-value', '33333.33');
    await expect(visitors(page)).toHaveAttribute('data-value', '83334');
    await expect(page.locator('[data-sentence]')).toHaveText(
      '这个目标平均每月需要 83,334 位访客（现在的 1.67倍），每月 ¥33,333 的广告费；你承诺的是每月 ¥30,000。',
    );
    await expect(page.locator('.target-example')).toContainText('示例数字');
    await expect(page.locator('[data-months] tbody tr')).toHaveCount(12);
    await noAxeViolations(page);
  });

  test('plausible: ¥1,200,000 a year on a store that sells ¥120,000 a month', async ({ page }) => {
    // 100,000 a month against 50,000 × 2 % × ¥120 = 120,000 today; ads 100,000 × 30 % / 4 = 7,500 ≤ 10,000;
    // visitors 100,000 / 2.4 = 41,666.7 → 41,667.
    await page.goto(
      link({ target: 1200000, months: 12, visitors: 50000, cr: 2, aov: 120, roi: 4, paid: 30, budget: 10000 }),
    );
    await expect(verdict(page)).toHaveAttribute('data-value', 'plausible');
    await expect(spend(page)).toHaveAttribute('data-value', '7500');
    await expect(visitors(page)).toHaveAttribute('data-value', '41667');
    await noAxeViolations(page);
  });

  test('implausible: the target needs conversion to more than triple', async ({ page }) => {
    // 450,000 a month; today 150,000; reach 150,000 × 80 % + 5,000 × 3 = 135,000 → conversion 2 % × 450/135 = 6.67 %.
    await page.goto(
      link({ target: 5400000, months: 12, visitors: 50000, cr: 2, aov: 150, roi: 3, paid: 20, budget: 5000 }),
    );
    await expect(verdict(page)).toHaveAttribute('data-value', 'implausible');
    await expect(spend(page)).toHaveAttribute('data-value', '30000');
    await expect(visitors(page)).toHaveAttribute('data-value', '150000');
    await expect(page.locator('[data-reasons] li[data-level="implausible"]').filter({ hasText: '6.67%' })).toHaveCount(
      1,
    );
    await noAxeViolations(page);
  });

  test('a stretch only with budget the merchant did not commit', async ({ page }) => {
    // 150,000 a month = today's sales; ads 150,000 × 60 % / 3 = 30,000 against 25,000 committed (1.2×).
    await page.goto(
      link({ target: 1800000, months: 12, visitors: 50000, cr: 2, aov: 150, roi: 3, paid: 60, budget: 25000 }),
    );
    await expect(verdict(page)).toHaveAttribute('data-value', 'stretch');
    await expect(spend(page)).toHaveAttribute('data-value', '30000');
    await expect(page.locator('[data-sentence]')).toContainText('每月 ¥30,000 的广告费；你承诺的是每月 ¥25,000');
    await expect(page.locator('[data-reasons]')).toContainText('1.2倍');
  });

  test('a new store with no history: the agency’s own assumptions fall short (en)', async ({ page }) => {
    // ¥1,000,000 / 6 = 166,666.67 a month; B's assumptions 40,000 × 2.5 % × ¥120 = 120,000;
    // ads 166,666.67 × 50 % / 2.5 = 33,333.33; visitors 166,666.67 / 3 = 55,555.6 → 55,556.
    await page.goto(
      link(
        {
          target: 1000000,
          months: 6,
          hist: 'none',
          visitors: 40000,
          cr: 2.5,
          aov: 120,
          roi: 2.5,
          paid: 50,
          budget: 20000,
        },
        'en',
      ),
    );
    await expect(verdict(page)).toHaveAttribute('data-value', 'implausible');
    await expect(spend(page)).toHaveAttribute('data-value', '33333.33');
    await expect(visitors(page)).toHaveAttribute('data-value', '55556');
    await expect(page.locator('[data-sentence]')).toHaveText(
      'On the agency’s own assumptions the store sells ¥120,000 a month, against a target of ¥166,667 in an average month; the target needs ¥33,333 a month of ads, and you have committed ¥20,000.',
    );
    await expect(page.locator('[data-months] tbody tr')).toHaveCount(6);
    await noAxeViolations(page);
  });

  test('sales peaks: Double 11 at 2× takes a bigger share, the average month is unchanged', async ({ page }) => {
    await page.goto('/tools/target/');
    await typeInto(page, '#target-x1111', '2');
    // Weights 11 × 1 + 2 = 13: November 3,000,000 × 2 / 13 = 461,538.46.
    const november = page.locator('[data-months] tbody tr').nth(10);
    await expect(november).toContainText('¥461,538.46');
    await expect(spend(page)).toHaveAttribute('data-value', '33333.33');
  });

  test('bad input: a message at the field, no verdict, nothing saved over good figures', async ({ page }) => {
    await page.goto('/tools/target/');
    await typeInto(page, '#target-budget', '20000');
    await expect(page.locator('[data-store-status]')).toContainText('已保存');
    await typeInto(page, '#target-cr', '0');
    await expect(page.locator('#target-cr-error')).toHaveText('不能是 0：这个数为 0 时目标无从算起。');
    await expect(page.locator('#target-cr')).toHaveAttribute('aria-invalid', 'true');
    await expect(verdict(page)).not.toHaveAttribute('data-value');
    await expect(page.locator('[data-results-body]')).toBeHidden();
    await expect(page.locator('[data-invalid]')).toBeVisible();
    await noAxeViolations(page);
    await typeInto(page, '#target-roi', '');
    // Neither an ROI nor a cost per click: the ads cannot be priced.
    await expect(page.locator('#target-roi-error')).toHaveText('请填写 ROI，或者下面的平均点击单价，至少一个。');
    await page.reload();
    await expect(page.locator('#target-cr')).toHaveValue('2');
    await expect(page.locator('#target-budget')).toHaveValue('20000');
    await expect(verdict(page)).toHaveAttribute('data-value', 'implausible');
  });

  test('returning buyers: 30 % of orders from repeat buyers turns a stretch into a plausible target', async ({
    page,
  }) => {
    // ¥1,800,000 / 12 = 150,000 a month = today (50,000 × 2 % × ¥150): growth 1×; visitors 150,000 / 3 = 50,000.
    // Without returning buyers: ads 150,000 × 60 % / 3 = 30,000 against 25,000 (1.2×, a stretch);
    // reach 150,000 × 40 % + 25,000 × 3 = 135,000 < 150,000 (1.11×, a stretch).
    const figures = { target: 1800000, months: 12, visitors: 50000, cr: 2, aov: 150, roi: 3, paid: 60, budget: 25000 };
    await page.goto(link(figures));
    await expect(verdict(page)).toHaveAttribute('data-value', 'stretch');
    await expect(spend(page)).toHaveAttribute('data-value', '30000');
    // With 30 % repeat: paid share 70 % × 60 % = 42 %; ads 150,000 × 42 % / 3 = 21,000 ≤ 25,000 (0.84×);
    // reach 150,000 × 58 % + 75,000 = 162,000 ≥ 150,000. Visitors needed are unchanged: buyers still visit.
    await page.goto(link({ ...figures, repeat: 30 }));
    await expect(verdict(page)).toHaveAttribute('data-value', 'plausible');
    await expect(spend(page)).toHaveAttribute('data-value', '21000');
    await expect(visitors(page)).toHaveAttribute('data-value', '50000');
    await expect(page.locator('#target-repeat')).toHaveValue('30');
    await expect(page.locator('main')).toContainText('复购的假设：老买家的订单占比保持现在的水平');
    await noAxeViolations(page);
  });

  test('cost per click: the ads priced by the click, and an ROI promise the clicks cannot give (en)', async ({
    page,
  }) => {
    // ¥150,000 a month; paid sales 150,000 × 60 % = 90,000 = 90,000 / (2 % × ¥150) = 30,000 paid visitors
    // × ¥1.50 = ¥45,000 of ads (1.125× the ¥40,000 committed). The clicks' ROI: 2 % × 150 / 1.5 = 2.
    // The promised ROI of 4 is 2× that: not realistic. (Priced at the promised ROI the ads would be only
    // 90,000 / 4 = 22,500 and the verdict plausible.)
    const figures = { target: 1800000, months: 12, visitors: 50000, cr: 2, aov: 150, paid: 60, budget: 40000 };
    await page.goto(link({ ...figures, roi: 4, cpc: 1.5 }, 'en'));
    await expect(spend(page)).toHaveAttribute('data-value', '45000');
    await expect(visitors(page)).toHaveAttribute('data-value', '50000');
    await expect(verdict(page)).toHaveAttribute('data-value', 'implausible');
    const roi = page.locator('[data-result="implied-roi"]');
    await expect(roi).toHaveAttribute('data-value', '2');
    await expect(roi).toHaveAttribute('data-level', 'implausible');
    await expect(roi).toContainText('an average month needs 30,000 paid visitors and ¥45,000 of ads');
    await expect(roi).toContainText('The agency promises an ROI of 4, but at ¥1.50 a click');
    await noAxeViolations(page);
    // The clicks alone, no promise: reach 150,000 × 40 % + 40,000 × 2 = 140,000 (1.07×) and 1.125× the
    // budget: a stretch. The link carries no ROI from the example.
    await page.goto(link({ ...figures, cpc: 1.5 }, 'en'));
    await expect(verdict(page)).toHaveAttribute('data-value', 'stretch');
    await expect(page.locator('#target-roi')).toHaveValue('');
    await expect(page.locator('[data-result="implied-roi"]')).toHaveAttribute('data-level', 'plausible');
    // A cost per click of 0 is refused at its field.
    await typeInto(page, '#target-cpc', '0');
    await expect(page.locator('#target-cpc-error')).toHaveText(
      'It cannot be 0: with 0 the target cannot be worked out.',
    );
    await expect(verdict(page)).not.toHaveAttribute('data-value');
  });

  test('figures saved before returning buyers and clicks existed still open, unchanged', async ({ page }) => {
    await page.addInitScript(
      (envelope) => {
        localStorage.setItem('tmall-agency-guide:v1:target', envelope);
      },
      readFileSync('tests/fixtures/saved/target-v1.json', 'utf8'),
    );
    await page.goto('/tools/target/');
    // The KPI guide's worked example: ¥1,000,000 over six months, 50 % paid at ROI 2.5: 166,666.67 × 50 % / 2.5.
    await expect(spend(page)).toHaveAttribute('data-value', '33333.33');
    await expect(page.locator('#target-repeat')).toHaveValue('0');
    await expect(page.locator('#target-cpc')).toHaveValue('');
    await expect(verdict(page)).toHaveAttribute('data-value', 'implausible');
  });

  test('link round trip, and a link never overwrites saved figures without asking', async ({ page, context }) => {
    await page.goto('/tools/target/');
    await typeInto(page, '#target-target', '2400000');
    await expect(page).toHaveURL(/target=2400000/);
    const url = page.url();
    await expect(spend(page)).toHaveAttribute('data-value', '26666.67');

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.locator('#target-target')).toHaveValue('2400000');
    await expect(spend(other)).toHaveAttribute('data-value', '26666.67');
    await expect(other.locator('[data-link-prompt]')).toBeHidden();

    // Saved 2,400,000; a link with another target asks first.
    await other.goto(
      link({ target: 6000000, months: 12, visitors: 50000, cr: 2, aov: 150, roi: 3, paid: 40, budget: 30000 }),
    );
    await expect(other.locator('[data-link-prompt]')).toBeVisible();
    await noAxeViolations(other);
    await other.locator('[data-keep-saved]').click();
    await expect(other.locator('#target-target')).toHaveValue('2400000');
  });

  test('the drafted clause reaches the contract checklist, and fills its KPI terms on request', async ({
    page,
  }, testInfo) => {
    await page.goto('/tools/target/');
    await typeInto(page, '#target-stock', '2000');
    await expect(page.locator('[data-store-status]')).toContainText('已保存');
    await expect(page.locator('[data-clause] li')).toHaveCount(4);

    await page.goto('/tools/contract/');
    const clause = page.locator('[data-target-clause]');
    await expect(clause).toContainText('确认收货金额（扣除退款）累计不低于 3,000,000 元');
    await expect(clause).toContainText('第 12 个月末 3,000,000 元');
    await expect(clause).toContainText('每月可售库存不少于 2,000 件');
    await page.locator('[data-use-target]').click();
    await expect(page.locator('[name="kpiMetric"]')).toHaveValue('gmv');
    await expect(page.locator('[name="kpiTarget"]')).toHaveValue('3000000');
    await expect(page.locator('[name="kpiPeriodMonths"]')).toHaveValue('12');
    await expect(page.locator('[name="adBudgetFen"]')).toHaveValue('30000');
    // The checklist redrawn from the filled form keeps the clause, and prints it.
    await expect(clause).toBeVisible();
    await noAxeViolations(page);
    const printed = await printedText(page, testInfo, 'contract-with-target');
    expect(printed.flat).toContain('考核条款草稿（来自目标核算）');
    expect(printed.flat).toContain('第12个月末3,000,000元');
  });

  test('prints on A4 with the verdict, the months and the clause (en)', async ({ page }, testInfo) => {
    await page.goto('/en/tools/target/');
    await expect(page.locator('target-check[data-ready]')).toHaveCount(1);
    const printed = await printedText(page, testInfo, 'target-en');
    expect(printed.pageSize).toContain('595');
    expect(printed.words).toContain('A stretch');
    expect(printed.words).toContain('Month by month');
    expect(printed.words).toContain('Monthly checkpoints');
    expect(printed.words).not.toContain('Copy link');
  });
});
