#!/usr/bin/env node
// Benchmark of the contract scanner (src/lib/contract-scan): a 30-page draft, built from the labelled
// corpus (tests/fixtures/contracts), scanned with the rules of content/checks. The goal is under
// 200 ms per scan on the project's machine; this reports, it does not fail (not a timed test). On a
// shared machine the wall-clock times swing with the other work; the CPU time spent by this process does less.
// Run: npm run bench:scan
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';
import type { CheckEntry } from '../src/lib/contract-scan/rules.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The library's imports have no file extensions (Vite resolves them): bundle it as the browser gets it.
const bundled = await build({
  stdin: {
    contents:
      "export { ruleSet } from './src/lib/contract-scan/rules'; export { scanDraft } from './src/lib/contract-scan/scan';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
});
const { ruleSet, scanDraft } = (await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]?.text ?? '').toString('base64')}`
)) as typeof import('../src/lib/contract-scan/scan.ts') & typeof import('../src/lib/contract-scan/rules.ts');
const checksDir = path.join(root, 'content/checks');
const checks = readdirSync(checksDir)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => parse(readFileSync(path.join(checksDir, file), 'utf8')) as CheckEntry[]);
const corpusDir = path.join(root, 'tests/fixtures/contracts');

for (const lang of ['zh', 'en'] as const) {
  const rules = ruleSet(checks, lang);
  const parts = readdirSync(corpusDir)
    .filter((file) => file.startsWith(`${lang}-`) && file.endsWith('.txt'))
    .map((file) => readFileSync(path.join(corpusDir, file), 'utf8'));
  // A page of a Chinese contract holds about 800 characters, of an English one about 3,000.
  const target = 30 * (lang === 'zh' ? 800 : 3000);
  let draft = '';
  while (draft.length < target) draft += parts.join('\n') + '\n';
  const times: number[] = [];
  const cpu: number[] = [];
  const cache = new Map();
  scanDraft(draft, rules, cache); // warm-up: compiles the rules once, as the page does on its first scan
  let findings = 0;
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    const used = process.cpuUsage();
    findings = scanDraft(draft, rules, cache).findings.length;
    times.push(performance.now() - start);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const cold = performance.now();
  scanDraft(draft, rules);
  const first = performance.now() - cold;
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const cpuMedian = cpu[Math.floor(cpu.length / 2)] ?? 0;
  console.log(
    `${lang}: 30-page draft (${draft.length.toLocaleString('en')} characters, ${draft.split('\n').length} lines, ${findings} findings): ` +
      `median ${median.toFixed(1)} ms (CPU time ${cpuMedian.toFixed(1)} ms), fastest ${(times[0] ?? 0).toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms, first scan with compiling ${first.toFixed(1)} ms ` +
      `(goal < 200 ms)`,
  );
}
