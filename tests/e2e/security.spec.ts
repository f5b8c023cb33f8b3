import type { Page } from '@playwright/test';
import { builtSitemapPaths, expect, test } from './fixtures';

/** Records every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('every page carries a Content-Security-Policy without unsafe-inline scripts', async ({ request }) => {
  for (const path of ['/', '/en/guide/fees/']) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

test.describe('no CSP violations', () => {
  for (const path of builtSitemapPaths()) {
    test(`on ${path}`, async ({ page }) => {
      const violations = await recordViolations(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  }

  for (const [path, query] of [
    ['/', '保证金'],
    ['/en/', 'deposit'],
  ] as const) {
    test(`while searching ${query} from ${path}`, async ({ page }) => {
      const violations = await recordViolations(page);
      await page.goto(path);
      await page.locator('button[data-open-modal]').first().click();
      await page.locator('#starlight__search input').first().fill(query);
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
      expect(await violations()).toEqual([]);
    });
  }
});
