#!/usr/bin/env node
// Size budget of the built site: JavaScript and CSS each page type loads before any interaction,
// gzipped, ours and Starlight's separately. Fails when a limit is passed. Run after `npm run build`.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { countElements } from './count-elements.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** Limits on our own JavaScript per page type, in gzipped bytes. */
const limits = {
  home: 0,
  guide: 0,
  'tools/fees': 12 * 1024,
  'tools/vetting': 16 * 1024,
  'tools/scope': 16 * 1024,
  // Back to 16 KB (docs/decisions/2026-12-03-contract-render-on-demand.md): the checklist's full
  // render loads when the answers first change; the other tools' readers when they saved something.
  'tools/contract': 16 * 1024,
  'tools/case': 16 * 1024,
  // The target check (issue 24): its own element, view and model.
  'tools/target': 14 * 1024,
  // Before a file is opened; the .docx reader (fflate) loads when one is.
  'tools/contract-scan': 16 * 1024,
  'tools/review': 16 * 1024,
  'tools/exit': 16 * 1024,
};

/**
 * Limits on what a page puts in the document at load (scripts/count-elements.mjs): elements, and form
 * fields (input, select, textarea). Both are paid for before a tool answers: style and layout for every
 * element, and Chrome's autofill goes over every field at DOMContentLoaded. About 10-15% above the pages
 * of today, so that a page that grows is noticed. The vetting scorecard's limit holds because its agency
 * editor (2,400 elements, 350 fields) is sent in a <template> and only joins the page when it is used.
 */
const domLimits = {
  home: { elements: 300, fields: 4 },
  // The sources page lists every fact with its sources; it grows with the facts (60 in December 2026).
  guide: { elements: 1000, fields: 4 },
  'tools/fees': { elements: 1100, fields: 64 },
  'tools/vetting': { elements: 1300, fields: 48 },
  'tools/scope': { elements: 760, fields: 64 },
  // The contract renders every red flag (those the answers raise and those recorded in the scorecard): +125.
  'tools/contract': { elements: 3400, fields: 126 },
  // Fixed slots for the set-up (6 deliverables, 4 obligations, 4 consequences) and one month's editor.
  'tools/review': { elements: 1000, fields: 90 },
  'tools/case': { elements: 400, fields: 8 },
  'tools/target': { elements: 700, fields: 24 },
  'tools/contract-scan': { elements: 450, fields: 10 },
  // Four fields per handover item (done, owner, date, note): 15 items, 67 fields and 805 elements today.
  'tools/exit': { elements: 900, fields: 74 },
};

/** Our chunks are named after our components (Vite names a script chunk after its component). */
async function ourComponentNames() {
  const names = new Set();
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // Overrides of Starlight's own components (its theme picker, made to survive blocked storage)
      // replace Starlight's script of the same job: they count in Starlight's column, as what they replace did.
      if (entry.isDirectory() && entry.name === 'overrides') continue;
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.astro')) names.add(entry.name.replace(/\.astro$/, ''));
    }
  };
  await walk(path.join(root, 'src', 'components'));
  return names;
}

const gzipCache = new Map();
async function gzippedSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(await readFile(file)).length);
  return gzipCache.get(file);
}

/** Files a module imports statically (dynamic `import()` loads later, on use, and is not counted). */
const importCache = new Map();
async function staticImports(file) {
  if (!importCache.has(file)) {
    const code = await readFile(file, 'utf8');
    const specifiers = [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map(
      (m) => m[1],
    );
    importCache.set(
      file,
      specifiers
        .filter((s) => s.startsWith('.') || s.startsWith('/'))
        .map((s) => (s.startsWith('/') ? path.join(dist, s) : path.resolve(path.dirname(file), s))),
    );
  }
  return importCache.get(file);
}

async function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(await staticImports(file)));
  }
  return seen;
}

async function measurePage(htmlFile, ours) {
  const html = await readFile(htmlFile, 'utf8');
  const scriptSrcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => path.join(dist, m[1]));
  const isOurs = (file) => ours.has(path.basename(file).split('.astro_astro_type_script')[0]);
  const ourFiles = await closure(scriptSrcs.filter(isOurs));
  const theirFiles = await closure(scriptSrcs.filter((file) => !isOurs(file)));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const inlineSize = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  let ourJs = 0;
  let starlightJs = inlineSize;
  for (const file of ourFiles) if (!theirFiles.has(file)) ourJs += await gzippedSize(file);
  for (const file of theirFiles) starlightJs += await gzippedSize(file);
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/media="print"/.test(tag))
    .map((tag) => path.join(dist, /href="([^"]+)"/.exec(tag)?.[1] ?? ''));
  let cssSize = 0;
  for (const file of css) cssSize += await gzippedSize(file);
  const pagefindEager = /<(?:script|link)\b[^>]*(?:src|href)="[^"]*pagefind/.test(html);
  return { ourJs, starlightJs, cssSize, pagefindEager, htmlSize: gzipSync(html).length, ...countElements(html) };
}

function pageType(route) {
  if (route === '' || route === 'en') return 'home';
  const neutral = route.replace(/^en\//, '');
  if (neutral.startsWith('tools/')) return neutral;
  return 'guide';
}

const ours = await ourComponentNames();
const pages = [];
const walk = async (dir) => {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) await walk(full);
    else if (entry.name === 'index.html') pages.push(full);
  }
};
await walk(dist);

const byType = new Map();
const domByType = new Map();
const failures = [];
for (const file of pages) {
  const route = path.relative(dist, path.dirname(file));
  const type = pageType(route);
  const figures = await measurePage(file, ours);
  const worst = byType.get(type);
  if (!worst || figures.ourJs > worst.ourJs)
    byType.set(type, { ...figures, route: `/${route}${route ? '/' : ''}`, count: (worst?.count ?? 0) + 1 });
  else worst.count += 1;
  const dom = domByType.get(type);
  if (!dom || figures.elements > dom.elements)
    domByType.set(type, {
      elements: figures.elements,
      fields: figures.fields,
      htmlSize: figures.htmlSize,
      route: `/${route}${route ? '/' : ''}`,
    });
  const limit = limits[type] ?? 0;
  if (figures.ourJs > limit) failures.push(`/${route}/: our JavaScript ${figures.ourJs} B gzipped > limit ${limit} B`);
  const domLimit = domLimits[type] ?? domLimits.guide;
  if (figures.elements > domLimit.elements)
    failures.push(`/${route}/: ${figures.elements} elements at load > limit ${domLimit.elements}`);
  if (figures.fields > domLimit.fields)
    failures.push(`/${route}/: ${figures.fields} form fields at load > limit ${domLimit.fields}`);
  if (figures.pagefindEager) failures.push(`/${route}/: loads Pagefind before search is opened`);
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
console.log('page type        pages  our JS KB  limit KB  Starlight JS KB  CSS KB  Pagefind eager  (largest page)');
for (const [type, f] of [...byType].sort()) {
  const limit = limits[type] ?? 0;
  console.log(
    `${type.padEnd(16)} ${String(f.count).padStart(5)}  ${kb(f.ourJs)}     ${kb(limit)}  ${kb(f.starlightJs)}          ${kb(f.cssSize)}  ${f.pagefindEager ? 'yes' : 'no '}             ${f.route}`,
  );
}

console.log('\npage type        elements  limit  fields  limit  HTML KB  (largest page)');
for (const [type, d] of [...domByType].sort()) {
  const limit = domLimits[type] ?? domLimits.guide;
  console.log(
    `${type.padEnd(16)} ${String(d.elements).padStart(8)}  ${String(limit.elements).padStart(5)}  ${String(d.fields).padStart(6)}  ${String(limit.fields).padStart(5)}  ${kb(d.htmlSize)}   ${d.route}`,
  );
}

// Search index chunks: a query downloads every chunk whose word range it touches, so the chunk size
// decides most of what the first search costs (astro.config.mjs sets it). Files are stored gzipped.
const INDEX_CHUNK_LIMIT = 8 * 1024;
const indexDir = path.join(dist, 'pagefind', 'index');
const chunks = new Map();
for (const name of await readdir(indexDir)) {
  const lang = name.split('_')[0];
  const { size } = await stat(path.join(indexDir, name));
  const seen = chunks.get(lang) ?? { count: 0, largest: 0 };
  chunks.set(lang, { count: seen.count + 1, largest: Math.max(seen.largest, size) });
}
console.log('\nsearch index     chunks  largest KB  limit KB');
for (const [lang, { count, largest }] of [...chunks].sort()) {
  console.log(`${lang.padEnd(16)} ${String(count).padStart(6)}  ${kb(largest)}      ${kb(INDEX_CHUNK_LIMIT)}`);
  if (largest > INDEX_CHUNK_LIMIT)
    failures.push(
      `search index ${lang}: a chunk of ${largest} B > limit ${INDEX_CHUNK_LIMIT} B (is PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE still read by this Pagefind?)`,
    );
}
if (chunks.size === 0) failures.push('no search index in dist/pagefind/index');

if (failures.length > 0) {
  console.error(`\nbudget: ${failures.length} failure(s):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`\nbudget: ok (${pages.length} pages within limits)`);
