import type { Page } from '@playwright/test';

/**
 * Opens Starlight's search dialog on `startPath`, types `query` and returns the paths of the
 * top `top` pages in the results, in order.
 */
export async function searchResults(page: Page, startPath: string, query: string, top = 3): Promise<string[]> {
  await page.goto(startPath);
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input[type="search"], #starlight__search input').first();
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result-title .pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  // Pagefind renders results progressively; wait until the message line reflects this query.
  await page.waitForFunction(
    (q) => document.querySelector('.pagefind-ui__message')?.textContent.includes(q) ?? false,
    query,
    { timeout: 15_000 },
  );
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  // Sub-results of one page share its path: rank pages, not headings.
  const pages = [...new Set(hrefs.map((href) => new URL(href, 'http://x').pathname))];
  return pages.slice(0, top);
}
