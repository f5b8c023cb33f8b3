#!/usr/bin/env node
// Finds sentences a guide page may have copied from a source: any run of 14 Chinese characters, or of
// 8 English words, that a guide shares with a source text. Facts may be used; wording may not
// (/work/shared/research/domain-facts.md). Sources are plain-text files the writer saved while
// researching (not kept in the repository: they are other people's text).
//
//   npx node scripts/check-copying.mjs <folder of .txt sources> [guide .mdx files…]
//
// Without files it checks every guide in both languages and the claims in content/facts.yaml. Exits 1 and lists each shared run if any.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const CJK_RUN = 14;
const WORD_RUN = 8;
/** Official names quoted as names, not as sentences. */
const NAMES = [/list of cross-border e-commerce retail import goods/gi, /跨境电子商务零售进口商品清单/g];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} dir @returns {Promise<string[]>} */
async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat();
}

/** Page text as a reader sees it: no front matter, imports, tags or Markdown marks. */
function prose(/** @type {string} */ text) {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[*_`#|>[\]-]/g, ' ');
}

/** Runs of CJK characters (punctuation and spaces removed) and of lower-case words. */
function shingles(/** @type {string} */ text) {
  for (const name of NAMES) text = text.replace(name, ' ');
  const cjk = text.replace(/[^\p{Script=Han}\d]/gu, '');
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  const runs = new Set();
  for (let i = 0; i + CJK_RUN <= cjk.length; i++) {
    const run = cjk.slice(i, i + CJK_RUN);
    // A run of figures alone (prices, limits) is a fact, not wording.
    if ((run.match(/\p{Script=Han}/gu) ?? []).length >= CJK_RUN / 2) runs.add(run);
  }
  for (let i = 0; i + WORD_RUN <= words.length; i++) runs.add(words.slice(i, i + WORD_RUN).join(' '));
  return runs;
}

const [sourceDir, ...files] = process.argv.slice(2);
if (!sourceDir) {
  console.error('usage: check-copying.mjs <folder of .txt sources> [guide .mdx files…]');
  process.exit(2);
}
const sources = (await walk(path.resolve(sourceDir))).filter((f) => f.endsWith('.txt'));
/** @type {Map<string, string>} run → source file */
const seen = new Map();
for (const file of sources)
  for (const run of shingles(await readFile(file, 'utf8'))) seen.set(run, path.basename(file));

const pages = files.length
  ? files.map((f) => path.resolve(f))
  : [
      ...(await walk(path.join(root, 'content/docs'))).filter((f) => /\/guide\/.*\.mdx$/.test(f)),
      path.join(root, 'content/facts.yaml'),
    ];
let found = 0;
/** What a reader sees of a file: a guide's prose, or the facts' claims and caveats (not source titles). */
async function readerText(/** @type {string} */ file) {
  const text = await readFile(file, 'utf8');
  if (!file.endsWith('.yaml')) return prose(text);
  const facts = /** @type {{ claim: object, caveat?: object }[]} */ (parse(text));
  return facts.flatMap((f) => [...Object.values(f.claim), ...Object.values(f.caveat ?? {})]).join('\n');
}

for (const page of pages) {
  for (const run of shingles(await readerText(page))) {
    const source = seen.get(run);
    if (source) {
      found++;
      console.log(`${path.relative(root, page)}: “${run}” also in ${source}`);
    }
  }
}
console.log(`check-copying: ${pages.length} pages against ${sources.length} sources, ${found} shared run(s)`);
process.exit(found > 0 ? 1 : 0);
