import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/chromium-path';

const port = Number(process.env['PORT'] ?? 4329);
/** Set BASE_URL to test a site served elsewhere (e.g. the nginx suite); otherwise `astro preview` serves dist/. */
const externalBaseUrl = process.env['BASE_URL'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
  // Generous: axe on the tool pages (thousands of elements) takes tens of seconds on 2 cores.
  timeout: 120_000,
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    // A trace records every action's page snapshot: it doubled the time of the fee and contract specs
    // (2.1 min → 58 s without). Recorded on CI's retry of a failed test; locally, add `--trace on`.
    trace: 'on-first-retry',
    launchOptions: { executablePath: findChromium({ headlessShell: true }), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  ...(externalBaseUrl
    ? {}
    : {
        webServer: {
          command: `npx astro preview --host 127.0.0.1 --port ${port}`,
          url: `http://127.0.0.1:${port}/`,
          reuseExistingServer: !process.env['CI'],
          timeout: 120_000,
        },
      }),
});
