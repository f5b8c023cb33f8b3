import { chromium } from '@playwright/test';
const Q = 'gmv=600000&ad=80000&show=bc,fixed,pure,tiered,mod&adpct=8&admin=10000&seats=2&seatfee=4500&peakseats=2&setup=10000&deposit=30000&x618=2&x1111=3';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [lang, path] of [['zh', '/tools/fees/'], ['en', '/en/tools/fees/']]) {
  for (const [dev, w, h] of [['desk', 1280, 900], ['phone', 390, 844]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(`http://127.0.0.1:4431${path}?${Q}`);
    await page.waitForSelector('[data-ready]');
    await page.waitForSelector('[data-result="agency-cost"][data-model="module"]');
    const card = page.locator('[data-offer="module"]');
    await card.screenshot({ path: `/tmp/x/${lang}-${dev}-card.png` });
    await page.locator('.fee-results, [aria-labelledby="fee-results-heading"]').first().screenshot({ path: `/tmp/x/${lang}-${dev}-results.png` });
    if (dev === 'desk') {
      if (await page.locator('[data-terms-open]').isVisible()) await page.click('[data-terms-open]');
      await page.waitForSelector('[data-statement] tbody tr');
      await page.selectOption('[data-statement-model]', 'module');
      await page.selectOption('[data-statement-month]', '0');
      await page.waitForTimeout(300);
      await page.locator('[data-statement]').screenshot({ path: `/tmp/x/${lang}-statement.png` });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: `/tmp/x/${lang}-print.pdf`, format: 'A4' });
    }
    await page.close();
  }
}
await browser.close();
