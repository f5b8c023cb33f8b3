/**
 * How the case file changes: state in, new state out. The case page never edits a state in place.
 */
import { has } from '../validation';
import { emptyDetails, OFFER_MODELS, type AgencyDetails, type CaseState } from './state';

type Offer = (typeof OFFER_MODELS)[number];

function detailsOf(state: CaseState, id: string): AgencyDetails {
  return has(state.agencies, id) ? (state.agencies[id] ?? emptyDetails()) : emptyDetails();
}

/** The state with an agency's legal names or contact changed. */
export function withDetails(
  state: CaseState,
  id: string,
  patch: Partial<Pick<AgencyDetails, 'legalZh' | 'legalEn' | 'contact'>>,
): CaseState {
  return { ...state, agencies: { ...state.agencies, [id]: { ...detailsOf(state, id), ...patch } } };
}

/**
 * The state with `offer` given to agency `id` (taken from whichever agency had it: an offer in the
 * fee calculator is one set of figures, so it is one agency's), or taken from it when `mine` is false
 * (which leaves another agency's offer alone).
 */
export function withOffer(state: CaseState, id: string, offer: Offer, mine: boolean): CaseState {
  const agencies = Object.fromEntries(
    Object.entries(state.agencies).map(([key, details]) => [
      key,
      mine || key === id ? { ...details, offers: details.offers.filter((item) => item !== offer) } : details,
    ]),
  );
  const own = { ...detailsOf(state, id), offers: (agencies[id] ?? emptyDetails()).offers };
  if (mine) own.offers = OFFER_MODELS.filter((item) => item === offer || own.offers.includes(item));
  const next: CaseState = { ...state, agencies: { ...agencies, [id]: own } };
  // The contract's offer must stay one of the chosen agency's.
  const chosenOffers = next.chosen === null ? [] : detailsOf(next, next.chosen).offers;
  if (next.chosenOffer !== null && !chosenOffers.includes(next.chosenOffer)) next.chosenOffer = null;
  return next;
}

/** The state with agency `id` chosen for the contract (`null`: undecided); its only offer goes with it. */
export function withChoice(state: CaseState, id: string | null): CaseState {
  const offers = id === null ? [] : detailsOf(state, id).offers;
  return { ...state, chosen: id, chosenOffer: offers.length === 1 ? (offers[0] ?? null) : null };
}

/** The state with one of the chosen agency's offers picked for the contract. */
export function withChosenOffer(state: CaseState, offer: Offer | null): CaseState {
  if (offer === null || state.chosen === null) return { ...state, chosenOffer: null };
  return detailsOf(state, state.chosen).offers.includes(offer) ? { ...state, chosenOffer: offer } : state;
}

/**
 * The state without details of agencies the scorecard no longer lists, and without a choice of one.
 * `agencyIds` is the scorecard's list; with no scorecard saved, nothing can be known to be gone.
 */
export function withoutGone(state: CaseState, agencyIds: readonly string[]): CaseState {
  const kept = new Set(agencyIds);
  const agencies = Object.fromEntries(Object.entries(state.agencies).filter(([id]) => kept.has(id)));
  const chosenGone = state.chosen !== null && !kept.has(state.chosen);
  return {
    agencies,
    chosen: chosenGone ? null : state.chosen,
    chosenOffer: chosenGone ? null : state.chosenOffer,
  };
}

const normalise = (name: string) => name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A first case file made from earlier saves: each fee offer whose name is exactly an agency's name
 * in the scorecard (ignoring case, spaces and full-width letters) is linked to that agency. Offers
 * already linked and names that match two agencies are left alone.
 */
export function withNameMatches(
  state: CaseState,
  agencies: readonly { id: string; name: string }[],
  offers: readonly { model: Offer; label: string }[],
): CaseState {
  const linked = new Set(Object.values(state.agencies).flatMap((details) => details.offers));
  let next = state;
  for (const offer of offers) {
    const label = normalise(offer.label);
    if (label === '' || linked.has(offer.model)) continue;
    const matches = agencies.filter((agency) => normalise(agency.name) === label);
    if (matches.length === 1 && matches[0]) next = withOffer(next, matches[0].id, offer.model, true);
  }
  return next;
}
