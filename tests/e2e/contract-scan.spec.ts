/**
 * The contract scanner: a pasted draft, a .docx and a GBK .txt opened, hostile files, the fee
 * calculator's offer held against the draft, keeping the result and the checklist ticking from it,
 * printing, and axe in each state, in both languages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { axeViolations, expect, printedText, test } from './fixtures';
import { feesEnvelope } from './tool-helpers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const zh01 = fixture('contracts/zh-01-full-custody.txt').toString('utf8');
const zh02 = fixture('contracts/zh-02-clean.txt').toString('utf8');
const en01 = fixture('contracts/en-01-agency-draft.txt').toString('utf8');
const KEY = 'tmall-agency-guide:v1:contract-scan';

/** A .docx (a zip with word/document.xml) holding these lines as paragraphs. */
function docx(lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }));
}

/**
 * A .docx whose clause numbers are Word's automatic numbering (numbering.xml: 第%1条 in Chinese counting,
 * %1.%2 in legal numbering), not text: `[level, text]` per paragraph.
 */
function numberedDocx(paragraphs: [number, string][]): Buffer {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body = paragraphs
    .map(
      ([level, text]) =>
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`,
    )
    .join('');
  const numbering =
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">` +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>' +
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
      'word/numbering.xml': strToU8(numbering),
    }),
  );
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const message = (page: Page) => page.locator('[data-scan-message]');

async function paste(page: Page, text: string) {
  await page.locator('#scan-draft').fill(text);
  await page.locator('[data-scan-button]').click();
  await expect(page.locator('[data-scan-results]')).toBeVisible();
}

test.describe('contract scanner', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a pasted Chinese draft: findings quoted where they are, missing clauses, nothing stored', async ({ page }) => {
    // The untouched page is in the sitemap sweep's axe run (site.spec.ts); this checks the results.
    await page.goto('/tools/contract-scan/');
    await page.locator('[data-scan-button]').click();
    await expect(message(page)).toHaveText(/请先粘贴合同文字/);
    await paste(page, zh01);
    const renewal = page.locator('[data-finding="rf-auto-renewal"]');
    await expect(renewal.locator('[data-quote]')).toHaveText(/自动续期一年/);
    await expect(renewal).toContainText('2.2');
    await expect(renewal.locator('a')).toHaveAttribute('href', '/guide/contract/#check-rf-auto-renewal');
    await expect(page.locator('[data-finding="c-agency-deposit"] [data-quote]')).toHaveText(/该保证金不予退还/);
    await expect(page.locator('[data-finding="c-termination-notice"] [data-quote]')).toHaveText(
      /不得以任何理由单方解除/,
    );
    for (const id of ['c-handover', 'c-kpi-definitions', 'c-ip-ownership', 'c-agency-deposit'])
      await expect(page.locator(`[data-missing="${id}"]`)).toBeVisible();
    await expect(page.locator('[data-missing="c-handover"]')).toContainText('移交');
    await expect(page.locator('tr[data-figure="rate"]')).toContainText('8%');
    // No offer saved in the fee calculator: nothing to contradict.
    await expect(page.locator('[data-finding^="offer-"]')).toHaveCount(0);
    expect(await stored(page)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('an English .docx and a GBK .txt open; the offer in the fee calculator is held against the draft', async ({
    page,
  }) => {
    await page.addInitScript((envelope) => {
      localStorage.setItem('tmall-agency-guide:v1:fees', JSON.stringify(envelope));
    }, feesEnvelope);
    await page.goto('/en/tools/contract-scan/');
    await page.locator('[data-scan-file]').setInputFiles({
      name: 'Agency draft.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx(en01.split('\n')),
    });
    await expect(message(page)).toHaveText(/Read “Agency draft.docx”/);
    await expect(page.locator('[data-finding="c-ip-ownership"] [data-quote]')).toHaveText(
      /remain the property of the Agency/,
    );
    await expect(page.locator('[data-finding="rf-long-notice"]')).toContainText('2.2');
    // The draft's 7% against the offer's 6% (base plus commission, as the draft is).
    const rate = page.locator('[data-finding="offer-rate"]');
    await expect(rate).toContainText('7%');
    await expect(rate).toContainText('6%');
    await expect(rate.locator('[data-quote]')).toHaveText(/commission of 7%/);
    await expect(page.locator('tr[data-figure="rate"][data-conflict]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/tools/contract-scan/');
    await page.locator('[data-scan-file]').setInputFiles({
      name: '草稿.txt',
      mimeType: 'text/plain',
      buffer: fixture('contract-files/draft-gbk.txt'),
    });
    await expect(page.locator('[data-finding="rf-commission-on-gross"] [data-quote]')).toHaveText(
      '第四条 提成按店铺当月支付金额的 12% 计算，退款、退货不予扣除。',
    );
    expect(await stored(page)).toBeNull();
  });

  test('a .docx numbered by Word: findings say the clause number the document shows', async ({ page }) => {
    await page.goto('/tools/contract-scan/');
    await page.locator('[data-scan-file]').setInputFiles({
      name: '代运营合同.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: numberedDocx([
        [0, '服务内容'],
        [1, '乙方为甲方天猫店铺提供代运营服务。'],
        [0, '合同期限'],
        [1, '本合同期限为一年。'],
        [1, '合同期满前甲方未书面提出异议的，本合同自动续约一年。'],
        [0, '保证金'],
        [1, '甲方应于签约时向乙方支付保证金两万元，该保证金不予退还。'],
        [0, '甲方不得以任何理由单方解除本合同。'],
      ]),
    });
    await expect(message(page)).toHaveText(/已读入“代运营合同.docx”，共 8 段/);
    await expect(page.locator('#scan-draft')).toHaveValue(/^第一条 服务内容\n1\.1 乙方/);
    await expect(page.locator('[data-finding="rf-auto-renewal"] .scan-where')).toContainText('2.2');
    await expect(page.locator('[data-finding="c-agency-deposit"] .scan-where')).toContainText('3.1');
    await expect(page.locator('[data-finding="c-agency-deposit"] [data-quote]')).toHaveText(/^3\.1 甲方应于签约时/);
    await expect(page.locator('[data-finding="c-termination-notice"] .scan-where')).toContainText('第四条');
  });

  test('hostile files get a clear message, nothing is stored and the page keeps working', async ({ page }, info) => {
    await page.goto('/tools/contract-scan/');
    const big = info.outputPath('big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const cases: [Parameters<Page['setInputFiles']>[1], RegExp][] = [
      [big, /太大（52\.4 MB）/],
      [
        {
          name: 'bomb.docx',
          mimeType: 'application/octet-stream',
          buffer: Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(60_000_000).fill(0x20) }, { level: 9 })),
        },
        /解压后异常巨大/,
      ],
      [{ name: 'scan.docx', mimeType: 'application/octet-stream', buffer: docx([]) }, /没有找到文字/],
      [
        {
          name: 'garbage.docx',
          mimeType: 'application/octet-stream',
          buffer: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)),
        },
        /不是完整的 Word/,
      ],
      [
        {
          name: 'garbage.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)),
        },
        /不是文字文件/,
      ],
      [
        { name: 'other.txt', mimeType: 'text/plain', buffer: fixture('contract-files/other-encoding-shift-jis.txt') },
        /其他编码/,
      ],
      [{ name: 'draft.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') }, /PDF 无法直接读取/],
    ];
    await page.locator('#scan-draft').fill('这段文字不会丢。');
    for (const [file, words] of cases) {
      await page.locator('[data-scan-file]').setInputFiles(file);
      await expect(message(page)).toHaveText(words);
      await expect(page.locator('#scan-draft')).toHaveValue('这段文字不会丢。');
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(await stored(page)).toBeNull();
    await paste(page, zh01);
    await expect(page.locator('[data-finding="rf-auto-renewal"]')).toBeVisible();
  });

  test('a kept result ticks the clauses the draft has in the checklist; the text only when chosen', async ({
    page,
  }) => {
    await page.goto('/tools/contract-scan/');
    await paste(page, zh02);
    await expect(page.locator('[data-finding]')).toHaveCount(0);
    await expect(page.locator('[data-missing]')).toHaveCount(0);
    await expect(page.locator('[data-covered="c-handover"]')).toBeVisible();
    await page.locator('[data-keep-button]').click();
    await expect(page.locator('[data-kept]')).toHaveText(/已保存检查结果。/);
    const kept = JSON.parse((await stored(page)) ?? '{}') as { data: { text: string; result: { covered: string[] } } };
    expect(kept.data.text).toBe('');
    expect(kept.data.result.covered).toContain('c-handover');
    expect(JSON.stringify(kept)).not.toContain('宁波');

    await page.goto('/tools/contract/');
    const row = page.locator('[data-source-scan]');
    await expect(row).toBeVisible();
    await expect(row).toContainText('合同草稿检查');
    await expect(page.locator('input[data-tick="c-handover"]')).not.toBeChecked();
    await page.locator('[data-use-scan]').click();
    await expect(page.locator('[data-scan-done]')).toHaveText(/已勾上/);
    await expect(page.locator('input[data-tick="c-handover"]')).toBeChecked();
    await expect(page.locator('input[data-tick="c-ip-ownership"]')).toBeChecked();
    // The checklist's panel with the scan's row (the whole contract page: slow on 2 cores).
    expect(await axeViolations(page)).toEqual([]);
    // The ticks are saved (the save waits 300 ms after a change), then the page is opened again.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              JSON.parse(localStorage.getItem('tmall-agency-guide:v1:contract') ?? '{}') as {
                data?: { ticks?: object };
              }
            ).data?.ticks,
        ),
      )
      .toMatchObject({ 'c-handover': true, 'c-ip-ownership': true });
    await page.reload();
    await expect(page.locator('input[data-tick="c-handover"]')).toBeChecked();

    await page.goto('/tools/contract-scan/');
    await expect(page.locator('[data-scan-saved]')).toContainText('上次保存的检查结果');
    await paste(page, zh01);
    await page.locator('[data-keep-text]').check();
    await page.locator('[data-keep-button]').click();
    await expect(page.locator('[data-kept]')).toHaveText(/和合同文字/);
    await page.reload();
    await expect(page.locator('#scan-draft')).toHaveValue(zh01);
    await expect(page.locator('[data-finding="rf-auto-renewal"]')).toBeVisible();
  });

  test('findings export, and import in a fresh browser; a broken file is refused and nothing is lost', async ({
    page,
    browser,
    baseURL,
  }) => {
    const ids = (where: Page, selector: string, name: string) =>
      where
        .locator(selector)
        .evaluateAll((elements, attribute) => elements.map((e) => e.getAttribute(attribute)), name);
    const exported = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-store-export]').click(),
      ]);
      return download.path();
    };
    await page.goto('/tools/contract-scan/');
    await paste(page, zh01);
    const findings = await ids(page, '[data-finding]', 'data-finding');
    const missing = await ids(page, '[data-missing]', 'data-missing');
    const quotes = await page.locator('[data-quote]').allTextContents();
    expect(findings.length).toBeGreaterThan(3);
    // Not kept: exported all the same, without the draft's words unless the merchant ticks "keep the text".
    const withoutText = await exported();
    expect(readFileSync(withoutText, 'utf8')).not.toContain('不予退还');
    await page.locator('[data-keep-text]').check();
    const withText = await exported();
    expect(readFileSync(withText, 'utf8')).toContain('不予退还');
    expect(await stored(page)).toBeNull();

    const other = await browser.newContext({ baseURL: baseURL ?? '' });
    const fresh = await other.newPage();
    fresh.on('dialog', (dialog) => void dialog.accept());
    await fresh.goto('/tools/contract-scan/');
    await expect(fresh.locator('[data-scan-results]')).toBeHidden();
    await fresh.locator('[data-store-import]').setInputFiles(withoutText);
    await expect(fresh.locator('[data-store-notice]')).toContainText('已导入文件');
    // The same findings and missing clauses, by check; no sentences, since the text was not in the file.
    expect((await ids(fresh, '[data-finding]', 'data-finding')).sort()).toEqual([...new Set(findings)].sort());
    expect(await ids(fresh, '[data-missing]', 'data-missing')).toEqual(missing);
    await expect(fresh.locator('[data-quote]')).toHaveCount(0);
    await expect(fresh.locator('[data-scan-summary]')).toContainText('合同文字没有保存');
    await expect(fresh.locator('[data-finding="c-agency-deposit"] a')).toHaveAttribute(
      'href',
      '/guide/disputes/#check-c-agency-deposit',
    );
    expect(await axeViolations(fresh)).toEqual([]);

    // With the text: the same findings, quoted where they are.
    await fresh.locator('[data-store-import]').setInputFiles(withText);
    await expect(fresh.locator('#scan-draft')).toHaveValue(zh01);
    expect(await ids(fresh, '[data-finding]', 'data-finding')).toEqual(findings);
    expect(await fresh.locator('[data-quote]').allTextContents()).toEqual(quotes);
    await expect(fresh.locator('[data-finding="rf-auto-renewal"]')).toContainText('2.2');
    const saved = await stored(fresh);
    expect(saved).toContain('不予退还');

    // A broken file and someone else's file: refused with a message, nothing changed.
    const broken = readFileSync(withText, 'utf8').slice(0, 300);
    for (const [name, buffer] of [
      ['broken.json', Buffer.from(broken)],
      ['fees.json', Buffer.from(JSON.stringify(feesEnvelope))],
    ] as const) {
      await fresh.locator('[data-store-import]').setInputFiles({ name, mimeType: 'application/json', buffer });
      await expect(fresh.locator('[data-store-notice]')).toContainText('导入失败，当前内容没有改变');
      expect(await ids(fresh, '[data-finding]', 'data-finding')).toEqual(findings);
      await expect(fresh.locator('#scan-draft')).toHaveValue(zh01);
      expect(await stored(fresh)).toBe(saved);
    }
    expect(await axeViolations(fresh)).toEqual([]);
    await other.close();
  });

  test('prints the findings on A4 without the form', async ({ page }, info) => {
    await page.goto('/en/tools/contract-scan/');
    await paste(page, en01);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.scan-form')).toBeHidden();
    const printed = await printedText(page, info, 'contract-scan');
    expect(printed.pageSize).toContain('595');
    expect(printed.words).toContain('Draft contract check');
    expect(printed.words).toContain('Produced by rules in your browser');
    expect(printed.words).toContain('renew automatically for successive');
    expect(printed.words).toContain('Must-have clauses that are missing');
    expect(printed.words).not.toContain('Paste the whole contract');
  });
});
