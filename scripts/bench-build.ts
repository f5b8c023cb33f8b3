// bench:build — how the build scales with the number of pages, against a bare Starlight site.
// Usage: npm run bench:build [-- --sizes 0,500,1000,2000] [--keep]
//
// In a scratch copy of the project (mkdtemp under the OS temp folder; node_modules as hard links, see below),
// adds N generated guide pages (half Chinese under content/docs/bench/, half their English twins under
// content/docs/en/bench/, text recombined from the project's own guides) and builds it as `npm run build`
// does (check-references, then astro build). The same pages go into a bare Starlight site (only Starlight,
// same locales, one sidebar link) built in the same run. Every build starts cold: no dist/, no content cache.
// Prints build time, CPU time, peak memory, dist/ and dist/pagefind/ sizes per page, and seconds per
// 1,000 pages. Exits non-zero only when a build fails, or when the generated pages break check-references.
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { astroBin, loadLine, machineLine, printTable, root, treeSize, verdict } from './bench-lib.ts';
import { chinesePages, generatePage, readCorpus, type Corpus, type Lang } from './bench-pages.ts';

const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined;
const sizes = [...new Set([0, ...(sizesArg ?? '0,500,1000,2000').split(',').map((s) => Number(s.trim()))])].sort(
  (a, b) => a - b,
);
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(
    `bench:build: --sizes takes whole numbers separated by commas, e.g. --sizes 0,100 (got "${sizesArg ?? ''}")`,
  );
  process.exit(2);
}
const keep = args.includes('--keep');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  wallS: number;
  cpuS: number | null;
  peakMB: number | null;
  exitCode: number;
  log: string;
}

/** Highest VmHWM (peak resident memory) of any process in the tree under pid, polled from /proc. */
function pollPeak(pid: number): { stop: () => number } {
  let peakKB = 0;
  const sample = () => {
    try {
      const parents = new Map<number, number>();
      for (const name of readdirSyncSafe('/proc')) {
        if (!/^\d+$/.test(name)) continue;
        const stat = readFileSafe(`/proc/${name}/stat`);
        const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
        if (!Number.isNaN(ppid)) parents.set(Number(name), ppid);
      }
      const tree = new Set([pid]);
      for (let grew = true; grew;) {
        grew = false;
        for (const [child, parent] of parents)
          if (tree.has(parent) && !tree.has(child)) {
            tree.add(child);
            grew = true;
          }
      }
      for (const member of tree) {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSafe(`/proc/${member}/status`) ?? '')?.[1] ?? 0);
        peakKB = Math.max(peakKB, kb);
      }
    } catch {
      // a process ended while it was read: the next sample sees the rest
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKB;
    },
  };
}
function readFileSafe(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
function readdirSyncSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Runs a Node script as a child process, output to a log file. Peak memory and CPU time come from
 * `/usr/bin/time -v` (peak = largest single process: astro's Node, or Pagefind's own binary), or,
 * without it, from polling /proc (peak only).
 */
async function measure(cwd: string, script: string[], log: string): Promise<Run> {
  const fd = openSync(log, 'w');
  const command = timeBin ? [timeBin, '-v', process.execPath, ...script] : [process.execPath, ...script];
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
  };
  const started = performance.now();
  const child = spawn(command[0] ?? '', command.slice(1), { cwd, env, stdio: ['ignore', fd, fd] });
  const poller = !timeBin && child.pid ? pollPeak(child.pid) : null;
  const exitCode = await new Promise<number>((resolve) => {
    child.on('exit', (code) => {
      resolve(code ?? 1);
    });
  });
  const wallS = (performance.now() - started) / 1000;
  closeSync(fd);
  const text = readFileSync(log, 'utf8');
  const field = (name: string) => {
    const match = new RegExp(`${name}[^:]*:\\s*([\\d.]+)`).exec(text);
    return match?.[1] ? Number(match[1]) : null;
  };
  const user = field('User time');
  const system = field('System time');
  const maxKB = timeBin ? field('Maximum resident set size') : (poller?.stop() ?? null);
  return {
    wallS,
    cpuS: user !== null && system !== null ? user + system : null,
    peakMB: maxKB !== null ? maxKB / 1024 : null,
    exitCode: timeBin ? (field('Exit status') ?? exitCode) : exitCode,
    log: text,
  };
}

/**
 * node_modules for both scratch sites, in the scratch folder above them (Node and Vite find it there).
 * A symlink to the project's node_modules does not work: Astro treats a real path outside the project
 * root as root-relative and the build fails ("No cached compile metadata found"). So it is a copy made of
 * hard links (`cp -al`, a few seconds; nothing in a build writes into a package) or, across file systems,
 * a real copy. Astro's caches (.astro, .vite) are left out; each site keeps its own under its root.
 */
async function copyNodeModules(into: string): Promise<string> {
  const source = path.join(root, 'node_modules');
  const target = path.join(into, 'node_modules');
  const linked = await new Promise<boolean>((resolve) => {
    execFile('cp', ['-al', source, target], (error) => {
      resolve(!error);
    });
  });
  if (!linked) {
    await rm(target, { recursive: true, force: true });
    await cp(source, target, { recursive: true, verbatimSymlinks: true });
  }
  for (const cache of ['.astro', '.vite', '.cache'])
    await rm(path.join(target, cache), { recursive: true, force: true });
  return linked ? 'hard-linked copy of node_modules' : 'copy of node_modules (hard links not possible here)';
}

const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results']);

async function prepareOurs(dir: string): Promise<void> {
  await cp(root, dir, {
    recursive: true,
    filter: (source) => !skip.has(path.relative(root, source).split(path.sep)[0] ?? ''),
  });
}

async function prepareBare(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'src', 'content', 'docs', 'en'), { recursive: true });
  // Listing astro and Starlight as dependencies matters: without it Vite leaves Starlight's routes
  // to Node's loader at render time, which cannot load astro: modules.
  const { dependencies } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'bare-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: dependencies['astro'], '@astrojs/starlight': dependencies['@astrojs/starlight'] },
    }),
  );
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// A bare Starlight site: the same two locales as the project, a site URL (so it gets a sitemap too), and
// an explicit one-link sidebar (without one Starlight lists every page in every page's sidebar).
export default defineConfig({
  site: 'https://bare.example.org',
  integrations: [
    starlight({
      title: 'Bare Starlight',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
      sidebar: [{ label: 'Home', link: '/' }],
    }),
  ],
});
`,
  );
  await writeFile(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  await writeFile(
    path.join(dir, 'src', 'content', 'docs', 'index.md'),
    '---\ntitle: 首页\n---\n\n空白的 Starlight 站点。\n',
  );
  await writeFile(
    path.join(dir, 'src', 'content', 'docs', 'en', 'index.md'),
    '---\ntitle: Home\n---\n\nA bare Starlight site.\n',
  );
}

/** Replaces the generated pages under docsDir with `count` new ones. */
async function writePages(docsDir: string, count: number, corpora: Record<Lang, Corpus>): Promise<void> {
  const zh = chinesePages(count);
  for (const [lang, dir, n] of [
    ['zh', path.join(docsDir, 'bench'), zh],
    ['en', path.join(docsDir, 'en', 'bench'), count - zh],
  ] as const) {
    await rm(dir, { recursive: true, force: true });
    if (n === 0) continue;
    await mkdir(dir, { recursive: true });
    for (let i = 1; i <= n; i++) {
      await writeFile(path.join(dir, `page-${String(i).padStart(4, '0')}.mdx`), generatePage(corpora[lang], lang, i));
    }
  }
}

async function clean(dir: string): Promise<void> {
  for (const sub of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    await rm(path.join(dir, sub), { recursive: true, force: true });
}

/** check-references' problem lines ("  - …"). */
const problemsOf = (log: string) => new Set(log.split('\n').filter((line) => line.startsWith('  - ')));

interface Result {
  site: 'ours' | 'bare';
  extra: number;
  htmlPages: number;
  wallS: number;
  cpuS: number | null;
  peakMB: number | null;
  distBytes: number;
  pagefindBytes: number;
}

/** A failed step: the message, and the end of its log. Thrown, so the scratch folder is removed first. */
class BenchError extends Error {}
const fail = (message: string, log?: string): never => {
  throw new BenchError(log ? `${message}\n${log.split('\n').slice(-40).join('\n')}` : message);
};

const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-build-'));
const cleanup = async () => {
  if (!keep) await rm(scratch, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  void cleanup().then(() => process.exit(130));
});
const ours = path.join(scratch, 'ours');
const bare = path.join(scratch, 'bare');
const logs = path.join(scratch, 'logs');
const startedAll = performance.now();

console.log(`bench:build — ${machineLine()}`);
console.log(
  `extra pages: ${sizes.join(', ')} (half Chinese, half English twins with the same slugs); scratch: ${scratch}${keep ? ' (kept)' : ''}`,
);
console.log(
  timeBin
    ? 'peak memory: /usr/bin/time -v, maximum resident set size of the largest single process'
    : 'peak memory: VmHWM polled from /proc every 100 ms (no /usr/bin/time); CPU time not available',
);

const results: Result[] = [];
try {
  const corpora = { zh: await readCorpus(root, 'zh'), en: await readCorpus(root, 'en') };
  console.log(
    `text: ${corpora.zh.sentences.length} Chinese and ${corpora.en.sentences.length} English sentences, ` +
      `${corpora.zh.headings.length + corpora.en.headings.length} headings, ${corpora.zh.tables.length + corpora.en.tables.length} tables from ` +
      `${corpora.zh.files + corpora.en.files} guides; pages average ~${corpora.zh.averageChars} (zh) / ~${corpora.en.averageChars} (en) characters like the real ones\n`,
  );
  await mkdir(logs);
  const copied = await copyNodeModules(scratch);
  await prepareOurs(ours);
  await prepareBare(bare);
  console.log(`scratch sites ready (${copied}, shared by both)\n`);

  // check-references on the untouched copy: the generated pages must add no problem to what is there.
  const baseline = await measure(ours, ['scripts/check-references.mjs'], path.join(logs, 'references-baseline.log'));
  const baselineProblems = problemsOf(baseline.log);
  if (baseline.exitCode !== 0) {
    console.log(
      `note: scripts/check-references.mjs already fails on the project itself (${baselineProblems.size} problem(s), e.g.\n` +
        `  ${[...baselineProblems][0]?.trim() ?? baseline.log.trim().split('\n')[0] ?? ''}),\n` +
        '  so `npm run build` would stop there. The benchmark runs it (and counts its time) and checks that the\n' +
        '  generated pages add no problem of their own, then builds anyway.\n',
    );
  }

  console.log('site  extra pages  build s  CPU s  peak MB   (progress; full table at the end)');
  for (const extra of sizes) {
    await writePages(path.join(ours, 'content', 'docs'), extra, corpora);
    await writePages(path.join(bare, 'src', 'content', 'docs'), extra, corpora);
    for (const site of ['ours', 'bare'] as const) {
      const dir = site === 'ours' ? ours : bare;
      await clean(dir);
      let wallS = 0;
      let cpuS: number | null = 0;
      let peakMB: number | null = 0;
      if (site === 'ours') {
        const references = await measure(
          dir,
          ['scripts/check-references.mjs'],
          path.join(logs, `references-${extra}.log`),
        );
        const added = [...problemsOf(references.log)].filter((line) => !baselineProblems.has(line));
        if (references.exitCode !== 0 && (added.length > 0 || baseline.exitCode === 0))
          fail(`check-references fails with ${extra} generated pages:`, added.join('\n') || references.log);
        wallS += references.wallS;
        cpuS = references.cpuS;
        peakMB = references.peakMB;
      }
      const build = await measure(dir, [astroBin(scratch), 'build'], path.join(logs, `${site}-${extra}.log`));
      if (build.exitCode !== 0) fail(`astro build of the ${site} site with ${extra} extra pages failed:`, build.log);
      wallS += build.wallS;
      cpuS = cpuS !== null && build.cpuS !== null ? cpuS + build.cpuS : null;
      peakMB = peakMB !== null && build.peakMB !== null ? Math.max(peakMB, build.peakMB) : null;
      const dist = await treeSize(path.join(dir, 'dist'), (name) => name.endsWith('.html'));
      const pagefind = await treeSize(path.join(dir, 'dist', 'pagefind'));
      if (pagefind.bytes === 0) fail(`the ${site} site with ${extra} extra pages has no dist/pagefind/`, build.log);
      results.push({
        site,
        extra,
        htmlPages: dist.files,
        wallS,
        cpuS,
        peakMB,
        distBytes: dist.bytes,
        pagefindBytes: pagefind.bytes,
      });
      console.log(
        `${site.padEnd(4)}  ${String(extra).padStart(11)}  ${wallS.toFixed(1).padStart(7)}  ${(cpuS?.toFixed(1) ?? '–').padStart(5)}  ${(peakMB?.toFixed(0) ?? '–').padStart(7)}`,
      );
    }
  }
} catch (error) {
  await cleanup();
  const text =
    error instanceof BenchError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  console.error(`\nbench:build: ${text}`);
  process.exit(1);
}
await cleanup();

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('\nBuilds (every build cold: no dist/, no content cache; "ours" includes check-references)');
printTable(
  [
    'site',
    'extra pages',
    'HTML pages',
    'build s',
    'CPU s',
    'peak MB',
    'dist MB',
    'dist KB/page',
    'pagefind MB',
    'pagefind KB/page',
  ],
  results.map((r) => [
    r.site,
    r.extra,
    r.htmlPages,
    r.wallS.toFixed(1),
    r.cpuS?.toFixed(1) ?? '–',
    r.peakMB?.toFixed(0) ?? '–',
    mb(r.distBytes),
    kb(r.distBytes / r.htmlPages),
    mb(r.pagefindBytes),
    kb(r.pagefindBytes / r.htmlPages),
  ]),
);

const find = (site: string, extra: number) => results.find((r) => r.site === site && r.extra === extra);
/** Seconds per 1,000 pages added: (t(N) − t(0)) / (HTML pages added) × 1,000, so fixed start-up cost is not spread over the pages. */
const per1000 = (site: string, extra: number, key: 'wallS' | 'cpuS') => {
  const at = find(site, extra);
  const base = find(site, 0);
  const [t, t0] = [at?.[key], base?.[key]];
  if (!at || !base || t == null || t0 == null || at.htmlPages <= base.htmlPages) return null;
  return ((t - t0) / (at.htmlPages - base.htmlPages)) * 1000;
};
const grown = sizes.filter((n) => n > 0);
const rows = grown.map((n) => {
  const [ow, bw, oc, bc] = [
    per1000('ours', n, 'wallS'),
    per1000('bare', n, 'wallS'),
    per1000('ours', n, 'cpuS'),
    per1000('bare', n, 'cpuS'),
  ];
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? (a / b).toFixed(2) : '–');
  return [
    n,
    ow?.toFixed(1) ?? '–',
    bw?.toFixed(1) ?? '–',
    ratio(ow, bw),
    oc?.toFixed(1) ?? '–',
    bc?.toFixed(1) ?? '–',
    ratio(oc, bc),
  ];
});
if (grown.length > 0) {
  console.log('\nTime per 1,000 pages: (time with N extra pages − time with 0) / (HTML pages added) × 1,000');
  printTable(
    [
      'extra pages',
      'ours s/1,000',
      'bare s/1,000',
      'ours/bare',
      'ours CPU s/1,000',
      'bare CPU s/1,000',
      'ours/bare CPU',
    ],
    rows,
  );
}

console.log('\nGoals (judged on wall-clock time and, separately, on CPU time)');
const largest = grown.at(-1);
const smallest = grown[0];
for (const [key, label] of [
  ['wallS', 'wall'],
  ['cpuS', 'CPU'],
] as const) {
  if (largest !== undefined && smallest !== undefined && largest !== smallest) {
    const a = per1000('ours', smallest, key);
    const b = per1000('ours', largest, key);
    if (a !== null && b !== null && a > 0) {
      const spread = b / a;
      console.log(
        `  ${label}: time grows linearly (s/1,000 pages at ${largest} within ±25% of at ${smallest}): ${b.toFixed(1)} vs ${a.toFixed(1)} s (×${spread.toFixed(2)}) — ${verdict(spread >= 0.8 && spread <= 1.25)}`,
      );
    }
  } else if (key === 'wallS') {
    console.log('  time grows linearly: needs two sizes above 0 (e.g. --sizes 0,500,1000) — not measured');
  }
  if (largest !== undefined) {
    const o = per1000('ours', largest, key);
    const b = per1000('bare', largest, key);
    if (o !== null && b !== null && b > 0)
      console.log(
        `  ${label}: per 1,000 pages no slower than bare Starlight (at ${largest} extra pages): ours/bare = ${(o / b).toFixed(2)} — ${verdict(o / b <= 1)}`,
      );
  }
}
const [loadNow] = os.loadavg();
if (loadNow !== undefined && loadNow > os.cpus().length)
  console.log(
    `  note: the machine was busy (load ${loadNow.toFixed(1)} on ${os.cpus().length} cores): wall-clock figures are inflated and noisy; CPU time is the steadier measure.`,
  );

const outDir = path.join(root, 'bench-results');
await mkdir(outDir, { recursive: true });
await writeFile(
  path.join(outDir, 'build.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machineLine(), sizes, results }, null, 2)}\n`,
);
console.log(`\n${loadLine()}`);
console.log(
  `bench:build: done in ${((performance.now() - startedAll) / 60000).toFixed(1)} min; figures in bench-results/build.json`,
);
