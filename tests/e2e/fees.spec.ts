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
    expect(await agencyCosts(page)).toEqual({
      'base-commission': 27_000,
      fixed: 30_000,
      commission: 36_000,
      tiered: 10_000,
    });
    await expect(page.locator('[data-result="break-even"]')).toHaveAttribute('data-value', '250000');
    await expect(page.locator('[data-answer]')).toHaveText('按每月 ¥200,000 的销售额，阶梯提成最便宜：每月 ¥10,000。');
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
      '按每月 ¥200,000 的销售额，底薪 + 提成最便宜：每月 ¥27,000。',
    );
    await expect(page.locator('[data-flip]')).toHaveText(
      '月销售额低于 ¥125,000 时，纯提成更便宜；高于 ¥125,000 时，底薪 + 提成更便宜。',
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
  await expect(page.locator('[data-result="agency-cost"][data-model="commission"]')).toHaveAttribute(
    'data-value',
    '45000',
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
  // 5 % × 300,000 + 6 % × 100,000 + 8 % × 100,000 = 15,000 + 6,000 + 8,000 = 29,000.
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute('data-value', '29000');
  await page.locator('#fee-tcap').fill('25000');
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute('data-value', '25000');
  await page.getByRole('button', { name: '删除第 2 档' }).click();
  // Back to 5 % to 300,000 and 8 % above: 15,000 + 16,000 = 31,000, capped at 25,000.
  await expect(page.locator('[data-tier-row]:visible')).toHaveCount(2);
  await page.locator('#fee-tcap').fill('');
  await expect(page.locator('[data-result="agency-cost"][data-model="tiered"]')).toHaveAttribute('data-value', '31000');
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
  // 200,000 × 1.1 × 1.5 = 330,000 → A 15,000 + 19,800 = 34,800; B 59,400; tiered 15,000 + 8 % × 30,000 = 17,400.
  expect(lines[1]?.split(',').slice(0, 3)).toEqual(['1', '5月', '200000.00']);
  expect(lines[1]?.split(',').slice(6, 10)).toEqual(['27000.00', '30000.00', '36000.00', '10000.00']);
  expect(lines[2]?.split(',').slice(0, 3)).toEqual(['2', '6月', '330000.00']);
  expect(lines[2]?.split(',').slice(6, 10)).toEqual(['34800.00', '30000.00', '59400.00', '17400.00']);
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
  // Next stops: the base + commission card's checkbox, base fee, commission.
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
  // Radio groups move with the arrow keys.
  await page.getByRole('radio', { name: 'all sales (GMV)' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'sales after refunds' })).toBeChecked();
  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('tiers=300000%3A5%2C400000%3A6%2C%3A8');
  await expect(page.locator('[data-result="agency-cost"][data-model="base-commission"]')).toHaveAttribute(
    'data-value',
    '44000',
  );
});

// axe over the calculator's states (results, errors, the link prompt, the copy-by-hand link) runs in a11y.spec.ts.
