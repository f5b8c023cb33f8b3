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
 * Groups of names that mean the same thing: one per entry, with the names of the entry that replaced
 * it (直通车 with 关键词推广). Names are kept as written, each once.
 */
export function nameGroups(entries: readonly NamedEntry[]): string[][] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return entries.map((entry) => {
    const current = entry.replacedBy ? byId.get(entry.replacedBy) : undefined;
    const names = [...entryNames(entry), ...(current ? entryNames(current) : [])];
    const seen = new Set<string>();
    return names.filter((name) => {
      const key = normalizeName(name);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

/**
 * What to search for when a reader types `query`: the query itself first, then every other name of each
 * group it names exactly (a query that is no name in the glossary is searched as it is).
 */
export function searchForms(query: string, groups: readonly (readonly string[])[]): string[] {
  const key = normalizeName(query);
  const forms = [query.trim()];
  const seen = new Set([key]);
  for (const group of groups) {
    if (!group.some((name) => normalizeName(name) === key)) continue;
    for (const name of group) {
      const nameKey = normalizeName(name);
      if (seen.has(nameKey)) continue;
      seen.add(nameKey);
      forms.push(name);
    }
  }
  return forms;
}
