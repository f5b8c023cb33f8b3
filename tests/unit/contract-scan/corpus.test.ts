/**
 * Precision and recall of the scanner on the labelled corpus (tests/fixtures/contracts): each contract
 * lists the traps it contains (check id and a piece of the sentence) and the must-have clauses it lacks.
 * A finding is right when a label of its check names a piece of its sentence; a missing clause is right
 * when labelled missing.
 */
import { describe, expect, it } from 'vitest';
import { scanDraft } from '../../../src/lib/contract-scan/scan';
import { loadCorpus, loadRules } from './corpus';

const rules = loadRules();
const corpus = loadCorpus();

describe('the labelled contract corpus', () => {
  it('has at least eight Chinese and four English contracts', () => {
    expect(corpus.filter((c) => c.name.startsWith('zh-')).length).toBeGreaterThanOrEqual(8);
    expect(corpus.filter((c) => c.name.startsWith('en-')).length).toBeGreaterThanOrEqual(4);
  });

  it('is scanned with precision and recall of at least 0.9 each', () => {
    let right = 0;
    let reported = 0;
    let found = 0;
    let labelled = 0;
    const misses: string[] = [];
    for (const contract of corpus) {
      const result = scanDraft(contract.text, rules);
      for (const finding of result.findings) {
        reported += 1;
        const ok = contract.traps.some((label) => label.check === finding.id && finding.quote.includes(label.quote));
        if (ok) right += 1;
        else misses.push(`${contract.name}: unexpected ${finding.id} in "${finding.quote}"`);
      }
      for (const label of contract.traps) {
        labelled += 1;
        const ok = result.findings.some((finding) => finding.id === label.check && finding.quote.includes(label.quote));
        if (ok) found += 1;
        else misses.push(`${contract.name}: missed ${label.check} "${label.quote}"`);
      }
      const missing = new Set(result.missing);
      for (const id of missing) {
        reported += 1;
        if (contract.missing.includes(id)) right += 1;
        else misses.push(`${contract.name}: reported ${id} missing, but the draft has it`);
      }
      for (const id of contract.missing) {
        labelled += 1;
        if (missing.has(id)) found += 1;
        else misses.push(`${contract.name}: did not notice ${id} is missing`);
      }
    }
    const precision = right / reported;
    const recall = found / labelled;
    console.log(
      `contract scanner on ${corpus.length} labelled contracts: precision ${precision.toFixed(3)} (${right}/${reported}), recall ${recall.toFixed(3)} (${found}/${labelled})` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
