#!/usr/bin/env node
// Fails the build when content points at something that does not exist: a fact, glossary term,
// check or module id used in MDX or YAML, a guide slug named in data, or an internal link.
// Astro's reference() only logs a dangling id, so this script is what makes it an error.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.join(root, 'content');
const docsDir = path.join(contentDir, 'docs');
const pagesDir = path.join(root, 'src', 'pages');

/** @param {string} dir @returns {Promise<string[]>} every file below dir, as absolute paths */
async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    }),
  );
  return files.flat();
}

/** @param {string} file */
async function readYamlList(file) {
  const data = parse(await readFile(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path.relative(root, file)}: expected a list of entries`);
  return /** @type {Record<string, any>[]} */ (data);
}

const rel = (/** @type {string} */ file) => path.relative(root, file);
/** @type {string[]} */
const problems = [];

const facts = await readYamlList(path.join(contentDir, 'facts.yaml'));
const glossary = await readYamlList(path.join(contentDir, 'glossary.yaml'));
const modules = await readYamlList(path.join(contentDir, 'modules.yaml'));
const checkFiles = (await walk(path.join(contentDir, 'checks'))).filter((f) => f.endsWith('.yaml'));
/** @type {{file: string, entry: Record<string, any>}[]} */
const checks = [];
for (const file of checkFiles) for (const entry of await readYamlList(file)) checks.push({ file, entry });

const ids = {
  fact: new Set(facts.map((f) => f.id)),
  term: new Set(glossary.map((t) => t.id)),
  check: new Set(checks.map((c) => c.entry.id)),
  module: new Set(modules.map((m) => m.id)),
};

// Pages: docs entries by route (locale-neutral slug per language) plus Astro pages.
const docFiles = (await walk(docsDir)).filter((f) => /\.mdx?$/.test(f));
const routeOf = (/** @type {string} */ file) =>
  '/' +
  rel(file)
    .replace(/^content\/docs\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '') +
  '/';
const routes = new Set(docFiles.map((f) => routeOf(f).replace(/^\/\/$/, '/')));
for (const file of await walk(pagesDir)) {
  if (!/\.(astro|ts|mdx?)$/.test(file) || file.includes('[')) continue;
  routes.add(
    (
      '/' +
      path
        .relative(pagesDir, file)
        .replace(/\.(astro|ts|mdx?)$/, '')
        .replace(/(^|\/)index$/, '') +
      '/'
    ).replace(/\/+/g, '/'),
  );
}

/** @param {string} slug locale-neutral guide slug */
function checkGuide(slug, where) {
  for (const prefix of ['/', '/en/']) {
    if (!routes.has(`${prefix}${slug}/`)) problems.push(`${where}: guide "${slug}" has no page at ${prefix}${slug}/`);
  }
}

// YAML → YAML and YAML → pages.
for (const term of glossary) {
  if (term.replacedBy && !ids.term.has(term.replacedBy))
    problems.push(`content/glossary.yaml: term "${term.id}" replacedBy unknown term "${term.replacedBy}"`);
  if (term.status === 'renamed' && !term.replacedBy)
    problems.push(`content/glossary.yaml: renamed term "${term.id}" needs replacedBy`);
  if (term.fact && !ids.fact.has(term.fact))
    problems.push(`content/glossary.yaml: term "${term.id}" cites unknown fact "${term.fact}"`);
}
for (const mod of modules) checkGuide(mod.guide, `content/modules.yaml: module "${mod.id}"`);
for (const { file, entry } of checks) checkGuide(entry.guide, `${rel(file)}: check "${entry.id}"`);
for (const { file, entry } of checks) {
  if (entry.module !== undefined && !ids.module.has(entry.module))
    problems.push(`${rel(file)}: check "${entry.id}" names unknown module "${entry.module}"`);
  if (entry.fact !== undefined && !ids.fact.has(entry.fact))
    problems.push(`${rel(file)}: check "${entry.id}" cites unknown fact "${entry.fact}"`);
}
// Contract scanner rules (the `scan` field): a trap's replacement clause must be a clause.
const clauseIds = new Set(checks.filter((c) => c.entry.kind === 'clause').map((c) => c.entry.id));
for (const { file, entry } of checks) {
  const fix = entry.scan?.trap?.fix;
  if (fix !== undefined && !clauseIds.has(fix))
    problems.push(`${rel(file)}: check "${entry.id}" scan.trap.fix names no clause "${fix}"`);
  if (entry.scan && entry.kind !== 'clause' && (entry.scan.covers || entry.scan.mustHave))
    problems.push(`${rel(file)}: check "${entry.id}" is not a clause: only a clause can be covered or must-have`);
}
const seen = new Map();
for (const { file, entry } of checks) {
  if (seen.has(entry.id)) problems.push(`${rel(file)}: check id "${entry.id}" also in ${seen.get(entry.id)}`);
  seen.set(entry.id, rel(file));
}

// MDX → data and MDX → pages.
const componentIds = [
  ['Fact', 'fact'],
  ['Term', 'term'],
  ['CheckRef', 'check'],
  ['ModuleServices', 'module'],
];
for (const file of docFiles) {
  const text = await readFile(file, 'utf8');
  const lineOf = (/** @type {number} */ index) => text.slice(0, index).split('\n').length;
  for (const [component, kind] of componentIds) {
    for (const match of text.matchAll(new RegExp(`<${component}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g'))) {
      if (!ids[kind].has(match[1]))
        problems.push(`${rel(file)}:${lineOf(match.index)}: <${component} id="${match[1]}"> points to no ${kind}`);
    }
  }
  const links = [
    ...text.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g),
    ...text.matchAll(/(?:href|link)[=:]\s*["']?(\/[^"'\s#>]*)(#[^"'\s>]*)?/g),
  ];
  for (const match of links) {
    const target = match[1].endsWith('/') ? match[1] : `${match[1]}/`;
    if (!routes.has(target))
      problems.push(`${rel(file)}:${lineOf(match.index)}: link to ${match[1]} points to no page`);
  }
}

// Every guide exists in both languages.
for (const route of routes) {
  if (!route.startsWith('/guide/')) continue;
  if (!routes.has(`/en${route}`))
    problems.push(`content/docs${route.slice(0, -1)}.mdx has no English page at /en${route}`);
}
for (const route of routes) {
  if (route.startsWith('/en/guide/') && !routes.has(route.slice(3)))
    problems.push(`English page ${route} has no Chinese page at ${route.slice(3)}`);
}

if (problems.length > 0) {
  console.error(`check-references: ${problems.length} broken reference(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `check-references: ok (${docFiles.length} pages, ${ids.fact.size} facts, ${ids.term.size} terms, ${ids.check.size} checks, ${ids.module.size} modules)`,
);
