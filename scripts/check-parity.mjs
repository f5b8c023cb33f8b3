#!/usr/bin/env node
// Fails the build when a Chinese page and its English twin (content/docs/<path> and
// content/docs/en/<path>) disagree on what they cite or on their number of h2 sections. The rules are
// in scripts/lib/parity.mjs; a page that exists in one language only is check-references' business.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parityProblems } from './lib/parity.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = path.join(root, 'content', 'docs');

/** @param {string} dir @returns {Promise<string[]>} MDX/MD files below dir, relative to it */
async function pages(dir, prefix = '') {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const rel = path.posix.join(prefix, entry.name);
      if (entry.isDirectory()) return prefix === '' && entry.name === 'en' ? [] : pages(dir, rel);
      return /\.mdx?$/.test(entry.name) ? [rel] : [];
    }),
  );
  return nested.flat();
}

const problems = [];
let pairs = 0;
for (const rel of await pages(docsDir)) {
  const enFile = path.join(docsDir, 'en', rel);
  const enText = await readFile(enFile, 'utf8').catch(() => null);
  if (enText === null) continue;
  pairs += 1;
  const zhText = await readFile(path.join(docsDir, rel), 'utf8');
  for (const problem of parityProblems(zhText, enText))
    problems.push(`content/docs/${rel} ↔ content/docs/en/${rel}: ${problem}`);
}

if (problems.length > 0) {
  console.error(`check-parity: ${problems.length} difference(s) between Chinese and English pages:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `check-parity: ok (${pairs} page pairs cite the same facts, terms, checks and modules, with as many h2 sections)`,
);
