/** One agency's card on the case page, cloned from the view's <template> and filled in. */
import type { CaseSources } from '../../lib/case/read';
import type { CaseStrings } from '../../lib/case/strings';
import { displayName, feeOffers, type CaseAgency } from '../../lib/case/view';
import type { Translate } from '../../lib/kit/strings';
import type { Catalogue } from '../../lib/vetting/catalogue';
import { scoreAgency } from '../../lib/vetting/scoring';
import { countedWeights, effectiveWeights } from '../../lib/vetting/weights';
import { make } from '../kit/dom';
import { setHidden } from '../kit/form';

export interface CardContext {
  template: HTMLTemplateElement;
  sources: CaseSources;
  data: { catalogue: Catalogue; flagTitles: Record<string, string> };
  t: Translate<CaseStrings>;
}

/** A fee model's name in the page's language. */
export const modelName = (t: Translate<CaseStrings>, model: string): string => t(`model.${model}` as 'model.fixed');

function scoreText(agency: CaseAgency, { sources, data, t }: CardContext): string {
  const vetting = sources.vetting;
  const record = vetting?.agencies.find((item) => item.id === agency.id);
  if (!vetting || !record) return t('notScored');
  const result = scoreAgency(
    record,
    data.catalogue,
    countedWeights(effectiveWeights(data.catalogue, vetting.weights), vetting.notApplicable),
  );
  if (result.knockouts.status === 'excluded') return t('excluded');
  return result.total === null ? t('notScored') : t('scoreLine', { total: `${result.total}/100` });
}

/** One agency's card, cloned from the template, its field names and ids made its own. */
export function agencyCard(agency: CaseAgency, index: number, context: CardContext): HTMLElement {
  const { template, sources, data, t } = context;
  const node = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  node.dataset['agency'] = agency.id;
  const part = (selector: string) => node.querySelector<HTMLElement>(selector) as HTMLElement;
  part('[data-agency-name]').textContent = displayName(agency, t('agencyFallback', { n: index + 1 }));
  part('[data-agency-score]').textContent = scoreText(agency, context);
  for (const input of node.querySelectorAll<HTMLInputElement>('input[data-name]')) {
    const field = input.dataset['name'] ?? '';
    const id = `case-${agency.id}-${field}`;
    input.name = `${field}.${agency.id}`;
    input.id = id;
    const wrapper = input.closest<HTMLElement>('.field');
    if (wrapper) wrapper.dataset['field'] = input.name;
    node.querySelector(`[data-for="${field}"]`)?.setAttribute('for', id);
    const hint = node.querySelector(`[data-hint-of="${field}"]`);
    if (hint) {
      hint.id = `${id}-hint`;
      input.dataset['hint'] = hint.id;
      input.setAttribute('aria-describedby', hint.id);
    }
    const error = node.querySelector(`[data-error-of="${field}"]`);
    if (error) error.id = `${id}-error`;
  }
  const offers = feeOffers(sources.fees);
  setHidden(part('[data-no-offers]'), offers.length > 0);
  part('[data-offer-list]').replaceChildren(
    ...offers.map((offer) => {
      const id = `case-${agency.id}-offer-${offer.model}`;
      const label = t('offerLine', { model: modelName(t, offer.model), label: offer.label || t('offerUnnamed') });
      return make(
        'label',
        [
          make('input', [], {
            type: 'checkbox',
            id,
            name: `offer.${agency.id}.${offer.model}`,
            'data-offer': offer.model,
          }),
          make('span', offer.enabled ? label : `${label} ${t('offerOff')}`),
        ],
        { class: 'radio-option', for: id },
      );
    }),
  );
  const title = (id: string) => data.flagTitles[id] ?? id;
  part('[data-flags-line]').textContent = agency.flags.length
    ? t('flagsSeen', { n: agency.flags.length })
    : t('flagsNone');
  part('[data-flag-list]').replaceChildren(
    ...agency.flags.map((flag) =>
      make('li', flag.note ? t('flagWithNote', { title: title(flag.id), note: flag.note }) : title(flag.id)),
    ),
  );
  const choose = node.querySelector<HTMLInputElement>('[data-choose]') as HTMLInputElement;
  choose.value = agency.id;
  choose.id = `case-chosen-${agency.id}`;
  choose.closest('label')?.setAttribute('for', choose.id);
  return node;
}
