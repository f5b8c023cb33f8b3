import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  mountSearchOnDemand,
  onDemandLine,
  pagefindLoadedLine,
  pagefindPreloadLines,
  pagefindSpeculativeLines,
  searchDuringDebounce,
  starlightIdleLine,
  useSiteSearch,
} from '../../src/integrations/pagefind-ui.mjs';

/** The client script of the installed Starlight's search component, as Vite hands it to the plugin. */
function starlightSearchScript(): string {
  // Resolved through the package's own "./components/*" export, as Astro resolves it.
  const file = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro');
  const source = readFileSync(file, 'utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(source)?.[1];
  if (!script) throw new Error('no <script> in Starlight’s Search.astro');
  return script;
}

describe('Pagefind UI on demand', () => {
  it('finds the idle-time start in the installed Starlight and replaces it', () => {
    const script = starlightSearchScript();
    expect(script).toContain(starlightIdleLine);
    const changed = mountSearchOnDemand(script);
    expect(changed).not.toContain('requestIdleCallback');
    expect(changed).toContain(onDemandLine);
    // The import of Pagefind UI itself is still Starlight's, now behind the trigger.
    expect(changed).toContain("await import('@pagefind/default-ui')");
  });

  it('refuses code it does not recognise, so a Starlight upgrade cannot silently undo it', () => {
    expect(() => mountSearchOnDemand('window.requestIdleCallback(() => {})')).toThrow(/no longer contains/);
  });
});

/** Pagefind UI's module as installed, as Vite hands it to the plugin. */
function pagefindUiCore(): string {
  const entry = createRequire(import.meta.url).resolve('@pagefind/default-ui');
  // The package's "require" entry is npm_dist/cjs/ui-core.cjs; Vite bundles its ES module twin.
  return readFileSync(new URL('../mjs/ui-core.mjs', pathToFileURL(entry)), 'utf8');
}

describe('Pagefind UI searches during its debounce', () => {
  it('finds the preload in the installed Pagefind UI and replaces it with the search', () => {
    const code = pagefindUiCore();
    expect(code).toContain(pagefindPreloadLines);
    const changed = searchDuringDebounce(code);
    expect(changed).not.toContain('pagefind.preload(term');
    expect(changed).toContain(pagefindSpeculativeLines);
    // The debounced search that draws the results is untouched.
    expect(changed).toContain('const results = await pagefind.search(term, search_options);');
  });

  it('refuses code it does not recognise, so an upgrade of Pagefind UI cannot silently undo it', () => {
    expect(() => searchDuringDebounce('pagefind.preload(term);')).toThrow(/no longer contains/);
  });
});

describe('Pagefind UI searches with the site search', () => {
  it('finds where Pagefind UI keeps Pagefind in the installed package and wraps it', () => {
    const code = pagefindUiCore();
    expect(code).toContain(pagefindLoadedLine);
    const changed = useSiteSearch(searchDuringDebounce(code));
    expect(changed).toContain('pagefind = withSiteSearch(imported_pagefind);');
    expect(changed).toMatch(/^import \{ withSiteSearch \} from ".*src[\\/]lib[\\/]search[\\/]site\.ts";/);
  });

  it('refuses code it does not recognise', () => {
    expect(() => useSiteSearch('pagefind = somethingElse;')).toThrow(/no longer contains/);
  });
});
