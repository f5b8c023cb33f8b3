import { expect, test } from './fixtures';

/**
 * A browser that refuses site data (Chrome's "block all site data"): reading `localStorage` throws a
 * SecurityError. No page may throw (the fixture fails a test on any uncaught error), the theme picker
 * keeps working for the visit, and a tool says its work will not be kept.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
});

for (const path of ['/', '/guide/fees/', '/en/guide/contract/', '/tools/scope/', '/en/tools/fees/']) {
  test(`${path} loads without an error and the theme picker works`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const picker = page.locator('starlight-theme-select select').first();
    if (!(await picker.isVisible())) await page.locator('starlight-menu-button button').click();
    await picker.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    if (path.includes('/tools/')) {
      await expect(page.locator('[data-store-notice]')).toContainText(
        path.startsWith('/en/') ? 'Your browser blocks local storage' : '浏览器禁止了本地存储',
      );
    }
  });
}
