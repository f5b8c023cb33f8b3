/**
 * Whether a query carries any of the calculator's inputs, and the link's separators: loaded with the
 * page. Writing and reading links is url.ts, loaded when the page opens with a link or the merchant edits.
 */
import { FIELD_NAMES } from './fields';

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
