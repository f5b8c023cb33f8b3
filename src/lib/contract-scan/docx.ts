/**
 * The paragraphs of a Word (.docx) file: a zip holding `word/document.xml` (with its automatic
 * numbering in `word/numbering.xml` and `word/styles.xml`), read with fflate, loaded only when a file
 * is opened. The unpacked parts are capped: a zip bomb stops at the cap, whatever
 * sizes its headers claim, because the data is fed in small slices and counted as it comes out.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { Counter, readNumbering, unescapeXml, type Numbering } from './numbering';

export type DocxResult = { ok: true; text: string } | { ok: false; code: 'docx' | 'bomb' | 'no-text' };

/** The most the document, numbering and styles may unpack to together (a 200-page contract is a few MB). */
export const MAX_DOCUMENT_BYTES = 20_000_000;
const SLICE = 16_384;

class TooLarge extends Error {}

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'] as const;
type Part = (typeof PARTS)[number];

/** The document, its numbering and its styles unpacked (together at most `limit` bytes), or a code. */
function documentParts(
  bytes: Uint8Array,
  limit: number,
): { ok: true; parts: Map<Part, string> } | { ok: false; code: 'docx' | 'bomb' } {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, code: 'docx' };
  const chunks = new Map<Part, Uint8Array[]>();
  const finished = new Set<Part>();
  let total = 0;
  const unzip = new Unzip((file) => {
    const name = PARTS.find((part) => part === file.name);
    if (!name || chunks.has(name)) return;
    if (total + (file.originalSize ?? 0) > limit) throw new TooLarge();
    const parts: Uint8Array[] = [];
    chunks.set(name, parts);
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit) throw new TooLarge();
      parts.push(chunk);
      if (final) finished.add(name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < bytes.length && finished.size < PARTS.length; offset += SLICE) {
      unzip.push(bytes.subarray(offset, offset + SLICE), offset + SLICE >= bytes.length);
    }
  } catch (error) {
    return { ok: false, code: error instanceof TooLarge ? 'bomb' : 'docx' };
  }
  if (!finished.has('word/document.xml')) return { ok: false, code: 'docx' };
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<Part, string>();
  for (const name of finished) {
    const list = chunks.get(name) ?? [];
    const joined = new Uint8Array(list.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of list) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    parts.set(name, decoder.decode(joined));
  }
  return { ok: true, parts };
}

const attribute = (xml: string, tag: string): string | null =>
  new RegExp(`<w:${tag}\\b[^>]*?\\bw:val="([^"]*)"`, 'u').exec(xml)?.[1] ?? null;

/**
 * The document's paragraphs (`w:p`) as lines of text (`w:t`, tabs and breaks kept), each numbered
 * paragraph led by the number Word shows for it (第三条, 3.2, （一）), since Word keeps automatic
 * numbers out of the text. Where a list has no definition (no numbering.xml), numbers are counted
 * per list and level (1, 1.1, 1.2, 2…) for paragraphs that don't begin with a number of their own.
 */
export function paragraphsOfXml(xml: string, numbering: Numbering = readNumbering('', '')): string[] {
  const lines: string[] = [];
  const counter = new Counter(numbering);
  const counters = new Map<string, number[]>();
  for (const [whole] of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/gu)) {
    // A tracked change keeps the paragraph's former properties: not what the document shows.
    const paragraph = whole.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/gu, '');
    let text = '';
    for (const [, tag = '', body = ''] of paragraph.matchAll(/<w:(t|tab|br|cr)\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:t>)/gu)) {
      text += tag === 't' ? unescapeXml(body) : tag === 'tab' ? '\t' : ' ';
    }
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/u.exec(paragraph)?.[1] ?? paragraph;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(properties)?.[1] ?? '';
    const list = attribute(numPr, 'numId');
    const ownLevel = attribute(numPr, 'ilvl');
    const level = ownLevel === null ? null : Number(ownLevel);
    const number = counter.next(list, level, attribute(properties, 'pStyle'));
    if (number === null && list && text.trim() !== '' && (level ?? 0) < 9) {
      // No definition for the list: count it plainly.
      const depth = level ?? 0;
      const counts = counters.get(list) ?? [];
      counts[depth] = (counts[depth] ?? 0) + 1;
      counts.length = depth + 1;
      counters.set(list, counts);
      const label = Array.from({ length: depth + 1 }, (_, index) => counts[index] ?? 1).join('.');
      if (!/^\s*(第|\d|[（(])/u.test(text)) text = `${label} ${text}`;
    } else if (number) {
      text = text.trim() === '' ? number : `${number} ${text}`;
    }
    if (text.trim() === '') continue;
    lines.push(text);
  }
  return lines;
}

/** The text of a .docx file, one paragraph a line. */
export function docxText(bytes: Uint8Array, limit = MAX_DOCUMENT_BYTES): DocxResult {
  const document = documentParts(bytes, limit);
  if (!document.ok) return document;
  const { parts } = document;
  const numbering = readNumbering(parts.get('word/numbering.xml') ?? '', parts.get('word/styles.xml') ?? '');
  const lines = paragraphsOfXml(parts.get('word/document.xml') ?? '', numbering);
  return lines.length === 0 ? { ok: false, code: 'no-text' } : { ok: true, text: lines.join('\n') };
}
