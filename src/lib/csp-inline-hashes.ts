import { createHash } from 'node:crypto';

/**
 * Astro's CSP hashes the scripts and styles it processes, but not `is:inline` scripts (Starlight
 * has several: theme, sidebar state, search shortcut) nor `style` attributes (Starlight's icons
 * and selects set CSS variables in them). Rather than allow 'unsafe-inline', src/middleware.ts
 * runs this on every rendered page: it hashes exactly what the page contains and adds those
 * hashes to that page's policy.
 */

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decodeAttribute = (value: string) =>
  value.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** Returns the page with its CSP meta extended by the hashes of its inline scripts and style attributes. */
export function addInlineHashes(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
  if (!meta?.[1]) return html;
  const scriptHashes = new Set<string>();
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1]) scriptHashes.add(sha256(match[1]));
  }
  const styleAttributeHashes = new Set<string>();
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g))
    styleAttributeHashes.add(sha256(decodeAttribute(match[1] ?? '')));
  let policy = decodeAttribute(meta[1]);
  policy = policy.replace(/script-src ([^;]*);/, (_all, sources: string) => {
    const existing = new Set(sources.trim().split(/\s+/));
    const added = [...scriptHashes].filter((hash) => !existing.has(hash));
    return `script-src ${[...existing, ...added].join(' ')};`;
  });
  if (styleAttributeHashes.size > 0)
    policy += ` style-src-attr 'unsafe-hashes' ${[...styleAttributeHashes].join(' ')};`;
  const encoded = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${encoded}">`);
}
