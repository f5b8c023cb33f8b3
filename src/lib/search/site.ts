// The site's search in the search dialog: Pagefind UI's Pagefind with its `search` replaced by the one in
// ./find.ts. Loaded with Pagefind UI, when search is first wanted (src/integrations/pagefind-ui.mjs).
import groups from 'virtual:search-names';
import { phraseSearch, type PagefindApi } from './find';

/** `pagefind` (Pagefind's module) with the site's search, for the language of this page. */
export function withSiteSearch<T extends PagefindApi>(pagefind: T): T {
  const language = document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return { ...pagefind, search: phraseSearch(pagefind, groups, language) };
}
