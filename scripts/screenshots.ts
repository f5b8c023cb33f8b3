// Screenshots of pages at phone and desktop width, and printed pages as PDF, for a person to look at.
// Usage: node scripts/screenshots.ts [baseUrl] [outDir] path...   (run `npm run build` and a preview first)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/chromium-path.ts';

const [baseUrl = 'http://127.0.0.1:4329', outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const path of paths.length > 0 ? paths : ['/', '/en/']) {
  const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    // A full-page capture does not scroll, so sections drawn only when scrolled near
    // (`content-visibility: auto`) would come out blank; a reader scrolling sees them. Through the
    // CSSOM, which the Content-Security-Policy allows (a <style> tag it would block).
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement>('*')) {
        if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
      }
    });
    await page.screenshot({ path: `${outDir}/${name}-${label}.png`, fullPage: label === 'phone' ? false : true });
    if (label === 'desktop') await page.pdf({ path: `${outDir}/${name}.pdf`, format: 'A4', printBackground: true });
    await page.close();
  }
}
await browser.close();
console.log(`screenshots written to ${outDir}`);
