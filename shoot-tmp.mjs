import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4331';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const path = process.argv[2] ?? '/tools/fees/';
const tag = process.argv[3] ?? 'zh';
const widths = (process.argv[4] ?? '390,1280').split(',').map(Number);
const scheme = process.argv[5] ?? 'light';
for (const w of widths) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(base + path);
  await page.waitForTimeout(800);
  const top = await page.evaluate(() => document.querySelector('fee-calculator').getBoundingClientRect().top + scrollY - 300);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const seg = w < 500 ? 1400 : 1100;
  let i = 0;
  for (let y = Math.max(0, top); y < height && i < 8; y += seg, i++) {
    await page.screenshot({ path: `/tmp/shots/fees/${tag}-${w}-${i}.png`, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(seg, height - y) } });
  }
  console.log(w, 'segments', i, 'height', height);
  await page.close();
}
await browser.close();
