/**
 * The target check's figures in the contract checklist: a line above the form with a button that
 * fills the KPI terms from them (the merchant's choice, as with the fee calculator's offers), and the
 * KPI clause drafted from them inside the checklist, so it is printed with it. Loaded by panel.ts only
 * when the target check has saved something.
 */
import { contractValuesFromTarget, readTarget, targetClause } from '../../lib/contract/from-target';
import { localeOfPath, type Locale } from '../../lib/i18n';
import { translator } from '../../lib/kit/strings';
import { formatYuanWhole } from '../../lib/money';
import { analyse } from '../../lib/target/model';
import { targetStrings } from '../../lib/target/strings';
import { make } from '../kit/dom';
import { writeForm } from '../kit/form';
import { savedText } from '../kit/saved';

export function showTarget(root: HTMLElement): void {
  const state = readTarget(savedText('target'));
  const form = root.querySelector<HTMLFormElement>('[data-contract-form]');
  const checklist = root.querySelector<HTMLElement>('[data-checklist]');
  if (!state || !form || !checklist || root.querySelector('[data-target-source]')) return;
  const locale = localeOfPath(location.pathname);
  const t = translator(targetStrings[locale]);
  const verdict = t(`verdict.${analyse(state).verdict}`);
  const button = make('button', t('contract.use'), { type: 'button', class: 'tool-button', 'data-use-target': '' });
  const status = make('p', '', { role: 'status', class: 'field-hint' });
  const line = make(
    'span',
    t('contract.source', { target: formatYuanWhole(state.targetFen), months: state.months, verdict }),
  );
  root
    .querySelector('[data-sources]')
    ?.after(make('div', [make('p', [line, ' ', button]), status], { class: 'source-box', 'data-target-source': '' }));
  button.addEventListener('click', () => {
    writeForm(form, contractValuesFromTarget(state));
    form.dispatchEvent(new Event('input', { bubbles: true }));
    status.textContent = t('contract.used');
  });

  const languages: Locale[] = checklist.dataset['outputLang'] === 'both' ? ['zh', 'en'] : [locale];
  const section = make(
    'section',
    [
      make('h3', t('contract.heading')),
      ...languages.map((language) =>
        make(
          'ol',
          targetClause(state, language).map((paragraph) => make('li', paragraph)),
          { lang: language === 'zh' ? 'zh-CN' : 'en' },
        ),
      ),
    ],
    { class: 'checklist-target', 'data-target-clause': '' },
  );
  const signoff = checklist.querySelector('.checklist-signoff');
  if (signoff) signoff.before(section);
  else checklist.append(section);
}
