/**
 * Summary quality on the BBC News Summary dev subset: ROUGE-1/2/L F1 of our 5-sentence
 * summaries against the human extractive references, beside the lead baseline computed in
 * the same run (the article's opening words after the headline, exactly as many words as
 * our summary has, so length cannot explain the difference).
 * Run alone with `npx tsx bench/quality-summary.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext } from '../core/analyse/context.js';
import { summarise } from '../core/analyse/summary.js';
import { wordTokens } from '../core/analyse/summary/terms.js';
import { sourceFromText } from '../core/ingest/index.js';
import type { QualityRow } from './quality-types.js';
import { rouge, type RougeScores } from './rouge.js';

const SUMMARY_SENTENCES = 5;
const dataDir = join(import.meta.dirname, '..', '..', 'shared', 'data', 'bbc-dev');

export interface SummaryRun { article: string; ours: RougeScores; lead: RougeScores }

/** The article body after the headline line. */
function bodyOf(text: string): string {
  const firstBreak = text.indexOf('\n');
  return firstBreak < 0 ? '' : text.slice(firstBreak + 1);
}

export async function summaryRuns(dir = dataDir): Promise<SummaryRun[]> {
  const names = (await readdir(dir)).filter((n) => /^\d+-.*\.txt$/.test(n) && !n.endsWith('.summary.txt')).sort();
  const runs: SummaryRun[] = [];
  for (const name of names) {
    const article = await readFile(join(dir, name), 'utf8');
    const reference = await readFile(join(dir, name.replace(/\.txt$/, '.summary.txt')), 'utf8');
    const source = sourceFromText(article, { origin: name, kind: 'text' });
    const summary = summarise(createContext([source], { summarySentences: SUMMARY_SENTENCES }));
    const ourText = summary.map((s) => s.text).join(' ');
    const words = wordTokens(ourText).length;
    const leadText = wordTokens(bodyOf(source.text)).slice(0, words).join(' ');
    runs.push({ article: name, ours: rouge(ourText, reference), lead: rouge(leadText, reference) });
  }
  return runs;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

const points = (x: number) => Math.round(x * 1000) / 10;

export async function summaryQuality(): Promise<QualityRow[]> {
  const runs = await summaryRuns();
  const avg = (pick: (r: SummaryRun) => number) => mean(runs.map(pick));
  const ours = { r1: avg((r) => r.ours.rouge1), r2: avg((r) => r.ours.rouge2), rl: avg((r) => r.ours.rougeL) };
  const lead = { r1: avg((r) => r.lead.rouge1), r2: avg((r) => r.lead.rouge2), rl: avg((r) => r.lead.rougeL) };
  const gain = points(ours.r1) - points(lead.r1);
  return [
    { metric: `BBC dev summary ROUGE-1 F1 (${runs.length} articles, ${SUMMARY_SENTENCES} sentences)`, value: points(ours.r1) },
    { metric: 'BBC dev summary ROUGE-2 F1', value: points(ours.r2) },
    { metric: 'BBC dev summary ROUGE-L F1', value: points(ours.rl) },
    { metric: 'BBC dev lead baseline ROUGE-1 F1 (same word count)', value: points(lead.r1) },
    { metric: 'BBC dev lead baseline ROUGE-2 F1', value: points(lead.r2) },
    { metric: 'BBC dev lead baseline ROUGE-L F1', value: points(lead.rl) },
    { metric: 'BBC dev summary ROUGE-1 gain over lead (points)', value: Math.round(gain * 10) / 10, target: '≥ 1.0', met: gain >= 1 },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await summaryQuality();
  for (const row of rows) {
    const verdict = row.met === undefined ? '' : row.met ? '  met' : '  NOT MET';
    console.log(`${row.metric.padEnd(64)} ${String(row.value).padStart(6)}${row.target ? `  (target ${row.target})${verdict}` : ''}`);
  }
}
