import type { Page } from '@playwright/test';

/**
 * Opens Starlight's search dialog on `startPath` and returns a function that types a query into it
 * (replacing the last) and returns the paths of the top `top` pages in the results, in order.
 */
export async function openSearch(
  page: Page,
  startPath: string,
  top = 3,
): Promise<(query: string) => Promise<string[]>> {
  await page.goto(startPath);
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input[type="search"], #starlight__search input').first();
  const results = page.locator('.pagefind-ui__result-title .pagefind-ui__result-link');
  return async (query: string) => {
    // Empty the box first, so that no result of the previous query can be read as this one's.
    await input.fill('');
    await results.first().waitFor({ state: 'detached', timeout: 15_000 });
    await input.fill(query);
    await results.first().waitFor({ timeout: 15_000 });
    // Pagefind renders results progressively; wait until the message line reflects this query, and the
    // first results (each loaded on its own) have their links.
    await page.waitForFunction(
      (q) => {
        const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
        const shown = document.querySelectorAll('.pagefind-ui__result').length;
        const loaded = document.querySelectorAll('.pagefind-ui__result .pagefind-ui__result-title a').length;
        return message.includes(q) && loaded >= Math.min(shown, 3);
      },
      query,
      { timeout: 15_000 },
    );
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    // Sub-results of one page share its path: rank pages, not headings.
    const pages = [...new Set(hrefs.map((href) => new URL(href, 'http://x').pathname))];
    return pages.slice(0, top);
  };
}
