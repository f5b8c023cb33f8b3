import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, printedText, test } from './fixtures';

const KEY = 'tmall-agency-guide:v1:review';
const fixture = (name: string) => `tests/fixtures/review/${name}`;
const saved = (tool: string) => readFileSync(`tests/fixtures/saved/${tool}-v1.json`, 'utf8');

const setup = (page: Page) => page.locator('[data-setup-form]');
const monthForm = (page: Page) => page.locator('[data-month-form]');
const report = (page: Page) => page.locator('[data-report]');

async function expectNoAxe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Waits for the save after the last change (300 ms), as a merchant would before reloading. */
async function savedNow(page: Page) {
  await expect(page.locator('[data-store-status]')).toHaveAttribute('data-saved', 'true');
}

async function chooseCsv(page: Page, file: string) {
  await page.locator('[data-csv-file]').setInputFiles(file);
  await expect(page.locator('[data-csv-map]')).toBeVisible();
}

/** 王总's set-up, typed as he would from his contract. */
async function setUpWang(page: Page) {
  const form = setup(page);
  await form.getByLabel('合同开始月份').fill('2026年1月');
  await form.getByLabel('销售额').fill('60万');
  await form.getByLabel('推广投产比（ROI）').fill('3');
  await form.getByLabel('交付 1').fill('运营周报');
  await form.locator('[name="d.0.due"]').fill('每周一');
  await form.getByLabel('交付 2').fill('月度复盘会');
  await form.locator('[name="d.1.kind"]').selectOption('meeting');
  await form.getByLabel('义务 1').fill('每月推广预算');
  await form.locator('[name="o.0.amount"]').fill('50000');
  await form.locator('[name="o.0.unit"]').fill('元');
  await form.locator('[name="c.0.metric"]').selectOption('roi');
  await form.locator('[name="c.0.months"]').fill('3');
  await form.locator('[name="c.0.action"]').selectOption('warning');
  await form.locator('[name="c.0.note"]').fill('第 7.2 条');
  await form.locator('[name="c.1.metric"]').selectOption('roi');
  await form.locator('[name="c.1.months"]').fill('6');
  await form.locator('[name="c.1.action"]').selectOption('termination');
}

test('王总’s year: ROI missed three months running while he paid the budget; printed as an evidence pack', async ({
  page,
}, testInfo) => {
  await page.goto('/tools/review/');
  await expect(page.locator('[data-report-empty]')).toBeVisible();
  await expectNoAxe(page);
  await setUpWang(page);

  // His figures from a spreadsheet saved as UTF-8 with a byte-order mark, one row a month.
  await chooseCsv(page, fixture('wang-2026-utf8-bom.csv'));
  await expect(page.locator('[data-csv-map]')).toContainText('有 12 行');
  await expect(page.locator('#review-col-date')).toHaveValue('月份');
  await expect(page.locator('#review-col-roi')).toHaveValue('投产比');
  await expectNoAxe(page);
  await page.getByRole('button', { name: '导入这些数字' }).click();
  await expect(page.locator('[data-csv-notice]')).toContainText('已导入 12 个月的数字（2026-01 至 2026-12）');

  // Each month: the report on time (the meeting late in November), the budget paid, the recharge invoice.
  const month = monthForm(page);
  for (let m = 1; m <= 12; m += 1) {
    const id = `2026-${String(m).padStart(2, '0')}`;
    await month.getByLabel('月份').selectOption(id);
    await month.getByLabel('运营周报').selectOption('on-time');
    await month.getByLabel('月度复盘会').selectOption(m === 11 ? 'late' : 'on-time');
    await month.getByLabel('每月推广预算 50000 元').selectOption('met');
    await month.getByLabel('证据在哪里').fill(`推广充值发票 INV-${id}`);
  }
  await month.getByLabel('这个月发生了什么').fill('ROI 连续下滑，代运营方说是竞品降价，没有给出调整方案');
  await expect(month.getByLabel('推广投产比（ROI）')).toHaveValue('2.5');
  await expect(month.locator('[data-month-line]')).toHaveText(
    '销售额：¥620,000，达到目标 ¥600,000；推广投产比（ROI）：2.5，低于目标 3',
  );

  await expect(report(page)).toContainText('推广投产比（ROI）已连续 3 个月未达到目标 3（2026-10 至 2026-12）。');
  await expect(report(page)).toContainText('合同约定：推广投产比（ROI）连续 3 个月未达标，书面警告。第 7.2 条');
  await expect(report(page)).not.toContainText('可以解除合同');
  await expect(report(page)).toContainText('你自己的记录站得住：12 个月里，你的每项义务都记录为已履行（每月推广预算）');
  await expect(report(page)).toContainText('月度复盘会：按时 11 个月，迟交 1 个月');
  // The chart shows the ROI (the KPI missed longest) with the three missed months marked.
  await expect(page.locator('[data-chart-metric]')).toHaveValue('roi');
  await expect(page.locator('.review-svg .bar')).toHaveCount(12);
  await expect(page.locator('.review-svg .bar.missed')).toHaveCount(3);
  await expect(page.locator('.review-svg')).toHaveAttribute('aria-label', '推广投产比（ROI）：每月实际数字与目标 3');
  await expectNoAxe(page);
  await savedNow(page);

  // Reload: every month is still there.
  await page.reload();
  await expect(report(page)).toContainText('已连续 3 个月未达到目标 3');
  await expect(monthForm(page).getByLabel('月份')).toHaveValue('2026-12');
  await expect(monthForm(page).getByLabel('证据在哪里')).toHaveValue('推广充值发票 INV-2026-12');

  // The evidence pack on A4.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.reload();
  await page.getByRole('button', { name: '打印证据包' }).click();
  await expect(page.locator('[data-pack] h2')).toHaveText('代运营月度记录与证据');
  await page.emulateMedia({ media: 'print' });
  const printed = await printedText(page, testInfo, 'review-pack');
  expect(printed.pageSize).toContain('595');
  expect(printed.flat).toContain('期间：2026-01至2026-12');
  expect(printed.flat).toContain('推广投产比（ROI）已连续3个月未达到目标3');
  expect(printed.flat).toContain('推广充值发票INV-2026-07');
  expect(printed.flat).toContain('2.5(未达标)');
  expect(printed.flat).not.toContain('按合同设置');
  expect(printed.flat).not.toContain('天猫代运营指南');

  // The same as a file.
  await page.emulateMedia({ media: 'screen' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出证据包（CSV）' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFF代运营月度记录与证据')).toBe(true);
  expect(csv).toContain('2026-11,代运营方,月度复盘会,,迟交');
  expect(csv).toContain('2026-12,商家,每月推广预算,50000 元,已履行');
});

test('a 生意参谋 daily export in GBK, in English; the column choice is remembered', async ({ page }) => {
  await page.goto('/en/tools/review/');
  await setup(page).getByLabel('First month of the contract').fill('2027-01');
  await setup(page).getByLabel('Sales').fill('1000000');
  await chooseCsv(page, fixture('sycm-daily-gbk.csv'));
  await expect(page.locator('#review-col-date')).toHaveValue('统计日期');
  await expect(page.locator('#review-col-sales')).toHaveValue('支付金额');
  await page.locator('#review-col-visitors').selectOption('');
  await page.getByRole('button', { name: 'Import these figures' }).click();
  const notice = page.locator('[data-csv-notice]');
  await expect(notice).toContainText('Imported the figures of 2 months (2027-01 to 2027-02).');
  await expect(notice).toContainText('Line 61 ("合计") is a total row and was skipped.');
  const month = monthForm(page);
  await month.getByLabel('Month', { exact: true }).selectOption('2027-01');
  await expect(month.getByLabel('Sales')).toHaveValue('620000');
  await expect(month.getByLabel('Ad spend', { exact: true })).toHaveValue('49600');
  await expect(month.getByLabel('Conversion rate')).toHaveValue('2');
  await expect(month.getByLabel('Visitors')).toHaveValue('');
  await expect(report(page)).toContainText(
    'Sales has missed its target of ¥1,000,000, months in a row: 2 (2027-01 to 2027-02).',
  );
  await expectNoAxe(page);

  // The next file with the same headers opens with the last choice (visitors not imported).
  await chooseCsv(page, fixture('sycm-daily-gbk.csv'));
  await expect(page.locator('#review-col-visitors')).toHaveValue('');
  await expect(page.locator('#review-col-adSpend')).toHaveValue('推广花费');
});

test('bad files and bad figures get a message with the line, and nothing saved is lost', async ({ page }, testInfo) => {
  await page.goto('/tools/review/');
  await setup(page).getByLabel('合同开始月份').fill('2026-01');
  await setup(page).getByLabel('销售额').fill('600000');
  const month = monthForm(page);
  await month.getByLabel('月份').selectOption('2026-02');
  await month.getByLabel('销售额').fill('610000');
  await month.getByLabel('这个月发生了什么').fill('周报晚了三天');
  await savedNow(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);

  const write = (name: string, text: string) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, text);
    return path;
  };
  const notice = page.locator('[data-csv-notice]');
  const run = page.getByRole('button', { name: '导入这些数字' });

  // A day that does not exist, a word for a number, a conversion of 250 %, a day twice.
  await chooseCsv(
    page,
    write('bad.csv', '统计日期,支付金额,支付转化率\n2026-02-30,100,2%\n2026-03-01,一百,250%\n2026-03-01,100,2%\n'),
  );
  await run.click();
  await expect(notice).toContainText('没有导入任何内容，已保存的记录没有改动');
  await expect(notice).toContainText('第 2 行：“2026-02-30”不是一个存在的日期或月份。');
  await expect(notice).toContainText('第 3 行：“支付金额”列的“一百”不是数字。');
  await expect(notice).toContainText('第 3 行：转化率“250%”超过 100%');
  await expect(notice).toContainText('第 4 行：日期“2026-03-01”在第 3 行已经出现过。');
  await expectNoAxe(page);

  // A month twice.
  await chooseCsv(page, write('twice.csv', '月份,销售额\n2026-03,1\n2026年3月,2\n'));
  await run.click();
  await expect(notice).toContainText('第 3 行：“2026年3月”这个月在第 2 行已经有数字');

  // No column of figures.
  await chooseCsv(page, write('nocols.csv', '日期,备注\n2026-03-01,好\n'));
  await run.click();
  await expect(notice).toContainText('请至少选择一列数字');

  // 10,000 rows.
  const many = ['统计日期,支付金额', ...Array.from({ length: 10_000 }, () => '2026-03-01,1')].join('\n');
  await chooseCsv(page, write('many.csv', many));
  await run.click();
  await expect(notice).toContainText('文件有 10000 行，超过 3700 行的上限');

  // Sales in 万 under a plain header: imported, with a warning.
  await chooseCsv(page, write('wan.csv', '月份,支付金额\n2026-03,61\n'));
  await run.click();
  await expect(notice).toContainText('2026-03 的销售额比目标小一千倍以上');

  // A figure in the wrong unit typed in: refused at its field, the month keeps its saved figures.
  await month.getByLabel('月份').selectOption('2026-02');
  await month.getByLabel('转化率').fill('250');
  await expect(month.locator('[data-field="m.conversion"] .field-error')).toBeVisible();
  await expect(month.getByLabel('转化率')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxe(page);
  await month.getByLabel('转化率').fill('2.5');

  // A start month that does not exist.
  await setup(page).getByLabel('合同开始月份').fill('2026-13');
  await expect(setup(page).locator('[data-field="start"] .field-error')).toContainText('例如 2026-01');
  await setup(page).getByLabel('合同开始月份').fill('2026-01');

  // A file that is not this tool's: refused, the months survive.
  await page.locator('[data-store-import]').setInputFiles(fixture('../saved/scope-v1.json'));
  await expect(page.locator('[data-store-notice]')).toContainText('不能导入');
  await page.reload();
  await month.getByLabel('月份').selectOption('2026-02');
  await expect(month.getByLabel('这个月发生了什么')).toHaveValue('周报晚了三天');
  await expect(month.getByLabel('转化率')).toHaveValue('2.5');
  expect(before).toContain('周报晚了三天');
});

test('a second tab sees the month saved in the first', async ({ page, context }) => {
  await page.goto('/tools/review/');
  await setup(page).getByLabel('合同开始月份').fill('2026-01');
  await savedNow(page);
  const other = await context.newPage();
  await other.goto('/tools/review/');
  await monthForm(page).getByLabel('销售额').fill('500000');
  await savedNow(page);
  await expect(monthForm(other).getByLabel('销售额')).toHaveValue('500000');
  await expect(other.locator('[data-store-notice]')).toContainText('另一个标签页');
});

test('a first visit starts from the contract checklist’s answers', async ({ page }) => {
  await page.addInitScript((contract) => {
    if (!localStorage.getItem('tmall-agency-guide:v1:contract'))
      localStorage.setItem('tmall-agency-guide:v1:contract', contract);
  }, saved('contract'));
  await page.goto('/tools/review/');
  const form = setup(page);
  await expect(form.getByLabel('销售额')).toHaveValue('200000');
  await expect(form.getByLabel('交付 1')).toHaveValue('运营报告');
  await expect(form.locator('[name="d.0.due"]')).toHaveValue('每周');
  await expect(form.getByLabel('义务 1')).toHaveValue('每月推广预算');
  await expect(form.locator('[name="o.0.amount"]')).toHaveValue('20000');
  await expect(form.getByLabel('义务 2')).toHaveValue('回复书面请求');
  await expect(page.locator('[data-store-notice]')).toContainText('从合同检查清单带入了');
  // Asking again fills nothing new and changes nothing typed.
  await form.getByLabel('交付 1').fill('运营周报（含直通车数据）');
  await page.getByRole('button', { name: '从合同检查清单带入' }).click();
  await expect(page.locator('[data-store-notice]')).toContainText('没有可以带入的新内容');
  await expect(form.getByLabel('交付 1')).toHaveValue('运营周报（含直通车数据）');
});

test('a target check saved in this browser: its month-by-month targets, ROI and commitments come in', async ({
  page,
}) => {
  // The target check: ¥1,000,000 over six months from March, June (618) at 1.5×, ROI 2.5, ¥20,000 of ads a
  // month, 1,500 units of stock, answers in 3 working days. Weights 100 × 5 + 150 = 650: March
  // 1e8 fen × 100/650 = ¥153,846.15; June = ¥692,307.69 − ¥461,538.46 = ¥230,769.23.
  await page.goto(
    '/tools/target/?target=1000000&months=6&start=3&x618=1.5&hist=none&visitors=40000&cr=2.5&aov=120&paid=50&roi=2.5&budget=20000&stock=1500&upo=1.2&approve=3',
  );
  await expect(page.locator('[data-result="verdict"]')).toHaveAttribute('data-value', 'implausible');
  await savedNow(page);

  await page.goto('/tools/review/');
  const form = setup(page);
  await expect(page.locator('[data-store-notice]')).toContainText(
    '从目标核算带入了 5 项：按月的销售额目标（含大促月份），推广投产比（ROI），每月推广预算，每月可售库存，回复书面请求。',
  );
  const plan = page.locator('[data-sales-plan]');
  await expect(plan).toContainText('来自目标核算');
  await expect(plan).toContainText('第 1 个月 ¥153,846；第 2 个月 ¥153,846；第 3 个月 ¥153,846；第 4 个月 ¥230,769');
  await expect(form.getByLabel('推广投产比（ROI）')).toHaveValue('2.5');
  await expect(form.getByLabel('合同期')).toHaveValue('6');
  await expect(form.getByLabel('义务 1')).toHaveValue('每月推广预算');
  await expect(form.locator('[name="o.0.amount"]')).toHaveValue('20000');
  await expect(form.getByLabel('义务 2')).toHaveValue('每月可售库存');
  await expect(form.locator('[name="o.1.amount"]')).toHaveValue('1500');
  await expectNoAxe(page);

  // June is judged against its own peak target: ¥200,000 beats the average month but misses June's.
  await form.getByLabel('合同开始月份').fill('2026年3月');
  const month = monthForm(page);
  await month.getByLabel('月份').selectOption('2026-06');
  await month.getByLabel('销售额').fill('200000');
  await expect(page.locator('[data-month-line]')).toContainText('销售额：¥200,000，低于目标 ¥230,769');
  await expect(report(page)).toContainText('销售额已连续 1 个月未达到目标 ¥230,769');
  await savedNow(page);

  // The merchant can drop the plan, and take it in again on request; the reload keeps it.
  await page.getByRole('button', { name: '不用按月目标' }).click();
  await expect(plan).toBeHidden();
  await expect(page.locator('[data-month-line]')).toHaveText('');
  await page.getByRole('button', { name: '从目标核算带入' }).click();
  await expect(page.locator('[data-store-notice]')).toContainText('从目标核算带入了 1 项：按月的销售额目标');
  await expect(page.locator('[data-month-line]')).toContainText('低于目标 ¥230,769');
  await savedNow(page);
  await page.reload();
  await expect(plan).toContainText('第 4 个月 ¥230,769');
});

test('with storage blocked the page works and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/en/tools/review/');
  await expect(page.locator('[data-store-notice]')).toContainText('Your browser blocks local storage');
  await setup(page).getByLabel('First month of the contract').fill('2026-01');
  await setup(page).getByLabel('Return on ad spend (ROI)').fill('3');
  await monthForm(page).getByLabel('Return on ad spend (ROI)').fill('2');
  await expect(report(page)).toContainText('ROI) has missed its target of 3, months in a row: 1');
  await expectNoAxe(page);
});

test('a saved year on a phone in the dark theme: the report and chart keep their contrast', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript((year) => {
    if (!localStorage.getItem('tmall-agency-guide:v1:review'))
      localStorage.setItem('tmall-agency-guide:v1:review', year);
  }, saved('review'));
  await page.goto('/en/tools/review/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(report(page)).toContainText('Your own record holds: in 12 months');
  await expect(page.locator('.review-svg .bar.missed')).toHaveCount(3);
  await expectNoAxe(page);
});
