// Shared helpers of the bench:* scripts: tables, percentiles, sizes, and `astro preview` on a free port.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder above scripts/). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Columns a string takes in a terminal: Chinese characters and full-width punctuation take two. */
const displayWidth = (text: string): number =>
  text.length +
  (text.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g)
    ?.length ?? 0);
const pad = (text: string, width: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/** Prints rows as a table: columns padded to their widest cell, numbers right-aligned. */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = rows.map((row) => row.map(String));
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...cells.map((row) => displayWidth(row[i] ?? ''))),
  );
  const numeric = headers.map((_, i) =>
    rows.every((row) => typeof row[i] === 'number' || /^[-\d.,%×<>~–]+/.test(String(row[i]))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0, i > 0 && (numeric[i] ?? false)))
      .join('  ')
      .trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}

/** The p-th percentile (0–100) of values, by the nearest-rank method; NaN when there are none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (values: number[]): number => percentile(values, 50);

/**
 * The count of runs (or loads) per page from the command line: an odd whole number from 1 to 15, so
 * the median is one run. Exits with 2 and says why for anything else.
 */
export function oddCountArgument(command: string, what: string, fallback: number): number {
  const given = process.argv[2] ?? String(fallback);
  const count = Number(given);
  if (!Number.isInteger(count) || count < 1 || count % 2 === 0 || count > 15) {
    console.error(`${command}: ${what} per page must be an odd whole number from 1 to 15, not "${given}"`);
    process.exit(2);
  }
  return count;
}

/** One page of each type the page benchmarks measure: home, a guide and every tool. */
export const benchCandidates = [
  '/',
  '/guide/fees/',
  '/tools/scope/',
  '/tools/fees/',
  '/tools/vetting/',
  '/tools/contract/',
];

/** Of benchCandidates, those built into dist (a tool can be missing while it is being written). */
export function builtBenchPages(dist: string): { pages: string[]; missing: string[] } {
  const pages = benchCandidates.filter((page) => existsSync(path.join(dist, page, 'index.html')));
  return { pages, missing: benchCandidates.filter((page) => !pages.includes(page)) };
}

/** "met" or "NOT met", for goal lines. */
export const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

/** Sum of file sizes below dir (bytes of content, not disk blocks) and the number of files matching `count`. */
export async function treeSize(
  dir: string,
  count?: (name: string) => boolean,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        bytes += (await stat(full)).size;
        if (count?.(entry.name)) files += 1;
      }
    }
  };
  if (existsSync(dir)) await walk(dir);
  return { bytes, files };
}

/** One line about the machine, so figures from a busy machine are read as such. */
export function machineLine(): string {
  const [one, five] = os.loadavg();
  return `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${one?.toFixed(1) ?? '?'} (1 min), ${five?.toFixed(1) ?? '?'} (5 min); Node ${process.version}`;
}

/** The load average when the run ends: figures taken while other work ran on the machine are slower. */
export function loadLine(): string {
  const [one, five] = os.loadavg();
  return `load average at the end: ${one?.toFixed(1) ?? '?'} (1 min), ${five?.toFixed(1) ?? '?'} (5 min) on ${os.cpus().length} cores`;
}

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Stops with a message when dist/ holds no built site. */
export function requireBuiltSite(): string {
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
    throw new Error(`No built site with a search index in ${dist}: run \`npm run build\` first.`);
  }
  return dist;
}

/** Astro's command-line entry point, run with the Node that runs this script (the project's Node 22). */
export const astroBin = (projectDir: string): string =>
  path.join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface Preview {
  baseUrl: string;
  stop: () => Promise<void>;
  /** What serves the site, for the report: the project's nginx config, or `astro preview`. */
  server: string;
}

/** Starts `astro preview` of dist/ on a free loopback port and waits until it answers. */
export async function startPreview(): Promise<Preview> {
  requireBuiltSite();
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [astroBin(root), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (!running()) return;
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (running()) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!running()) throw new Error(`astro preview exited with code ${String(child.exitCode)}:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) return { baseUrl, stop, server: 'astro preview (no compression)' };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${baseUrl} within 60 s:\n${output}`);
}

/** Reads a file relative to the project root. */
export const readProjectFile = (relative: string): string => readFileSync(path.join(root, relative), 'utf8');

/**
 * Serves dist/ as it is deployed: nginx with deploy/nginx-site.conf (compression, cache headers), started
 * by scripts/nginx-local.sh. Without nginx on the machine it falls back to `astro preview`, which sends
 * files uncompressed, and the report says so.
 */
export async function startServer(): Promise<Preview> {
  requireBuiltSite();
  const port = await freePort();
  const script = path.join(root, 'scripts', 'nginx-local.sh');
  const started = await new Promise<{ dir: string } | { missing: true } | { error: string }>((resolve) => {
    execFile('bash', [script, 'start', String(port)], { cwd: root }, (error, stdout, stderr) => {
      if (!error) resolve({ dir: stdout.trim() });
      else if (error.code === 3) resolve({ missing: true });
      else resolve({ error: stderr || error.message });
    });
  });
  if ('error' in started) throw new Error(`nginx did not start: ${started.error}`);
  if ('missing' in started) {
    console.log('nginx not found (Debian: apt-get install nginx); serving with astro preview instead');
    return startPreview();
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      execFile('bash', [script, 'stop', started.dir], () => {
        resolve();
      });
    });
  return { baseUrl: `http://127.0.0.1:${String(port)}`, stop, server: 'nginx with deploy/nginx-site.conf (gzip)' };
}
