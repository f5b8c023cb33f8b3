/**
 * The case file as the merchant reads it: the scorecard's agencies, each with its case details, its
 * offers from the fee calculator and the red flags seen, and which one is chosen. A join of three
 * tools' saved states; it owns none of their data.
 */
import type { FeeState } from '../fees/state';
import type { VettingState } from '../vetting/state';
import { has } from '../validation';
import { emptyDetails, OFFER_MODELS, type AgencyDetails, type CaseState } from './state';

type Offer = (typeof OFFER_MODELS)[number];

export interface CaseOffer {
  model: Offer;
  /** The name the merchant gave the offer in the calculator ('' when none). */
  label: string;
  /** Switched on in the calculator (an offer switched off is still the agency's, but not compared). */
  enabled: boolean;
}

export interface ObservedFlag {
  id: string;
  /** What the merchant wrote down when they saw it. */
  note: string;
}

export interface CaseAgency extends AgencyDetails {
  id: string;
  /** The short name in the scorecard ('' while not typed). */
  name: string;
  /** Its offers, in the calculator's order, with their names there. */
  offerList: CaseOffer[];
  /** Red flags marked as seen with this agency in the scorecard. */
  flags: ObservedFlag[];
  chosen: boolean;
}

/** The fee calculator's offers with their names and switches (none without a saved calculator). */
export function feeOffers(fees: FeeState | null): CaseOffer[] {
  if (!fees) return [];
  return OFFER_MODELS.map((model) => ({
    model,
    label: fees.models[model].label.trim(),
    enabled: fees.models[model].enabled,
  }));
}

/**
 * Every agency of the scorecard with what the case file and the fee calculator hold about it. Red flags
 * count only when `knownFlag` knows them (the scorecard itself ignores ids its checklist no longer has).
 */
export function caseAgencies(
  vetting: VettingState | null,
  fees: FeeState | null,
  state: CaseState,
  knownFlag: (id: string) => boolean = () => true,
): CaseAgency[] {
  const offers = feeOffers(fees);
  return (vetting?.agencies ?? []).map((agency) => {
    const details = has(state.agencies, agency.id) ? (state.agencies[agency.id] ?? emptyDetails()) : emptyDetails();
    return {
      ...details,
      id: agency.id,
      name: agency.name.trim(),
      offerList: offers.filter((offer) => details.offers.includes(offer.model)),
      flags: Object.entries(agency.redFlags)
        .filter(([id, entry]) => entry.observed && knownFlag(id))
        .map(([id, entry]) => ({ id, note: entry.note.trim() })),
      chosen: state.chosen === agency.id,
    };
  });
}

/** The agency chosen for the contract and the offer that goes with it, when both can be known. */
export interface CaseChoice {
  agency: CaseAgency;
  /** `null` when the agency has no offer in the calculator, or several and none is picked. */
  offer: CaseOffer | null;
}

export function caseChoice(agencies: readonly CaseAgency[], state: CaseState): CaseChoice | null {
  const agency = agencies.find((item) => item.chosen);
  if (!agency) return null;
  const offer =
    agency.offerList.find((item) => item.model === state.chosenOffer) ??
    (agency.offerList.length === 1 ? (agency.offerList[0] ?? null) : null);
  return { agency, offer };
}

/** An agency's name for a line of text: its short name, else a legal name, else `fallback`. */
export function displayName(agency: Pick<CaseAgency, 'name' | 'legalZh' | 'legalEn'>, fallback: string): string {
  return agency.name || agency.legalZh.trim() || agency.legalEn.trim() || fallback;
}
