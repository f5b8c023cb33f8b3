import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium for Playwright, in this order: the CHROMIUM_PATH environment variable,
 * Playwright's own downloaded browser, then `chromium` (or `chromium-browser`) on PATH.
 * Playwright cannot download its browser on every machine, so Debian's package is the fallback.
 *
 * With `headlessShell`, Debian's `chromium-headless-shell` (the old headless mode, same engine and
 * version as `chromium`) comes before `chromium`: it loads a page in half the time and the browser
 * suite runs about a fifth faster (docs/decisions/2026-12-03-browser-suite-time.md).
 */
export function findChromium({ headlessShell = false }: { headlessShell?: boolean } = {}): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browser was never installed: fall through to the system one.
  }
  for (const name of [...(headlessShell ? ['chromium-headless-shell'] : []), 'chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `apt-get install chromium chromium-headless-shell fonts-noto-cjk`), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium` where downloads work.',
  );
}

/** Flags that keep Chromium from calling out to the network on a closed machine. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
