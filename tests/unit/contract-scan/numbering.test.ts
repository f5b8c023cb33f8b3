/**
 * Word's automatic numbering: clause numbers that are not in the text but in word/numbering.xml (and
 * numbered styles in word/styles.xml) come out as the document shows them, so findings say 第三条 or
 * 3.2. The .docx files are built here with fflate.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../src/lib/contract-scan/docx';
import { formatNumber } from '../../../src/lib/contract-scan/numbering';
import { scanDraft } from '../../../src/lib/contract-scan/scan';
import { loadRules } from './corpus';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A level of an abstract numbering definition. */
const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}<w:lvlJc w:val="left"/></w:lvl>`;
const abstract = (id: number, levels: string, extra = '') =>
  `<w:abstractNum w15:restartNumberingAfterBreak="0" w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${extra}${levels}</w:abstractNum>`;
const num = (id: number, abstractId: number, override = '') =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;

/** A numbered paragraph (list `list`, level `level`), or a plain one when `list` is omitted. */
const p = (text: string, list?: number, level = 0) =>
  `<w:p><w:pPr>${list === undefined ? '' : `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${list}"/></w:numPr>`}<w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const styled = (text: string, style: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

function docx(paragraphs: string[], numbering: string, styles = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`,
    ),
    'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`),
  };
  if (styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files);
}

const lines = (bytes: Uint8Array) => {
  const result = docxText(bytes);
  if (!result.ok) throw new Error(result.code);
  return result.text.split('\n');
};

/** 第%1条 in Chinese counting, %1.%2 in legal (decimal) numbering, （%3） in Chinese counting. */
const CONTRACT = abstract(
  0,
  lvl(0, 'chineseCounting', '第%1条') +
    lvl(1, 'decimal', '%1.%2', '<w:isLgl/>') +
    lvl(2, 'chineseCounting', '（%3）') +
    lvl(3, 'decimal', '%1.%2.%3.%4', '<w:isLgl/>'),
);

describe('formatNumber', () => {
  it('writes Chinese counting as a contract does', () => {
    const written = [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1005].map((n) => formatNumber(n, 'chineseCounting'));
    expect(written).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
      '一千零五',
    ]);
    expect(formatNumber(23, 'chineseCountingThousand')).toBe('二十三');
    expect(formatNumber(11, 'chineseLegalSimplified')).toBe('壹拾壹');
    expect(formatNumber(105, 'ideographDigital')).toBe('一〇五');
  });
  it('writes letters, Roman numerals and the other series', () => {
    expect([1, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb']);
    expect(formatNumber(3, 'upperLetter')).toBe('C');
    expect([4, 9, 14, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'MCMXCIV']);
    expect(formatNumber(12, 'lowerRoman')).toBe('xii');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(11, 'ideographTraditional')).toBe('11');
    expect(formatNumber(2, 'decimalEnclosedCircle')).toBe('②');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect([1, 2, 3, 11, 22].map((n) => formatNumber(n, 'ordinal'))).toEqual(['1st', '2nd', '3rd', '11th', '22nd']);
  });
  it('falls back to decimal for a format it does not know', () => {
    expect(formatNumber(3, 'hebrew2')).toBe('3');
    expect(formatNumber(3, 'custom')).toBe('3');
  });
});

describe('automatic numbering in a .docx', () => {
  it('writes 第N条, N.M and （N） as Word shows them, restarting lower levels', () => {
    const bytes = docx(
      [
        p('服务内容', 1, 0),
        p('乙方提供店铺运营服务。', 1, 1),
        p('乙方负责客服。', 1, 1),
        p('合同期限', 1, 0),
        p('本合同期限一年。', 1, 1),
        p('首月试运营。', 1, 2),
        p('次月正式运营。', 1, 2),
        p('细则见附件。', 1, 3),
        p('期满后自动续约一年。', 1, 1),
        p('甲方：某某旗舰店'),
        p('费用', 1, 0),
        p('服务费每月两万元。', 1, 1),
      ],
      CONTRACT + num(1, 0),
    );
    expect(lines(bytes)).toEqual([
      '第一条 服务内容',
      '1.1 乙方提供店铺运营服务。',
      '1.2 乙方负责客服。',
      '第二条 合同期限',
      '2.1 本合同期限一年。',
      '（一） 首月试运营。',
      '（二） 次月正式运营。',
      '2.1.2.1 细则见附件。',
      '2.2 期满后自动续约一年。',
      '甲方：某某旗舰店',
      '第三条 费用',
      '3.1 服务费每月两万元。',
    ]);
  });

  it('without legal numbering, a level shows the numbers above it in their own formats', () => {
    const bytes = docx(
      [p('期限', 2, 0), p('一年。', 2, 1)],
      abstract(0, lvl(0, 'chineseCounting', '第%1条') + lvl(1, 'decimal', '%1.%2')) + num(2, 0),
    );
    expect(lines(bytes)).toEqual(['第一条 期限', '一.1 一年。']);
  });

  it('counts on across lists that share a definition, and starts afresh where a list overrides its start', () => {
    const items = abstract(1, lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '%2)'));
    const bytes = docx(
      [
        p('Scope', 3),
        p('Fees', 3),
        p('Store operation', 3, 1),
        p('Customer service', 3, 1),
        p('Term', 4), // list 4 shares definition 1 with list 3: counts on
        p('Renewal', 5), // list 5 restarts at 1
        p('Notice', 5),
        p('Data', 6), // list 6 starts at 10
      ],
      items +
        num(3, 1) +
        num(4, 1) +
        num(5, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') +
        num(6, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride>'),
    );
    expect(lines(bytes)).toEqual([
      '1. Scope',
      '2. Fees',
      'a) Store operation',
      'b) Customer service',
      '3. Term',
      '1. Renewal',
      '2. Notice',
      '10. Data',
    ]);
  });

  it('keeps a level counting when its restart says so, and uses start values and unknown formats', () => {
    const bytes = docx(
      [p('A', 7, 0), p('x', 7, 1), p('B', 7, 0), p('y', 7, 1), p('Schedule', 8), p('Annex', 8)],
      abstract(
        2,
        lvl(0, 'upperRoman', 'Article %1') + lvl(1, 'ideographTraditional', '%2、', '<w:lvlRestart w:val="0"/>'),
      ) +
        abstract(
          3,
          '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="Schedule %1:"/></w:lvl>',
        ) +
        num(7, 2) +
        num(8, 3),
    );
    expect(lines(bytes)).toEqual([
      'Article I A',
      '甲、 x',
      'Article II B',
      '乙、 y',
      'Schedule 3: Schedule',
      'Schedule 4: Annex',
    ]);
  });

  it('numbers headings through their style, and leaves bullets and removed numbers out', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ContractClause"><w:basedOn w:val="1"/></w:style>';
    const bytes = docx(
      [
        styled('保证金', '1'),
        styled('甲方向乙方支付保证金五万元。', '2'),
        p('• 不是条款', 10),
        styled('合同解除', 'ContractClause'),
        `<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>附件一</w:t></w:r></w:p>`,
      ],
      CONTRACT +
        abstract(4, `<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>`) +
        num(9, 0) +
        num(10, 4),
      styles,
    );
    expect(lines(bytes)).toEqual([
      '第一条 保证金',
      '1.1 甲方向乙方支付保证金五万元。',
      '• 不是条款',
      '第二条 合同解除',
      '附件一',
    ]);
  });

  it('puts the clause number Word shows on the findings', () => {
    const bytes = docx(
      [
        p('服务内容', 1, 0),
        p('乙方为甲方天猫店铺提供代运营服务。', 1, 1),
        p('合同期限', 1, 0),
        p('本合同期限为一年。', 1, 1),
        p('合同期满前甲方未书面提出异议的，本合同自动续约一年。', 1, 1),
        p('保证金', 1, 0),
        p('甲方应于签约时向乙方支付保证金两万元。', 1, 1),
        p('甲方提前解除合同的，该保证金不予退还。', 1, 2),
      ],
      CONTRACT + num(1, 0),
    );
    const result = docxText(bytes);
    if (!result.ok) throw new Error(result.code);
    const findings = scanDraft(result.text, loadRules()).findings.map((f) => [f.id, f.location.clause]);
    expect(findings).toContainEqual(['rf-auto-renewal', '2.2']);
    expect(findings).toContainEqual(['c-agency-deposit', '第三条（一）']);
  });
});

describe('the numbering part of a hostile .docx', () => {
  it('counts towards the cap: a bomb in numbering.xml is stopped too', () => {
    const bomb = zipSync(
      {
        'word/numbering.xml': new Uint8Array(30_000_000).fill(0x20),
        'word/document.xml': strToU8(`<w:document ${W}><w:body>${p('合同')}</w:body></w:document>`),
      },
      { level: 9 },
    );
    expect(docxText(bomb)).toEqual({ ok: false, code: 'bomb' });
  });
  it('reads the text when numbering.xml is not XML at all', () => {
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document ${W}><w:body>${p('第一条 期限', 1)}</w:body></w:document>`),
      'word/numbering.xml': new Uint8Array([0xff, 0x00, 0x3c, 0x77]),
    });
    expect(docxText(bytes)).toEqual({ ok: true, text: '第一条 期限' });
  });
});
