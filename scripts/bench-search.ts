// bench:search — how fast Starlight's search answers on the built site, in Chromium.
// Usage: npm run build && npm run bench:search
//
// Serves dist/ as deployed (nginx with deploy/nginx-site.conf; `astro preview` where nginx is missing) on
// a free port and runs 30 real queries (Chinese and English, taken from tests/e2e/search.spec.ts) through
// the search dialog:
// - cold: a fresh browser context (empty cache) per query; open the dialog, type the query, time until
//   the first result's title is in the DOM; and the bytes of every /pagefind/ response until then and
//   500 ms after (the rest of the first screen of results): encoded body and headers, as sent. Each
//   query runs cold COLD_RUNS times (3; BENCH_SEARCH_COLD_RUNS to change) and counts with its median,
//   as Lighthouse takes the median of 3: on a shared 2-core host one run in ten is 150-250 ms slower
//   for reasons outside the page, and single runs made the p95 a measure of those. Every run is
//   printed too;
// - warm: the index already loaded by an earlier search; type each query one character at a time and time
//   every keystroke until the results for it are in the DOM.
// Pagefind UI waits 300 ms after the last keystroke before it shows results (its debounce; Starlight has no
// setting for it), so every "typed → results" figure contains those 300 ms. The page's setTimeout is
// wrapped to record when that wait ends; "search → results" is the time from there to the results.
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { get } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumArgs, findChromium } from '../tests/chromium-path.ts';
import {
  loadLine,
  machineLine,
  median,
  percentile,
  printTable,
  readProjectFile,
  root,
  startServer,
  verdict,
} from './bench-lib.ts';

const DEBOUNCE_MS = 300;
const COLD_RUNS = Math.max(1, Number(process.env.BENCH_SEARCH_COLD_RUNS ?? 3) || 3);
const TIMEOUT_MS = 15_000;

/** The queries of one list in the search tests, in order. */
function queries(list: 'zhQueries' | 'enQueries'): string[] {
  const text = readProjectFile('tests/e2e/search.spec.ts');
  const block = new RegExp(`const ${list}\\b[^=]*=\\s*\\[([\\s\\S]*?)\\n\\];`).exec(text)?.[1];
  if (!block) throw new Error(`No ${list} list found in tests/e2e/search.spec.ts`);
  return [...block.matchAll(/\[\s*'([^']+)'\s*,/g)].map((m) => m[1] ?? '');
}
/** k items spread evenly over list. */
const spread = <T>(list: T[], k: number): T[] =>
  Array.from({ length: Math.min(k, list.length) }, (_, i) => list[Math.floor((i * list.length) / k)] as T);

const zh = spread(queries('zhQueries'), 18);
const en = spread(queries('enQueries'), 12);
const all: { query: string; lang: 'zh' | 'en'; start: string }[] = [
  ...zh.map((query) => ({ query, lang: 'zh' as const, start: '/' })),
  ...en.map((query) => ({ query, lang: 'en' as const, start: '/en/' })),
];

interface Timing {
  typedMs: number;
  searchMs: number | null;
}

declare global {
  interface Window {
    __benchSearchStarts: number[];
    __benchArm: (query: string, timeoutMs: number) => Promise<{ t0: number | null; t1: number; timedOut: boolean }>;
    __benchPending?: ReturnType<Window['__benchArm']>;
  }
}

/**
 * Runs in the page before its own scripts: records when Pagefind UI's debounce timer fires, and defines
 * __benchArm(query), a promise of the time of the next `input` event (t0) and of the moment the results
 * for `query` are in the DOM (t1): a new message naming the query, and the first result's title link.
 */
function instrument(debounceMs: number): void {
  window.__benchSearchStarts = [];
  const original = window.setTimeout.bind(window);
  const patched = (handler: TimerHandler, timeout?: number, ...rest: unknown[]): number => {
    if (timeout === debounceMs && typeof handler === 'function') {
      const fn = handler as (...a: unknown[]) => unknown;
      return original(
        (...a: unknown[]) => {
          window.__benchSearchStarts.push(performance.now());
          return fn(...a);
        },
        timeout,
        ...rest,
      );
    }
    return original(handler, timeout, ...rest);
  };
  window.setTimeout = patched as typeof window.setTimeout;
  window.__benchArm = (query, timeoutMs) => {
    const box = document.querySelector('#starlight__search');
    const before = box?.querySelector('.pagefind-ui__message')?.textContent ?? '';
    let t0: number | null = null;
    return new Promise((resolve) => {
      const onInput = (event: Event) => {
        t0 ??= event.timeStamp;
      };
      const finish = (timedOut: boolean) => {
        observer.disconnect();
        document.removeEventListener('input', onInput, true);
        resolve({ t0, t1: performance.now(), timedOut });
      };
      const check = () => {
        const message = box?.querySelector('.pagefind-ui__message')?.textContent ?? '';
        const list = box?.querySelector('.pagefind-ui__results');
        if (t0 === null || !list || message === before || !message.includes(query)) return;
        const first = list.querySelector('li');
        if (!first || first.querySelector('.pagefind-ui__result-link')) finish(false);
      };
      const observer = new MutationObserver(check);
      document.addEventListener('input', onInput, true);
      if (box) observer.observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
      original(() => {
        finish(true);
      }, timeoutMs);
    });
  };
}

/**
 * Opens the search dialog as a reader does, and waits until its input is there to type in (Pagefind UI
 * is loaded when the pointer reaches the search button, see src/integrations/pagefind-ui.mjs).
 */
async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('#starlight__search input').waitFor({ state: 'visible', timeout: TIMEOUT_MS });
}

/** Types `text` (one input event per character, or one for all of it) and times the results for `expect`. */
async function typeAndTime(page: Page, text: string, expect: string, whole: boolean): Promise<Timing> {
  await page.evaluate(
    ([q, timeout]) => {
      window.__benchPending = window.__benchArm(q, timeout);
    },
    [expect, TIMEOUT_MS] as const,
  );
  if (whole) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
  const result = await page.evaluate(async () => {
    const r = await window.__benchPending;
    return r ? { ...r, starts: window.__benchSearchStarts } : null;
  });
  if (!result || result.timedOut || result.t0 === null)
    throw new Error(`no results for "${expect}" within ${TIMEOUT_MS / 1000} s after typing`);
  const { t0, t1 } = result;
  const start = result.starts.filter((s) => s >= t0 && s <= t1).at(-1);
  return { typedMs: t1 - t0, searchMs: start === undefined ? null : t1 - start };
}

/**
 * Bytes of a response on the wire (headers and encoded body). Chromium reports no body size for the
 * web worker's own script (Pagefind's, if it runs one); that one is fetched again, raw (not decompressed),
 * with the same Accept-Encoding.
 */
async function transferSize(request: Request, url: string): Promise<number> {
  const sizes = await request.sizes();
  if (sizes.responseBodySize > 0) return sizes.responseHeadersSize + sizes.responseBodySize;
  const body = await new Promise<number>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (response) => {
      let length = 0;
      response.on('data', (chunk: Buffer) => (length += chunk.length));
      response.on('end', () => {
        resolve(length);
      });
    }).on('error', reject);
  });
  return sizes.responseHeadersSize + body;
}

const preview = await startServer().catch((error: unknown) => {
  console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}`);
  return process.exit(1);
});
let browser: Browser | undefined;
/** What a /pagefind/ file is for: the search code, the word index, or a result's text (fragment). */
type Part = 'code' | 'index' | 'fragments';
const partOf = (pathname: string): Part =>
  pathname.includes('/fragment/') ? 'fragments' : /\/index\/|\.pf_meta$|\/filter\//.test(pathname) ? 'index' : 'code';
const cold: {
  query: string;
  lang: string;
  /** Medians of the runs. */
  typedMs: number;
  searchMs: number | null;
  runs: Timing[];
  /** Bytes of the first run (the same files every run). */
  kb: number;
  parts: Record<Part, number>;
  requests: number;
}[] = [];
const warm: { query: string; lang: string; keystrokes: Timing[] }[] = [];
let exitCode = 0;
console.log(`bench:search — ${machineLine()}`);
console.log(`site: dist/ served by ${preview.server} at ${preview.baseUrl}`);
console.log(`queries: ${zh.length} Chinese on /, ${en.length} English on /en/ (from tests/e2e/search.spec.ts)`);
try {
  const executablePath = findChromium();
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
  console.log(`browser: ${executablePath}\n`);
  // Cold: a fresh context per query and run, so nothing of Pagefind is cached.
  for (const { query, lang, start } of all) {
    const runs: Timing[] = [];
    let bytes: { kb: number; parts: Record<Part, number>; requests: number } | undefined;
    for (let run = 0; run < COLD_RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(instrument, DEBOUNCE_MS);
      // Bytes are the same files every run: counted in the first, from every /pagefind/ response in the
      // context (a CDP session on the page would miss what a web worker fetches).
      const sizes: Promise<{ part: Part; bytes: number }>[] = [];
      if (run === 0)
        context.on('requestfinished', (request) => {
          const url = request.url();
          const { pathname } = new URL(url);
          if (pathname.startsWith('/pagefind/'))
            sizes.push(transferSize(request, url).then((bytes) => ({ part: partOf(pathname), bytes })));
        });
      await openSearch(page, preview.baseUrl + start);
      runs.push(await typeAndTime(page, query, query, true));
      if (run === 0) {
        await page.waitForTimeout(500); // fragments of the other results on the first screen
        const responses = await Promise.all(sizes);
        const parts: Record<Part, number> = { code: 0, index: 0, fragments: 0 };
        for (const r of responses) parts[r.part] += r.bytes / 1024;
        const kb = responses.reduce((sum, r) => sum + r.bytes, 0) / 1024;
        bytes = { kb, parts, requests: responses.length };
      }
      await context.close();
    }
    const searched = runs.flatMap((r) => (r.searchMs === null ? [] : [r.searchMs]));
    cold.push({
      query,
      lang,
      typedMs: median(runs.map((r) => r.typedMs)),
      searchMs: searched.length ? median(searched) : null,
      runs,
      kb: bytes?.kb ?? 0,
      parts: bytes?.parts ?? { code: 0, index: 0, fragments: 0 },
      requests: bytes?.requests ?? 0,
    });
  }

  // Warm: one page per language; a first search loads Pagefind, then every query is typed key by key.
  for (const lang of ['zh', 'en'] as const) {
    const list = all.filter((q) => q.lang === lang);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(instrument, DEBOUNCE_MS);
    await openSearch(page, preview.baseUrl + (list[0]?.start ?? '/'));
    await typeAndTime(page, list[0]?.query ?? '', list[0]?.query ?? '', true);
    const input = page.locator('#starlight__search input');
    for (const { query } of list) {
      await input.fill('');
      await page.waitForTimeout(DEBOUNCE_MS + 100);
      const keystrokes: Timing[] = [];
      const chars = Array.from(new Intl.Segmenter().segment(query), (s) => s.segment);
      for (let i = 1; i <= chars.length; i++) {
        keystrokes.push(await typeAndTime(page, chars[i - 1] ?? '', chars.slice(0, i).join(''), false));
      }
      warm.push({ query, lang, keystrokes });
    }
    await context.close();
  }
} catch (error) {
  console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await browser?.close();
  await preview.stop();
}
if (exitCode !== 0) process.exit(exitCode);

const ms = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '–' : v.toFixed(0));
console.log(
  `Cold: fresh context, first query (typed → first result in the DOM, median of ${COLD_RUNS} runs, and every run's\n` +
    'search → results; /pagefind/ bytes on the wire)',
);
printTable(
  [
    'query',
    'lang',
    'typed → results ms',
    'search → results ms',
    'runs',
    'pagefind KB',
    'code',
    'index',
    'fragments',
    'requests',
  ],
  cold.map((c) => [
    c.query,
    c.lang,
    ms(c.typedMs),
    ms(c.searchMs),
    c.runs.map((r) => ms(r.searchMs)).join(' '),
    c.kb.toFixed(1),
    c.parts.code.toFixed(1),
    c.parts.index.toFixed(1),
    c.parts.fragments.toFixed(1),
    c.requests,
  ]),
);

console.log('\nWarm: index loaded, one character at a time (each keystroke → its results in the DOM)');
printTable(
  ['query', 'lang', 'keystrokes', 'typed → results p50 ms', 'max ms', 'search → results p50 ms', 'max ms'],
  warm.map((w) => {
    const typed = w.keystrokes.map((k) => k.typedMs);
    const search = w.keystrokes.flatMap((k) => (k.searchMs === null ? [] : [k.searchMs]));
    return [
      w.query,
      w.lang,
      w.keystrokes.length,
      ms(median(typed)),
      ms(Math.max(...typed)),
      ms(median(search)),
      ms(Math.max(...search)),
    ];
  }),
);

const coldTyped = cold.map((c) => c.typedMs);
const coldSearch = cold.flatMap((c) => (c.searchMs === null ? [] : [c.searchMs]));
const coldEveryRun = cold.flatMap((c) => c.runs.flatMap((r) => (r.searchMs === null ? [] : [r.searchMs])));
const warmTyped = warm.flatMap((w) => w.keystrokes.map((k) => k.typedMs));
const warmSearch = warm.flatMap((w) => w.keystrokes.flatMap((k) => (k.searchMs === null ? [] : [k.searchMs])));
const kbs = cold.map((c) => c.kb);
console.log('\nSummary');
printTable(
  ['measure', 'n', 'p50', 'p95', 'max'],
  [
    [
      `cold, typed → results (ms, median of ${COLD_RUNS})`,
      coldTyped.length,
      ms(median(coldTyped)),
      ms(percentile(coldTyped, 95)),
      ms(Math.max(...coldTyped)),
    ],
    [
      `cold, search → results (ms, median of ${COLD_RUNS})`,
      coldSearch.length,
      ms(median(coldSearch)),
      ms(percentile(coldSearch, 95)),
      ms(Math.max(...coldSearch)),
    ],
    [
      '  every run',
      coldEveryRun.length,
      ms(median(coldEveryRun)),
      ms(percentile(coldEveryRun, 95)),
      ms(Math.max(...coldEveryRun)),
    ],
    [
      'warm, typed → results (ms)',
      warmTyped.length,
      ms(median(warmTyped)),
      ms(percentile(warmTyped, 95)),
      ms(Math.max(...warmTyped)),
    ],
    [
      'warm, search → results (ms)',
      warmSearch.length,
      ms(median(warmSearch)),
      ms(percentile(warmSearch, 95)),
      ms(Math.max(...warmSearch)),
    ],
    [
      'first query, /pagefind/ KB',
      kbs.length,
      median(kbs).toFixed(1),
      percentile(kbs, 95).toFixed(1),
      Math.max(...kbs).toFixed(1),
    ],
    ...(['code', 'index', 'fragments'] as const).map((part) => {
      const values = cold.map((c) => c.parts[part]);
      return [
        `  of which ${part} (KB)`,
        values.length,
        median(values).toFixed(1),
        percentile(values, 95).toFixed(1),
        Math.max(...values).toFixed(1),
      ];
    }),
  ],
);

const warmP95 = percentile(warmSearch, 95);
const coldP95 = percentile(coldSearch, 95);
const kbMax = Math.max(...kbs);
console.log(
  `\nGoals (times after Pagefind UI's fixed ${DEBOUNCE_MS} ms debounce; add ${DEBOUNCE_MS} ms for what a user waits)`,
);
console.log(`  warm p95 < 50 ms:         ${ms(warmP95)} ms — ${verdict(warmP95 < 50)}`);
console.log(
  `  cold < 300 ms (p95 of the per-query medians): ${ms(coldP95)} ms — ${verdict(coldP95 < 300)} (every run: p95 ${ms(percentile(coldEveryRun, 95))} ms)`,
);
console.log(`  first query < 150 KB (max): ${kbMax.toFixed(1)} KB — ${verdict(kbMax < 150)}`);
console.log(
  '  (code: pagefind.js and its WebAssembly, the same for every query; index: one chunk per distinct\n' +
    '   word range the query touches, ~5 KB each at the chunk size set in astro.config.mjs; fragments: the text\n' +
    '   of the results shown)',
);
const untimed = cold.length * COLD_RUNS - coldEveryRun.length + warmTyped.length - warmSearch.length;
if (untimed > 0)
  console.log(
    `  note: ${untimed} search(es) ran without a recorded ${DEBOUNCE_MS} ms timer; left out of "search → results"`,
  );

const outDir = path.join(root, 'bench-results');
await mkdir(outDir, { recursive: true });
await writeFile(
  path.join(outDir, 'search.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machineLine(), cold, warm }, null, 2)}\n`,
);
console.log(`\n${loadLine()}`);
console.log('bench:search: done; figures in bench-results/search.json');
