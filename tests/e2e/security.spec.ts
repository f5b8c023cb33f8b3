import { expect, test } from './fixtures';

test('every page carries a Content-Security-Policy without unsafe-inline scripts', async ({ request }) => {
  for (const path of ['/', '/en/guide/fees/']) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

// CSP violations are recorded during the sitemap sweep's page loads (site.spec.ts, 'every page in the sitemap'),
// and while searching in the search tests (search.spec.ts), rather than in a second pass over every page.
