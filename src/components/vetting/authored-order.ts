/**
 * The order in which the writers listed the checks in `content/checks/*.yaml`. Astro's content store
 * sorts entries by id (astro/dist/content/data-store-writer.js), but the YAML lists knockouts and
 * criteria in order of importance, so the scorecard restores that order from the files themselves.
 */
import { parse } from 'yaml';

const files = import.meta.glob<string>('/content/checks/*.yaml', { query: '?raw', import: 'default', eager: true });

const order = new Map<string, number>();
for (const path of Object.keys(files).sort()) {
  const entries: unknown = parse(files[path] ?? '');
  if (!Array.isArray(entries)) continue;
  for (const entry of entries as { id?: unknown }[])
    if (typeof entry.id === 'string' && !order.has(entry.id)) order.set(entry.id, order.size);
}

/** Sorts checks as the YAML lists them; ids the files do not list go last, by id. */
export function byAuthoredOrder<T extends { id: string }>(checks: readonly T[]): T[] {
  const position = (check: T) => order.get(check.id) ?? Number.MAX_SAFE_INTEGER;
  return [...checks].sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id));
}
