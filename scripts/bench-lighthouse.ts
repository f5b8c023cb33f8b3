// bench:lighthouse — Lighthouse scores (mobile) of one page of each type on the built site.
// Usage: npm run build && npm run bench:lighthouse
//
// Serves dist/ as deployed (nginx with deploy/nginx-site.conf; `astro preview` where nginx is missing) on
// a free port and runs Lighthouse's default (mobile) configuration three times (or as many as given:
// `npm run bench:lighthouse -- 5`) on the home page, a guide, and every tool page that was built, round by
// round, each run in a fresh Chromium (chrome-launcher, the Chromium found by
// tests/chromium-path.ts). Prints the median of the runs per
// category against the goals: performance 98, accessibility 100, best practices 100, SEO 100; and, for a
// category below its goal, the audits that cost points. Says why and exits non-zero if Lighthouse cannot run.
// Each run also prints Lighthouse's BenchmarkIndex of the host: its simulated 4× CPU slowdown assumes a
// host of about 1,500, and on a shared VM the index moves between runs, and the scores with it.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from '../tests/chromium-path.ts';
import {
  builtBenchPages,
  loadLine,
  machineLine,
  median,
  oddCountArgument,
  printTable,
  readProjectFile,
  requireBuiltSite,
  root,
  startServer,
  verdict,
  type Preview,
} from './bench-lib.ts';

/** Runs per page: 3 unless given (`npm run bench:lighthouse -- 5`); odd, so the median is one run. */
const RUNS = oddCountArgument('bench:lighthouse', 'runs', 3);
const categories = [
  ['performance', 'performance', 98],
  ['accessibility', 'accessibility', 100],
  ['best-practices', 'best practices', 100],
  ['seo', 'SEO', 100],
] as const;
type CategoryId = (typeof categories)[number][0];

const fail = (why: string): never => {
  console.error(`bench:lighthouse: Lighthouse cannot run here: ${why}`);
  process.exit(1);
};

let dist = '';
try {
  dist = requireBuiltSite();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { pages, missing } = builtBenchPages(dist);

let chromePath = '';
try {
  chromePath = findChromium();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const chromeFlags = ['--headless=new', '--no-sandbox', ...chromiumArgs];

const lighthouseModule = await import('lighthouse').catch((error: unknown) =>
  fail(`the lighthouse package does not load (${String(error)}); run \`npm install\`.`),
);
const launcher = await import('chrome-launcher').catch((error: unknown) =>
  fail(`the chrome-launcher package does not load (${String(error)}); run \`npm install\`.`),
);
const lighthouse = lighthouseModule.default;

interface RunResult {
  scores: Record<CategoryId, number>;
  /** Lighthouse's measure of this host's CPU at the time of the run (its 4× slowdown assumes ~1,500). */
  benchmarkIndex: number;
  metrics: Record<string, string>;
  /** Audits below a full score, per category: "title (score)". */
  losses: Record<CategoryId, string[]>;
}

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Why Lighthouse could not produce scores; thrown so that the preview server is stopped first. */
class CannotRun extends Error {}
const cannot = (why: string): never => {
  throw new CannotRun(why);
};

async function runOnce(url: string): Promise<RunResult> {
  let chrome: Awaited<ReturnType<typeof launcher.launch>>;
  try {
    chrome = await launcher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
  } catch (error) {
    return cannot(`chrome-launcher could not start ${chromePath} with ${chromeFlags.join(' ')}: ${String(error)}`);
  }
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories.map(([id]) => id),
    });
    if (!result) return cannot(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) return cannot(`${lhr.runtimeError.code}: ${lhr.runtimeError.message} (${url})`);
    const scores = {} as Record<CategoryId, number>;
    const losses = {} as Record<CategoryId, string[]>;
    for (const [id] of categories) {
      const category = lhr.categories[id];
      if (!category || category.score === null) return cannot(`no ${id} score for ${url}`);
      scores[id] = Math.round(category.score * 100);
      losses[id] = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit?.title ?? ''} (${audit?.score?.toFixed(2) ?? ''})`);
    }
    const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.displayValue ?? '–']));
    return { scores, metrics, losses, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
  } finally {
    chrome.kill();
  }
}

let preview: Preview | undefined;
const results = new Map<string, RunResult[]>();
console.log(`bench:lighthouse — ${machineLine()}`);
const version = (JSON.parse(readProjectFile('node_modules/lighthouse/package.json')) as { version: string }).version;
console.log(
  `Lighthouse ${version}, mobile (default config: simulated slow 4G, 4× CPU slowdown), ${RUNS} runs per page`,
);
console.log(`browser: ${chromePath} ${chromeFlags.join(' ')}`);
if (missing.length > 0) console.log(`not built, skipped: ${missing.join(', ')}`);
try {
  preview = await startServer();
  console.log(`site: dist/ served by ${preview.server} at ${preview.baseUrl}\n`);
  // Round by round, every page once per round: a slow minute of a shared host then costs one run of
  // each page, not every run of one page.
  for (const page of pages) results.set(page, []);
  for (let round = 1; round <= RUNS; round++) {
    for (const page of pages) results.get(page)?.push(await runOnce(preview.baseUrl + page));
    console.log(`round ${round} of ${RUNS} done; load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} (1 min)`);
  }
  console.log('');
  for (const [page, runs] of results) {
    console.log(
      `${page}: performance ${runs.map((r) => r.scores.performance).join(', ')}; Total Blocking Time ${runs.map((r) => r.metrics['total-blocking-time']).join(', ')} (host BenchmarkIndex ${runs.map((r) => r.benchmarkIndex).join(', ')})`,
    );
  }
} catch (error) {
  await preview?.stop();
  fail(
    error instanceof CannotRun
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
} finally {
  await preview?.stop();
}

console.log(`\nMedian of ${RUNS} runs (goal in brackets)`);
const rows: (string | number)[][] = [];
const belowGoal: string[] = [];
for (const [page, runs] of results) {
  const row: (string | number)[] = [page];
  for (const [id, label, goal] of categories) {
    const value = median(runs.map((r) => r.scores[id]));
    row.push(`${value} ${value >= goal ? 'met' : 'NOT met'}`);
    if (value < goal) {
      // The audits that cost points, from the run whose score is the median.
      const run = runs.find((r) => r.scores[id] === value) ?? runs[0];
      belowGoal.push(
        `  ${page} ${label} ${value} < ${goal}: ${run?.losses[id].join('; ') || '(no single audit below full score)'}`,
      );
    }
  }
  const medianRun = runs.find((r) => r.scores.performance === median(runs.map((x) => x.scores.performance)));
  row.push(metricIds.map((id) => medianRun?.metrics[id] ?? '–').join(' / '));
  rows.push(row);
}
printTable(
  [
    'page',
    ...categories.map(([, label, goal]) => `${label} (${goal})`),
    'FCP / LCP / TBT / CLS / SI (median performance run)',
  ],
  rows,
);

const allMet = belowGoal.length === 0;
console.log(
  `\nGoals on every page: ${verdict(allMet)}${allMet ? '' : ` (${belowGoal.length} of ${results.size * categories.length} page scores below goal)`}`,
);
if (!allMet) {
  console.log('Below goal, and the audits that cost points:');
  for (const line of belowGoal) console.log(line);
}

const outDir = path.join(root, 'bench-results');
await mkdir(outDir, { recursive: true });
await writeFile(
  path.join(outDir, 'lighthouse.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machineLine(), pages: Object.fromEntries(results) }, null, 2)}\n`,
);
console.log(`\n${loadLine()}`);
console.log('bench:lighthouse: done; figures in bench-results/lighthouse.json');
