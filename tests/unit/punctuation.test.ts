import { contractScanStrings } from '../../src/lib/contract-scan/strings';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseStrings } from '../../src/lib/case/strings';
import * as contractFormFields from '../../src/lib/contract/form-fields';
import * as contractFormLabels from '../../src/lib/contract/form-labels';
import * as contractLabels from '../../src/lib/contract/labels';
import { contractStrings } from '../../src/lib/contract/strings';
import * as contractValues from '../../src/lib/contract/values';
import { feeStrings } from '../../src/lib/fees/strings';
import { kitStrings } from '../../src/lib/kit/kit-strings';
import { scopeStrings } from '../../src/lib/scope/strings';
import { vettingStrings } from '../../src/lib/vetting/strings';

/** Every `zh` text in a value: a dictionary's strings or the `zh` side of `{ zh, en }` pairs, at any depth. */
const SCAN_PATTERNS = new Set(['patterns', 'unless', 'covers', 'mustHaveWhen']);

function chineseTexts(value: unknown, path: string, out: [string, string][], inZh = false): [string, string][] {
  if (typeof value === 'string') {
    if (inZh) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => chineseTexts(item, `${path}[${index}]`, out, inZh));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      // The contract scanner's patterns (content/checks `scan`) are regular expressions, not prose.
      if (SCAN_PATTERNS.has(key)) continue;
      chineseTexts(inner, `${path}.${key}`, out, inZh || key === 'zh');
    }
  }
  return out;
}

const hanzi = '[\\u3400-\\u9fff\\uff01-\\uff5e\\u3000-\\u303f]';
/** A half-width comma, colon, semicolon, bracket, ! or ? touching a Chinese character or full-width mark. */
const halfWidthBesideChinese = new RegExp(`${hanzi}[,:;!?()]|[,:;!?()]${hanzi}`);

const dictionaries = {
  caseStrings,
  contractScanStrings,
  contractStrings,
  feeStrings,
  kitStrings,
  scopeStrings,
  vettingStrings,
};
const contractWords = { contractFormFields, contractFormLabels, contractLabels, contractValues };
const content = [
  'content/checks/clauses.yaml',
  'content/checks/redflags.yaml',
  'content/checks/vetting.yaml',
  'content/glossary.yaml',
  'content/modules.yaml',
  'content/facts.yaml',
];

describe('Chinese text uses full-width punctuation', () => {
  const texts: [string, string][] = [];
  for (const [name, dictionary] of Object.entries(dictionaries)) chineseTexts(dictionary.zh, name, texts, true);
  for (const [name, module] of Object.entries(contractWords)) chineseTexts(module, name, texts);
  for (const file of content) chineseTexts(parse(readFileSync(file, 'utf8')), file, texts);

  it('finds the texts it checks', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('has no half-width comma, colon, semicolon, bracket, ! or ? beside a Chinese character', () => {
    const offenders = texts.filter(([, text]) => halfWidthBesideChinese.test(text));
    expect(offenders).toEqual([]);
  });

  it('would catch one', () => {
    expect('浏览器里,不会上传').toMatch(halfWidthBesideChinese);
    expect('常见表现:').toMatch(halfWidthBesideChinese);
    expect('1,200,000 元；7.8 倍').not.toMatch(halfWidthBesideChinese);
  });
});
