/**
 * `npx tsx bench/workers.ts`: what the app's worker threads buy. Times a 1 MB analysis on a
 * cold thread and then on the same, warm thread (electron/analysis/worker-host.ts keeps it),
 * and reading a 1 MB web page in main versus in the reader thread, with the longest stall of
 * main's event loop in each case (a stall is a frozen window). Uses the bundles the app ships,
 * built into a temp folder; the text is the BBC evaluation articles beside the repo, read at
 * run time. The load average is printed because the figures mean little on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestText } from '../core/ingest/index.js';
import { createWorkerAnalyser, workerHost } from '../electron/analysis/worker-analyser.js';
import { createWorkerIngester } from '../electron/analysis/worker-ingester.js';
import { analysisWorkerPath, ingestWorkerPath } from '../electron/analysis/worker-path.js';
import { readSource } from '../electron/services/ingest-request.js';

const repoRoot = join(import.meta.dirname, '..');
const bbcDir = join(repoRoot, '..', 'shared', 'data', 'bbc-dev');
const MB = 1_000_000;
const WARM_RUNS = Number(process.env.BENCH_RUNS ?? 3);

function paragraphs(): string[] {
  if (!existsSync(bbcDir)) throw new Error(`${bbcDir} not found: this benchmark needs the evaluation articles`);
  return readdirSync(bbcDir)
    .filter((n) => /^\d+-\w+\.txt$/.test(n))
    .sort()
    .flatMap((n) => readFileSync(join(bbcDir, n), 'utf8').split(/\n+/).filter((p) => p.trim()));
}

function repeatTo<T>(items: T[], size: number, measure: (acc: T[]) => number): T[] {
  const out: T[] = [];
  for (let i = 0; measure(out) < size; i++) out.push(items[i % items.length]!);
  return out;
}

/** Wall time of `run` and the longest gap between ticks of main's event loop meanwhile. */
async function timed(run: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  // Let the timer fire once more, so a stall that ran to the very end is counted.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(tick);
  return { ms, stallMs: Math.max(worst, performance.now() - last - 20) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number): string => `${Math.round(ms).toLocaleString('en')} ms`;

const dir = mkdtempSync(join(tmpdir(), 'sitbrief-bench-workers-'));
try {
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', join(dir, 'dist')], { cwd: repoRoot, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const texts = paragraphs();
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${process.platform}`);

  const text = repeatTo(texts, MB, (acc) => acc.join('\n\n').length).join('\n\n');
  const sources = [ingestText(text, 'one megabyte')];
  const analysisHost = workerHost(analysisWorkerPath(join(dir, 'dist'), false));
  const analyse = createWorkerAnalyser(analysisHost);
  const cold = await timed(() => analyse(sources, { summarySentences: 5 }));
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await timed(() => analyse(sources, { summarySentences: 5 }))).ms);
  console.log(`analysis of ${(text.length / MB).toFixed(2)} MB: cold thread ${fmt(cold.ms)}, warm thread median ${fmt(median(warm))} (${WARM_RUNS} runs, ${analysisHost.started} thread started)`);
  await analysisHost.close();

  const body = repeatTo(texts, MB, (acc) => acc.reduce((n, p) => n + p.length + 60, 0))
    .map((p) => `<div class="story"><p>${p}</p><aside><a href="/related">Related</a></aside></div>`)
    .join('\n');
  const page = new TextEncoder().encode(`<!doctype html><html><head><title>One megabyte page</title></head><body><nav>Menu</nav><article><h1>One megabyte page</h1>${body}</article></body></html>`);
  const request = { kind: 'bytes' as const, name: 'page.html', bytes: page };
  const ingestHost = workerHost(ingestWorkerPath(join(dir, 'dist')));
  const ingest = createWorkerIngester(ingestHost);
  const rows = [
    ['in main, first', await timed(() => readSource(request))],
    ['in main, again', await timed(() => readSource(request))],
    ['reader thread, cold', await timed(() => ingest(request))],
    ['reader thread, warm', await timed(() => ingest(request))],
  ] as const;
  console.log(`reading a ${(page.byteLength / MB).toFixed(2)} MB web page:`);
  for (const [name, r] of rows) console.log(`  ${name.padEnd(20)} ${fmt(r.ms).padStart(10)}   main's longest stall ${fmt(r.stallMs)}`);
  await ingestHost.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
