// bench:cpu — main-thread CPU time after the first paint, per page type: a steadier stand-in for
// Lighthouse's Total Blocking Time on a shared host.
// Usage: npm run build && npm run bench:cpu [-- LOADS]   (LOADS: odd, 1–15, default 5)
//
// Lighthouse's simulated mode times each task on the wall clock and multiplies it by 4. On a shared VM
// the wall clock also counts the time the renderer waited for a CPU, so a page with no script of ours
// can score anywhere from 77 to 100 in one session (docs/PERFORMANCE.md, bench:lighthouse). This script loads each
// page cold (a new Chromium each time, the phone viewport Lighthouse uses), traces the renderer's main
// thread, and adds up the *CPU* time of each task that starts after the first contentful paint. It
// prints, per page, the medians of: that total; the longest such task; and the "CPU blocking time",
// Σ max(0, 4 × CPU − 50 ms) over those tasks, which is Lighthouse's formula with CPU time in place of
// wall time. Waits on other processes (font data from the browser process) are not CPU time, so they
// are not counted here although Lighthouse counts them. No goals: the figures are for comparing builds.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/chromium-path.ts';
import {
  builtBenchPages,
  loadLine,
  machineLine,
  median,
  oddCountArgument,
  printTable,
  requireBuiltSite,
  root,
  startServer,
} from './bench-lib.ts';

const LOADS = oddCountArgument('bench:cpu', 'loads', 5);

let dist = '';
let executablePath = '';
try {
  dist = requireBuiltSite();
  executablePath = findChromium();
} catch (error) {
  console.error(`bench:cpu: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { pages } = builtBenchPages(dist);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

interface Load {
  /** CPU ms of the main thread's tasks that start after the first contentful paint. */
  cpu: number;
  longest: number;
  blocking: number;
}

async function loadOnce(url: string): Promise<Load> {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] },
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1500); // tasks right after load (Lighthouse waits for the main thread to go quiet)
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const paint = events.find((event) => event.name === 'firstContentfulPaint');
    if (!paint) throw new Error(`no first contentful paint in the trace of ${url}`);
    const tasks = events
      .filter(
        (event) =>
          event.pid === paint.pid &&
          event.tid === paint.tid &&
          event.ph === 'X' &&
          event.name === 'ThreadControllerImpl::RunTask' &&
          event.ts >= paint.ts,
      )
      .sort((a, b) => a.ts - b.ts);
    let end = 0;
    const load: Load = { cpu: 0, longest: 0, blocking: 0 };
    for (const task of tasks) {
      if (task.ts < end) continue; // a task nested in another
      end = task.ts + (task.dur ?? 0);
      const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
      load.cpu += cpu;
      load.longest = Math.max(load.longest, cpu);
      load.blocking += Math.max(0, 4 * cpu - 50);
    }
    return load;
  } finally {
    await browser.close();
  }
}

console.log(`bench:cpu — ${machineLine()}`);
console.log(
  `${String(LOADS)} cold loads per page, round by round, 412×823 viewport; CPU time of main-thread tasks after the first paint`,
);
const server = await startServer();
const results = new Map<string, Load[]>(pages.map((page) => [page, []]));
try {
  for (let round = 0; round < LOADS; round++)
    for (const page of pages) results.get(page)?.push(await loadOnce(`${server.baseUrl}${page}`));
} catch (error) {
  console.error(`bench:cpu: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.stop();
}
if (process.exitCode !== 1) {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  printTable(
    ['page', 'CPU after first paint', 'longest task', 'CPU blocking time (4× CPU − 50 ms)', 'blocking time per load'],
    [...results].map(([page, loads]) => [
      page,
      ms(median(loads.map((load) => load.cpu))),
      ms(median(loads.map((load) => load.longest))),
      ms(median(loads.map((load) => load.blocking))),
      loads.map((load) => load.blocking.toFixed(0)).join(', '),
    ]),
  );
  console.log(loadLine());
  const out = path.join(root, 'bench-results');
  await mkdir(out, { recursive: true });
  await writeFile(
    path.join(out, 'cpu.json'),
    `${JSON.stringify({ date: new Date().toISOString(), loads: LOADS, pages: Object.fromEntries(results) }, null, 2)}\n`,
  );
  console.log('bench:cpu: done; figures in bench-results/cpu.json');
}
