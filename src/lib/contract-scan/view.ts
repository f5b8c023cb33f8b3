/**
 * What the page shows of a scan: figures worded, contradictions with the merchant's own figures as
 * findings, and the summary that is kept. State in, words out; no DOM.
 */
import type { Translate } from '../kit/strings';
import { formatYuan } from '../money';
import { conflicts, type Figure, type Reference } from './numbers';
import type { RuleSet } from './rules';
import type { Finding, ScanResult } from './scan';
import { MAX_TEXT, type ScanSummary } from './state';
import type { ContractScanStrings } from './strings';

type T = Translate<ContractScanStrings>;

/** A figure or reference as the merchant reads it (8%, ¥20,000.00, 12 months). */
export function figureText(value: number, unit: Figure['unit'], t: T): string {
  switch (unit) {
    case 'pct':
      return `${value}%`;
    case 'fen':
      return formatYuan(value);
    case 'months':
      return t('unit.months', { n: value });
    case 'days':
      return t('unit.days', { n: value });
  }
}

export interface FigureRow {
  figure: Figure;
  kind: string;
  draft: string;
  /** The merchant's figures of this kind, worded (empty: none to compare). */
  offer: string;
  /** The draft's figure matches none of them. */
  conflict: boolean;
}

export function figureRows(figures: readonly Figure[], references: readonly Reference[], t: T): FigureRow[] {
  return figures.map((figure) => {
    const same = references.filter((reference) => reference.kind === figure.kind && reference.unit === figure.unit);
    return {
      figure,
      kind: t(`kind.${figure.kind}`),
      draft: figureText(figure.value, figure.unit, t),
      offer: same.map((reference) => figureText(reference.value, reference.unit, t)).join(' / '),
      conflict: conflicts(figure, references).length > 0,
    };
  });
}

/** Where a sentence is, as the merchant reads it. */
export function whereText(location: Figure['location'], t: T): string {
  return location.clause ?? t('paragraph', { n: location.paragraph });
}

/** What is kept of a scan: ids only, never the draft's words. */
export function summaryOf(result: ScanResult, date: string): ScanSummary {
  return {
    date,
    lang: result.lang,
    findings: [...new Set(result.findings.map((finding) => finding.id))],
    covered: [...result.covered],
    missing: [...result.missing],
  };
}

/** A finding made from a figure that contradicts the merchant's own (`offer-<kind>`). */
export interface OfferFinding {
  id: string;
  title: string;
  risk: string;
  suggest: string;
  finding: Finding;
}

/** The draft's figures that match none of the merchant's own, as findings shown first. */
export function offerFindings(rows: readonly FigureRow[], lang: ScanResult['lang'], t: T): OfferFinding[] {
  return rows
    .filter((row) => row.conflict)
    .map((row) => {
      const id = `offer-${row.figure.kind}`;
      return {
        id,
        title: t('mismatchTitle', { kind: row.kind }),
        risk: t('mismatchRisk', { draft: row.draft, offer: row.offer }),
        suggest: t('mismatchSuggest'),
        finding: { id, severity: 2, quote: row.figure.quote, location: row.figure.location, lang },
      };
    });
}

/**
 * A result kept (or imported) without the draft's text, as a scan result to draw: its findings and
 * clauses by check id, worst first, with no sentences or figures. Ids the rules no longer know are left out.
 */
export function keptResult(summary: ScanSummary, rules: RuleSet): ScanResult {
  const severity = new Map(rules.traps.map((rule) => [rule.id, rule.severity]));
  const location = { clause: null, paragraph: 0 };
  return {
    lang: summary.lang,
    paragraphs: 0,
    sentences: 0,
    findings: summary.findings
      .filter((id) => severity.has(id))
      .map((id) => ({ id, severity: severity.get(id) ?? 2, quote: '', location, lang: summary.lang }))
      .sort((a, b) => b.severity - a.severity),
    covered: summary.covered,
    missing: summary.missing,
    figures: [],
    swapped: false,
  };
}

/** Why a draft cannot be scanned (empty, or longer than the scanner reads), worded; `null` when it can. */
export function draftProblem(text: string, t: T): string | null {
  if (text.trim() === '') return t('errorEmpty');
  if (text.length > MAX_TEXT) return t('errorTooLong', { n: text.length, limit: MAX_TEXT });
  return null;
}
