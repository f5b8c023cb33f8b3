/**
 * The link's parameters as the page writes them, and whether a query carries any: loaded with the
 * page (the address bar follows every edit). Reading a link's text into the form is url.ts, loaded
 * only when the page was opened with one.
 */
import { FIELD_NAMES, rawFromState } from './fields';
import type { FeeState } from './state';

/** Separates brackets in `tiers` (`300000:5,:8` = 5 % up to ¥300,000, 8 % above). */
export const BRACKET_SEPARATOR = ',';
export const EDGE_SEPARATOR = ':';

/**
 * `basis` names the shared commission base (`gmv`, `paid`, `receipt`, `net`); `on`, the name links
 * had when there were only `gmv` and `net`, still works, and `basis` wins when a link has both.
 */
export const BASIS = 'basis';

/** Whether a query string carries any of the calculator's inputs. */
export function hasInputs(query: URLSearchParams): boolean {
  return FIELD_NAMES.some((name) => query.has(name)) || query.has('tiers') || query.has(BASIS);
}

/** The query string (without `?`) holding every input of `state`. */
export function queryFromState(state: FeeState): string {
  const raw = rawFromState(state);
  const query = new URLSearchParams();
  for (const name of FIELD_NAMES) query.set(name, raw[name]);
  query.set(BASIS, raw.on);
  query.set('tiers', raw.tiers.map((row) => `${row.upTo}${EDGE_SEPARATOR}${row.rate}`).join(BRACKET_SEPARATOR));
  return query.toString();
}
