// Four changes to how Starlight's search dialog and Pagefind UI run Pagefind, made at build time because
// neither Starlight's nor Pagefind UI's options have a setting for them. Each fails the build if the code
// it changes is not found, so an upgrade that moves that code cannot silently undo it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * A build-only Vite plugin that rewrites the one module whose id matches `id` with `patch`, and fails the
 * build if the client build never sees that module or `patch` throws.
 * @param {{ name: string, id: RegExp, patch: (code: string) => string, notSeen: string }} options
 * @returns {import('vite').Plugin}
 */
function patchModule({ name, id, patch, notSeen }) {
  let changed = false;
  return {
    name,
    apply: 'build',
    transform: {
      filter: { id },
      handler(code, moduleId) {
        if (!id.test(moduleId)) return;
        changed = true;
        try {
          return patch(code);
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
    buildEnd(error) {
      // (After another error the build stops early; that error is the one to report.)
      if (!error && !changed && this.environment?.name === 'client') this.error(notSeen);
    },
  };
}

/**
 * `code` with the one occurrence of `from` replaced by `to`; throws, naming `where`, if `from` is not in it.
 * (A function replacement, so that `$` in `to` is taken literally.)
 * @param {string} code
 * @param {string} from
 * @param {string} to
 * @param {string} where what `code` is, for the error
 * @returns {string}
 */
function replaceExact(code, from, to, where) {
  if (!code.includes(from)) throw new Error(`${where} no longer contains:\n${from}`);
  return code.replace(from, () => to);
}

/**
 * Pagefind searches in a web worker by default. On this site's small index the worker costs more than it
 * saves: its own script (43 KB) and WebAssembly start-up come on top of the first query, and the words
 * typed before the search runs are not preloaded in time. `noWorker` keeps the search on the page's
 * thread (`npm run bench:search`: first results after the debounce, median 322 -> 229 ms, and 14 KB less
 * on the wire). Starlight passes only `ranking`, `indexWeight` and `mergeIndex` on to Pagefind UI, so this
 * adds the option to the module it reads them from.
 */
export const pagefindOnMainThread = () =>
  patchModule({
    name: 'pagefind-on-main-thread',
    id: /^\0virtual:starlight\/pagefind-config$/,
    patch: (code) => `${code};\npagefindUserConfig.noWorker = true;\n`,
    notSeen: "virtual:starlight/pagefind-config was not seen: Starlight no longer reads Pagefind UI's options from it",
  });

/** The line of Starlight's search script that schedules Pagefind UI for the first idle moment of every page. */
export const starlightIdleLine = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';

/**
 * What replaces it: Pagefind UI (94 KB of script, 26 KB gzipped, and a Svelte mount) starts at the first
 * sign that search is wanted: the pointer over the search button or pressed on it, or focus entering the
 * search element (the button tabbed to, the dialog opened with Ctrl+K), and Pagefind's own script with it.
 * A page that nobody searches from loads nothing of Pagefind. If the dialog is already open when Pagefind
 * UI is mounted, its input gets the focus that Starlight gave it on opening.
 */
export const onDemandLine = `const onIdle = (mount) => {
					const host = this;
					const types = ['pointerenter', 'pointerdown', 'focusin'];
					const start = () => {
						for (const type of types) host.removeEventListener(type, start);
						// Pagefind itself, fetched alongside its UI instead of after it (the UI imports the same URL).
						import(/* @vite-ignore */ new URL('pagefind/pagefind.js', new URL(import.meta.env.BASE_URL, location.href)).href).catch(() => {});
						Promise.resolve(mount()).then(() => {
							if (host.querySelector('dialog')?.open) host.querySelector('input')?.focus();
						});
					};
					for (const type of types) host.addEventListener(type, start);
				};`;

/**
 * Rewrites Starlight's search script so that Pagefind UI is loaded on demand instead of at idle.
 * @param {string} code the script of Starlight's Search.astro
 * @returns {string}
 */
export function mountSearchOnDemand(code) {
  return replaceExact(code, starlightIdleLine, onDemandLine, "Starlight's Search.astro script");
}

export const pagefindUiOnDemand = () =>
  patchModule({
    name: 'pagefind-ui-on-demand',
    id: /[\\/]@astrojs[\\/]starlight[\\/].*Search\.astro\?astro&type=script/,
    patch: mountSearchOnDemand,
    notSeen: "Starlight's Search.astro script was not seen: Pagefind UI would load at idle on every page",
  });

/** What Pagefind UI runs on every keystroke while it waits out its 300 ms debounce: it loads the index chunks for the words typed. */
export const pagefindPreloadLines = `      timer = setTimeout(executeSearchFunc, debounce_timeout_ms);
      await waitForApiInit();
      pagefind.preload(term, { filters });`;

/**
 * What replaces it: the whole search runs during the debounce, not only the chunk loading. Pagefind keeps
 * the chunks and the result texts (fragments) it has loaded, so when the debounce ends, the search that
 * Pagefind UI then runs finds everything it needs already there and only has to draw the results. The
 * fragments of the first screen of results are fetched only if no later keystroke has come in since
 * (the \`timer\` is still this keystroke's), so typing fast fetches no texts that will not be shown.
 * The search is the one Pagefind UI runs: the same term after its processTerm, the same filters and sort.
 * (\`npm run bench:search\`, cold: first results after the debounce, see docs/decisions/2026-11-28-search-speed.md.)
 */
export const pagefindSpeculativeLines = `      timer = setTimeout(executeSearchFunc, debounce_timeout_ms);
      const keystroke = timer;
      await waitForApiInit();
      const ahead = typeof process_term === "function" ? process_term(term) : term;
      pagefind.search(ahead, { filters, ...(sort && typeof sort === "object" ? { sort } : {}) }).then((found) => {
        if (timer !== keystroke) return;
        for (const result of found?.results?.slice(0, page_size) ?? []) result.data().catch(() => {});
      }, () => {});`;

/**
 * Rewrites Pagefind UI so that a search runs while the debounce is waited out (see above).
 * @param {string} code Pagefind UI's ui-core module
 * @returns {string}
 */
export function searchDuringDebounce(code) {
  return replaceExact(code, pagefindPreloadLines, pagefindSpeculativeLines, "Pagefind UI's ui-core module");
}

export const pagefindSearchDuringDebounce = () =>
  patchModule({
    name: 'pagefind-search-during-debounce',
    id: /[\\/]@pagefind[\\/]default-ui[\\/].*ui-core\.mjs$/,
    patch: searchDuringDebounce,
    notSeen: "Pagefind UI's ui-core module was not seen: the search would wait for the debounce to end",
  });

/** The line of Pagefind UI that keeps Pagefind's module once loaded. */
export const pagefindLoadedLine = '      pagefind = imported_pagefind;';

/** The site's search (src/lib/search/site.ts), as Vite resolves it. */
const siteSearchModule = fileURLToPath(new URL('../lib/search/site.ts', import.meta.url));

/**
 * Rewrites Pagefind UI so that it searches with the site's search instead of Pagefind's own: a query of
 * several words finds the pages that have them together, a glossary name also finds the term's other
 * names, and excerpts are long enough to judge (src/lib/search/find.ts,
 * docs/decisions/2026-12-02-chinese-search.md). The module loads with Pagefind UI, when search is wanted.
 * @param {string} code Pagefind UI's ui-core module
 * @returns {string}
 */
export function useSiteSearch(code) {
  const changed = replaceExact(
    code,
    pagefindLoadedLine,
    '      pagefind = withSiteSearch(imported_pagefind);',
    "Pagefind UI's ui-core module",
  );
  return `import { withSiteSearch } from ${JSON.stringify(siteSearchModule)};\n${changed}`;
}

export const pagefindSiteSearch = () =>
  patchModule({
    name: 'pagefind-site-search',
    id: /[\\/]@pagefind[\\/]default-ui[\\/].*ui-core\.mjs$/,
    patch: useSiteSearch,
    notSeen: "Pagefind UI's ui-core module was not seen: search would split Chinese words into characters again",
  });

const glossaryFile = fileURLToPath(new URL('../../content/glossary.yaml', import.meta.url));
const aliasesModule = fileURLToPath(new URL('../lib/search/aliases.ts', import.meta.url));

/**
 * `virtual:search-names`: the glossary's names grouped by meaning, made from content/glossary.yaml (the one
 * list of names) by nameGroups in src/lib/search/aliases.ts. Only the names travel, not the definitions.
 * @returns {import('vite').Plugin}
 */
export const searchNames = () => ({
  name: 'search-names',
  resolveId(id) {
    return id === 'virtual:search-names' ? '\0virtual:search-names' : undefined;
  },
  load(id) {
    if (id !== '\0virtual:search-names') return undefined;
    this.addWatchFile(glossaryFile);
    /** @type {{ id: string, term: { zh: string, en: string }, aliases?: string[], replacedBy?: string }[]} */
    const entries = parseYaml(readFileSync(glossaryFile, 'utf8'));
    const names = entries.map(({ id: entryId, term, aliases, replacedBy }) => ({
      id: entryId,
      term: { zh: term.zh, en: term.en },
      ...(aliases ? { aliases } : {}),
      ...(replacedBy ? { replacedBy } : {}),
    }));
    return `import { nameGroups } from ${JSON.stringify(aliasesModule)};\nexport default nameGroups(${JSON.stringify(names)});\n`;
  },
});
