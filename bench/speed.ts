/**
 * `npm run bench`: how fast the brief gets onto paper. Median wall time of the PDF for a
 * 10-page and a 50-page brief, and of the whole pipeline (ingest → analysis → PDF) over
 * 1 MB of sources, against the targets, plus the process's peak RSS.
 *
 * Briefs are built from real news text (the BBC evaluation articles beside the repo, read at
 * run time) so the PDF has as many distinct words as a real brief; without that folder the
 * invented fixture text stands in. The machine's load average is printed because the
 * figures mean little on a busy machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { performance } from 'node:perf_hooks';
import { ingestText, sourceFromText } from '../core/ingest/index.js';
import { analyseSources } from '../core/analyse/index.js';
import { newBriefing } from '../core/brief/create.js';
import { applyAnalysis } from '../core/brief/update.js';
import { briefToPdf } from '../core/export/pdf.js';
import { resetShapingCache } from '../core/export/shaping-cache.js';
import { splitSentences } from '../core/analyse/text/sentences.js';
import type { Briefing, Cite, SourceDoc } from '../core/model/briefing.js';
import { sampleBrief } from '../tests/helpers/sample-brief.js';
import { pdfPageCount } from '../tests/helpers/pdf-text.js';

const repoRoot = join(import.meta.dirname, '..');
const bbcDir = join(repoRoot, '..', 'shared', 'data', 'bbc-dev');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function articleTexts(): string[] {
  if (existsSync(bbcDir)) {
    const names = readdirSync(bbcDir).filter((n) => /^\d+-\w+\.txt$/.test(n)).sort();
    if (names.length) return names.map((n) => readFileSync(join(bbcDir, n), 'utf8'));
  }
  console.warn(`(${bbcDir} not found: using the invented fixture text, which repeats words and flatters the PDF figures)`);
  return sampleBrief().sources.map((s) => s.text);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface Timing {
  /** The first run in this process: fonts opened and code compiled, as in a one-shot CLI run. */
  first: number;
  median: number;
  /** Median CPU time of the process per run: on a shared machine it says more than wall time. */
  cpu: number;
}

/** Runs `job` once (reported as `first`), then `runs` more times for the median. */
async function timed(runs: number, job: () => Promise<unknown>): Promise<Timing> {
  let start = performance.now();
  await job();
  const first = performance.now() - start;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const used = process.cpuUsage();
    start = performance.now();
    await job();
    times.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  return { first, median: median(times), cpu: median(cpu) };
}

/**
 * A brief whose items are sentences of the articles, each citing its real span: `articles`
 * sources, and per article three summary sentences, three figures, two quotes, a claim,
 * three actors, two timeline entries and two questions.
 */
function briefFromArticles(texts: string[], articles: number): Briefing {
  const brief = newBriefing({ title: `Benchmark brief over ${articles} articles`, marking: 'OFFICIAL-SENSITIVE', now: new Date('2026-11-26T14:30:00Z') });
  const sources: SourceDoc[] = [];
  const item = (id: string, cites: Cite[]) => ({ id, cites, status: 'accepted' as const, origin: 'engine' as const, edited: false, note: null, addedInVersion: 1 });
  for (let a = 0; a < articles; a++) {
    const text = texts[a % texts.length]!;
    const source = sourceFromText(text, { origin: `bbc-dev/article-${a + 1}.txt`, kind: 'text', publishedAt: '2005-03-01' });
    sources.push(source);
    const sentences = splitSentences(source.text).filter((s) => s.text.length > 40);
    const pick = (i: number) => sentences[(i + a) % Math.max(1, sentences.length)] ?? { start: 0, end: 10, text: source.title };
    const cite = (i: number): Cite[] => [{ source: source.id, start: pick(i).start, end: pick(i).end }];
    const id = (kind: string, i: number) => `${kind}-${a}-${i}`;
    for (let i = 0; i < 3; i++) brief.summary.push({ ...item(id('s', i), cite(i)), text: pick(i).text });
    for (let i = 3; i < 6; i++) {
      const number = /\d[\d,.]*/.exec(pick(i).text)?.[0] ?? String(i * 7);
      brief.figures.push({ ...item(id('f', i), cite(i)), value: Number(number.replace(/,/g, '')) || null, label: pick(i).text.slice(0, 80), text: number, qualifier: null, category: 'other', place: null, when: null });
    }
    for (let i = 6; i < 8; i++) brief.quotes.push({ ...item(id('q', i), cite(i)), text: pick(i).text, speaker: { name: `Speaker ${a + 1}.${i}`, role: 'spokesperson' } });
    brief.claims.push({ ...item(id('c', 8), cite(8)), text: pick(8).text, speaker: { name: null, role: null } });
    for (let i = 9; i < 12; i++) {
      const name = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+/.exec(pick(i).text)?.[0] ?? `Actor ${a}.${i}`;
      brief.actors.push({ ...item(id('a', i), cite(i)), name, kind: 'person', role: pick(i).text.slice(0, 60), mentions: i, aliases: [] });
    }
    for (let i = 12; i < 14; i++) brief.timeline.push({ ...item(id('t', i), cite(i)), when: `Day ${i - 11} of week ${a + 1}`, date: null, label: pick(i).text });
    for (let i = 14; i < 16; i++) brief.questions.push({ ...item(id('o', i), cite(i)), text: `${pick(i).text.replace(/[.!]$/, '')}?`, kind: 'other' });
  }
  return { ...brief, sources };
}

/** The smallest brief of at least `pages` pages, found by growing the article count. */
async function briefOfPages(texts: string[], pages: number): Promise<{ brief: Briefing; pages: number }> {
  let low = 1;
  let high = 1;
  let count = await pdfPageCount(await briefToPdf(briefFromArticles(texts, high)));
  while (count < pages) {
    low = high;
    high *= 2;
    count = await pdfPageCount(await briefToPdf(briefFromArticles(texts, high)));
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const got = await pdfPageCount(await briefToPdf(briefFromArticles(texts, mid)));
    if (got >= pages) { high = mid; count = got; } else low = mid;
  }
  const brief = briefFromArticles(texts, high);
  return { brief, pages: await pdfPageCount(await briefToPdf(brief)) };
}

/**
 * Every distinct article beside the repo (BBC and PolNeAR), for the pipeline row: the BBC set
 * alone would have to repeat each article ten times to reach 1 MB, and repeated wire copy is
 * cheaper for an engine that reads a repeated sentence once.
 */
function distinctArticleTexts(bbc: string[]): string[] {
  const polnear = join(repoRoot, '..', 'shared', 'data', 'polnear-dev.jsonl');
  if (!existsSync(polnear)) return bbc;
  const lines = readFileSync(polnear, 'utf8').split('\n').filter((l) => l.trim());
  const articles = lines.map((l) => z.object({ text: z.string() }).parse(JSON.parse(l)).text);
  // Interleaved, so the first runs of the corpus are not all one kind of news.
  return Array.from({ length: Math.max(bbc.length, articles.length) }, (_, i) => [articles[i], bbc[i]]).flat().filter((t): t is string => Boolean(t));
}

/** About `bytes` of source text, split into article-sized sources of varied news text. */
function sourcesOfSize(texts: string[], bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length]!;
    out.push(text);
    size += Buffer.byteLength(text);
  }
  return out;
}

async function main(): Promise<void> {
  const texts = articleTexts();
  const cold = performance.now();
  await briefToPdf(sampleBrief());
  const coldMs = performance.now() - cold;
  const rows: { what: string; ms: number; target: number; detail: string }[] = [];

  // "Cold" empties the shaped-word cache before each run, as for the first export of a brief
  // whose words the process has never set; "reprint" is the same brief exported again.
  for (const target of [{ pages: 10, ms: 400 }, { pages: 50, ms: 1500 }]) {
    const { brief, pages } = await briefOfPages(texts, target.pages);
    const cold = await timed(RUNS, () => {
      resetShapingCache();
      return briefToPdf(brief);
    });
    const reprint = await timed(RUNS, () => briefToPdf(brief));
    rows.push({ what: `PDF, ${target.pages}-page brief`, ms: cold.median, target: target.ms, detail: `${pages} pages, ${brief.sources.length} sources; CPU ${cold.cpu.toFixed(0)} ms; reprint ${reprint.median.toFixed(0)} ms (CPU ${reprint.cpu.toFixed(0)} ms)` });
  }

  const distinct = distinctArticleTexts(texts);
  const pipelineTexts = sourcesOfSize(distinct, 1024 * 1024);
  const megabytes = pipelineTexts.reduce((n, t) => n + Buffer.byteLength(t), 0) / (1024 * 1024);
  let pipelinePages = 0;
  let pipelineError: string | null = null;
  // Per-stage wall times of every timed run, so the row can say where the total goes.
  const stages: Record<'ingest' | 'analysis' | 'pdf', number[]> = { ingest: [], analysis: [], pdf: [] };
  const pipeline = async (): Promise<void> => {
    let t0 = performance.now();
    const sources = pipelineTexts.map((t, i) => ingestText(t, `Source ${i + 1}`));
    let t1 = performance.now();
    stages.ingest.push(t1 - t0);
    const base = { ...newBriefing({ title: 'Pipeline benchmark' }), sources };
    const brief = applyAnalysis(base, analyseSources(sources, { summarySentences: base.summarySentences }));
    t0 = performance.now();
    stages.analysis.push(t0 - t1);
    const pdf = await briefToPdf(brief);
    t1 = performance.now();
    stages.pdf.push(t1 - t0);
    pipelinePages = await pdfPageCount(pdf);
  };
  if (process.env.BENCH_PDF_ONLY) {
    pipelineError = 'skipped (BENCH_PDF_ONLY is set)';
  } else {
    try {
      const t = await timed(Math.min(RUNS, 5), pipeline);
      // The first entry of each stage is the warm-up run; the split is over the timed runs.
      const split = (['ingest', 'analysis', 'pdf'] as const).map((k) => `${k} ${median(stages[k].slice(1)).toFixed(0)}`).join(' + ');
      rows.push({ what: `Pipeline, ${megabytes.toFixed(2)} MB of sources`, ms: t.median, target: 2000, detail: `ingest → analysis → PDF of ${pipelineTexts.length} sources (${Math.min(distinct.length, pipelineTexts.length)} distinct articles), ${pipelinePages} pages produced; split ${split} ms (page count read-back excluded); CPU ${t.cpu.toFixed(0)} ms; first run ${t.first.toFixed(0)} ms` });
    } catch (error) {
      pipelineError = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`\nSitbrief speed (median of ${RUNS} runs after a warm-up; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
  console.log(`${pad('measure', 34)}${pad('median', 11)}${pad('target', 11)}${pad('', 6)}detail`);
  for (const r of rows) {
    console.log(`${pad(r.what, 34)}${pad(`${r.ms.toFixed(0)} ms`, 11)}${pad(`≤ ${r.target} ms`, 11)}${pad(r.ms <= r.target ? 'ok' : 'SLOW', 6)}${r.detail}`);
  }
  if (pipelineError) console.log(`${pad('Pipeline, 1 MB of sources', 34)}${pipelineError}`);
  console.log(`${pad('First PDF in a fresh process', 34)}${coldMs.toFixed(0)} ms (3-page sample brief: module set-up, font parsing, JIT)`);
  console.log(`${pad('Peak RSS', 34)}${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
