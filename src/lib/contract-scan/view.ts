/**
 * What the page shows of a scan: figures worded, contradictions with the merchant's own figures as
 * findings, and the summary that is kept. State in, words out; no DOM.
 */
import type { Translate } from '../kit/strings';
import { formatYuan } from '../money';
import { conflicts, type Figure, type Reference } from './numbers';
import type { ScanResult } from './scan';
import type { ScanSummary } from './state';
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
