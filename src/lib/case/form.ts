/**
 * The case page's form: field names and values in, the case state and field errors out. Names carry
 * the scorecard's agency id (`legalZh.<id>`), so each agency's fields are apart.
 */
import { parseText, type FieldError } from '../fields';
import { withChoice, withChosenOffer, withDetails } from './edit';
import { CASE_LIMITS, OFFER_MODELS, type CaseState } from './state';

type Offer = (typeof OFFER_MODELS)[number];
type Values = Readonly<Record<string, string | boolean>>;

const TEXT_FIELDS = [
  ['legalZh', CASE_LIMITS.legalName],
  ['legalEn', CASE_LIMITS.legalName],
  ['contact', CASE_LIMITS.contact],
] as const;

/** The form's values for a state (the offers' checkboxes are written by the page, one per agency and offer). */
export function caseFormValues(state: CaseState, agencyIds: readonly string[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = { chosen: state.chosen ?? '', chosenOffer: state.chosenOffer ?? '' };
  for (const id of agencyIds) {
    const details = state.agencies[id];
    for (const [field] of TEXT_FIELDS) values[`${field}.${id}`] = details?.[field] ?? '';
    for (const model of OFFER_MODELS) values[`offer.${id}.${model}`] = details?.offers.includes(model) ?? false;
  }
  return values;
}

/**
 * The state after the merchant typed or chose something. A text field that is wrong keeps its last
 * good value in the state and gets an error; the choice of agency and offer is read as it stands.
 */
export function readCaseForm(
  values: Values,
  state: CaseState,
  agencyIds: readonly string[],
): { state: CaseState; errors: Record<string, FieldError> } {
  const errors: Record<string, FieldError> = {};
  let next = state;
  for (const id of agencyIds) {
    for (const [field, max] of TEXT_FIELDS) {
      const name = `${field}.${id}`;
      const raw = values[name];
      if (typeof raw !== 'string') continue;
      const parsed = parseText(raw, max);
      if (!parsed.ok) errors[name] = parsed.error;
      else if (parsed.value !== (next.agencies[id]?.[field] ?? ''))
        next = withDetails(next, id, { [field]: parsed.value });
    }
  }
  const chosen = typeof values['chosen'] === 'string' && agencyIds.includes(values['chosen']) ? values['chosen'] : null;
  if (chosen !== next.chosen) next = withChoice(next, chosen);
  const offer = values['chosenOffer'];
  const picked = OFFER_MODELS.find((model) => model === offer) ?? null;
  if (picked !== next.chosenOffer && (picked !== null || chosen === state.chosen)) next = withChosenOffer(next, picked);
  return { state: next, errors };
}

export type { Offer };
