/**
 * The link that reproduces the calculator's inputs. Every input is written out, so a link keeps
 * meaning the same figures even if the defaults change later. Reading a link only maps parameters
 * onto the form's text: the form's own rules then judge them, and mistakes show at the field.
 */
import { FIELD_NAMES, rawFromState, type RawBracket, type RawInputs } from './fields';
import { MODULE_FIELD_NAMES, moduleUsed, rawAll, rawFromModule } from './module-fields';
import { BASIS, BRACKET_SEPARATOR, EDGE_SEPARATOR } from './query';

export { hasInputs } from './query';
import { defaultFeeState, type FeeState } from './state';

/** More brackets than this in a link are not even read (the form refuses more than 8 anyway). */
const MAX_LINK_BRACKETS = 50;

/** The form's text for a link: parameters present replace `fallback`'s text, the rest is kept. */
export function rawFromQuery(query: URLSearchParams, fallback: RawInputs): RawInputs {
  const raw: RawInputs = { ...fallback, tiers: fallback.tiers.map((row) => ({ ...row })) };
  const text = raw as unknown as Record<string, string>;
  for (const name of [...FIELD_NAMES, ...MODULE_FIELD_NAMES]) {
    const value = query.get(name);
    if (value !== null) text[name] = value.slice(0, 200);
  }
  const basis = query.get(BASIS);
  if (basis !== null) raw.on = basis.slice(0, 200);
  const tiers = query.get('tiers');
  if (tiers !== null) {
    raw.tiers = tiers
      .split(BRACKET_SEPARATOR)
      .slice(0, MAX_LINK_BRACKETS)
      .map((part): RawBracket => {
        const cut = part.lastIndexOf(EDGE_SEPARATOR);
        return cut < 0
          ? { upTo: part.slice(0, 40), rate: '' }
          : { upTo: part.slice(0, cut).slice(0, 40), rate: part.slice(cut + 1).slice(0, 40) };
      });
  }
  return raw;
}

/**
 * The form's text for a link as the page opens it: what the link leaves out keeps the meaning it had
 * when links began (`linkFallbackState`: commission on all sales, no refunds, a ¥30,000 yearly fee),
 * not today's first-visit defaults, so an old or hand-made link still shows what its sender saw.
 */
export function rawFromLink(query: URLSearchParams): RawInputs {
  return rawFromQuery(query, rawAll(linkFallbackState()));
}

/**
 * What a link means for an input it leaves out: the first-visit figures from before version 2, when
 * commission was on all sales, refunds 0 % and the yearly fee ¥30,000. Links written since carry every
 * input; an older or hand-made link must still show what its sender saw. (Here, not in state.ts: the
 * contract checklist loads the fee state's module, and has no use for links.)
 */
export function linkFallbackState(): FeeState {
  const state = defaultFeeState();
  return {
    ...state,
    refundPct: 0,
    commissionOn: 'gmv',
    storeType: 'custom',
    platform: { ...state.platform, annualFeeFen: 3_000_000 },
  };
}

/**
 * The query string (without `?`) holding every input of `state`; the offer priced by module's only
 * when it is used (compared, or holding figures), so that other links do not load its code.
 */
export function queryFromState(state: FeeState): string {
  const raw = rawFromState(state);
  const query = new URLSearchParams();
  for (const name of FIELD_NAMES) query.set(name, raw[name]);
  query.set(BASIS, raw.on);
  query.set('tiers', raw.tiers.map((row) => `${row.upTo}${EDGE_SEPARATOR}${row.rate}`).join(BRACKET_SEPARATOR));
  if (moduleUsed(state.models.module))
    for (const [name, value] of Object.entries(rawFromModule(state.models.module))) query.set(name, value);
  return query.toString();
}

/** Whether a link holds the offer priced by module (compares it, or sets any of its inputs). */
export function linkHasModule(query: URLSearchParams): boolean {
  return (query.get('show') ?? '').split(',').includes('mod') || MODULE_FIELD_NAMES.some((name) => query.has(name));
}

/** Whether two states hold the same figures (as their links do). */
export function sameFigures(a: FeeState, b: FeeState): boolean {
  return queryFromState(a) === queryFromState(b);
}

/**
 * What opening a link with figures does: with nothing saved, save them; with the same figures
 * saved, nothing; with other figures saved, ask before anything is saved over them.
 */
export function linkChoice(saved: FeeState | null, shown: FeeState | null): 'save' | 'keep' | 'ask' {
  if (!saved) return 'save';
  return shown && sameFigures(shown, saved) ? 'keep' : 'ask';
}
