import {
  animationFrames,
  axeViolations,
  builtSitemapPaths,
  expect,
  readText,
  recordCspViolations,
  resourcesSettled,
  test,
} from './fixtures';

/** Every URL in the built sitemap, as paths on the server under test. */
async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const paths: string[] = [];
  for (const sitemap of sitemapUrls) {
    const body = await (await request.get(sitemap)).text();
    paths.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
  }
  return paths;
}

test('the sitemap lists the home pages and guides in both languages', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/');
  expect(paths).toContain('/en/');
  expect(paths).toContain('/guide/what-is/');
  expect(paths).toContain('/en/guide/what-is/');
  expect(paths).toContain('/guide/modules/');
  expect(paths.length).toBeGreaterThan(10);
});

test.describe('every page in the sitemap', () => {
  const phone = { width: 390, height: 844 };
  for (const path of builtSitemapPaths()) {
    test(`${path} loads without errors or CSP violations and passes axe (light in full, dark for contrast)`, async ({
      page,
    }) => {
      // A tool page holds a whole form and, for the contract, ~50 clauses: axe takes several times longer there.
      // A guide page's four axe runs (two of one rule) took over 2 minutes on a 2-core machine under load.
      if (path.includes('/tools/')) test.slow();
      else test.setTimeout(240_000);
      // CSP violations are recorded during these same loads (console CSP errors fail the test through pageErrors).
      const cspViolations = await recordCspViolations(page);
      const lang = path.startsWith('/en/') ? 'en' : 'zh-CN';

      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      // The page's module scripts have run (`goto` waits for the load event). Anything they start later
      // runs during the axe checks below, seconds long: its CSP violations are read at the end, and an
      // error it throws fails the test (pageErrors).
      // Touch targets as a new visitor's axe sees them: sections below the window not yet laid out
      // (content-visibility), at desktop and at phone width. The full run below lays every section out first.
      const desktop = page.viewportSize();
      expect(await axeViolations(page, { rules: ['target-size'] }), `${path} as loaded`).toEqual([]);
      await page.setViewportSize(phone);
      expect(await axeViolations(page, { rules: ['target-size'] }), `${path} as loaded on a phone`).toEqual([]);
      if (desktop) await page.setViewportSize(desktop);
      // No clause text shows a raw {placeholder} to the reader.
      expect((await readText(page, 'main')).match(/\{[a-z][A-Za-z]+\}/g)).toBeNull();
      expect(await axeViolations(page), `${path} in light mode`).toEqual([]);
      expect(await cspViolations(), `${path}: CSP violations`).toEqual([]);

      // Dark mode changes colours only: the other rules saw the same page above. The theme is switched as
      // the theme picker switches it (the starting theme from the system is checked by blocked-storage.spec).
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => {
        document.documentElement.dataset['theme'] = 'dark';
      });
      expect(await axeViolations(page, { rules: ['color-contrast'] }), `${path} in dark mode`).toEqual([]);
      expect(await cspViolations(), `${path}: CSP violations (dark)`).toEqual([]);
    });
  }
});

test.describe('nothing moves while a page loads', () => {
  // A slow phone or laptop is where late content shows as a jump: the CPU is slowed six-fold so that
  // the browser paints before the page has been read and before the scripts have run, as it does there.
  const pages = [
    '/guide/fees/',
    '/tools/scope/',
    '/tools/fees/',
    '/tools/vetting/',
    '/tools/contract/',
    '/en/tools/vetting/',
  ];
  const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  for (const path of pages)
    for (const [device, viewport] of Object.entries(widths))
      test(`${path} on a ${device}: cumulative layout shift under 0.01`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.addInitScript(() => {
          const shifts: { value: number; nodes: string[] }[] = [];
          const record = (entries: PerformanceEntryList) => {
            for (const entry of entries as (PerformanceEntry & {
              value: number;
              sources: { node?: Node | null }[];
            })[]) {
              const nodes = entry.sources.map(({ node }) =>
                node instanceof Element ? `${node.localName}.${[...node.classList].join('.')}` : String(node?.nodeName),
              );
              shifts.push({ value: entry.value, nodes });
            }
          };
          const observer = new PerformanceObserver((list) => {
            record(list.getEntries());
          });
          observer.observe({ type: 'layout-shift', buffered: true });
          // Entries not yet handed to the callback are taken at the end, so none is missed.
          Object.assign(window, { layoutShifts: () => (record(observer.takeRecords()), shifts) });
        });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
        await page.goto(path, { waitUntil: 'load' });
        // The tools draw their first state (from storage) when their element is defined, a task after the
        // page's scripts, and may load their renderer first: wait for the tool's element to be defined and
        // for the network to settle, then for the frames that lay it out and paint it (a shift is reported
        // with the frame that shows it).
        await page.waitForFunction(
          () =>
            document.querySelector(
              ':is(fee-calculator, scope-chooser, contract-checklist, vetting-scorecard):not(:defined)',
            ) === null,
        );
        await resourcesSettled(page);
        await animationFrames(page, 3);
        const shifts = await page.evaluate(() =>
          (window as unknown as { layoutShifts: () => { value: number; nodes: string[] }[] }).layoutShifts(),
        );
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        const described = shifts.map((shift) => `${shift.value.toFixed(4)} ${shift.nodes.join(', ')}`);
        expect(total, `layout shifts: ${described.join(' | ')}`).toBeLessThan(0.01);
      });
});

test('the home page says what the site is for and leads to the guides', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('天猫代运营指南');
  await expect(page.getByText('工具只在你的浏览器里运行')).toBeVisible();
  await page.getByRole('link', { name: '从这里读起' }).click();
  await expect(page).toHaveURL(/\/guide\/what-is\/$/);
  await page.goto('/en/');
  await expect(page.locator('h1')).toHaveText('Tmall Agency Guide');
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(/\/en\/guide\/what-is\/$/);
});

test('the language switcher moves between the same page in both languages', async ({ page }) => {
  await page.goto('/guide/modules/');
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/en\/guide\/modules\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/guide\/modules\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('unknown addresses get the 404 page in both languages', async ({ page, pageErrors }) => {
  pageErrors.allow(/HTTP 404/);
  pageErrors.allow(/Failed to load resource.*404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await page.goto('/en/404/');
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the six modules come from data and link to their guides', async ({ page }) => {
  for (const [path, count] of [
    ['/guide/modules/', 6],
    ['/en/guide/modules/', 6],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('.module-item')).toHaveCount(count);
  }
  await page.goto('/en/guide/modules/');
  await page.locator('.module-item[data-module="traffic"] a').last().click();
  await expect(page).toHaveURL(/\/en\/guide\/modules\/traffic\/$/);
  await expect(page.locator('.module-services .service').first()).toBeVisible();
});

test('dated facts show their source, confidence and verification date', async ({ page }) => {
  await page.goto('/guide/platform-costs/');
  const card = page.locator('.fact-card').first();
  await expect(card.locator('.confidence-badge')).toContainText('可信度');
  await expect(card).toContainText('核实于');
  await page.goto('/en/guide/sources/');
  await expect(page.locator('.fact-card').first()).toContainText('Last verified');
});

test.describe('a link in "on this page" puts its heading at the top of the window', () => {
  // Guide sections below the fold are laid out only when they come near the window (content-visibility),
  // so the page's height is an estimate until then. Every jump, however far, must still land on its heading.
  const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  for (const path of ['/en/guide/contract/', '/guide/vetting/'])
    for (const [device, viewport] of Object.entries(widths))
      test(`${path} on a ${device}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        const toc = device === 'phone' ? page.locator('mobile-starlight-toc') : page.locator('starlight-toc');
        const ids = await toc
          .locator('a[href^="#"]:not([href="#_top"])')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(1) ?? ''));
        expect(ids.length).toBeGreaterThan(4);
        // Where the heading should be: the page's scroll-padding below the header, or, for the last headings,
        // wherever they are once the page is scrolled to its end.
        const placement = (id: string) =>
          page.evaluate((id) => {
            const top = document.getElementById(id)?.getBoundingClientRect().top ?? NaN;
            const want = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
            const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
            return Math.abs(top - want) <= 1 || (atEnd && top > want && top < innerHeight)
              ? 'in place'
              : `at ${Math.round(top)} px, want ${want}`;
          }, id);
        // From the top of the page to each heading, last first, then back to the first.
        for (const id of [...ids].reverse().concat(ids[0] ?? '')) {
          await page.evaluate(() => {
            window.scrollTo(0, 0);
          });
          if (
            device === 'phone' &&
            !(await toc.locator('details').evaluate((details: HTMLDetailsElement) => details.open))
          )
            await toc.locator('summary').click();
          await toc.locator(`a[href="#${id}"]`).click();
          await expect.poll(() => placement(id), { message: `#${id}` }).toBe('in place');
          // Sections brought near the window are laid out at the next rendering updates, and laying them out can bring
          // others near: several frames on, it must still be in place.
          await animationFrames(page, 6);
          expect(await placement(id), `#${id} after the sections around it were drawn`).toBe('in place');
        }
      });
});
