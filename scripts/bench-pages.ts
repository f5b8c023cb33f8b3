// Generated guide pages for bench:build: sentences, headings, lists and tables taken from the project's
// own guides (content/docs/guide/** and content/docs/en/guide/**) and recombined, so the text has the
// vocabulary, length and markup of real pages. Deterministic: the same index always gives the same page.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export type Lang = 'zh' | 'en';

export interface Corpus {
  headings: string[];
  sentences: string[];
  listItems: string[];
  tables: string[];
  /** Average length in characters of a real guide's cleaned text, the target for generated pages. */
  averageChars: number;
  /** How many real guide files the corpus was taken from. */
  files: number;
}

async function mdxFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await mdxFiles(full)));
    else if (entry.name.endsWith('.mdx')) out.push(full);
  }
  return out.sort();
}

/** Replaces components and links by plain text; returns null when markup that MDX would parse is left. */
function clean(text: string, terms: Map<string, string>): string | null {
  const out = text
    .replace(/<Term\b[^>]*?\bid=["']([^"']+)["'][^>]*?\/>/g, (_, id: string) => terms.get(id) ?? '')
    .replace(/<Term\b[^>]*>([^<]*)<\/Term>/g, '$1')
    .replace(/\s*<Fact\b[^>]*\/>/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .trim();
  if (/[<>{}]/.test(out) || out === '') return null;
  // Bold split across sentences would leave stray asterisks: keep bold only when it is balanced.
  return (out.match(/\*\*/g)?.length ?? 0) % 2 === 0 ? out : out.replace(/\*\*/g, '');
}

function splitSentences(paragraph: string, lang: Lang): string[] {
  const parts = lang === 'zh' ? paragraph.split(/(?<=[。！？])/) : paragraph.split(/(?<=[.!?])\s+(?=["“A-Z0-9])/);
  return parts.map((s) => s.trim()).filter((s) => s.length >= (lang === 'zh' ? 8 : 30));
}

/** Reads the real guides of one language into pools of headings, sentences, list items and tables. */
export async function readCorpus(projectRoot: string, lang: Lang): Promise<Corpus> {
  const glossary = parse(await readFile(path.join(projectRoot, 'content', 'glossary.yaml'), 'utf8')) as {
    id: string;
    term: Record<Lang, string>;
  }[];
  const terms = new Map(glossary.map((t) => [t.id, t.term[lang]]));
  const dir = path.join(projectRoot, 'content', 'docs', ...(lang === 'en' ? ['en'] : []), 'guide');
  const files = await mdxFiles(dir);
  const corpus: Corpus = {
    headings: [],
    sentences: [],
    listItems: [],
    tables: [],
    averageChars: 0,
    files: files.length,
  };
  let totalChars = 0;
  for (const file of files) {
    const body = (await readFile(file, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');
    // The length a reader sees: markup of components removed, their content kept.
    totalChars += body
      .replace(/<[^>]+>/g, '')
      .replace(/\n{2,}/g, '\n')
      .trim().length;
    for (const block of body.split(/\n\s*\n/)) {
      const lines = block.split('\n').filter((line) => line.trim() !== '');
      const first = lines[0] ?? '';
      if (lines.length === 0 || /^(export |<|:::|---|```)/.test(first)) continue;
      if (lines.every((line) => line.startsWith('|'))) {
        const table = clean(lines.join('\n'), terms);
        if (table && lines.length >= 3) corpus.tables.push(table);
      } else if (/^#{2,3} /.test(first)) {
        const text = clean(first.replace(/^#+ /, ''), terms);
        if (text) corpus.headings.push(text);
      } else if (/^(?:[-*]|\d+\.) /.test(first)) {
        // A list: items start at the margin, continuation lines are indented.
        const items: string[] = [];
        for (const line of lines) {
          if (/^(?:[-*]|\d+\.) /.test(line)) items.push(line.replace(/^(?:[-*]|\d+\.) /, ''));
          else if (items.length > 0) items.push(`${items.pop() ?? ''}${lang === 'zh' ? '' : ' '}${line.trim()}`);
        }
        for (const item of items) {
          const text = item.includes('<CheckRef') ? null : clean(item, terms);
          if (text) corpus.listItems.push(text);
        }
      } else if (!lines.some((line) => /^(<|#|\||\s*[-*] )/.test(line))) {
        const paragraph = lines.map((line) => line.trim()).join(lang === 'zh' ? '' : ' ');
        for (const sentence of splitSentences(paragraph, lang)) {
          const text = sentence.includes('<CheckRef') ? null : clean(sentence, terms);
          if (text) corpus.sentences.push(text);
        }
      }
    }
  }
  corpus.averageChars = Math.round(totalChars / Math.max(1, files.length));
  if (corpus.sentences.length < 50 || corpus.headings.length < 10) {
    throw new Error(`Too little ${lang} text in ${dir} to generate pages from (${corpus.sentences.length} sentences).`);
  }
  return corpus;
}

/** mulberry32: a small seeded random number generator, so pages are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated guide page (an MDX file with Starlight front matter). */
export function generatePage(corpus: Corpus, lang: Lang, index: number): string {
  const rand = random(index * 2 + (lang === 'zh' ? 0 : 1) + 1);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const join = lang === 'zh' ? '' : ' ';
  const paragraph = (min: number, max: number) =>
    Array.from({ length: between(min, max) }, () => pick(corpus.sentences)).join(join);

  const title =
    lang === 'zh' ? `${pick(corpus.headings)}（样例 ${index}）` : `${pick(corpus.headings)} (sample ${index})`;
  const parts = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(pick(corpus.sentences))}`,
    '---',
    '',
    paragraph(2, 4),
  ];
  const target = corpus.averageChars * (0.6 + rand() * 0.8);
  let length = parts.join('\n').length;
  while (length < target) {
    const section = [`## ${pick(corpus.headings)}`];
    for (let p = between(1, 3); p > 0; p--) section.push(paragraph(2, 5));
    if (rand() < 0.3)
      section.push(Array.from({ length: between(3, 5) }, () => `- ${pick(corpus.listItems)}`).join('\n'));
    if (rand() < 0.15 && corpus.tables.length > 0) section.push(pick(corpus.tables));
    if (rand() < 0.2) section.push(`### ${pick(corpus.headings)}`, paragraph(2, 4));
    parts.push('', section.join('\n\n'));
    length += section.join('\n\n').length;
  }
  return `${parts.join('\n')}\n`;
}

/**
 * How many of `total` generated pages are Chinese. Pages come in pairs with the same slug, a Chinese page
 * and its English twin, as the project's guides do: a Chinese page without a twin would make Starlight
 * add an English fallback page for it, so a 2:1 split would build a third more pages than asked for.
 */
export const chinesePages = (total: number): number => Math.ceil(total / 2);
