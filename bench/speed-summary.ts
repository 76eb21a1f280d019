/**
 * Engine B's layers on 1 MB of sources: summary (target: well under a second, so ≤ 500 ms),
 * timeline and open questions, median of several runs. Built from the BBC evaluation
 * articles beside the repo, read at run time. Run with `npx tsx bench/speed-summary.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createContext } from '../core/analyse/context.js';
import { findQuestions } from '../core/analyse/questions.js';
import { summarise } from '../core/analyse/summary.js';
import { buildTimeline } from '../core/analyse/timeline.js';
import { sourceFromText } from '../core/ingest/index.js';

const bbcDir = join(import.meta.dirname, '..', '..', 'shared', 'data', 'bbc-dev');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEGABYTE = 1_000_000;

/** About 1 MB in sources of one article each, as a large multi-source brief would have. */
function sources() {
  const texts = readdirSync(bbcDir).filter((n) => /^\d+-\w+\.txt$/.test(n)).sort().map((n) => readFileSync(join(bbcDir, n), 'utf8'));
  const out = [];
  let size = 0;
  for (let i = 0; size < MEGABYTE; i++) {
    const text = texts[i % texts.length]!;
    out.push(sourceFromText(text, { origin: `bbc-${i}`, kind: 'text', publishedAt: '2005-03-10' }));
    size += text.length;
  }
  return { docs: out, size };
}

function median(run: () => void): number {
  run(); // warm-up: lazy model and parser set-up is not what is measured
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const { docs, size } = sources();
const ctx = createContext(docs, { summarySentences: 5 });
const sentences = ctx.docs.reduce((n, d) => n + d.sentences.length, 0);
const rows: [string, number, number | null][] = [
  ['summary (5 sentences)', median(() => summarise(ctx)), 500],
  ['timeline', median(() => buildTimeline(ctx)), null],
  ['open questions', median(() => findQuestions(ctx, { claims: [], figures: [], quotes: [] })), null],
];
console.log(`${(size / MEGABYTE).toFixed(2)} MB, ${docs.length} sources, ${sentences} sentences; load average ${loadavg()[0]!.toFixed(1)}`);
for (const [what, ms, target] of rows) {
  const verdict = target === null ? '' : ms <= target ? `  (target ≤ ${target} ms) ok` : `  (target ≤ ${target} ms) SLOW`;
  console.log(`${what.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms${verdict}`);
}
