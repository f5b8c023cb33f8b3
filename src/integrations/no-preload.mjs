import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Vite plugin: no module preloading, and a preload helper of one line.
 *
 * Vite wraps every dynamic import of client code in its preload helper (`__vitePreload(fn, deps)`),
 * which adds `<link rel=modulepreload>` for the imported chunk's dependencies and its CSS. Astro turns
 * module preloading on; this plugin turns it off (`modulePreload: false`), which leaves each call's
 * dependency list empty unless the imported chunk has CSS. The helper itself, 0.9 KB gzipped, still
 * ships with every tool page (upstream vitejs/vite#13952). When no chunk passes the helper a
 * dependency list, the helper is written as what it then does: call `fn`. If a chunk ever passes one
 * (a dynamically imported module with CSS), the helper is left whole.
 * docs/decisions/2026-12-02-no-preload-helper.md has the figures.
 *
 * @returns {import('vite').Plugin}
 */
export function noPreloadHelper() {
  return {
    name: 'no-preload-helper',
    enforce: 'post',
    apply: 'build',
    config: () => ({ build: { modulePreload: false } }),
    // After Vite has written each call's dependency list (its own generateBundle runs after ours).
    writeBundle(options, bundle) {
      if (!options.dir) return;
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const helper = chunks.find((chunk) => /(^|\/)preload-helper\.[\w-]+\.js$/.test(chunk.fileName));
      if (!helper) return;
      const file = (chunk) => path.join(options.dir, chunk.fileName);
      if (chunks.some((chunk) => readFileSync(file(chunk), 'utf8').includes('__vite__mapDeps'))) return;
      const slim = slimHelper(readFileSync(file(helper), 'utf8'));
      if (slim) writeFileSync(file(helper), slim);
    },
  };
}

/**
 * The helper module reduced to calling its first argument, under the same export name; undefined if
 * its export is not the single function Vite writes (exported for its unit test).
 * @param {string} code
 * @returns {string | undefined}
 */
export function slimHelper(code) {
  const exported = /export\s*\{\s*[\w$]+\s+as\s+([\w$]+)\s*\}\s*;?\s*$/.exec(code);
  if (!exported) return undefined;
  return `const preload=(load)=>load();export{preload as ${exported[1]}};\n`;
}
