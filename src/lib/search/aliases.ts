// Other names for the glossary's terms, for search: a reader who types an older or colloquial name
// (提点, 直通车, DSR) is led to the pages that use the current one. The glossary (content/glossary.yaml)
// is the only list: its terms, aliases and `replacedBy` links are read at build time (the Vite plugin
// in src/integrations/pagefind-ui.mjs) and by the search quality test.

/** The parts of a glossary entry that name it. */
export interface NamedEntry {
  id: string;
  term: { zh: string; en: string };
  aliases?: readonly string[] | undefined;
  replacedBy?: string | undefined;
}

/** A query or name as search compares them: lower case, spaces collapsed, no surrounding space. */
export const normalizeName = (text: string): string => text.toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The names in one displayed term: "淘拍档（TP）" is 淘拍档 and TP, "Fully managed (全托管)" is
 * Fully managed and 全托管, "TP – Tmall Partner (淘拍档)" also TP and Tmall Partner.
 */
export function termNames(term: string): string[] {
  const names = term
    .split(/\s*[（(）)]\s*|\s+[–—-]\s+/u)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 1 ? [term.trim(), ...names] : names;
}

/** Every name of one entry: its term in both languages (and their parts) and its aliases. */
export function entryNames(entry: NamedEntry): string[] {
  return [...termNames(entry.term.zh), ...termNames(entry.term.en), ...(entry.aliases ?? [])];
}

/**
 * The names of one glossary entry (`names`), those a search for any of them also looks for (`leadsTo`),
 * and the names of the term they lead to as the glossary displays it (`terms`: 销售提成 and 提成 for
 * 提点), by which search finds the page that explains the term.
 */
export interface NameGroup {
  names: string[];
  leadsTo: string[];
  terms: string[];
}

/** `names` without repeats (as search compares them), in order. */
function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = normalizeName(name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One group per entry. A search for an older name leads to the current term's names (直通车 to 关键词推广);
 * a search for any other name to all the entry's names (提点 to 销售提成, 提成, 佣金). Not the other way:
 * a search for the current term does not also look for every name it replaced (each name searched loads
 * its own part of the index).
 */
export function nameGroups(entries: readonly NamedEntry[]): NameGroup[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return entries.map((entry) => {
    const current = (entry.replacedBy ? byId.get(entry.replacedBy) : undefined) ?? entry;
    return {
      names: distinct(entryNames(entry)),
      leadsTo: distinct(entryNames(current)),
      terms: distinct([...termNames(current.term.zh), ...termNames(current.term.en)]),
    };
  });
}

/** The groups (in the glossary's order) of which `query` is a name. */
export function namedGroups(query: string, groups: readonly NameGroup[]): NameGroup[] {
  const key = normalizeName(query);
  return groups.filter((group) => group.names.some((name) => normalizeName(name) === key));
}

/**
 * What to search for when a reader types `query`: the query itself first, then the names each entry it
 * names exactly leads to (a query that is no name in the glossary is searched as it is).
 */
export function searchForms(query: string, groups: readonly NameGroup[]): string[] {
  return distinct([query.trim(), ...namedGroups(query, groups).flatMap((group) => group.leadsTo)]);
}
