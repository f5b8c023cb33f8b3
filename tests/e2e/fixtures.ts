import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

/** WCAG levels every page is held to. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules switched off, each with the reason. Keep this list short and justified.
 * (empty: nothing is excluded)
 */
export const axeDisabledRules: string[] = [];

/** axe-core's browser build, read once per worker. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe on the page as it is now and returns the violations, formatted for a readable failure.
 * With `rules`, only those rules run (e.g. `['color-contrast']` for a second colour theme, whose other
 * rules see the same DOM as the first).
 *
 * axe is put into a page once and then run as often as a test needs; `AxeBuilder` injected its
 * 500 KB source again for every run, which was most of the sweep's time (a guide page's four runs:
 * about 12 s, against 3 s injected once).
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Only violations are read: axe then keeps one node of each passing rule instead of all of them.
  const resultTypes = ['violations'];
  const options = rules
    ? { runOnly: { type: 'rule', values: rules }, resultTypes }
    : {
        runOnly: { type: 'tag', values: axeTags },
        rules: Object.fromEntries(axeDisabledRules.map((id) => [id, { enabled: false }])),
        resultTypes,
      };
  const violations = await page.evaluate(
    async (runOptions) =>
      (
        await (
          window as unknown as {
            axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown }> };
          }
        ).axe.run(document, runOptions)
      ).violations as AxeViolation[],
    options,
  );
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/**
 * `page` that records console errors, uncaught exceptions and failed requests; a test fails when
 * any occurred unless it calls `pageErrors.allow()` for an error it provokes on purpose.
 */
export const test = base.extend<{ pageErrors: { list: string[]; allow: (pattern: RegExp) => void } }>({
  pageErrors: [
    async ({ page }, use) => {
      const list: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') list.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => list.push(`exception: ${error.message}`));
      page.on('requestfailed', (request) => {
        // ERR_ABORTED is the browser cancelling a request itself (a prefetch or navigation
        // superseded by a click, a download handed to the file system), not the site failing.
        const failure = request.failure()?.errorText ?? '';
        if (failure.includes('ERR_ABORTED')) return;
        list.push(`request failed: ${request.url()} ${failure}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) list.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use({ list, allow: (pattern) => allowed.push(pattern) });
      const unexpected = list.filter((entry) => !allowed.some((pattern) => pattern.test(entry)));
      expect(unexpected, 'console errors, exceptions or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Records every Content-Security-Policy violation the page reports, from the first script of every
 * load on; call before `goto`. Returns a reader of what the current document recorded.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
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

/**
 * Resolves once the page has finished fetching nothing new for `quietMs`, read from its own resource
 * timing. Under a slowed CPU in the headless shell, Playwright's `networkidle` sometimes never came
 * (4 of 12 layout-shift tests waited out their 2 minutes, every request answered 200).
 */
export async function resourcesSettled(page: Page, quietMs = 500): Promise<void> {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        let seen = -1;
        let since = 0;
        const check = () => {
          const count = performance.getEntriesByType('resource').length;
          if (count !== seen) {
            seen = count;
            since = performance.now();
          }
          if (performance.now() - since >= quiet) resolve();
          else setTimeout(check, 50);
        };
        check();
      }),
    quietMs,
  );
}

/** Resolves after `count` rendering updates of the page (layout, paint, and what they trigger). */
export async function animationFrames(page: Page, count = 3): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => {
          if (left === 0) resolve();
          else
            requestAnimationFrame(() => {
              step(left - 1);
            });
        };
        step(n);
      }),
    count,
  );
}

/** Paths listed in the built sitemap, read from dist/ when the tests are collected, so each page gets its own test. */
export function builtSitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/**
 * The text of `selector` as a reader sees it after scrolling through the page. Sections off screen are
 * not laid out until scrolled near (`content-visibility: auto`), and `innerText` leaves out what is not
 * laid out; this lays out the element, what is inside it and what it is inside (through the CSSOM,
 * which the Content-Security-Policy allows), and leaves them laid out.
 */
export async function readText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const target = document.querySelector<HTMLElement>(sel);
    if (!target) throw new Error(`readText: nothing matches ${sel}`);
    const around: HTMLElement[] = [];
    for (let element: HTMLElement | null = target; element; element = element.parentElement) around.push(element);
    for (const element of [...around, ...target.querySelectorAll<HTMLElement>('*')]) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
    return target.innerText;
  }, selector);
}

/** Text of a PDF, or of one vertical strip of its A4 pages (x and width in points). */
export function pdfText(file: string, strip?: { x: number; width: number }): string {
  const crop = strip ? ['-r', '72', '-x', String(strip.x), '-y', '0', '-W', String(strip.width), '-H', '842'] : [];
  return execFileSync('pdftotext', ['-layout', ...crop, file, '-'], { encoding: 'utf8' });
}

/** Prints the page to an A4 PDF and returns its text (pdftotext), page count and size. */
export async function printedText(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  const text = pdfText(file);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    file,
    text,
    /** Without spaces and line breaks: Chinese wraps anywhere. */
    flat: text.replace(/\s+/g, ''),
    /** With every run of spaces and line breaks as one space. */
    words: text.replace(/\s+/g, ' '),
    pageSize: /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    /** The text of page n (from 1), without spaces and line breaks. */
    pageFlat: (n: number) => (text.split('\f')[n - 1] ?? '').replace(/\s+/g, ''),
  };
}
