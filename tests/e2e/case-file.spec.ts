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
  await expect(first.getByText('记录的危险信号（1 个）：')).toBeVisible();

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
