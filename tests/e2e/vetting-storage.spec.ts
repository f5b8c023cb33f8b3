import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  addAgency,
  agencyData,
  envelope,
  expectSaved,
  importFile,
  item,
  readCatalogue,
  STORAGE_KEY,
} from './vetting-helpers';

const notice = (page: Page) => page.locator('[data-store-notice]');

async function exportedText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出文件' }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/** Reloads once Starlight's lazy scripts have loaded (a reload that aborts them counts as a failed request). */
async function reload(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.reload();
}

async function storedValue(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}

test.describe('vetting scorecard: saved data', () => {
  test('two tabs: edits appear in the other, and a clash is never overwritten silently', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto('/tools/vetting/');
    await second.goto('/tools/vetting/');
    await addAgency(first, '甲公司');
    await expectSaved(first);
    await expect(second.locator('#vs-agency-name')).toHaveValue('甲公司');
    await expect(notice(second)).toContainText('已同步另一个标签页的修改');

    // Both tabs edit at once: the second is still waiting to save when the first saves. Its timers are
    // stopped so that its debounced save cannot win the race and the clash happens in the same tab every run.
    await second.evaluate(() => {
      window.setTimeout = (() => 0) as unknown as typeof window.setTimeout;
    });
    await second.locator('[data-editor] [data-field="notes"]').fill('第二个标签页的备注');
    await first.locator('[data-editor] [data-field="notes"]').fill('第一个标签页的备注');
    await first.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await expect(notice(second)).toContainText('另一个标签页刚刚修改了同一份数据');
    await expect(second.locator('[data-editor] [data-field="notes"]')).toHaveValue('第二个标签页的备注');
    await second.getByRole('button', { name: '保留本页的版本' }).click();
    await expectSaved(second);
    await expect(first.locator('[data-editor] [data-field="notes"]')).toHaveValue('第二个标签页的备注');
    const saved = JSON.parse((await storedValue(first)) ?? '{}') as { data: { agencies: { notes: string }[] } };
    expect(saved.data.agencies[0]?.notes).toBe('第二个标签页的备注');
  });

  test('storage full: a notice, the work kept, export still possible', async ({ page, pageErrors }) => {
    // Starlight's theme script writes to localStorage unguarded (it throws the same on a plain guide page).
    pageErrors.allow(/The quota has been exceeded/);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/tools/vetting/');
    await addAgency(page, '满了也不丢');
    await expect(notice(page)).toContainText('浏览器存储空间已满');
    await expect(page.locator('[data-store-status]')).toHaveAttribute('data-saved', 'false');
    await expect(page.locator('#vs-agency-name')).toHaveValue('满了也不丢');
    expect(await exportedText(page)).toContain('满了也不丢');
  });

  test('storage disabled: a notice, the work kept, export still possible', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('storage is disabled', 'SecurityError');
        },
      });
    });
    await page.goto('/tools/vetting/');
    await expect(notice(page)).toContainText('浏览器禁止了本地存储');
    await addAgency(page, '没有存储');
    await item(page, (await readCatalogue(page)).criteria[0]?.id ?? '')
      .locator('input[value="yes"]')
      .check();
    await expect(page.locator('#vs-agency-name')).toHaveValue('没有存储');
    expect(await exportedText(page)).toContain('没有存储');
  });

  test('corrupt saved data: a notice, a backup kept, work goes on', async ({ page }) => {
    await page.goto('/tools/vetting/');
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"app": "tmall-agency-guide", "data": broken');
    }, STORAGE_KEY);
    await reload(page);
    await expect(notice(page)).toContainText('之前保存的数据已损坏');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':damaged:')));
    expect(backups).toHaveLength(1);
    await addAgency(page, '重新开始');
    await expectSaved(page);
    await reload(page);
    await expect(page.locator('#vs-agency-name')).toHaveValue('重新开始');
  });

  test('data saved by a newer version is refused and never overwritten', async ({ page }) => {
    // The page's own timers, so that "after the save delay" is reached by running them, not by sleeping.
    await page.clock.install();
    await page.goto('/tools/vetting/');
    const future = envelope({ agencies: [], weights: {}, newField: true }, { schemaVersion: 99 });
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key ?? '', value ?? '');
      },
      [STORAGE_KEY, future],
    );
    await reload(page);
    await expect(notice(page)).toContainText('更新版本的网站保存了数据版本 99');
    await addAgency(page, '不要覆盖');
    await page.clock.runFor(600);
    expect(await storedValue(page)).toBe(future);
    expect(await exportedText(page)).toContain('不要覆盖');
  });

  test.describe('importing', () => {
    test.beforeEach(async ({ page }) => {
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto('/tools/vetting/');
      await addAgency(page, '原来的公司');
      await expectSaved(page);
    });

    // Every refused file's message is checked against the page's decoder in
    // tests/unit/vetting/import-refusals.test.ts; two stay here to prove the wiring: one refused by size
    // before it is read, one refused by the decoder. Either way the notice says so and nothing changes.
    const bad: [string, string | Buffer, RegExp][] = [
      ['not JSON', 'this is not json', /不是有效的 JSON/],
      ['over 1 MB', Buffer.alloc(1_100_000, 32), /文件超过 1 MB/],
    ];
    for (const [label, body, message] of bad) {
      test(`refuses a file with ${label}, changing nothing`, async ({ page }) => {
        const before = await storedValue(page);
        await importFile(page, 'scorecard.json', body);
        await expect(notice(page)).toContainText(/导入失败.当前内容没有改变/);
        await expect(notice(page)).toContainText(message);
        await expect(page.locator('#vs-agency-name')).toHaveValue('原来的公司');
        expect(await storedValue(page)).toBe(before);
      });
    }

    test('accepts a file with a byte-order mark and __proto__ keys, without pollution', async ({ page }) => {
      const body = `\uFEFF${envelope({ agencies: [agencyData('a1', '导入的公司')], weights: {} }).replace('"agencies"', '"__proto__":{"polluted":true},"agencies"')}`;
      await importFile(page, 'scorecard.json', body);
      await expect(notice(page)).toContainText('已导入文件');
      await expect(page.locator('#vs-agency-name')).toHaveValue('导入的公司');
      expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
      await expectSaved(page);
    });

    test('imports a file saved before criteria could be marked not applicable (version 1)', async ({ page }) => {
      const v1 = readFileSync(new URL('../fixtures/saved/vetting-v1.json', import.meta.url), 'utf8');
      await importFile(page, 'vetting-v1.json', v1);
      await expect(notice(page)).toContainText('已导入文件');
      await expect(page.locator('#vs-agency-name')).toHaveValue('杭州某某电商');
      await expect(page.locator('[data-editor] [data-field="na"]:checked')).toHaveCount(0);
      await expect(item(page, 'v-same-category-cases').locator('input[value="4"]')).toBeChecked();
      // Its weight of 0 still leaves v-tp-rating out, and says so.
      await expect(page.locator('.vs-ranking-box [data-left-out]')).toContainText('（不适用或权重为 0）');
      await expectSaved(page);
      const saved = JSON.parse(await exportedText(page)) as {
        schemaVersion: number;
        data: { notApplicable: string[] };
      };
      expect(saved.schemaVersion).toBe(2);
      expect(saved.data.notApplicable).toEqual([]);
    });

    test('shows script in text fields as text', async ({ page }) => {
      const script = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      const body = envelope({ agencies: [agencyData('a1', script.slice(0, 80), { notes: script })], weights: {} });
      await importFile(page, 'scorecard.json', body);
      await expect(page.locator('[data-switcher] label')).toHaveText(script.slice(0, 80));
      await expect(page.locator('[data-ranking] .vs-rank-name')).toHaveText(script.slice(0, 80));
      await expect(page.locator('[data-editor] [data-field="notes"]')).toHaveValue(script);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await expect(page.locator('vetting-scorecard img')).toHaveCount(0);
    });

    test('every weight at 0 shows an error and no totals', async ({ page }) => {
      const catalogue = await readCatalogue(page);
      const weights = Object.fromEntries(catalogue.criteria.filter((c) => !c.knockout).map((c) => [c.id, 0]));
      const scores = Object.fromEntries(
        catalogue.criteria.filter((c) => !c.knockout).map((c) => [c.id, { score: 4, note: '', evidence: '' }]),
      );
      await importFile(
        page,
        'scorecard.json',
        envelope({ agencies: [agencyData('a1', '零权重', { scores })], weights }),
      );
      await expect(page.locator('[data-weights-error]')).toContainText('现在没有任何评分项计入总分');
      await expect(page.locator('[data-ranking] .vs-rank-total strong')).toHaveText('尚未评分');
    });
  });

  test('clear all asks first and can be undone until the page is left', async ({ page }) => {
    await page.goto('/tools/vetting/');
    await addAgency(page, '要保留的公司');
    await expectSaved(page);
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: '全部清空' }).click();
    await expect(page.locator('#vs-agency-name')).toHaveValue('要保留的公司');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '全部清空' }).click();
    await expect(page.locator('[data-empty-note]')).toBeVisible();
    await expect(page.locator('[data-editor]')).toBeHidden();
    expect(await storedValue(page)).toBeNull();
    await page.getByRole('button', { name: '撤销清空' }).click();
    await expect(page.locator('#vs-agency-name')).toHaveValue('要保留的公司');
    await expectSaved(page);
    await reload(page);
    await expect(page.locator('#vs-agency-name')).toHaveValue('要保留的公司');
  });
});
