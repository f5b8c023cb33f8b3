import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { nameGroups, type NamedEntry } from '../../src/lib/search/aliases';

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
      ({ q, top }) => {
        const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
        // The first `top` results each loaded, in order (a later one may load before an earlier one).
        const first = [...document.querySelectorAll('.pagefind-ui__result')].slice(0, top);
        return message.includes(q) && first.every((result) => result.querySelector('.pagefind-ui__result-title a'));
      },
      { q: query, top },
      { timeout: 15_000 },
    );
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    // Sub-results of one page share its path: rank pages, not headings.
    const pages = [...new Set(hrefs.map((href) => new URL(href, 'http://x').pathname))];
    return pages.slice(0, top);
  };
}

const root = path.resolve(import.meta.dirname, '../..');
let bundled: Promise<string> | undefined;
/** The site's search module (src/lib/search/find.ts) as one script, built once per worker. */
export function searchModule(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(root, 'src/lib/search/find.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'siteSearch',
    write: false,
    target: 'es2022',
  }).then((result) => `${result.outputFiles[0]?.text ?? ''}\nwindow.siteSearch = siteSearch;`);
  return bundled;
}

/**
 * The ranking the dialog gives Pagefind (Starlight's, in its search script), read from the build, so
 * that the search called here orders pages as the dialog does.
 */
function dialogRanking(): Record<string, number> {
  const dir = path.join(root, 'dist/_astro');
  const script = readdirSync(dir).find(
    (name) => name.startsWith('Search.astro_astro_type_script') && name.endsWith('.js'),
  );
  const code = script ? readFileSync(path.join(dir, script), 'utf8') : '';
  const found = /ranking:\{([^}]*)\}/.exec(code)?.[1];
  if (!found)
    throw new Error('siteSearch: no Pagefind ranking found in the built search script (dist/_astro/Search.astro…js)');
  return Object.fromEntries(
    found.split(',').map((pair) => {
      const [key = '', value = ''] = pair.split(':');
      return [key.trim(), Number(value)];
    }),
  );
}

/** The glossary's names grouped by meaning, as the build gives them to the dialog (`virtual:search-names`). */
export const searchGroups = nameGroups(
  parse(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')) as NamedEntry[],
);

/**
 * The search the dialog runs (src/lib/search/find.ts over Pagefind, in `startPath`'s language) called in
 * the page without the dialog: for tables of queries, where typing each into the dialog only waits out
 * its debounce again. A few typed queries prove the dialog shows this order (search.spec.ts). Returns a
 * function giving the paths of the top `top` result pages of a query, best first.
 */
export async function siteSearch(
  page: Page,
  startPath: string,
  top = 3,
): Promise<(query: string) => Promise<string[]>> {
  await page.goto(startPath);
  // Evaluated as the test's own code (as axe is), not as a script of the page: the page's CSP stays on.
  await page.evaluate(await searchModule());
  const ranking = dialogRanking();
  const language: 'en' | 'zh' = startPath.startsWith('/en/') ? 'en' : 'zh';
  return (query) =>
    page.evaluate(
      async ({ query, groups, language, top, ranking }) => {
        const w = window as unknown as {
          siteSearch: typeof import('../../src/lib/search/find');
          searchOnce?: Promise<ReturnType<typeof import('../../src/lib/search/find').phraseSearch>>;
        };
        w.searchOnce ??= (async () => {
          const url = '/pagefind/pagefind.js';
          const pagefind = (await import(url)) as import('../../src/lib/search/find').PagefindApi & {
            options: (o: object) => Promise<void>;
          };
          await pagefind.options({ ranking });
          return w.siteSearch.phraseSearch(pagefind, groups, language);
        })();
        const search = await w.searchOnce;
        const results = (await search(query))?.results ?? [];
        const paths: string[] = [];
        for (const result of results) {
          if (paths.length === top) break;
          const { url } = (await result.data()) as { url: string };
          const path = new URL(url, location.href).pathname;
          if (!paths.includes(path)) paths.push(path);
        }
        return paths;
      },
      { query, groups: searchGroups, language, top, ranking },
    );
}
