// Parity between a Chinese page and its English twin. The rules, shared by every guide and tool page
// (docs/ARCHITECTURE.md, "Content rules"):
//
//   1. The two pages cite the same facts (<Fact id>), glossary terms (<Term id>), checks (<CheckRef id>)
//      and module lists (<ModuleServices id>): as sets, so the order and the number of times may differ.
//   2. They have the same number of `## ` (h2) sections. Headings may be worded differently and h3 and
//      below are free, so each language can be written naturally.
//
// A page teaches the same things in both languages; these are the parts of that a script can see.

/** The components whose `id` is compared, and the word used for them in messages. */
export const CITED = /** @type {const} */ ([
  ['Fact', 'facts'],
  ['Term', 'terms'],
  ['CheckRef', 'checks'],
  ['ModuleServices', 'module lists'],
]);

/** Drops frontmatter, `{/* … *\/}` comments and fenced code, which neither cite nor head a section. */
function body(/** @type {string} */ text) {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^```[\s\S]*?^```/gm, '');
}

/**
 * What a page cites and how many h2 sections it has.
 * @param {string} text MDX source
 * @returns {{ cited: Record<string, Set<string>>, h2: number }}
 */
export function pageOutline(text) {
  const source = body(text);
  /** @type {Record<string, Set<string>>} */
  const cited = {};
  for (const [component, label] of CITED) {
    cited[label] = new Set(
      [...source.matchAll(new RegExp(`<${component}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g'))].map((m) => m[1]),
    );
  }
  const h2 = source.split('\n').filter((line) => /^## \S/.test(line)).length;
  return { cited, h2 };
}

/**
 * The differences between a Chinese page and its English twin, one sentence each; empty when they agree.
 * @param {string} zhText
 * @param {string} enText
 * @returns {string[]}
 */
export function parityProblems(zhText, enText) {
  const zh = pageOutline(zhText);
  const en = pageOutline(enText);
  /** @type {string[]} */
  const problems = [];
  for (const [, label] of CITED) {
    const onlyZh = [...zh.cited[label]].filter((id) => !en.cited[label].has(id)).sort();
    const onlyEn = [...en.cited[label]].filter((id) => !zh.cited[label].has(id)).sort();
    if (onlyZh.length > 0) problems.push(`${label} cited only in Chinese: ${onlyZh.join(', ')}`);
    if (onlyEn.length > 0) problems.push(`${label} cited only in English: ${onlyEn.join(', ')}`);
  }
  if (zh.h2 !== en.h2) problems.push(`h2 sections: ${zh.h2} in Chinese, ${en.h2} in English`);
  return problems;
}
