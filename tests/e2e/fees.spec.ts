import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, readText, test } from './fixtures';
import { typeInto } from './tool-helpers';

const ZH = '/tools/fees/';
const EN = '/en/tools/fees/';
const STORAGE_KEY = 'tmall-agency-guide:v1:fees';
const MODELS = ['base-commission', 'fixed', 'commission', 'tiered'] as const;

/** Each model's monthly agency cost (yuan) as the page states it in `data-value`. */
async function agencyCosts(page: Page): Promise<Record<string, number>> {
  const costs: Record<string, number> = {};
  for (const model of MODELS) {
    const value = await page.locator(`[data-result="agency-cost"][data-model="${model}"]`).getAttribute('data-value');
    costs[model] = Number(value);
  }
  return costs;
}

async function savedData(page: Page): Promise<unknown> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as { data: unknown }).data;
}

async function waitForSave(page: Page) {
  await expect(page.locator('[data-store-status]')).toHaveAttribute('data-saved', 'true');
}

// ---------------------------------------------------------------------------
// The link contract. The full table of input sets worked out by hand runs as unit tests through the
// functions the page calls (tests/unit/fees/page-tables.test.ts); two of them stay here to prove that
// the page reads the link and writes the figures into its `data-value` contract: one with Chinese units
// and full-width digits carried by a real address, one where the two offers never cross.
// ---------------------------------------------------------------------------

interface ContractCase {
  name: string;
  query: string;
  costs: Record<(typeof MODELS)[number], number>;
  /** Break-even GMV of base + commission against fixed fee (yuan), or null when they never cross. */
  breakEven: number | null;
}

const contractCases: ContractCase[] = [
  {
    // A base fee above the fixed fee: 35,000 + 5 % × 100,000 = 40,000 is never below 30,000: no break-even.
    // B 20 % × 100,000 = 20,000; tiered 5,000.
    name: 'a base fee above the fixed fee never breaks even',
    query: 'gmv=100000&base=35000&rate=5&fixed=30000&pure=20',
    costs: { 'base-commission': 40_000, fixed: 30_000, commission: 20_000, tiered: 5_000 },
    breakEven: null,
  },
  {
    // What people type, carried by a link: 20万 = 200,000, full-width ６ = 6, a ¥ sign and separators.
    name: 'Chinese units and full-width digits in a link',
    query: `gmv=${encodeURIComponent('20万')}&base=${encodeURIComponent('¥15,000')}&rate=${encodeURIComponent('６')}&fixed=30000&pure=18`,
    costs: { 'base-commission': 27_000, fixed: 30_000, commission: 36_000, tiered: 10_000 },
    breakEven: 250_000,
  },
];

test.describe('link contract', () => {
  for (const contract of contractCases) {
    test(contract.name, async ({ page }) => {
      await page.goto(`${ZH}?${contract.query}`);
      await expect(page.locator('[data-result="agency-cost"][data-model="base-commission"]')).toHaveAttribute(
        'data-value',
        String(contract.costs['base-commission']),
      );
      expect(await agencyCosts(page)).toEqual(contract.costs);
      const breakEven = page.locator('[data-result="break-even"]');
      await expect(breakEven).toHaveCount(1);
      if (contract.breakEven === null) await expect(breakEven).not.toHaveAttribute('data-value');
      else await expect(breakEven).toHaveAttribute('data-value', String(contract.breakEven));
    });
  }

  test('the English page honours the same contract', async ({ page }) => {
    await page.goto(`${EN}?gmv=300000&base=20000&rate=8&fixed=40000&pure=15`);
    await expect(page.locator('[data-result="break-even"]')).toHaveAttribute('data-value', '250000');
    expect(await agencyCosts(page)).toEqual({
      'base-commission': 44_000,
      fixed: 40_000,
      commission: 45_000,
      tiered: 15_000,
    });
    // 20,000 / (15 % − 8 %) = 285,714.28… → "Below ¥285,714 … commission only is cheaper; above it, base + commission".
    await expect(page.locator('[data-pair="base-commission:commission"]')).toHaveText(
      'Below ¥285,714 a month of sales, the commission-only offer is cheaper; above it, the base + commission offer is cheaper.',
    );
  });
});

test.describe('answers without JavaScript and on first view', () => {
  test('the page shows the worked example without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ZH);
    // Commission on sales after refunds, 10 % refunded: the base is 180,000. A 15,000 + 6 % = 25,800;
    // fixed 30,000; B 18 % = 32,400; tiered 5 % = 9,000. A meets the fixed fee at 15,000 / (6 % × 90 %) = 277,777.78.
    expect(await agencyCosts(page)).toEqual({
      'base-commission': 25_800,
      fixed: 30_000,
      commission: 32_400,
      tiered: 9_000,
    });
    await expect(page.locator('[data-result="break-even"]')).toHaveAttribute('data-value', '277777.78');
    await expect(page.locator('[data-answer]')).toHaveText('按每月 ¥200,000 的销售额，阶梯提成最便宜：每月 ¥9,000。');
    await expect(page.locator('[data-copy-link]')).toBeHidden();
    await context.close();
  });

  test('陈女士 sees where her two offers flip, in Chinese', async ({ page }) => {
    await page.goto(ZH);
    await page.locator('#fee-fixed').fill('30000');
    // Leave only her two offers: A (base + commission) and B (commission only).
    await page.getByLabel('参与比较').nth(1).uncheck();
    await page.getByLabel('参与比较').nth(3).uncheck();
    await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(2);
    await expect(page.locator('[data-answer]')).toHaveText(
      '按每月 ¥200,000 的销售额，底薪 + 提成最便宜：每月 ¥25,800。',
    );
    // 15,000 = (18 % − 6 %) × 90 % × g → g = 138,888.89.
    await expect(page.locator('[data-flip]')).toHaveText(
      '月销售额低于 ¥138,889 时，纯提成更便宜；高于 ¥138,889 时，底薪 + 提成更便宜。',
    );
    // Only one pair left, and the contract's break-even element goes with the fixed-fee model.
    await expect(page.locator('[data-pairs] li')).toHaveCount(1);
    await expect(page.locator('[data-result="break-even"]')).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------
// Typing, tiers, names
// ---------------------------------------------------------------------------

test('typing updates the results; a named offer shows by its name; warnings follow the inputs', async ({ page }) => {
  await page.goto(EN);
  await typeInto(page, '#fee-gmv', '300000');
  await typeInto(page, '#fee-base', '20000');
  await typeInto(page, '#fee-rate', '8');
  await typeInto(page, '#fee-pure', '15');
  await typeInto(page, '#fee-purename', 'Agency <b>B</b>');
  // 15 % of sales after the default 10 % of refunds: 15 % × 270,000 = 40,500.
  await expect(page.locator('[data-result="agency-cost"][data-model="commission"]')).toHaveAttribute(
    'data-value',
    '40500',
  );
  // User text is text: the angle brackets show as typed and no element is created.
  await expect(page.locator('[data-pair="base-commission:commission"]')).toContainText(
    'Agency <b>B</b> (Commission only)',
  );
  await expect(page.locator('[data-pairs] b')).toHaveCount(0);
  // 15 % is inside the commonly reported range: only the zero-base warning is left for the commission-only offer.
  await expect(page.locator('[data-warnings] li')).toHaveCount(1);
  await page.getByLabel('The agency, out of its fee').check();
  await expect(page.locator('[data-warnings] li')).toHaveCount(2);
  await typeInto(page, '#fee-margin', '5');
  await expect(page.locator('[data-warnings]')).toContainText('this plan loses money');
});

test('tiered brackets can be added and removed; the schedule is marginal and capped', async ({ page }) => {
  await page.goto(ZH);
  await page.getByRole('button', { name: '+ 增加一档' }).click();
  // The new bracket goes in below the open top one: rows are now 300,000 @5, (new) @?, open @8.
  await expect(page.locator('#fee-tier-1-upto')).toBeFocused();
  await expect(page.locator('#fee-tier-2-rate')).toHaveValue('8');
  await expect(page.locator('#fee-tier-1-rate-error')).toHaveText('请填写这一项。');
  await page.locator('#fee-tier-1-upto').fill('400000');
  await page.locator('#fee-tier-1-rate').fill('6');
  await typeInto(page, '#fee-gmv', '500000');
  // The base is 500,000 less 10 % refunds = 450,000:
  // 5 % × 300,000 + 6 % × 100,000 + 8 % × 50,000 = 15,000 + 6,000 + 4,000 = 25,000.
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute('data-value', '25000');
  await page.locator('#fee-tcap').fill('20000');
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute('data-value', '20000');
  await page.getByRole('button', { name: '删除第 2 档' }).click();
  // Back to 5 % to 300,000 and 8 % above: 15,000 + 12,000 = 27,000, capped at 20,000.
  await expect(page.locator('[data-tier-row]:visible')).toHaveCount(2);
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute('data-value', '20000');
  await page.locator('#fee-tcap').fill('');
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute('data-value', '27000');
});

// ---------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------

// Every bad value's message is checked against the page's functions in tests/unit/fees/page-tables.test.ts;
// two stay here (a number field, a name field) to prove the wiring: the message at the field, no figures,
// nothing saved, and fixing it brings the results back.
const badInputs: { field: string; value: string; message: RegExp }[] = [
  { field: '#fee-gmv', value: 'abc', message: /请只填数字/ },
  { field: '#fee-bcname', value: '名'.repeat(41), message: /最多 40 个字/ },
];

test.describe('bad input', () => {
  for (const bad of badInputs) {
    test(`${bad.field} = ${JSON.stringify(bad.value.slice(0, 12))}: message at the field, no results, nothing saved`, async ({
      page,
    }) => {
      // The page's own timers, so that "after the save delay" is reached by running them, not by sleeping.
      await page.clock.install();
      await page.goto(ZH);
      await typeInto(page, '#fee-gmv', '250000');
      await waitForSave(page);
      const before = await savedData(page);
      expect(before).toMatchObject({ gmvFen: 25_000_000 });

      // Set at once: typing it key by key would pass through valid values, which are rightly saved.
      await page.locator(bad.field).fill(bad.value);
      const input = page.locator(bad.field);
      const errorId = `${bad.field.slice(1)}-error`;
      await expect(page.locator(`#${errorId}`)).toHaveText(bad.message);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAttribute('aria-describedby', new RegExp(`(^| )${errorId}( |$)`));
      // No figure computed from an invalid value stays on the page, not even hidden.
      await expect(page.locator('[data-result]')).toHaveCount(0);
      await expect(page.locator('[data-error-summary]')).toBeVisible();
      // Nothing is saved over the good data, even after the save delay (300 ms; run past it at once).
      await page.clock.runFor(700);
      expect(await savedData(page)).toEqual(before);
      await expect(page.locator('[data-store-notice]')).toContainText('修改前不会保存');

      // Fixing it brings the results back and saves again.
      await typeInto(
        page,
        bad.field,
        bad.field === '#fee-bcname' ? 'A 公司' : bad.field === '#fee-gmv' ? '260000' : '10',
      );
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(4);
      await waitForSave(page);
    });
  }

  test('a garbage link: messages at each field, no results, nothing saved', async ({ page }) => {
    const query = 'gmv=lots&rate=300%25&on=sideways&show=bc,zzz&tiers=abc&start=13&growth=-80&x618=1e15&athr=-1';
    await page.clock.install();
    await page.goto(`${ZH}?${query}`);
    await expect(page.locator('#fee-gmv')).toHaveValue('lots');
    await expect(page.locator('#fee-gmv-error')).toHaveText('请只填数字，例如 200000。');
    await expect(page.locator('#fee-rate-error')).toHaveText('不能超过 100%。');
    await expect(page.locator('#fee-on-error')).toHaveText('请选择一项。');
    await expect(page.getByRole('radio', { name: '全部成交额' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#fee-show-error')).toContainText('本页不认识的方案');
    await expect(page.locator('#fee-tier-0-upto-error')).toHaveText('最高一档不设上限，请留空。');
    await expect(page.locator('#fee-tier-0-rate-error')).toHaveText('请填写这一项。');
    await expect(page.locator('#fee-start-error')).toHaveText('不能超过 12。');
    await expect(page.locator('#fee-growth-error')).toHaveText('不能低于 -50%。');
    await expect(page.locator('#fee-x618-error')).toHaveText('不能超过 20。');
    await expect(page.locator('#fee-athr-error')).toHaveText('不能是负数。');
    // gmv, rate, on, show, bracket 1 (up to and rate), start, growth, 618, refund threshold.
    await expect(page.locator('[data-error-list] li')).toHaveCount(10);
    await expect(page.locator('[data-result]')).toHaveCount(0);
    // Past the save delay, by running the page's timers rather than sleeping.
    await page.clock.runFor(700);
    expect(await savedData(page)).toBeNull();
    // The summary links move focus to the field.
    await page.locator('[data-error-list] a').first().click();
    await expect(page.locator('#fee-gmv')).toBeFocused();
  });

  test('more brackets than the form holds, from a link, is refused at the schedule', async ({ page }) => {
    const tiers = Array.from({ length: 10 }, (_, index) => (index === 9 ? ':9' : `${(index + 1) * 10000}:5`)).join(',');
    await page.goto(`${ZH}?tiers=${encodeURIComponent(tiers)}`);
    await expect(page.locator('#fee-tiers-error')).toHaveText('最多 8 档。');
    await expect(page.locator('[data-result]')).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------
// Link round trip, CSV, print
// ---------------------------------------------------------------------------

test('copy link reproduces every input in a fresh browser', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto(ZH);
  await typeInto(page, '#fee-gmv', '188888.88');
  await typeInto(page, '#fee-base', '12000');
  await typeInto(page, '#fee-rate', '6.5');
  await typeInto(page, '#fee-bcname', 'A 公司, "报价 2" & 其他');
  await typeInto(page, '#fee-pure', '17.25');
  await page.getByLabel('扣除退款后的销售额').check();
  await typeInto(page, '#fee-refund', '7.5');
  await page.getByRole('button', { name: '+ 增加一档' }).click();
  await page.locator('#fee-tier-1-upto').fill('500000');
  await page.locator('#fee-tier-1-rate').fill('6');
  await typeInto(page, '#fee-tmin', '8000');
  await typeInto(page, '#fee-growth', '-2.5');
  await typeInto(page, '#fee-x1111', '2.4');
  await typeInto(page, '#fee-start', '7');
  await page.getByLabel('参与比较').nth(1).uncheck();
  await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(3);
  const costs = await readText(page, '[data-compare]');
  const plan = await readText(page, '[data-plan-table]');
  const pairs = await readText(page, '[data-pairs]');

  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText(/链接已复制/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/tools/fees/?');

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.locator('[data-link-prompt]')).toBeHidden();
  for (const [field, value] of [
    ['#fee-gmv', '188888.88'],
    ['#fee-rate', '6.5'],
    ['#fee-bcname', 'A 公司, "报价 2" & 其他'],
    ['#fee-pure', '17.25'],
    ['#fee-refund', '7.5'],
    ['#fee-tier-1-upto', '500000'],
    ['#fee-tmin', '8000'],
    ['#fee-growth', '-2.5'],
    ['#fee-x1111', '2.4'],
    ['#fee-start', '7'],
  ] as const) {
    await expect(fresh.locator(field)).toHaveValue(value);
  }
  await expect(fresh.getByLabel('扣除退款后的销售额')).toBeChecked();
  await expect(fresh.locator('[data-result="agency-cost"]')).toHaveCount(3);
  expect(await readText(fresh, '[data-compare]')).toBe(costs);
  expect(await readText(fresh, '[data-plan-table]')).toBe(plan);
  expect(await readText(fresh, '[data-pairs]')).toBe(pairs);
  await other.close();
});

test('when the browser will not copy, the link is shown selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/tools/fees/');
  // No such field until it is needed: a hidden one in the results made Chrome lay the results out at load.
  await expect(page.locator('[data-share-link]')).toHaveCount(0);
  await typeInto(page, '#fee-gmv', '250000');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText(/无法自动复制/);
  const box = page.getByRole('textbox', { name: '本页链接' });
  await expect(box).toBeVisible();
  await expect(box).toHaveValue(/\/tools\/fees\/\?.*250000/);
  const selected = await box.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selected).toBe(await box.inputValue());
});

test('the 12-month CSV opens in Excel and WPS: BOM, CRLF, Chinese headings, plain numbers', async ({ page }) => {
  await page.goto(ZH);
  await typeInto(page, '#fee-bcname', 'A 公司');
  await typeInto(page, '#fee-growth', '10');
  await typeInto(page, '#fee-x618', '1.5');
  await typeInto(page, '#fee-start', '5');
  await expect(page.locator('[data-plan-table] tbody tr')).toHaveCount(13);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 12 个月表格（CSV）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('代运营费用-12个月计划.csv');
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(
    '序号,月份,销售额（元）,毛利（元）,平台费用（元）,商家支付的广告费（元）,A 公司（底薪 + 提成） 代运营费用（元）,固定服务费 代运营费用（元）,纯提成 代运营费用（元）,阶梯提成 代运营费用（元）,A 公司（底薪 + 提成） 净利润（元）,固定服务费 净利润（元）,纯提成 净利润（元）,阶梯提成 净利润（元）',
  );
  // Month 1 is May at ¥200,000: costs as in the default example. Month 2 is June (618):
  // 200,000 × 1.1 × 1.5 = 330,000, after 10 % refunds 297,000 → A 15,000 + 17,820 = 32,820; B 53,460;
  // tiered 5 % × 297,000 = 14,850.
  expect(lines[1]?.split(',').slice(0, 3)).toEqual(['1', '5月', '200000.00']);
  expect(lines[1]?.split(',').slice(6, 10)).toEqual(['25800.00', '30000.00', '32400.00', '9000.00']);
  expect(lines[2]?.split(',').slice(0, 3)).toEqual(['2', '6月', '330000.00']);
  expect(lines[2]?.split(',').slice(6, 10)).toEqual(['32820.00', '30000.00', '53460.00', '14850.00']);
  expect(lines[13]?.startsWith('合计,,')).toBe(true);
  // The total row is the sum of the month rows, to the fen.
  const column = (index: number) =>
    lines.slice(1, 13).reduce((sum, line) => sum + Math.round(Number(line.split(',')[index]) * 100), 0);
  for (const index of [2, 6, 7, 8, 9, 10, 13])
    expect(Math.round(Number(lines[13]?.split(',')[index]) * 100)).toBe(column(index));
});

test('print preview shows the figures and results, not the controls', async ({ page }) => {
  await page.goto(`${ZH}?gmv=300000&base=20000&rate=8&fixed=40000&pure=15`);
  await expect(page.locator('[data-result="break-even"]')).toHaveAttribute('data-value', '250000');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-copy-link]')).toBeHidden();
  await expect(page.locator('[data-store-controls]')).toBeHidden();
  await expect(page.locator('.fee-tier-remove').first()).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('#fee-gmv')).toBeVisible();
  await expect(page.locator('#fee-gmv')).toHaveValue('300000');
  await expect(page.locator('[data-compare]')).toBeVisible();
  await expect(page.locator('[data-chart-svg]')).toBeVisible();
  await expect(page.locator('[data-plan-table]')).toBeVisible();
  const border = await page.locator('#fee-gmv').evaluate((input) => getComputedStyle(input).borderTopStyle);
  expect(border).toBe('none');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

// ---------------------------------------------------------------------------
// Saved inputs against a shared link
// ---------------------------------------------------------------------------

test.describe('a shared link never silently replaces saved inputs', () => {
  async function saveOwnFigures(page: Page) {
    await page.goto(ZH);
    await typeInto(page, '#fee-gmv', '420000');
    await typeInto(page, '#fee-bcname', '我的报价');
    await waitForSave(page);
    return savedData(page);
  }

  test('asks, shows the link, saves nothing; "go back" restores the saved figures', async ({ page }) => {
    await page.clock.install();
    const saved = await saveOwnFigures(page);
    await page.goto(`${ZH}?gmv=300000&base=20000&rate=8&fixed=40000&pure=15`);
    const prompt = page.locator('[data-link-prompt]');
    await expect(prompt).toBeVisible();
    await expect(prompt).toHaveAttribute('role', 'alert');
    await expect(page.locator('#fee-gmv')).toHaveValue('300000');
    await expect(page.locator('[data-result="break-even"]')).toHaveAttribute('data-value', '250000');
    // Editing while the question is open changes nothing saved.
    await typeInto(page, '#fee-gmv', '310000');
    await page.clock.runFor(700);
    expect(await savedData(page)).toEqual(saved);

    await page.getByRole('button', { name: '恢复我保存的数字' }).click();
    await expect(prompt).toBeHidden();
    await expect(page.locator('#fee-gmv')).toHaveValue('420000');
    await expect(page.locator('#fee-bcname')).toHaveValue('我的报价');
    await expect(page).toHaveURL(new RegExp(`${ZH}$`));
    await expect(page.locator('[data-store-notice]')).toContainText('已恢复你保存的数字');
    expect(await savedData(page)).toEqual(saved);
  });

  test('"use the link" replaces the saved figures only when chosen', async ({ page }) => {
    await saveOwnFigures(page);
    await page.goto(`${ZH}?gmv=300000&base=20000&rate=8&fixed=40000&pure=15`);
    await page.getByRole('button', { name: '用链接里的数字（替换已保存的）' }).click();
    await expect(page.locator('[data-link-prompt]')).toBeHidden();
    await expect
      .poll(() => savedData(page))
      .toMatchObject({ gmvFen: 30_000_000, models: { commission: { ratePct: 15 } } });
    // Reloading the same address now matches what is saved: no question.
    await page.reload();
    await expect(page.locator('[data-result="break-even"]')).toHaveAttribute('data-value', '250000');
    await expect(page.locator('[data-link-prompt]')).toBeHidden();
  });

  test('no question when nothing is saved, or when the link holds the saved figures', async ({ page }) => {
    await page.goto(`${ZH}?gmv=300000&base=20000&rate=8&fixed=40000&pure=15`);
    await expect(page.locator('[data-link-prompt]')).toBeHidden();
    await expect.poll(() => savedData(page)).toMatchObject({ gmvFen: 30_000_000 });
    // Editing keeps the address bar in step, so a reload shows the same figures without asking.
    await typeInto(page, '#fee-gmv', '350000');
    await waitForSave(page);
    await expect(page).toHaveURL(/gmv=350000/);
    await page.reload();
    await expect(page.locator('[data-link-prompt]')).toBeHidden();
    await expect(page.locator('#fee-gmv')).toHaveValue('350000');
  });
});

// ---------------------------------------------------------------------------
// Keyboard and accessibility
// ---------------------------------------------------------------------------

test('keyboard only: reach, fill, toggle, add a bracket and copy, with a visible focus ring', async ({
  page,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto(EN);
  // Tab from the top of the page to the sales field.
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator('#fee-gmv').evaluate((input) => input === document.activeElement)) break;
  }
  await expect(page.locator('#fee-gmv')).toBeFocused();
  const outline = await page.locator('#fee-gmv').evaluate((input) => getComputedStyle(input).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('300000');
  // Next stops: the second currency and its rate, the base + commission card's checkbox, base fee, commission.
  await page.keyboard.press('Tab');
  await expect(page.locator('#fee-cur')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#fee-fx')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="show"][value="bc"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#fee-base')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('20000');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab'); // name
  await page.keyboard.press('Tab'); // fixed fee card checkbox
  await expect(page.locator('input[name="show"][value="fixed"]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="show"][value="fixed"]')).not.toBeChecked();
  await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(3);
  // The add-bracket button works from the keyboard.
  await page.locator('#fee-tier-0-rate').focus();
  await page.keyboard.press('Tab'); // remove bracket 1
  await page.keyboard.press('Tab'); // bracket 2 up to
  await page.keyboard.press('Tab'); // bracket 2 rate
  await page.keyboard.press('Tab'); // remove bracket 2
  await page.keyboard.press('Tab'); // add
  await expect(page.getByRole('button', { name: '+ Add a bracket' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#fee-tier-1-upto')).toBeFocused();
  await page.keyboard.type('400000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  // Radio groups move with the arrow keys; the agency-favourable base is flagged once chosen.
  await page.getByRole('radio', { name: 'sales after refunds' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'all sales, including orders later refunded' })).toBeChecked();
  await expect(page.locator('[data-flag="on-gmv"]')).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('tiers=300000%3A5%2C400000%3A6%2C%3A8');
  await expect(page.locator('[data-result="agency-cost"][data-model="base-commission"]')).toHaveAttribute(
    'data-value',
    '44000',
  );
});

// ---------------------------------------------------------------------------
// Issue 21, points 3 and 4: defaults, words, units, presets, currencies, the plan's remainder
// ---------------------------------------------------------------------------

test.describe('defaults that protect the merchant', () => {
  test('commission after refunds by default; choosing all sales is flagged and costed', async ({ page }) => {
    await page.goto(ZH);
    await expect(page.getByRole('radio', { name: '扣除退款后的销售额' })).toBeChecked();
    await expect(page.locator('#fee-refund')).toHaveValue('10');
    await expect(page.locator('[data-flag="on-gmv"]')).toBeHidden();
    await expect(page.locator('[data-warnings]')).not.toContainText('全部成交额');
    await page.getByRole('radio', { name: '全部成交额（含之后退款的订单）' }).check();
    await expect(page.locator('[data-flag="on-gmv"]')).toBeVisible();
    await expect(page.locator('[data-flag="on-gmv"]')).toContainText('对代运营有利');
    // On all 200,000: A 15,000 + 6 % = 27,000, B 36,000, tiered 10,000. The 10 % refunded (20,000)
    // costs A 1,200, B 3,600 and tiered 1,000 a month more.
    await expect(page.locator('[data-result="agency-cost"][data-model="commission"]')).toHaveAttribute(
      'data-value',
      '36000',
    );
    await expect(page.locator('[data-warnings] li').first()).toHaveText(
      '提成按全部成交额计算，退款的订单也要付提成：按 10% 的退款率，底薪 + 提成每月因此多付 ¥1,200；纯提成每月因此多付 ¥3,600；阶梯提成每月因此多付 ¥1,000。评估标准把这种算法列为对代运营有利的条款，谈判时请要求改为按扣除退款后的销售额计算。',
    );
    // The link it writes says which base it means.
    await expect(page).toHaveURL(/[?&]on=gmv(&|$)/);
  });

  test('an old link without `on` still means all sales, and the page flags it', async ({ page }) => {
    await page.goto(`${ZH}?gmv=200000&base=15000&rate=6&fixed=30000&pure=18`);
    await expect(page.getByRole('radio', { name: '全部成交额（含之后退款的订单）' })).toBeChecked();
    await expect(page.locator('#fee-refund')).toHaveValue('0');
    await expect(page.locator('[data-flag="on-gmv"]')).toBeVisible();
    // What its sender saw: 15,000 + 6 % × 200,000 = 27,000.
    await expect(page.locator('[data-result="agency-cost"][data-model="base-commission"]')).toHaveAttribute(
      'data-value',
      '27000',
    );
  });

  test('the intro’s example is the calculator’s first figures; no yearly fee is charged by default', async ({
    page,
  }) => {
    await page.goto(ZH);
    expect(await readText(page, 'main')).toContain('“每月 1.5 万底薪加 6% 提成”和“不要底薪、只收 18%”');
    await expect(page.locator('#fee-base')).toHaveValue('15000');
    await expect(page.locator('#fee-rate')).toHaveValue('6');
    await expect(page.locator('#fee-pure')).toHaveValue('18');
    await expect(page.getByLabel('年费（软件服务费，如仍需缴纳）')).toHaveValue('0');
    // One word per meaning: the tiered offer's floor is a minimum fee, never 保底.
    await expect(page.getByLabel('每月最低服务费（可选）')).toBeVisible();
    expect(await readText(page, 'fee-calculator')).not.toContain('保底');
  });

  test('the base + commission range is not applied to commission-only or tiered rates', async ({ page }) => {
    await page.goto(ZH);
    // B at 18 % and a tiered 8 %: no range warning (the 5–15 % is for base + commission deals).
    await expect(page.locator('[data-warnings]')).not.toContainText('5%–15%');
    await typeInto(page, '#fee-rate', '16');
    await expect(page.locator('[data-warnings]')).toContainText(
      '底薪 + 提成的提成比例 16% 不在“底薪 + 提成”常见的 5%–15% 范围内',
    );
    // With the zero-base warning for B, and a loss: 40,833.34 − (15,000 + 16 % × 180,000) < 0.
    await expect(page.locator('[data-warnings] li')).toHaveCount(3);
  });
});

test.describe('what people type', () => {
  test('500k and 1.2m, in English and in full-width letters', async ({ page }) => {
    await page.goto(EN);
    await typeInto(page, '#fee-gmv', '1.2m');
    await expect(page.locator('[data-echo="gmv"]')).toHaveText('= ¥1,200,000');
    // Fixed fee 500k = 500,000 a month.
    await typeInto(page, '#fee-fixed', '500K');
    await expect(page.locator('[data-result="agency-cost"][data-model="fixed"]')).toHaveAttribute(
      'data-value',
      '500000',
    );
    // 1.2m less 10 % refunds = 1,080,000: A 15,000 + 6 % = 79,800.
    await expect(page.locator('[data-result="agency-cost"][data-model="base-commission"]')).toHaveAttribute(
      'data-value',
      '79800',
    );
    await typeInto(page, '#fee-base', '１５ｋ');
    await expect(page.locator('[data-echo="base"]')).toHaveText('= ¥15,000');
  });

  test('a number that could be read two ways is refused with a message, not guessed', async ({ page }) => {
    await page.goto(EN);
    await typeInto(page, '#fee-gmv', '1,2m');
    await expect(page.locator('#fee-gmv-error')).toHaveText(
      'This could be read two ways. Write it as, e.g., 1200000, 1.2m or 120万; a comma only separates thousands, as in 1,200,000.',
    );
    await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(0);
  });
});

test.describe('store types and platform figures', () => {
  test('Tmall Global fills its deposit and commission, with sources, confidence and date', async ({ page }) => {
    await page.goto(ZH);
    await expect(page.locator('#fee-dep')).toHaveValue('50000');
    await expect(page.locator('[data-preset-for="tmall"]')).toBeVisible();
    await page.locator('#fee-store').selectOption('global');
    await expect(page.locator('#fee-dep')).toHaveValue('150000');
    await expect(page.locator('#fee-pcr')).toHaveValue('5');
    await expect(page.locator('#fee-pay')).toHaveValue('1');
    const note = page.locator('[data-preset-for="global"]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('技术服务费按类目约 2%–5%');
    await expect(note).toContainText('可信度 中');
    await expect(note).toContainText('核实于 2026年12月2日');
    await expect(page.locator('[data-preset-for="tmall"]')).toBeHidden();
    // Several countries or special categories: ¥300,000. Its cost at 4 % a year is 12,000, 1,000 a month.
    await page.locator('#fee-store').selectOption('global-special');
    await expect(page.locator('#fee-dep')).toHaveValue('300000');
    // A specialty store with a ™ mark: ¥150,000.
    await page.locator('#fee-store').selectOption('specialty-tm');
    await expect(page.locator('#fee-dep')).toHaveValue('150000');
    await expect(page).toHaveURL(/[?&]store=specialty-tm(&|$)/);
  });
});

test.describe('a second currency', () => {
  test('EUR at the merchant’s rate beside CNY, on the Chinese page; a bad rate is refused', async ({ page }) => {
    await page.goto(ZH);
    await typeInto(page, '#fee-fx', '7.8');
    // A 25,800 ÷ 7.8 = 3,307.69; tiered 9,000 ÷ 7.8 = 1,153.85.
    await expect(page.locator('[data-compare] tbody tr').first().locator('td').first()).toHaveText(
      '¥25,800≈ €3,307.69',
    );
    await expect(page.locator('[data-answer]')).toHaveText(
      '按每月 ¥200,000 的销售额，阶梯提成最便宜：每月 ¥9,000（约 €1,153.85）。',
    );
    await expect(page.locator('[data-fx-note]')).toHaveText(
      '外币金额按你填的汇率 1 EUR = 7.8 元换算，四舍五入到分，只供参考。',
    );
    await typeInto(page, '#fee-fx', '0');
    await expect(page.locator('#fee-fx-error')).toHaveText('汇率要大于 0，例如 7.8。');
    await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(0);
    await page.locator('#fee-fx').fill('');
    await expect(page.locator('[data-result="agency-cost"]')).toHaveCount(4);
    await expect(page.locator('.fee-fx-note')).toHaveCount(0);
  });

  test('USD on the English page', async ({ page }) => {
    await page.goto(EN);
    await page.locator('#fee-cur').selectOption('USD');
    await typeInto(page, '#fee-fx', '7.1234');
    // 9,000 ÷ 7.1234 = 1,263.44.
    await expect(page.locator('[data-answer]')).toHaveText(
      'At ¥200,000 a month of sales, the tiered offer is the cheapest: ¥9,000 (≈ US$1,263.44) a month.',
    );
  });
});

test('the 12-month table allocates the remainder once, to month 12, and says so', async ({ page }) => {
  await page.goto(ZH);
  await typeInto(page, '#fee-growth', '0');
  const rows = page.locator('[data-plan-table] tbody tr');
  await expect(rows).toHaveCount(13);
  // The deposit's cost is 4 % × 50,000 = 2,000 a year: 166.66 a month, and the 8 fen left go to month 12.
  // Tiered profit: 72,000 − 9,000 − 2,000 − 20,000 − 9,000 − 166.66 = 31,833.34 (month 12: 31,833.26).
  const tieredProfit = async (row: number) => (await rows.nth(row).locator('td').last().textContent())?.trim();
  for (const row of [0, 1, 2, 10]) expect(await tieredProfit(row)).toBe('¥31,833.34');
  expect(await tieredProfit(11)).toBe('¥31,833.26');
  expect(await tieredProfit(12)).toBe('¥382,000');
  expect(await readText(page, '[data-plan-remainder]')).toContain('全部计入第 12 个月');
});

test('on a phone the wide tables say they scroll sideways; on a desktop they do not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(EN);
  const hint = page.locator('.fee-results .fee-scroll-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText('This table is wider than the screen: swipe sideways to see every column.');
  const wrap = page.locator('.fee-results .fee-table-wrap').first();
  expect(await wrap.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(hint).toBeHidden();
});

test('figures saved before this version load with the same meaning', async ({ page }) => {
  const saved = await readFile(new URL('../fixtures/saved/fees-v1.json', import.meta.url), 'utf8');
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, saved] as const,
  );
  await page.goto(ZH);
  // GMV 188,888.88, 7.5 % refunded, commission after refunds: base 174,722.214.
  // A 12,000 + 6.5 % = 23,356.94; B 17.25 % = 30,139.58; tiered 5 % = 8,736.11 (above its 8,000 minimum fee).
  await expect(page.locator('[data-result="agency-cost"][data-model="base-commission"]')).toHaveAttribute(
    'data-value',
    '23356.94',
  );
  await expect(page.locator('[data-result="agency-cost"][data-model="commission"]')).toHaveAttribute(
    'data-value',
    '30139.58',
  );
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute(
    'data-value',
    '8736.11',
  );
  await expect(page.getByRole('radio', { name: '扣除退款后的销售额' })).toBeChecked();
  await expect(page.locator('#fee-afee')).toHaveValue('30000');
  await expect(page.locator('#fee-store')).toHaveValue('custom');
});

// axe over the calculator's states (results, errors, the link prompt, the copy-by-hand link) runs in a11y.spec.ts.
