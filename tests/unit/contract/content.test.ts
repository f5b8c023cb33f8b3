/**
 * The real clause and red flag entries (content/checks/), when present: every placeholder is on the
 * fixed list, both languages use the same ones, filling never leaves a raw {placeholder}, and every
 * red flag rule names an entry that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateChecklist } from '../../../src/lib/contract/generate';
import type { ClauseEntry, RedFlagEntry } from '../../../src/lib/contract/model';
import { placeholdersIn } from '../../../src/lib/contract/placeholders';
import { redFlagRules } from '../../../src/lib/contract/redflag-rules';
import { defaultContractState } from '../../../src/lib/contract/state';
import { contractState } from './arbitraries';

const clausesFile = new URL('../../../content/checks/clauses.yaml', import.meta.url);
const redFlagsFile = new URL('../../../content/checks/redflags.yaml', import.meta.url);
const present = existsSync(clausesFile) && existsSync(redFlagsFile);

describe.skipIf(!present)('content/checks with the contract checklist', () => {
  const clauses = present ? (parse(readFileSync(clausesFile, 'utf8')) as ClauseEntry[]) : [];
  const redFlags = present ? (parse(readFileSync(redFlagsFile, 'utf8')) as RedFlagEntry[]) : [];

  it('uses only listed placeholders, the same in both languages', () => {
    for (const clause of clauses) {
      const zh = placeholdersIn(clause.text.zh).sort();
      expect(placeholdersIn(clause.text.en).sort(), clause.id).toEqual(zh);
    }
  });

  it('fills every clause for any answers', () => {
    fc.assert(
      fc.property(contractState, (state) => {
        const checklist = generateChecklist(clauses, redFlags, state, 'zh', 'both');
        for (const clause of checklist.clauses) {
          expect(clause.text.zh?.text).not.toMatch(/\{[A-Za-z]+\}/);
          expect(clause.text.en?.text).not.toMatch(/\{[A-Za-z]+\}/);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('prints every clause in the default checklist', () => {
    expect(generateChecklist(clauses, redFlags, defaultContractState(), 'zh').clauses).toHaveLength(clauses.length);
  });

  it('names only red flags that exist', () => {
    const ids = new Set(redFlags.map((flag) => flag.id));
    for (const rule of redFlagRules) expect(ids.has(rule.id), rule.id).toBe(true);
  });
});
