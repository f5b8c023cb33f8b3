#!/usr/bin/env node
// Usage: node scripts/check-ngrams.mjs <folder of source texts>
// Compares every file under content/ with plain-text copies of the sources it cites (kept outside the
// repository: they are other people's text) and lists the n-grams they share (scripts/lib/ngrams.mjs).
// Run it after writing from sources; a finding is a sentence to rewrite in our own words. Names of
// laws, courts and products are expected to match and can be ignored.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedGrams } from './lib/ngrams.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = process.argv[2];
if (!sourcesDir) {
  console.error('usage: node scripts/check-ngrams.mjs <folder of source texts>');
  process.exit(2);
}
/** @param {string} dir @returns {Promise<string[]>} */
async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat();
}
const sources = await Promise.all(
  (await walk(path.resolve(sourcesDir))).map(async (file) => ({ file, text: await readFile(file, 'utf8') })),
);
const ours = (await walk(path.join(root, 'content'))).filter((f) => /\.(mdx?|ya?ml)$/.test(f));
let findings = 0;
for (const file of ours) {
  const text = await readFile(file, 'utf8');
  for (const source of sources) {
    const shared = sharedGrams(text, source.text);
    if (shared.length === 0) continue;
    findings += shared.length;
    console.log(`${path.relative(root, file)} ~ ${path.basename(source.file)}: ${shared.join(' | ')}`);
  }
}
console.log(`check-ngrams: ${findings} shared n-gram(s) against ${sources.length} source text(s)`);
process.exit(findings > 0 ? 1 : 0);
