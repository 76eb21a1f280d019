/**
 * `npx tsx bench/ingest.ts`: how long ingesting takes. Median wall and CPU time (after a warm-up run,
 * so module loading is not counted) for the seed article as text, web page, PDF and Word
 * document, and for 1 MB sources as UTF-8 text, Windows-1251 text, a realistic news page
 * (mostly scripts, styles and link lists) and a page that is all article text. Target: a 1 MB
 * text or HTML source well under a second. The load average is printed because the figures
 * mean little on a busy machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { ingestBytes } from '../core/ingest/index.js';
import { docxOfParagraphs, pdfOfParagraphs } from '../tests/unit/ingest-fixtures.js';

const dataDir = join(import.meta.dirname, '..', '..', 'shared', 'data');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1024 * 1024;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median wall and CPU milliseconds; CPU time says what an idle machine would take when the shared one is busy. */
async function timed(bytes: Uint8Array, name: string): Promise<{ wall: number; cpu: number }> {
  await ingestBytes(bytes, name);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await ingestBytes(bytes, name);
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** Paragraphs of real news (the BBC evaluation articles), else invented filler, repeated to `bytes`. */
function paragraphsOfSize(bytes: number): string[] {
  const bbc = join(dataDir, 'bbc-dev');
  const base = existsSync(bbc)
    ? readdirSync(bbc).filter((n) => /^\d+-\w+\.txt$/.test(n)).flatMap((n) => readFileSync(join(bbc, n), 'utf8').split('\n').filter((l) => l.trim()))
    : ['Officials said the talks would resume next week in Geneva, after a pause of several months.'];
  const out: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const line = base[i % base.length]!;
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return out;
}

const seedPath = join(dataDir, 'dev', 'kyiv-strike.txt');
const seed = existsSync(seedPath) ? readFileSync(seedPath, 'utf8').split('\n').filter((l) => l.trim()) : paragraphsOfSize(4000);
const big = paragraphsOfSize(MB);
const cyrillic = Array.from({ length: Math.ceil(MB / 180) }, (_, i) => `Абзац ${i}: у Києві та Харкові рятувальники працювали всю ніч, а міська влада пообіцяла оприлюднити нові дані вранці.`);
const html = (lines: string[]): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench</title></head><body><nav><a href="/">Home</a></nav><article>${lines.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article></body></html>`;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What a 1 MB news page mostly is: scripts, styles, inline state and link lists around a short article. */
function realisticPage(article: string[]): string {
  const pad = (make: (i: number) => string, bytes: number): string => {
    const parts: string[] = [];
    for (let size = 0, i = 0; size < bytes; i++) { const part = make(i); parts.push(part); size += part.length; }
    return parts.join('');
  };
  const script = `<script>${pad((i) => `function f${i}(a,b){return a.map(x=>x*${i}).filter(Boolean).join("<p>")}\n`, 400 * 1024)}</script>`;
  const state = `<script id="__STATE__" type="application/json">${pad((i) => `{"id":${i},"headline":"Story ${i}","url":"/news/${i}"},`, 200 * 1024)}</script>`;
  const style = `<style>${pad((i) => `.c${i}{margin:${i % 9}px;color:#${(i * 4099) % 0xffffff}}\n`, 150 * 1024)}</style>`;
  const links = `<aside class="related">${pad((i) => `<li><a href="/news/${i}">Related story number ${i}</a></li>`, 150 * 1024)}</aside>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench</title>${style}${script}</head><body><nav><a href="/">Home</a></nav><main><article>${article.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article>${links}</main>${state}</body></html>`;
}

const rows: [string, Uint8Array, string][] = [
  ['seed as .txt', utf8(seed.join('\n')), 'seed.txt'],
  ['seed as HTML page', utf8(html(seed)), 'seed.html'],
  ['seed as PDF', await pdfOfParagraphs(seed), 'seed.pdf'],
  ['seed as DOCX', await docxOfParagraphs(seed), 'seed.docx'],
  ['1 MB UTF-8 text', utf8(big.join('\n')), 'big.txt'],
  ['1 MB Windows-1251 text', new Uint8Array(iconv.encode(cyrillic.join('\n'), 'windows-1251')), 'big-1251.txt'],
  ['1 MB news page (30 KB text)', utf8(realisticPage(paragraphsOfSize(30 * 1024))), 'page.html'],
  ['1 MB HTML, all article text', utf8(html(big)), 'big.html'],
];

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; median of ${RUNS} runs after a warm-up`);
console.log(`${'source'.padEnd(30)} ${'size'.padStart(9)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)}`);
for (const [label, bytes, name] of rows) {
  const { wall, cpu } = await timed(bytes, name);
  console.log(`${label.padEnd(30)} ${(bytes.byteLength / 1024).toFixed(0).padStart(6)} KB ${wall.toFixed(0).padStart(6)} ms ${cpu.toFixed(0).padStart(6)} ms`);
}
