// Search that finds the pages a word is on, and only those (docs/decisions/2026-12-02-chinese-search.md).
//
// Pagefind cuts Chinese into words with a dictionary, at build time and again in the browser, and looks
// up each word of a query on its own: 提点 (not in the dictionary) became 提 + 点 and found every page
// with a word starting with 提 and another starting with 点. Here a query of two or more words is also
// searched as a phrase (Pagefind's quoted search: the words next to each other, in order), and only the
// pages that have the phrase are kept, in the order of Pagefind's ranking. A glossary name also searches
// the term's other names (src/lib/search/aliases.ts). The excerpts are rebuilt around the words found,
// long enough to judge a result, with every occurrence marked.
import { namedGroups, normalizeName, searchForms, type NameGroup } from './aliases';

/** What Pagefind's search returns (the parts used here). */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  [key: string]: unknown;
}
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  anchor?: PagefindAnchor;
}
export interface PagefindFragment {
  url: string;
  content: string;
  raw_content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  sub_results: PagefindSubResult[];
  [key: string]: unknown;
}
export interface PagefindApi {
  search: (term: string, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
}

export type SearchLanguage = 'zh' | 'en';

/** Length of an excerpt: Chinese characters, or English words. */
export const EXCERPT_LENGTH: Record<SearchLanguage, number> = { zh: 72, en: 30 };

let segmenter: Intl.Segmenter | undefined;

/**
 * Makes the browser load its Chinese word dictionary now (the first Chinese word segmenter of a page
 * takes 50-400 ms to make, the later ones nothing), while Pagefind's files are still on their way, instead
 * of in the first search.
 */
export function prepareSegmenter(): void {
  queryWords('代运营', 'zh');
}

/** The words Pagefind will look up for `text` (it cuts Chinese with Intl.Segmenter, other text at spaces). */
export function queryWords(text: string, language: SearchLanguage): string[] {
  if (language === 'zh' && typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return text.split(/[\s\p{P}]+/u).filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for the places a name occurs in a page's text, ignoring case. In Chinese, spaces between the
 * name's characters may differ (TP认证 / TP 认证); in English any run of spaces or a hyphen stands for a
 * space, and a word may go on (deposit finds deposits, as Pagefind's prefix search does).
 */
export function namePattern(name: string, language: SearchLanguage): RegExp {
  // A name that starts with a letter or digit starts a word: TP is not found in HTTP.
  const start = /^[\p{Script=Latin}\p{N}]/u.test(name.trim()) ? '(?<![\\p{Script=Latin}\\p{N}])' : '';
  const chars = Array.from(name.trim().toLocaleLowerCase().replace(/\s+/g, ''));
  if (language === 'zh') return new RegExp(start + chars.map(escapeRegExp).join('\\s*'), 'giu');
  const words = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  return new RegExp(`${start}${words.join('[\\s-]+')}[\\p{Script=Latin}\\p{N}]*`, 'giu');
}

/** Whether `text` contains `name` as search means it (see namePattern). */
export const containsName = (text: string, name: string, language: SearchLanguage): boolean =>
  namePattern(name, language).test(text);

/** [start, end) of every occurrence of any of `names` in `text`, in order, without overlaps. */
export function occurrences(text: string, names: readonly string[], language: SearchLanguage): [number, number][] {
  const found: [number, number][] = [];
  for (const name of names) {
    if (!name.trim()) continue;
    for (const match of text.matchAll(namePattern(name, language))) {
      if (match[0].length) found.push([match.index, match.index + match[0].length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An excerpt of text[from, to) around the first occurrence in it: `length` characters (Chinese) or words
 * (English), the occurrences marked, as HTML.
 */
export function buildExcerpt(
  text: string,
  found: readonly [number, number][],
  language: SearchLanguage,
  from = 0,
  to = text.length,
): string {
  const inside = found.filter(([start, end]) => start >= from && end <= to);
  const first = inside[0];
  let start = from;
  let end = to;
  if (language === 'zh') {
    const length = EXCERPT_LENGTH.zh;
    if (first) start = Math.max(from, Math.min(first[0] - Math.floor(length / 4), to - length));
    end = Math.min(to, start + length);
  } else {
    const words = [...text.slice(from, to).matchAll(/\S+/g)].map((m): [number, number] => [
      from + m.index,
      from + m.index + m[0].length,
    ]);
    const at = first
      ? Math.max(
          0,
          words.findIndex(([, wordEnd]) => wordEnd > first[0]),
        )
      : 0;
    const firstWord = Math.max(0, Math.min(at - 8, words.length - EXCERPT_LENGTH.en));
    const lastWord = Math.min(words.length, firstWord + EXCERPT_LENGTH.en) - 1;
    start = words[firstWord]?.[0] ?? from;
    end = words[lastWord]?.[1] ?? to;
  }
  let html = '';
  let at = start;
  for (const [s, e] of inside) {
    if (e <= start || s >= end) continue;
    const markStart = Math.max(s, start);
    const markEnd = Math.min(e, end);
    html += `${escapeHtml(text.slice(at, markStart))}<mark>${escapeHtml(text.slice(markStart, markEnd))}</mark>`;
    at = markEnd;
  }
  html += escapeHtml(text.slice(at, end));
  return html.replace(/\s+/g, ' ').trim();
}

/** Offset in the fragment's text of each of Pagefind's word positions (anchors are placed by word). */
export function wordOffsets(fragment: Pick<PagefindFragment, 'content' | 'raw_content'>): number[] {
  const raw = fragment.raw_content ?? fragment.content;
  const offsets: number[] = [];
  if (raw.includes('\u200B')) {
    let at = 0;
    for (const word of raw.split('\u200B')) {
      offsets.push(at);
      at += word.replace(/&lt;/g, '<').replace(/&gt;/g, '>').length;
    }
    return offsets;
  }
  let last = 0;
  offsets.push(0);
  for (const match of fragment.content.matchAll(/[^\S\uFEFF]+/g)) {
    last = match.index + match[0].length;
    offsets.push(last);
  }
  return offsets;
}

/**
 * The fragment of a found page with its excerpt and sub-results (one per heading under which a name
 * occurs, as Pagefind makes them) rebuilt around the occurrences of `names`.
 */
export function rebuildFragment(
  fragment: PagefindFragment,
  names: readonly string[],
  language: SearchLanguage,
): PagefindFragment {
  const text = fragment.content;
  // The words as typed when the page has them (names[0]), else the other names it has.
  const typed = names[0] ? occurrences(text, names.slice(0, 1), language) : [];
  const found = typed.length ? typed : occurrences(text, names, language);
  const offsets = wordOffsets(fragment);
  const wordAt = (offset: number) => {
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((offsets[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const locations = found.map(([start]) => wordAt(start));
  const weighted = (list: number[]) => list.map((location) => ({ weight: 1, balanced_score: 1, location }));
  const pageUrl = fragment.meta['url'] ?? fragment.url;
  const anchors = fragment.anchors
    .filter((a) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const sections: { title: string; url: string; from: number; to: number; anchor?: PagefindAnchor }[] = [];
  let previous: (typeof sections)[number] = {
    title: fragment.meta['title'] ?? '',
    url: pageUrl,
    from: 0,
    to: text.length,
  };
  sections.push(previous);
  for (const anchor of anchors) {
    const from = offsets[anchor.location] ?? text.length;
    if (anchor.location === 0) {
      previous.title = anchor.title ?? anchor.text ?? previous.title;
      continue;
    }
    previous.to = from;
    const [path] = pageUrl.split('#');
    previous = { title: anchor.title ?? anchor.text ?? '', url: `${path}#${anchor.id}`, from, to: text.length, anchor };
    sections.push(previous);
  }
  const sub_results: PagefindSubResult[] = [];
  for (const section of sections) {
    const inside = found.filter(([start]) => start >= section.from && start < section.to);
    if (!inside.length) continue;
    const sectionLocations = inside.map(([start]) => wordAt(start));
    sub_results.push({
      title: section.title,
      url: section.url,
      excerpt: buildExcerpt(text, inside, language, section.from, section.to),
      locations: sectionLocations,
      weighted_locations: weighted(sectionLocations),
      ...(section.anchor ? { anchor: section.anchor } : {}),
    });
  }
  return {
    ...fragment,
    excerpt: buildExcerpt(text, found, language),
    locations,
    weighted_locations: weighted(locations),
    sub_results,
  };
}

/**
 * `text` cut into the glossary's names where it has them (the longest at each place) and, between them,
 * the words Pagefind would cut: 年费取消 is 年费 + 取消.
 */
export function splitByNames(text: string, names: readonly string[], language: SearchLanguage): string[] {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const lower = text.toLocaleLowerCase();
  const pieces: string[] = [];
  let rest = '';
  const flush = () => {
    pieces.push(...queryWords(rest, language));
    rest = '';
  };
  for (let at = 0; at < text.length;) {
    const name = sorted.find((candidate) => lower.startsWith(candidate.toLocaleLowerCase(), at));
    if (name && (language === 'zh' || /^\W?$/.test(text.charAt(at + name.length)))) {
      flush();
      pieces.push(text.slice(at, at + name.length));
      at += name.length;
    } else {
      rest += text.charAt(at);
      at += 1;
    }
  }
  flush();
  return pieces;
}

const han = /\p{Script=Han}/u;
/**
 * Whether a name is written the way pages of `language` write it. In Chinese: names with Chinese
 * characters, but not the English display of a term (Sales commission (提成)), whose English words would
 * each load a part of the index for nothing; and short Latin ones (DSR, GMV).
 */
const fitsLanguage = (name: string, language: SearchLanguage): boolean =>
  language === 'zh'
    ? (han.test(name) && !/[A-Za-z]{2,}\s+[A-Za-z]/.test(name)) || /^[A-Za-z0-9.]{2,6}$/.test(name)
    : !han.test(name);

/** Each page's scores, each name's scaled to its best page, added up over `names` (`kept`: by normalizeName). */
function scaledScores(
  names: readonly string[],
  kept: ReadonlyMap<string, readonly PagefindResult[]>,
): Map<string, { result: PagefindResult; score: number }> {
  const total = new Map<string, { result: PagefindResult; score: number }>();
  for (const name of new Set(names.map(normalizeName))) {
    const list = kept.get(name) ?? [];
    const best = Math.max(...list.map((result) => result.score), Number.MIN_VALUE);
    for (const result of list) {
      const entry = total.get(result.id) ?? { result, score: 0 };
      entry.score += result.score / best;
      total.set(result.id, entry);
    }
  }
  return total;
}

/**
 * The order of the pages found for a glossary name: first, for each term it names (in the glossary's
 * order: 扣点 is first 销售提成, then 技术服务费), the page that explains the term, the page the term's own
 * names score highest on together (in Chinese its Chinese names: 淘拍档, not TP); then the pages that have
 * the query itself, in Pagefind's order; then those of its other names, the pages most names lead to first
 * (each name's scores scaled to its best page). So the page that uses 提成 throughout comes before the
 * glossary, which lists 提点, and before a page that mentions 扣点 once. (The glossary page's text weighs half in
 * the index, data-pagefind-weight in src/components/Glossary.astro: it lists every name once, and is no
 * term's explanation beyond its one sentence.)
 */
export function rankByTerms(
  named: readonly NameGroup[],
  forms: readonly string[],
  kept: ReadonlyMap<string, readonly PagefindResult[]>,
  language: SearchLanguage,
): PagefindResult[] {
  const chosen: PagefindResult[] = [];
  const seen = new Set<string>();
  const add = (result: PagefindResult) => {
    if (seen.has(result.id)) return;
    seen.add(result.id);
    chosen.push(result);
  };
  for (const group of named) {
    const terms = group.terms.filter((name) => fitsLanguage(name, language));
    const own = language === 'zh' ? terms.filter((name) => han.test(name)) : terms;
    const home = [...scaledScores(own.length ? own : terms, kept).values()].sort((a, b) => b.score - a.score)[0];
    if (home) add(home.result);
  }
  const [typed = '', ...others] = forms;
  for (const result of kept.get(normalizeName(typed)) ?? []) add(result);
  for (const { result } of [...scaledScores(others, kept).values()].sort((a, b) => b.score - a.score)) add(result);
  return chosen;
}

/** `load` run once, on the first call; later calls get its promise. */
const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
};

/**
 * Pagefind's `search` made to find the pages a word is on: see the top of this file. `groups` are the
 * glossary's names (nameGroups). A response has Pagefind's shape, so Pagefind UI draws it as its own.
 *
 * A search's answer is kept for the same query: Pagefind UI searches each query twice, once while it
 * waits out its debounce (src/integrations/pagefind-ui.mjs) and again when the wait ends, and the second
 * then costs nothing, nor do the result texts it asks for again (`data` is loaded and rebuilt once).
 */
export function phraseSearch(
  pagefind: PagefindApi,
  groups: readonly NameGroup[],
  language: SearchLanguage,
): PagefindApi['search'] {
  const names = [
    ...new Set(
      groups.flatMap((group) => group.names).filter((name) => fitsLanguage(name, language) && name.length > 1),
    ),
  ];
  const search = async (term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null> => {
    // Other names in the page's language only (and short Latin ones, DSR or GMV, in Chinese): each name
    // searched loads its own part of the index.
    const forms = searchForms(term, groups).filter((form, index) => index === 0 || fitsLanguage(form, language));
    const perForm = await Promise.all(
      forms.map(async (form) => {
        const words = queryWords(form, language);
        if (words.length < 2) {
          const ranked = await pagefind.search(form, options);
          return { ranked, kept: ranked?.results ?? [] };
        }
        // The words together, in this order: Pagefind's quoted search; in English also hyphenated
        // (store-score), which Pagefind indexes as one word. Pagefind's own search (for the order) starts
        // with them, so that the parts of the index it needs beyond theirs (a word's prefix may reach
        // into the next part) load in the same round; it is not waited for if they found no page.
        const rankedSoon = pagefind.search(form, options);
        rankedSoon.catch(() => {});
        const together = await Promise.all([
          pagefind.search(`"${form}"`, options),
          language === 'en' ? pagefind.search(`"${words.join('-')}"`, options) : null,
        ]);
        const keep = new Set(together.flatMap((found) => found?.results.map((result) => result.id) ?? []));
        if (!keep.size) return { ranked: together[0] ?? null, kept: [] };
        const ranked = await rankedSoon;
        return { ranked, kept: ranked?.results.filter((result) => keep.has(result.id)) ?? [] };
      }),
    );
    const named = namedGroups(term, groups);
    const chosen: PagefindResult[] = named.length
      ? rankByTerms(
          named,
          forms,
          new Map(forms.map((form, index) => [normalizeName(form), perForm[index]?.kept ?? []])),
          language,
        )
      : [...(perForm[0]?.kept ?? [])];
    let marked: string[] = forms;
    const typed = forms[0];
    if (!chosen.length && typed) {
      // A phrase that is on no page as typed (年费取消, 上线要多久): the pages that have each of its words
      // of two or more characters, whole: the glossary's names first (年费, which the dictionary cuts
      // into 年 + 费), then Pagefind's words; never its single characters apart. English: all its words.
      const pieces = splitByNames(typed, names, language).filter(
        (piece) => language === 'en' || Array.from(piece).length > 1,
      );
      if (pieces.length > 1 || (pieces[0] !== undefined && pieces[0] !== typed)) {
        const [ranked, ...each] = await Promise.all([
          pagefind.search(pieces.join(' '), options),
          ...pieces.map((piece) =>
            pagefind.search(queryWords(piece, language).length > 1 ? `"${piece}"` : piece, options),
          ),
        ]);
        const sets = each.map((found) => new Set(found?.results.map((result) => result.id)));
        chosen.push(...(ranked?.results ?? []).filter((result) => sets.every((set) => set.has(result.id))));
        marked = [typed, ...pieces];
      }
    }
    const results = chosen.map((result) => ({
      ...result,
      data: once(async () => rebuildFragment(await result.data(), marked, language)),
    }));
    const response = perForm[0]?.ranked;
    return response ? { ...response, results, unfilteredResultCount: results.length } : null;
  };
  const answers = new Map<string, Promise<PagefindResponse | null>>();
  return (term, options) => {
    const key = JSON.stringify([term, options ?? {}]);
    let answer = answers.get(key);
    if (!answer) {
      answer = search(term, options);
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
      // The last few queries are enough: the same query comes back within one debounce.
      const oldest = answers.keys().next().value;
      if (answers.size > 20 && oldest !== undefined) answers.delete(oldest);
    }
    return answer;
  };
}
