import { expect, test } from './fixtures';
import {
  addAgency,
  expectSaved,
  fillAgency,
  item,
  pdfText,
  readCatalogue,
  type PageCatalogue,
} from './vetting-helpers';

const knockoutIds = (catalogue: PageCatalogue) => catalogue.criteria.filter((c) => c.knockout).map((c) => c.id);
const walkAway = (catalogue: PageCatalogue) => catalogue.redFlags.find((flag) => flag.severity === 3)?.id ?? '';

test.describe('vetting scorecard', () => {
  test.beforeEach(({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
  });

  test('a full session: three agencies, two sittings, comparison, print', async ({ page, browser, context }) => {
    test.setTimeout(300_000);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    await page.goto('/tools/vetting/');
    await expect(page.locator('[data-empty-note]')).toBeVisible();
    const catalogue = await readCatalogue(page);
    expect(knockoutIds(catalogue).length).toBeGreaterThanOrEqual(4);
    const licence = knockoutIds(catalogue).find((id) => id.includes('licence')) ?? knockoutIds(catalogue)[1] ?? '';
    const flag = walkAway(catalogue);
    const firstScored = catalogue.criteria.find((c) => !c.knockout)?.id ?? '';

    await fillAgency(page, catalogue, { name: '杭州甲电商', knockouts: 'yes', score: 4 });
    await item(page, firstScored).locator('[data-field="note"]').fill('方案写得具体');
    await item(page, firstScored).locator('[data-field="evidence"]').fill('11 月 3 日见面,看了 TP 后台截图');
    await fillAgency(page, catalogue, { name: '上海乙运营', knockouts: 'yes', fail: licence, score: 5 });
    await fillAgency(page, catalogue, { name: '广州丙品牌', knockouts: 'yes', score: 3, flags: [flag] });
    // The flag explains itself and links the guide.
    await expect(item(page, flag).locator('[data-flag-effect]')).toBeVisible();
    await expect(item(page, flag).locator('[data-flag-effect]')).toContainText('扣 20 分');
    await expect(item(page, flag).locator('.vs-guide-link')).toHaveAttribute(
      'href',
      new RegExp(`/guide/.+/#check-${flag}$`),
    );
    // A keystroke typed just before leaving is kept (saved on pagehide, before the debounce).
    await page.locator('[data-editor] [data-field="notes"]').fill('联系人王经理');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.reload();

    await expect(page.locator('[data-switcher] label')).toHaveText(['杭州甲电商', '上海乙运营', '广州丙品牌']);
    await expect(page.locator('#vs-agency-name')).toHaveValue('杭州甲电商');
    await page.locator('[data-switcher] label', { hasText: '广州丙品牌' }).click();
    await expect(page.locator('[data-editor] [data-field="notes"]')).toHaveValue('联系人王经理');

    // Second sitting: a new browser (same saved storage), as after closing and reopening it.
    const saved = await context.storageState();
    const restarted = await browser.newContext({ storageState: saved });
    const again = await restarted.newPage();
    await again.goto('/tools/vetting/');
    await expect(again.locator('#vs-agency-name')).toHaveValue('杭州甲电商');
    await expect(item(again, firstScored).locator('[data-field="evidence"]')).toHaveValue(
      '11 月 3 日见面,看了 TP 后台截图',
    );
    await expect(item(again, firstScored).locator('input[value="4"]')).toBeChecked();

    // Ranking: 甲 75 first, 丙 50 − 20 = 30 second, 乙 excluded whatever its 100.
    const rows = again.locator('[data-ranking] tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('第 1 名');
    await expect(rows.nth(0)).toContainText('杭州甲电商');
    await expect(rows.nth(0)).toContainText('75/100');
    await expect(rows.nth(1)).toContainText('广州丙品牌');
    await expect(rows.nth(1)).toContainText('30/100');
    await expect(rows.nth(1)).toContainText('信任度低');
    await expect(rows.nth(2)).toContainText('上海乙运营');
    await expect(rows.nth(2)).toContainText('已排除');
    await expect(rows.nth(2)).toContainText(/营业执照|经营范围/);
    await expect(rows.nth(2).locator('td').first()).toHaveText('—');
    // The detail tables are drawn when the reader scrolls to them (or prints).
    await again.locator('[data-detail-box]').scrollIntoViewIfNeeded();
    await expect(again.locator('[data-detail-box] table thead th')).toHaveText([
      '标准',
      '杭州甲电商',
      '上海乙运营',
      '广州丙品牌',
    ]);
    await expect(again.locator(`[data-detail-box] tr[data-row="${licence}"] td[data-answer="no"]`)).toHaveCount(1);

    const pdf = await again.pdf({ format: 'A4', printBackground: true });
    // Narrow columns wrap lines anywhere, so compare without whitespace.
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const expected of [
      '杭州甲电商',
      '上海乙运营',
      '广州丙品牌',
      '75/100',
      '30/100',
      '100/100',
      '已排除',
      '11月3日见面',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('添加代运营公司');
    expect(text).not.toContain('全部清空');
    await restarted.close();
  });

  // axe over the scorecard's states (filled in, excluded, a weight error, an import error; dark) runs in a11y.spec.ts.

  test('weights: defaults from the data, editable, normalised, with a reset', async ({ page }) => {
    await page.goto('/tools/vetting/');
    const catalogue = await readCatalogue(page);
    const scored = catalogue.criteria.filter((c) => !c.knockout);
    await addAgency(page, 'A');
    const [first, second] = scored;
    if (!first || !second) throw new Error('need two scored criteria');
    await item(page, first.id).locator('input[value="5"]').check();
    await item(page, second.id).locator('input[value="1"]').check();
    const total = page.locator('[data-ranking] tr').first().locator('.vs-rank-total strong');
    const expected = Math.round((25 * ((first.weight ?? 0) * 4)) / ((first.weight ?? 0) + (second.weight ?? 0)));
    await expect(total).toHaveText(`${expected}/100`);
    await page.locator('.vs-weights summary').click();
    const input = page.locator(`#vs-${second.id}-weight`);
    await expect(input).toHaveValue(String(second.weight));
    const shares = await page.locator('[data-share-of]').allTextContents();
    const sum = shares.reduce((acc, share) => acc + Number(share.replace('%', '')), 0);
    expect(Math.round(sum * 10)).toBe(1000);
    // Leaving the 1-rated criterion out lifts the total to 100.
    await input.fill('0');
    await expect(total).toHaveText('100/100');
    await expect(page.locator(`[data-share-of="${second.id}"]`)).toHaveText('—');
    await expect(item(page, second.id).locator('.vs-weight')).toContainText('不计入');
    await input.fill('2.5');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#vs-${second.id}-weight-error`)).toHaveText('权重只能是整数，例如 3。');
    await expect(total).toHaveText('100/100');
    await page.getByRole('button', { name: '恢复默认权重' }).click();
    await expect(input).toHaveValue(String(second.weight));
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(total).toHaveText(`${expected}/100`);
    await expectSaved(page);
  });

  test('adds up to eight agencies, removes one after asking', async ({ page }) => {
    await page.goto('/tools/vetting/');
    for (let index = 1; index <= 8; index += 1) await addAgency(page, `公司 ${index}`);
    await expect(page.locator('[data-action="add"]')).toBeDisabled();
    await expect(page.locator('[data-full-note]')).toBeVisible();
    await page.locator('[data-switcher] label', { hasText: '公司 3' }).click();
    await page.getByRole('button', { name: '删除这家公司' }).click();
    await expect(page.locator('[data-switcher] label')).toHaveCount(7);
    await expect(page.locator('[data-switcher] label', { hasText: '公司 3' })).toHaveCount(0);
    await expect(page.locator('#vs-agency-name')).toHaveValue('公司 4');
    await expect(page.locator('[data-action="add"]')).toBeEnabled();
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/tools/vetting/');
    const catalogue = await readCatalogue(page);
    const firstKnockout = knockoutIds(catalogue)[0] ?? '';
    for (let presses = 0; presses < 120; presses += 1) {
      if (await page.locator('[data-action="add"]').evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.locator('[data-action="add"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#vs-agency-name')).toBeFocused();
    await page.keyboard.type('键盘公司');
    const unchecked = item(page, firstKnockout).locator('input[value="unchecked"]');
    for (let presses = 0; presses < 10; presses += 1) {
      if (await unchecked.evaluate((radio) => radio === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(unchecked).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(item(page, firstKnockout).locator('input[value="no"]')).toBeChecked();
    await expect(page.locator('[data-agency-status]')).toContainText('已排除');
    await page.keyboard.press('Tab');
    await expect(item(page, firstKnockout).locator('[data-field="ko-note"]')).toBeFocused();
    await page.keyboard.type('执照上没有电商');
    // Switch agencies with the arrow keys in the switcher.
    await page.locator('[data-action="add"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('第二家');
    await page.locator('[data-switcher] input:checked').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#vs-agency-name')).toHaveValue('键盘公司');
    await expect(item(page, firstKnockout).locator('[data-field="ko-note"]')).toHaveValue('执照上没有电商');
    await expectSaved(page);
  });

  test('at 390 px: one agency at a time with a switcher, nothing wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/tools/vetting/');
    const catalogue = await readCatalogue(page);
    await fillAgency(page, catalogue, { name: '甲', knockouts: 'yes', score: 4 });
    await fillAgency(page, catalogue, { name: '乙', knockouts: 'yes', score: 2 });
    const heads = page.locator('[data-detail-box] thead th');
    await page.locator('[data-detail-box]').scrollIntoViewIfNeeded();
    await expect(heads.filter({ hasText: '乙' })).toBeVisible();
    await expect(heads.filter({ hasText: '甲' })).toBeHidden();
    await page.locator('#vs-compare-switch').selectOption({ label: '甲' });
    await expect(heads.filter({ hasText: '甲' })).toBeVisible();
    await expect(heads.filter({ hasText: '乙' })).toBeHidden();
    await expect(page.locator('#vs-agency-name')).toHaveValue('甲');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('with scripts off: a blank scorecard that prints', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/vetting/');
    await expect(page.locator('.vs-noscript')).toBeVisible();
    await expect(page.locator('[data-detail-template]')).toBeVisible();
    await expect(page.locator('[data-editor]')).toBeHidden();
    await expect(page.locator('[data-store-controls]')).toBeHidden();
    const titles = await page.locator('[data-detail-template] [data-title]').allTextContents();
    const text = pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain('代运营评分表');
    expect(text).toContain('公司：');
    // Compared without white space: pdftotext guesses spaces from glyph gaps, and the narrow space of the
    // Chinese font the page uses reads as none, though the boxes print apart.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('□是□否');
    expect(flat).toContain((titles[0] ?? '').replace(/\s+/g, ''));
    await context.close();
  });

  test('in English: labels, exclusion and ranking', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/en/tools/vetting/');
    await expect(page.locator('h1')).toHaveText('Agency vetting scorecard');
    const catalogue = await readCatalogue(page);
    const licence = knockoutIds(catalogue)[1] ?? '';
    await page.getByRole('button', { name: '+ Add an agency' }).click();
    await page.getByLabel('Agency name').fill('Shanghai Ops Co.');
    await item(page, licence).getByLabel('No (excluded)').check();
    await expect(page.locator('[data-agency-status]')).toContainText('Excluded: failed the knockout');
    await fillAgency(page, catalogue, { name: 'Hangzhou Digital', knockouts: 'yes', score: 5 });
    const rows = page.locator('[data-ranking] tr');
    await expect(rows.nth(0)).toContainText('No. 1');
    await expect(rows.nth(0)).toContainText('100/100');
    await expect(rows.nth(1)).toContainText('Excluded');
    await expect(item(page, licence).locator('.vs-guide-link')).toHaveAttribute(
      'href',
      new RegExp(`^/en/guide/.+/#check-${licence}$`),
    );
    await expectSaved(page);
  });

  test('each criterion links to its guide section, and the guide links back', async ({ page }) => {
    await page.goto('/tools/vetting/');
    const catalogue = await readCatalogue(page);
    const id = knockoutIds(catalogue)[0] ?? '';
    const href = (await page.locator(`[data-detail-template] tr[data-row="${id}"] a`).getAttribute('href')) ?? '';
    await page.goto(href);
    await expect(page.locator(`#check-${id}`)).toBeVisible();
    await page
      .locator(`#check-${id}`)
      .locator('xpath=ancestor::section[1]')
      .getByRole('link', { name: /在工具中使用/ })
      .click();
    await expect(page).toHaveURL(/\/tools\/vetting\/$/);
  });
});
