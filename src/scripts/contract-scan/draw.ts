/** Draws a scan's findings, missing clauses, figures and covered clauses (text always as text). */
import type { FigureRow, OfferFinding } from '../../lib/contract-scan/view';
import type { Finding, ScanResult } from '../../lib/contract-scan/scan';
import type { CoverRule, Lang, RuleSet, TrapRule } from '../../lib/contract-scan/rules';
import type { ScanSummary } from '../../lib/contract-scan/state';
import type { ContractScanStrings } from '../../lib/contract-scan/strings';
import { whereText } from '../../lib/contract-scan/view';
import type { Translate } from '../../lib/kit/strings';
import { make } from '../kit/dom';
import { setHidden } from '../kit/form';

type T = Translate<ContractScanStrings>;
const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

function findingItem(
  finding: Finding,
  words: { title: string; risk: string; suggest: string; suggestLang?: Lang; guide?: string },
  t: T,
): HTMLElement {
  const suggestion = make('span', words.suggest);
  if (words.suggestLang) suggestion.lang = LANG_TAG[words.suggestLang];
  const quote = make('blockquote', finding.quote, { 'data-quote': '' });
  quote.lang = LANG_TAG[finding.lang];
  return make(
    'li',
    [
      make('p', [
        make('span', t(`severity.${finding.severity}`), { class: 'scan-badge' }),
        make('strong', words.title),
      ]),
      // A result kept without the draft's text has no sentences to quote.
      ...(finding.quote
        ? [make('p', t('where', { where: whereText(finding.location, t) }), { class: 'scan-where' }), quote]
        : []),
      make('p', [make('strong', t('risk')), words.risk]),
      make('p', [make('strong', t('suggest')), suggestion]),
      ...(words.guide ? [make('p', [make('a', t('guide'), { href: words.guide })])] : []),
    ],
    { 'data-finding': finding.id, 'data-severity': finding.severity },
  );
}

export interface ResultParts {
  summary: HTMLElement;
  findings: HTMLElement;
  noFindings: HTMLElement;
  missing: HTMLElement;
  noMissing: HTMLElement;
  figures: HTMLElement;
  figuresTable: HTMLElement;
  noFigures: HTMLElement;
  covered: HTMLElement;
  noCovered: HTMLElement;
}

/** The result's parts in the page, found once. */
export function resultParts(one: (selector: string) => HTMLElement): ResultParts {
  return {
    summary: one('[data-scan-summary]'),
    findings: one('[data-findings]'),
    noFindings: one('[data-no-findings]'),
    missing: one('[data-missing-list]'),
    noMissing: one('[data-no-missing]'),
    figures: one('[data-figures]'),
    figuresTable: one('[data-figures-table]'),
    noFigures: one('[data-no-figures]'),
    covered: one('[data-covered]'),
    noCovered: one('[data-no-covered]'),
  };
}

/** The line that says what is kept in this browser (hidden when nothing is). */
export function drawSaved(line: HTMLElement, summary: ScanSummary | null | undefined, t: T): void {
  setHidden(line, !summary);
  if (summary)
    line.textContent = t('keptSaved', {
      date: summary.date,
      findings: summary.findings.length,
      missing: summary.missing.length,
      covered: summary.covered.length,
    });
}

export function drawResult(
  parts: ResultParts,
  result: ScanResult,
  rules: RuleSet,
  rows: readonly FigureRow[],
  offers: readonly OfferFinding[],
  t: T,
): void {
  const traps = new Map<string, TrapRule>(rules.traps.map((rule) => [rule.id, rule]));
  const covers = new Map<string, CoverRule>(rules.covers.map((rule) => [rule.id, rule]));
  const items = [
    ...offers.map((offer) => findingItem(offer.finding, offer, t)),
    ...result.findings.map((finding) => {
      const rule = traps.get(finding.id);
      return findingItem(
        finding,
        {
          title: rule?.title ?? finding.id,
          risk: rule?.risk ?? '',
          suggest: rule?.replacement[finding.lang] ?? '',
          suggestLang: finding.lang,
          guide: rule?.guide ?? '',
        },
        t,
      );
    }),
  ];
  parts.findings.replaceChildren(...items);
  setHidden(parts.noFindings, items.length > 0);
  parts.missing.replaceChildren(
    ...result.missing.map((id) => {
      const rule = covers.get(id);
      const proposal = make('span', rule?.proposal[result.lang] ?? '');
      proposal.lang = LANG_TAG[result.lang];
      return make(
        'li',
        [
          make('p', [make('strong', rule?.title ?? id)]),
          make('p', [make('strong', t('propose')), proposal]),
          make('p', [make('a', t('guide'), { href: rule?.guide ?? '' })]),
        ],
        { 'data-missing': id },
      );
    }),
  );
  setHidden(parts.noMissing, result.missing.length > 0);
  parts.figures.replaceChildren(
    ...rows.map((row) => {
      const tr = make('tr', [
        make('td', row.kind),
        make('td', row.draft),
        make('td', whereText(row.figure.location, t)),
        make('td', row.offer || t('figureNone')),
      ]);
      tr.dataset['figure'] = row.figure.kind;
      if (row.conflict) tr.dataset['conflict'] = '';
      return tr;
    }),
  );
  setHidden(parts.figuresTable, rows.length === 0);
  setHidden(parts.noFigures, rows.length > 0);
  parts.covered.replaceChildren(
    ...result.covered.map((id) => make('li', covers.get(id)?.title ?? id, { 'data-covered': id })),
  );
  setHidden(parts.noCovered, result.covered.length > 0);
  const serious = items.filter((item) => item.dataset['severity'] === '3').length;
  parts.summary.textContent =
    items.length === 0 && result.missing.length === 0
      ? t('summaryClean', { paragraphs: result.paragraphs })
      : t('summary', {
          paragraphs: result.paragraphs,
          findings: items.length,
          serious,
          missing: result.missing.length,
        });
}
