/**
 * The paragraphs of a Word (.docx) file: a zip holding `word/document.xml`, read with fflate, loaded
 * only when a file is opened. The unpacked document is capped: a zip bomb stops at the cap, whatever
 * sizes its headers claim, because the data is fed in small slices and counted as it comes out.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export type DocxResult = { ok: true; text: string } | { ok: false; code: 'docx' | 'bomb' | 'no-text' };

/** The most `word/document.xml` may unpack to (a 200-page contract is a few MB). */
export const MAX_DOCUMENT_BYTES = 20_000_000;
const SLICE = 16_384;

class TooLarge extends Error {}

/** `word/document.xml` unpacked, or a code. */
function documentXml(
  bytes: Uint8Array,
  limit: number,
): { ok: true; xml: Uint8Array } | { ok: false; code: 'docx' | 'bomb' } {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, code: 'docx' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false as boolean; // set in the unzip callbacks, which flow analysis does not follow
  const unzip = new Unzip((file) => {
    if (file.name !== 'word/document.xml') return;
    if ((file.originalSize ?? 0) > limit) throw new TooLarge();
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit) throw new TooLarge();
      chunks.push(chunk);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < bytes.length && !done; offset += SLICE) {
      unzip.push(bytes.subarray(offset, offset + SLICE), offset + SLICE >= bytes.length);
    }
  } catch (error) {
    return { ok: false, code: error instanceof TooLarge ? 'bomb' : 'docx' };
  }
  if (!done) return { ok: false, code: 'docx' };
  const xml = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    xml.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, xml };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The document's paragraphs (`w:p`) as lines of text (`w:t`, tabs and breaks kept), each list
 * paragraph prefixed with its number counted per list and level (1, 1.1, 1.2, 2…), since Word keeps
 * automatic numbers out of the text.
 */
export function paragraphsOfXml(xml: string): string[] {
  const lines: string[] = [];
  const counters = new Map<string, number[]>();
  for (const [paragraph] of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/gu)) {
    let text = '';
    for (const [, tag = '', body = ''] of paragraph.matchAll(/<w:(t|tab|br|cr)\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:t>)/gu)) {
      text += tag === 't' ? unescapeXml(body) : tag === 'tab' ? '\t' : ' ';
    }
    if (text.trim() === '') continue;
    const list = /<w:numId w:val="(\d+)"/u.exec(paragraph)?.[1];
    const level = Number(/<w:ilvl w:val="(\d+)"/u.exec(paragraph)?.[1] ?? 0);
    if (list && list !== '0' && level < 9) {
      const counts = counters.get(list) ?? [];
      counts[level] = (counts[level] ?? 0) + 1;
      counts.length = level + 1;
      counters.set(list, counts);
      const label = Array.from({ length: level + 1 }, (_, index) => counts[index] ?? 1).join('.');
      if (!/^\s*(第|\d|[（(])/u.test(text)) text = `${label} ${text}`;
    }
    lines.push(text);
  }
  return lines;
}

/** The text of a .docx file, one paragraph a line. */
export function docxText(bytes: Uint8Array, limit = MAX_DOCUMENT_BYTES): DocxResult {
  const document = documentXml(bytes, limit);
  if (!document.ok) return document;
  const lines = paragraphsOfXml(new TextDecoder('utf-8').decode(document.xml));
  return lines.length === 0 ? { ok: false, code: 'no-text' } : { ok: true, text: lines.join('\n') };
}
