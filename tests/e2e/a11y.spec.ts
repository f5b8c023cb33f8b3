/**
 * axe (WCAG 2.2 AA) over each tool's states, once each, instead of inside every flow test.
 * The empty state of every tool page, in both languages, is the sitemap sweep's (site.spec.ts: light in
 * full, dark for colour contrast). Here: filled, error, and dialog or notice open, in full in the light
 * theme, and for colour contrast only in the dark theme (the other rules see the same page).
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import {
  answerScopeAsChen,
  contractField,
  feesEnvelope,
  fillContractAsChen,
  scopeModules,
  typeInto,
} from './tool-helpers';
import { fillAgency, importFile, readCatalogue, type PageCatalogue } from './vetting-helpers';

// axe over a tool page (thousands of elements, and for the contract ~50 clauses) takes tens of seconds on 2 cores.
test.describe.configure({ timeout: 400_000 });

const full = (page: Page) => axeViolations(page);
const contrast = (page: Page) => axeViolations(page, { rules: ['color-contrast'] });

test('the axe runner reports what it finds, in full and rule by rule (the check itself)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    document.querySelector('main')?.append(image);
  });
  expect((await full(page)).join()).toContain('image-alt');
  expect(await contrast(page)).toEqual([]);
  expect((await axeViolations(page, { rules: ['image-alt'] })).join()).toContain('image-alt');
});

async function darkGoto(page: Page, path: string) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

test.describe('scope chooser', () => {
  test('filled in (zh); filled in with a budget error on a phone (en)', async ({ page }) => {
    await page.goto('/tools/scope/');
    await answerScopeAsChen(page);
    await expect(page.locator('[data-custody-name]')).toHaveText('全托管');
    await expect(page.locator('[data-reasons] li')).toHaveCount(3);
    expect(await full(page), 'filled in').toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/tools/scope/');
    await page.getByLabel('None: this is our first online store').check();
    for (const id of scopeModules) await page.locator(`input[name="inHouse.${id}"][value="none"]`).check();
    await page.getByLabel('What category do you sell?').selectOption('cosmetics');
    await page.getByLabel('Tmall Global (cross-border)').check();
    await page.getByLabel(/The brand owner is a company outside mainland China/).check();
    await expect(page.locator('[data-custody-name]')).toHaveText('Fully managed (全托管)');
    const budget = page.getByLabel('Monthly budget for the agency (not counting ad spend)');
    await budget.fill('thirty thousand');
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#scope-budget-error')).toBeVisible();
    expect(await full(page), 'filled in, with an error, on a phone').toEqual([]);
  });
});

test.describe('fee calculator', () => {
  // No `on`: an old link's commission on all sales, flagged; a Tmall Global store and a second currency.
  const results = '?gmv=300000&base=20000&rate=8&fixed=40000&pure=15&adpay=agency&margin=5&store=global&fx=7.8';
  const errors = '?gmv=abc&rate=300&on=x&tiers=abc';

  test('results with warnings, chart figures and the copy-by-hand link; errors; the link prompt', async ({ page }) => {
    // The browser will not copy: the link is shown selected in a field of its own.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto(`/tools/fees/${results}`);
    await expect(page.locator('[data-warnings] li').first()).toBeVisible();
    await page.locator('.fee-chart-data summary').click();
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('textbox', { name: '本页链接' })).toBeVisible();
    expect(await full(page), 'results').toEqual([]);

    await page.goto(`/tools/fees/${errors}`);
    await expect(page.locator('[data-error-summary]')).toBeVisible();
    expect(await full(page), 'errors').toEqual([]);

    // Saved figures, then a link with others: the page asks which to keep.
    await page.goto('/tools/fees/');
    await typeInto(page, '#fee-gmv', '420000');
    await expect(page.locator('[data-store-status]')).toHaveAttribute('data-saved', 'true');
    await page.goto('/tools/fees/?gmv=300000');
    await expect(page.locator('[data-link-prompt]')).toBeVisible();
    expect(await full(page), 'link prompt').toEqual([]);
  });

  test('results and errors in the dark theme (en): colour contrast', async ({ page }) => {
    await darkGoto(page, `/en/tools/fees/${results}`);
    await expect(page.locator('[data-warnings] li').first()).toBeVisible();
    await page.locator('.fee-chart-data summary').click();
    expect(await contrast(page), 'results').toEqual([]);
    await darkGoto(page, `/en/tools/fees/${errors}`);
    await expect(page.locator('[data-error-summary]')).toBeVisible();
    expect(await contrast(page), 'errors').toEqual([]);
    // The offer priced by module, opened with its warnings (its other states: fees-module.spec.ts).
    await darkGoto(page, '/en/tools/fees/?show=bc,mod&adpct=8&admin=10000&seats=2&seatfee=4500&deposit=30000');
    await expect(page.locator('[data-module-deposit]')).not.toBeEmpty();
    expect(await contrast(page), 'priced by module').toEqual([]);
  });
});

test.describe('vetting scorecard', () => {
  const walkAway = (catalogue: PageCatalogue) => catalogue.redFlags.find((flag) => flag.severity === 3)?.id ?? '';
  const knockouts = (catalogue: PageCatalogue) => catalogue.criteria.filter((c) => c.knockout).map((c) => c.id);

  /** Three agencies (scored, unchecked, excluded), the weights open with a weight out of range. */
  async function fillScorecard(page: Page, path: string, catalogue?: PageCatalogue) {
    const ids = catalogue ?? (await readCatalogue(page));
    if (!catalogue) {
      await fillAgency(page, ids, { name: 'A 公司', knockouts: 'yes', score: 4, flags: [walkAway(ids)] });
      await fillAgency(page, ids, { name: 'B 公司', knockouts: 'unchecked', score: 2 });
      await fillAgency(page, ids, { name: 'C 公司', knockouts: 'yes', fail: knockouts(ids)[1] ?? '', score: 5 });
    }
    await page.locator('.vs-weights summary').click();
    const weight = page.locator('input[data-field="weight"]').first();
    await weight.fill('9');
    await expect(weight).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await weight.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`#${describedBy}`)).toHaveText(
      path.startsWith('/en/') ? 'Weights go from 0 to 5.' : '权重在 0 到 5 之间。',
    );
  }

  test('filled in, an exclusion, a weight error and an import error; the same in the dark theme (en)', async ({
    page,
  }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/tools/vetting/');
    await fillScorecard(page, '/tools/vetting/');
    await expect(page.locator('[data-ranking] tr')).toHaveCount(3);
    await importFile(page, 'scorecard.json', 'not json');
    await expect(page.locator('[data-store-notice]')).toContainText('导入失败');
    expect(await full(page), 'filled in, with errors').toEqual([]);

    // The agencies are saved; the English page in the dark theme shows them.
    await darkGoto(page, '/en/tools/vetting/');
    await expect(page.locator('[data-ranking] tr')).toHaveCount(3);
    await expect(page.locator('[data-ranking] tr').nth(2)).toContainText('Excluded');
    await fillScorecard(page, '/en/tools/vetting/', await readCatalogue(page));
    expect(await contrast(page), 'filled in, with an error, dark').toEqual([]);
  });
});

test.describe('contract checklist', () => {
  test('filled from the scope chooser and the fee calculator, red flags, both languages; bad input; dark (en)', async ({
    page,
  }) => {
    await page.addInitScript((envelope) => {
      localStorage.setItem('tmall-agency-guide:v1:fees', JSON.stringify(envelope));
    }, feesEnvelope);
    await page.goto('/tools/scope/');
    await answerScopeAsChen(page);
    await expect(page.locator('[data-store-status]')).toHaveAttribute('data-saved', 'true');
    await page.goto('/tools/contract/');
    await expect(page.locator('[data-source-scope]')).toBeVisible();
    await expect(page.locator('[data-source-fees]')).toBeVisible();
    await fillContractAsChen(page);
    await contractField(page, 'output').selectOption('both');
    await expect(page.locator('[data-checklist]')).toHaveAttribute('data-output-lang', 'both');
    await expect(page.locator('[data-flag]:visible')).toHaveCount(4);
    await expect(page.locator('[data-store-status]')).toHaveAttribute('data-saved', 'true');
    expect(await full(page), 'filled in').toEqual([]);

    for (const [name, value] of [
      ['merchantNameZh', 'x'.repeat(81)],
      ['draftDate', '2026-02-30'],
      ['termMonths', '999'],
    ] as const) {
      await contractField(page, name).fill(value);
      await expect(page.locator(`#contract-${name}-error`)).toBeVisible();
    }
    await page.getByRole('button', { name: '打印清单（A4）' }).click();
    await expect(page.locator('[data-print-problem]')).toContainText('有字段需要修改');
    expect(await full(page), 'errors').toEqual([]);

    // What was saved (filled in, both languages) on the English page in the dark theme.
    await darkGoto(page, '/en/tools/contract/');
    await expect(contractField(page, 'merchantNameZh')).toHaveValue('陈氏家纺有限公司');
    await expect(page.locator('[data-checklist]')).toHaveAttribute('data-output-lang', 'both');
    await expect(page.locator('[data-flag]:visible')).toHaveCount(4);
    expect(await contrast(page), 'filled in, dark').toEqual([]);
  });
});
