import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { feesEnvelope } from './tool-helpers';

const saved = (tool: string) => readFileSync(`tests/fixtures/saved/${tool}-v1.json`, 'utf8');
const key = (tool: string) => `tmall-agency-guide:v1:${tool}`;

/** Puts saved data of the given tools in the browser before the page loads. */
async function seed(page: Page, values: Record<string, string>) {
  await page.addInitScript(
    (entries) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [name, value] of Object.entries(entries)) localStorage.setItem(name, value);
    },
    Object.fromEntries(Object.entries(values).map(([tool, value]) => [key(tool), value])),
  );
}

const twoAgencies = JSON.stringify({
  ...JSON.parse(saved('vetting')),
});
const feesNamedLikeAgencies = JSON.stringify({
  ...feesEnvelope,
  data: {
    ...feesEnvelope.data,
    models: {
      ...feesEnvelope.data.models,
      'base-commission': { ...feesEnvelope.data.models['base-commission'], label: '杭州某某电商' },
      commission: { ...feesEnvelope.data.models.commission, label: 'b agency' },
    },
  },
});

test('the case file lists the scorecard’s agencies with their offers, red flags and the choice', async ({ page }) => {
  await seed(page, { vetting: twoAgencies, fees: feesNamedLikeAgencies });
  await page.goto('/tools/case/');
  const cards = page.locator('case-file [data-agency]');
  await expect(cards).toHaveCount(2);
  const first = cards.nth(0);
  await expect(first.locator('h3')).toHaveText('杭州某某电商');
  // Offers named exactly like an agency (case and width aside) are linked to it on a first visit.
  await expect(first.getByRole('checkbox', { name: /基础服务费 \+ 提成/ })).toBeChecked();
  await expect(cards.nth(1).getByRole('checkbox', { name: /纯提成/ })).toBeChecked();
  // The saved file's only flag is not in today's checklist; the scorecard ignores it, and so does the case file.
  await expect(first.getByText('没有记录危险信号。')).toBeVisible();

  await first.getByLabel('中文全称（营业执照上的名称）').fill('杭州某某电子商务有限公司');
  await first.getByRole('radio', { name: '准备和这家公司签合同' }).check();
  await expect(page.getByText('合同检查清单会使用这家公司的名称')).toBeVisible();

  // An offer is one agency's: giving it to the second agency takes it from the first.
  await cards
    .nth(1)
    .getByRole('checkbox', { name: /基础服务费 \+ 提成/ })
    .check();
  await expect(first.getByRole('checkbox', { name: /基础服务费 \+ 提成/ })).not.toBeChecked();
  await expect(page.getByText('这家公司还没有认领报价')).toBeVisible();

  await page.reload();
  await expect(cards.nth(0).getByLabel('中文全称（营业执照上的名称）')).toHaveValue('杭州某某电子商务有限公司');
  await expect(cards.nth(0).getByRole('radio', { name: '准备和这家公司签合同' })).toBeChecked();
  await expect(cards.nth(1).getByRole('checkbox', { name: /基础服务费 \+ 提成/ })).toBeChecked();
});

test('a full backup downloads every tool and restores all or nothing (English)', async ({ page }, testInfo) => {
  await seed(page, {
    vetting: saved('vetting'),
    fees: saved('fees'),
    scope: saved('scope'),
    contract: saved('contract'),
  });
  await page.goto('/en/tools/case/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a full backup' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  await expect(
    page.getByText(/Backup downloaded, with: scope chooser, fee calculator, vetting scorecard, contract checklist/),
  ).toBeVisible();
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { tools: Record<string, { data: unknown }> };
  expect(Object.keys(backup.tools).sort()).toEqual(['contract', 'fees', 'scope', 'vetting']);

  // Clear everything, then restore from the file.
  await page.evaluate(() => {
    localStorage.clear();
  });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.locator('[data-restore]').setInputFiles(file);
  await expect(
    page.getByText(/Restored: scope chooser, fee calculator, vetting scorecard, contract checklist/),
  ).toBeVisible();
  await expect(page.locator('case-file [data-agency]')).toHaveCount(2);
  const restored = await page.evaluate(() => localStorage.getItem('tmall-agency-guide:v1:vetting'));
  expect(JSON.parse(restored ?? '{}')).toMatchObject({ data: backup.tools['vetting']?.data });

  // A backup with one bad part changes nothing.
  const broken = { ...backup, tools: { ...backup.tools, fees: { ...backup.tools['fees'], data: { gmvFen: -1 } } } };
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.locator('[data-restore]').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(
    page.getByText(
      /The backup was not restored and no tool was changed: the part for the fee calculator has a problem/,
    ),
  ).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test('a tool’s own import refuses a full backup and says where it goes', async ({ page }) => {
  await page.goto('/en/tools/vetting/');
  const backup = JSON.stringify({
    app: 'tmall-agency-guide',
    kind: 'backup',
    backupVersion: 1,
    savedAt: '',
    tools: {},
  });
  await page.locator('[data-store-import]').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await expect(page.getByText(/This is a backup of everything/)).toBeVisible();
});

/** Two agencies in the scorecard; the merchant heard a verbal sales guarantee from the first. */
const scorecard = JSON.stringify({
  app: 'tmall-agency-guide',
  tool: 'vetting',
  schemaVersion: 1,
  savedAt: '2026-12-01T08:00:00.000Z',
  revision: 'r1',
  data: {
    weights: {},
    agencies: [
      {
        id: 'bright',
        name: 'Bright TP',
        notes: '',
        knockouts: {},
        scores: {},
        redFlags: { 'rf-guaranteed-sales': { observed: true, note: '口头保证每月 50 万销量' } },
      },
      { id: 'lotus', name: '莲花电商', notes: '', knockouts: {}, scores: {}, redFlags: {} },
    ],
  },
});
const tieredFees = JSON.stringify({
  ...feesEnvelope,
  data: {
    ...feesEnvelope.data,
    models: {
      ...feesEnvelope.data.models,
      tiered: {
        enabled: true,
        label: 'Bright 阶梯',
        brackets: [
          { upToFen: 20_000_000, ratePct: 5 },
          { upToFen: 50_000_000, ratePct: 8 },
          { upToFen: null, ratePct: 10 },
        ],
        minimumFen: 3_000_000,
        capFen: 8_000_000,
      },
    },
  },
});

test('the contract takes the chosen agency’s names, every tier of its offer and its red flags, and follows a new choice', async ({
  page,
}) => {
  await seed(page, { vetting: scorecard, fees: tieredFees });
  await page.goto('/tools/case/');
  const bright = page.locator('case-file [data-agency="bright"]');
  await bright.getByLabel('中文全称（营业执照上的名称）').fill('上海明亮电子商务有限公司');
  await bright.getByLabel('英文名称').fill('Shanghai Bright TP Co., Ltd.');
  await bright.getByRole('checkbox', { name: /阶梯提成/ }).check();
  await page
    .locator('case-file [data-agency="lotus"]')
    .getByRole('checkbox', { name: /纯提成/ })
    .check();
  await bright.getByRole('radio', { name: '准备和这家公司签合同' }).check();
  await expect(page.locator('[data-store-status]')).toContainText('已保存');

  await page.goto('/tools/contract/');
  await expect(page.locator('[data-case-line]')).toContainText('上海明亮电子商务有限公司');
  await expect(page.locator('[name="agencyNameZh"]')).toHaveValue('上海明亮电子商务有限公司');
  await expect(page.locator('[name="agencyNameEn"]')).toHaveValue('Shanghai Bright TP Co., Ltd.');
  await expect(page.locator('[name="feeModel"]')).toHaveValue('tiered');
  await expect(page.locator('[data-from-case]')).toContainText('Bright 阶梯');
  // Every bracket, the minimum and the cap reach the clause; the Chinese text says 乙方, the head the name.
  const tiered = page.locator('[data-clause="c-fee-tiered"]');
  await expect(tiered).toContainText('不超过200,000元的部分5%；200,000元至500,000元的部分8%；超过500,000元的部分10%');
  await expect(tiered).toContainText('不低于最低服务费30,000元、不高于80,000元');
  await expect(page.locator('[data-meta="agencyName"]')).toHaveText(
    '上海明亮电子商务有限公司 / Shanghai Bright TP Co., Ltd.',
  );
  // The verbal guarantee recorded in the scorecard is a red flag of the contract, with the note.
  const flag = page.locator('[data-flag="rf-guaranteed-sales"]');
  await expect(flag).toBeVisible();
  await expect(flag.locator('[data-recorded]').first()).toContainText('口头保证每月 50 万销量');
  await expect(page.locator('[data-no-flags]')).toBeHidden();

  // Choosing the other agency in the case file changes all of it.
  await page.goto('/tools/case/');
  await page.locator('case-file [data-agency="lotus"]').getByRole('radio', { name: '准备和这家公司签合同' }).check();
  await expect(page.locator('[data-store-status]')).toContainText('已保存');
  await page.goto('/tools/contract/');
  await expect(page.getByText(/代运营档案里的签约对象或报价变了/)).toBeVisible();
  await expect(page.locator('[name="agencyNameZh"]')).toHaveValue('莲花电商');
  await expect(page.locator('[name="agencyNameEn"]')).toHaveValue('');
  await expect(page.locator('[name="feeModel"]')).toHaveValue('commission');
  await expect(page.locator('[data-recorded]:visible')).toHaveCount(0);
});
