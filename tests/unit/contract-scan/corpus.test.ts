/**
 * Precision and recall of the scanner on the labelled corpus (tests/fixtures/contracts): each contract
 * lists the traps it contains (check id and a piece of the sentence) and the must-have clauses it lacks.
 * A finding is right when a label of its check names a piece of its sentence; a missing clause is right
 * when labelled missing. The contracts named `*-b<n>-*` were written blind (without seeing the rules) and
 * are reported on their own as well: they are the nearest thing to a stranger's draft.
 */
import { describe, expect, it } from 'vitest';
import { scanDraft } from '../../../src/lib/contract-scan/scan';
import { loadCorpus, loadRules, type Labelled } from './corpus';

const rules = loadRules();
const corpus = loadCorpus();
const blind = corpus.filter((contract) => /^(zh|en)-b\d/u.test(contract.name));

function score(contracts: readonly Labelled[]) {
  let right = 0;
  let reported = 0;
  let found = 0;
  let labelled = 0;
  const misses: string[] = [];
  for (const contract of contracts) {
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
  const precision = reported === 0 ? 1 : right / reported;
  const recall = labelled === 0 ? 1 : found / labelled;
  const line = `precision ${precision.toFixed(3)} (${right}/${reported}), recall ${recall.toFixed(3)} (${found}/${labelled})`;
  return { precision, recall, line, misses };
}

describe('the labelled contract corpus', () => {
  it('has at least eight Chinese and four English contracts, six of them written blind', () => {
    expect(corpus.filter((c) => c.name.startsWith('zh-')).length).toBeGreaterThanOrEqual(8);
    expect(corpus.filter((c) => c.name.startsWith('en-')).length).toBeGreaterThanOrEqual(4);
    expect(blind.length).toBeGreaterThanOrEqual(6);
  });

  it('is scanned with precision and recall of at least 0.9 each', () => {
    const all = score(corpus);
    const held = score(blind);
    console.log(
      `contract scanner on ${corpus.length} labelled contracts: ${all.line}\n` +
        `  of which the ${blind.length} written blind: ${held.line}` +
        (all.misses.length ? `\n  ${all.misses.join('\n  ')}` : ''),
    );
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
  });
});
