// The site's search in the search dialog: Pagefind UI's Pagefind with its `search` replaced by the one in
// ./find.ts. Loaded with Pagefind UI, when search is first wanted (src/integrations/pagefind-ui.mjs).
import groups from 'virtual:search-names';
import { phraseSearch, prepareSegmenter, type PagefindApi } from './find';

const language = document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh';
// The Chinese word dictionary loads while Pagefind's files do, not in the first search.
if (language === 'zh') setTimeout(prepareSegmenter, 0);

/** `pagefind` (Pagefind's module) with the site's search, for the language of this page. */
export function withSiteSearch<T extends PagefindApi>(pagefind: T): T {
  return { ...pagefind, search: phraseSearch(pagefind, groups, language) };
}
