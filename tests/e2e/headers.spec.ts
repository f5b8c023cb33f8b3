import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// Security headers come from the web server (deploy/ for nginx, public/_headers for static hosts),
// so they are checked when the suite runs against nginx (`npm run test:nginx`), not `astro preview`.
test.skip(!process.env['EXPECT_SECURITY_HEADERS'], 'headers are set by the web server; run npm run test:nginx');

test('pages and assets are served with the security headers', async ({ request }) => {
  for (const path of ['/', '/en/guide/fees/', '/favicon.svg']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('pages, styles and scripts are sent as the level-9 gzip copy the build wrote, matching the file', async ({
  request,
}) => {
  const contractPage = await (await request.get('/tools/contract/')).text();
  const stylesheet = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(contractPage)?.[1];
  const script = /<script type="module" src="(\/_astro\/[^"]+\.js)"/.exec(contractPage)?.[1];
  const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);
  if (!stylesheet || !script) throw new Error('the contract page links no stylesheet or no script');
  for (const [url, file] of [
    ['/', 'index.html'],
    ['/tools/contract/', 'tools/contract/index.html'],
    ['/en/guide/fees/', 'en/guide/fees/index.html'],
    [stylesheet, stylesheet.slice(1)],
    [script, script.slice(1)],
    ['/pagefind/pagefind.js', 'pagefind/pagefind.js'],
  ] as const) {
    const response = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), url).toBe(200);
    const headers = response.headers();
    expect(headers['content-encoding'], url).toBe('gzip');
    expect(headers['vary'], url).toContain('Accept-Encoding');
    // The bytes on the wire are the build's .gz (nginx's own gzip would be larger and chunked) ...
    const gz = await readFile(dist(`${file}.gz`));
    expect(Number(headers['content-length']), url).toBe(gz.length);
    // ... and they unpack to the page itself, not to an older build's.
    expect((await response.body()).equals(await readFile(dist(file))), url).toBe(true);
  }
});

test('unknown pages get a 404 status and the 404 page in their language', async ({ page, pageErrors }) => {
  pageErrors.allow(/404/);
  const zh = await page.goto('/no-such-page/');
  expect(zh?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  const en = await page.goto('/en/no-such-page/');
  expect(en?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  expect(en?.headers()['x-content-type-options']).toBe('nosniff');
});

test("Pagefind's files are sent as the gzip they are, so the browser unpacks them, not Pagefind's script", async ({
  page,
}) => {
  await page.goto('/');
  const entry = (await (await page.request.get('/pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const zh = entry.languages['zh-cn'];
  if (!zh) throw new Error('no zh-cn index in pagefind-entry.json');
  for (const url of [`/pagefind/pagefind.${zh.hash}.pf_meta`, `/pagefind/wasm.${zh.wasm ?? 'unknown'}.pagefind`]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-encoding'], url).toBe('gzip');
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    // What the page's fetch() hands to Pagefind: already unpacked, starting with Pagefind's signature,
    // which tells Pagefind to skip its own inflate.
    const start = await page.evaluate(
      async (file) => new TextDecoder().decode((await (await fetch(file)).arrayBuffer()).slice(0, 12)),
      url,
    );
    expect(start, url).toBe('pagefind_dcd');
  }
});
