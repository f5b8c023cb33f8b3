/** The scanner's rules from content/checks, and the labelled contracts of tests/fixtures/contracts. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ruleSet, type CheckEntry, type RuleSet } from '../../../src/lib/contract-scan/rules';

const root = path.resolve(import.meta.dirname, '../../..');

export function loadRules(locale: 'zh' | 'en' = 'zh'): RuleSet {
  const dir = path.join(root, 'content/checks');
  const checks = readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => parse(readFileSync(path.join(dir, file), 'utf8')) as CheckEntry[]);
  return ruleSet(checks, locale);
}

export interface Labelled {
  name: string;
  text: string;
  traps: { check: string; quote: string }[];
  missing: string[];
}

export function loadCorpus(): Labelled[] {
  const dir = path.join(root, 'tests/fixtures/contracts');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const labels = parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.labels.yaml')), 'utf8')) as Omit<
        Labelled,
        'name' | 'text'
      >;
      return { name: file, text: readFileSync(path.join(dir, file), 'utf8'), ...labels };
    });
}
