/**
 * The offer priced by module (半托管), loaded only when the merchant adds it or saved work or a link
 * holds it: puts its inputs on the page with the figures they hold, parses them (with the page's
 * other inputs, src/lib/fees/fields.ts), and says what the quality deposit costs.
 */
import type { RawInputs } from '../../lib/fees/fields';
import { depositCostFen } from '../../lib/fees/module';
import { moduleExample, moduleUsed, rawFromModule, type ModuleState } from '../../lib/fees/module-fields';
import { moduleOffer } from '../../lib/fees/results';
import type { FeeState } from '../../lib/fees/state';
import type { FeeTranslate } from '../../lib/fees/strings';
import { formatPercent, formatYuan } from '../../lib/money';
import type { FeeForm } from './form';

export { parseModule, rawAll } from '../../lib/fees/module-fields';

export interface OpenSource {
  /** A link's text, written as it is. */
  raw?: RawInputs | undefined;
  /** The figures the page holds for the offer (saved work, or a first visit's). */
  held: ModuleState;
  /** The merchant pressed the button: the offer is compared, with example figures if it held none. */
  click: boolean;
}

/** Puts the offer's inputs on the page, holding `source`'s figures. */
export function open(root: HTMLElement, form: FeeForm, source: OpenSource) {
  const current = form.read();
  const template = root.querySelector<HTMLTemplateElement>('template[data-module-template]');
  if (!template) return;
  template.replaceWith(template.content.cloneNode(true));
  const button = root.querySelector<HTMLElement>('[data-module-open]');
  if (button) button.hidden = true;
  let raw = source.raw;
  if (!raw) {
    const example = source.click && !moduleUsed(source.held);
    const module = example ? moduleExample() : source.held;
    raw = { ...current, ...rawFromModule(module) };
    if (source.click || module.enabled) raw.show = [...current.show.split(',').filter(Boolean), 'mod'].join(',');
    (root.querySelector('[data-module-example]') as HTMLElement).hidden = !example;
  }
  form.write(raw);
  if (source.click) root.querySelector<HTMLInputElement>('#fee-adpct')?.focus();
}

/** What the quality deposit costs, under its inputs (nothing while a value is refused). */
export function draw(root: HTMLElement, state: FeeState | null, t: FeeTranslate) {
  const line = root.querySelector('[data-module-deposit]');
  if (!line) return;
  if (!state) {
    line.textContent = '';
    return;
  }
  const offer = moduleOffer(state);
  const rateBp = Math.round(state.platform.capitalCostPct * 100);
  line.textContent =
    offer.depositFen === 0
      ? t('module.deposit-none')
      : t('module.deposit-cost', {
          months: offer.depositMonths,
          rate: formatPercent(rateBp),
          cost: formatYuan(depositCostFen(offer, rateBp, offer.depositMonths)),
        });
}
