// Search quality, measured over the built site: for every glossary term and alias and the words merchants
// type (search-words.ts), the pages whose text contains the word (read from dist/, in the texts Pagefind
// indexed) against the pages search returns. Recall: pages found / pages that contain the word. Precision:
// results that contain the word or another name of it / results. Both are printed per language, for
// Pagefind as it is (before) and for the site's search (src/lib/search/find.ts, what the dialog runs);
// the test fails when the site's search falls below recall 0.95 or precision 0.90.
// (docs/decisions/2026-12-02-chinese-search.md)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { searchModule } from './search-helpers';
import { enWords, zhWords } from './search-words';
import { entryNames, nameGroups, normalizeName, searchForms, type NamedEntry } from '../../src/lib/search/aliases';
import { containsName, type SearchLanguage } from '../../src/lib/search/find';

const root = path.resolve(import.meta.dirname, '../..');
const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.9;

/** The text Pagefind indexed for each page, by the id search results carry (the fragment's name). */
function indexedPages(): Map<string, { url: string; text: string; language: SearchLanguage }> {
  const dir = path.join(root, 'dist/pagefind/fragment');
  const pages = new Map<string, { url: string; text: string; language: SearchLanguage }>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.pf_fragment'))) {
    // Pagefind's files: gzip, then a 12-byte signature, then JSON.
    const json = gunzipSync(readFileSync(path.join(dir, file)))
      .subarray(12)
      .toString('utf8');
    const fragment = JSON.parse(json) as { url: string; content: string };
    const language = fragment.url.startsWith('/en/') ? 'en' : 'zh';
    pages.set(file.replace(/\.pf_fragment$/, ''), {
      url: fragment.url,
      text: fragment.content.replace(/\u200B/g, ''),
      language,
    });
  }
  return pages;
}

const glossary = parse(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')) as NamedEntry[];
const groups = nameGroups(glossary);

/** The queries of one language: the glossary's names in that script, and the merchants' words. */
function queries(language: SearchLanguage): string[] {
  const han = /\p{Script=Han}/u;
  const names = glossary.flatMap(entryNames).filter((name) =>
    // Latin acronyms (DSR, GMV, TP) are typed in Chinese too.
    language === 'zh' ? han.test(name) || /^[A-Z0-9.]{2,6}$/.test(name) : !han.test(name),
  );
  const seen = new Set<string>();
  return [...names, ...(language === 'zh' ? zhWords : enWords)].filter((query) => {
    const key = normalizeName(query);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Recall and precision of `found` (query → page ids) against the indexed texts. */
function measure(
  language: SearchLanguage,
  list: string[],
  found: string[][],
  pages: ReturnType<typeof indexedPages>,
): { recall: number; precision: number; misses: string[]; strays: string[] } {
  const own = [...pages].filter(([, page]) => page.language === language);
  let containing = 0;
  let foundContaining = 0;
  let results = 0;
  let relevant = 0;
  const misses: string[] = [];
  const strays: string[] = [];
  list.forEach((query, index) => {
    const ids = new Set(found[index]);
    const forms = searchForms(query, groups);
    const withWord = own.filter(([, page]) => containsName(page.text, query, language)).map(([id]) => id);
    containing += withWord.length;
    const missed = withWord.filter((id) => !ids.has(id));
    foundContaining += withWord.length - missed.length;
    if (missed.length) misses.push(`${query}: ${missed.map((id) => pages.get(id)?.url).join(' ')}`);
    for (const id of ids) {
      results += 1;
      const page = pages.get(id);
      if (page && forms.some((form) => containsName(page.text, form, language))) relevant += 1;
      else strays.push(`${query}: ${page?.url ?? id}`);
    }
  });
  return {
    recall: containing ? foundContaining / containing : 1,
    precision: results ? relevant / results : 1,
    misses,
    strays,
  };
}

test('search finds the pages a word is on, and only those', async ({ page }) => {
  test.setTimeout(300_000);
  const pages = indexedPages();
  // The site's search module as the browser runs it, with the glossary's names.
  const code = await searchModule();
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [language, start] of [
    ['zh', '/'],
    ['en', '/en/'],
  ] as const) {
    const list = queries(language);
    await page.goto(start);
    await page.evaluate(code);
    const { before, after } = await page.evaluate(
      async ({ list, groups, language }) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = (await import(url)) as import('../../src/lib/search/find').PagefindApi & {
          options: (o: object) => Promise<void>;
        };
        await pagefind.options({});
        const site = (window as unknown as { siteSearch: typeof import('../../src/lib/search/find') }).siteSearch;
        const search = site.phraseSearch(pagefind, groups, language);
        const before: string[][] = [];
        const after: string[][] = [];
        for (const query of list) {
          before.push((await pagefind.search(query))?.results.map((r) => r.id) ?? []);
          after.push((await search(query))?.results.map((r) => r.id) ?? []);
        }
        return { before, after };
      },
      { list, groups, language },
    );
    const was = measure(language, list, before, pages);
    const now = measure(language, list, after, pages);
    lines.push(
      `${language}: ${list.length} queries; recall ${was.recall.toFixed(3)} → ${now.recall.toFixed(3)}, ` +
        `precision ${was.precision.toFixed(3)} → ${now.precision.toFixed(3)} (Pagefind alone → site search)`,
    );
    if (now.misses.length) lines.push(`  ${language} pages not found: ${now.misses.slice(0, 15).join('; ')}`);
    if (now.strays.length) lines.push(`  ${language} results without the word: ${now.strays.slice(0, 15).join('; ')}`);
    if (now.recall < MIN_RECALL) failures.push(`${language} recall ${now.recall.toFixed(3)} < ${MIN_RECALL}`);
    if (now.precision < MIN_PRECISION)
      failures.push(`${language} precision ${now.precision.toFixed(3)} < ${MIN_PRECISION}`);
  }
  console.log(`Search quality\n${lines.join('\n')}`);
  expect(failures).toEqual([]);
});
