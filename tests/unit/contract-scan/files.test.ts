import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeContract } from '../../../src/lib/contract-scan/decode';
import { docxText, paragraphsOfXml } from '../../../src/lib/contract-scan/docx';
import { contractScanDefinition } from '../../../src/lib/contract-scan/state';
import { readFileSync } from 'node:fs';
import { readScan } from '../../../src/lib/contract/from-scan';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/state/envelope';

const body = (paragraphs: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${paragraphs}</w:body></w:document>`;
const docx = (xml: string) =>
  zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });

describe('decodeText', () => {
  const text = '第一条 甲方应支付服务费。';
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ ok: true, text });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text });
  });
  it('reads GBK / GB18030 text', () => {
    // 第一条 甲方 in GBK.
    const gbk = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x20, 0xbc, 0xd7, 0xb7, 0xbd]);
    expect(decodeText(gbk)).toEqual({ ok: true, text: '第一条 甲方' });
  });
  it('refuses binary data', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(decodeText(garbage)).toEqual({ ok: false, code: 'binary' });
  });
  it('tells text that is no contract at all', () => {
    expect(looksLikeContract('ﾃｽﾄ Ｘ◆◇')).toBe(false);
    expect(looksLikeContract('This Agreement is made between')).toBe(true);
  });
});

describe('docxText', () => {
  it('reads paragraphs, entities, tabs and automatic numbers', () => {
    const xml = body(
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Term</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">It renews </w:t></w:r><w:r><w:t>&amp; goes on.</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>甲方</w:t><w:tab/><w:t>乙方</w:t></w:r></w:p><w:p/>',
    );
    expect(docxText(docx(xml))).toEqual({ ok: true, text: '1 Term\n1.1 It renews & goes on.\n甲方\t乙方' });
  });
  it('says when a document has no text', () => {
    expect(docxText(docx(body('<w:p><w:r><w:drawing/></w:r></w:p>')))).toEqual({ ok: false, code: 'no-text' });
  });
  it('refuses a file that is not a zip, or a zip without a document', () => {
    expect(docxText(strToU8('not a zip at all'))).toEqual({ ok: false, code: 'docx' });
    expect(docxText(zipSync({ 'a.txt': strToU8('x') }))).toEqual({ ok: false, code: 'docx' });
  });
  it('stops a zip bomb at the cap', () => {
    const huge = new Uint8Array(30_000_000).fill(0x20);
    const bomb = zipSync({ 'word/document.xml': huge }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(docxText(bomb)).toEqual({ ok: false, code: 'bomb' });
  });
  it('keeps paragraphs with only numbers of their own unprefixed', () => {
    expect(paragraphsOfXml(body('<w:p><w:numPr><w:numId w:val="2"/></w:numPr><w:t>第一条 期限</w:t></w:p>'))).toEqual([
      '第一条 期限',
    ]);
  });
});

describe('the saved state', () => {
  it('round-trips, and refuses ids that are not ids', () => {
    const state = {
      text: '',
      result: {
        date: '2026-12-02',
        lang: 'zh' as const,
        findings: ['rf-auto-renewal'],
        covered: ['c-term'],
        missing: [],
      },
    };
    const decoded = decodeEnvelope(
      contractScanDefinition,
      encodeEnvelope(contractScanDefinition, state, 'r1', new Date()),
    );
    expect(decoded.ok && decoded.data).toEqual(state);
    const bad = encodeEnvelope(
      contractScanDefinition,
      { ...state, result: { ...state.result, covered: ['<b>'] } },
      'r1',
      new Date(),
    );
    expect(decodeEnvelope(contractScanDefinition, bad).ok).toBe(false);
  });
  it('loads a version 1 file, and the checklist reads the clauses it covers', () => {
    const text = readFileSync(new URL('../../fixtures/saved/contract-scan-v1.json', import.meta.url), 'utf8');
    expect(decodeEnvelope(contractScanDefinition, text).ok).toBe(true);
    expect(readScan(text)).toEqual({ date: '2026-12-02', covered: ['c-term', 'c-confidentiality', 'c-reporting'] });
    expect(readScan(null)).toBeNull();
    expect(readScan('{"broken"')).toBeNull();
  });
});
