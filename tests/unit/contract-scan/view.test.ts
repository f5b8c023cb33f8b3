import { describe, expect, it } from 'vitest';
import { scanDraft } from '../../../src/lib/contract-scan/scan';
import { MAX_TEXT } from '../../../src/lib/contract-scan/state';
import { contractScanStrings } from '../../../src/lib/contract-scan/strings';
import { draftProblem, figureRows, keptResult, offerFindings, summaryOf } from '../../../src/lib/contract-scan/view';
import { translator } from '../../../src/lib/kit/strings';
import { loadRules } from './corpus';

const rules = loadRules();
const zh = translator(contractScanStrings.zh);
const en = translator(contractScanStrings.en);

describe('what the scanner page shows', () => {
  it('refuses an empty draft and one longer than it reads, in the page language', () => {
    expect(draftProblem('  \n ', zh)).toBe(contractScanStrings.zh.errorEmpty);
    expect(draftProblem('x'.repeat(MAX_TEXT + 1), en)).toContain(String(MAX_TEXT + 1));
    expect(draftProblem('x'.repeat(MAX_TEXT), en)).toBeNull();
  });

  it("turns a figure that contradicts the merchant's own into a finding, and leaves matching ones alone", () => {
    const result = scanDraft('第三条 乙方按销售额的12%收取提成。', rules);
    const commission = result.figures.find((figure) => figure.unit === 'pct');
    expect(commission?.value).toBe(12);
    expect(commission?.kind).toBe('rate');
    const kind = 'rate';
    const against = (value: number) =>
      figureRows(result.figures, [{ kind, unit: 'pct', value, source: 'fees', label: '' }], zh);
    const offers = offerFindings(against(8), result.lang, zh);
    expect(offers).toHaveLength(1);
    expect(offers[0]?.id).toBe(`offer-${kind}`);
    expect(offers[0]?.risk).toContain('12%');
    expect(offers[0]?.risk).toContain('8%');
    expect(offers[0]?.finding.quote).toContain('12%');
    expect(offerFindings(against(12), result.lang, zh)).toEqual([]);
  });

  it('draws a result kept without its text from its ids, worst first, dropping ids the rules no longer know', () => {
    const sorted = [...rules.traps].sort((a, b) => a.severity - b.severity);
    const [mild, severe] = [sorted[0], sorted.at(-1)];
    expect(mild && severe && mild.severity < severe.severity).toBe(true);
    const summary = {
      date: '2026-12-03',
      lang: 'zh' as const,
      findings: [mild?.id ?? '', 'no-such-check', severe?.id ?? ''],
      covered: ['c-a'],
      missing: ['c-b'],
    };
    const result = keptResult(summary, rules);
    expect(result.findings.map((finding) => finding.id)).toEqual([severe?.id, mild?.id]);
    expect(result.findings.every((finding) => finding.quote === '')).toBe(true);
    expect(result.figures).toEqual([]);
    expect(summaryOf(result, summary.date)).toEqual({ ...summary, findings: [severe?.id, mild?.id] });
  });
});
