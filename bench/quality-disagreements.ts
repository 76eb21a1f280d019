/**
 * False alarms of the figure-disagreement questions: each real article analysed on its own
 * (BBC dev subset and PolNeAR dev) should raise none, since an article rarely contradicts
 * itself; every one printed is a candidate false alarm to read. Also prints how many
 * disagreements neighbouring BBC articles of one category raise when analysed as a pair —
 * unrelated stories, so each is a false pairing.
 * Run alone with `npx tsx bench/quality-disagreements.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseSources } from '../core/analyse/index.js';
import { sourceFromText } from '../core/ingest/index.js';
import type { SourceDoc } from '../core/model/briefing.js';
import { z } from 'zod';

const dataDir = join(import.meta.dirname, '..', '..', 'shared', 'data');
const PolnearRow = z.object({ id: z.string(), text: z.string(), date: z.string().nullable().optional() });

function disagreements(sources: SourceDoc[]): string[] {
  return analyseSources(sources, { summarySentences: 3 }).questions.filter((q) => q.kind === 'disagreement').map((q) => q.text);
}

const bbcDir = join(dataDir, 'bbc-dev');
const bbc = readdirSync(bbcDir)
  .filter((n) => /^\d+-\w+\.txt$/.test(n))
  .sort()
  .map((n) => sourceFromText(readFileSync(join(bbcDir, n), 'utf8'), { origin: n, kind: 'text' }));
const polnear = readFileSync(join(dataDir, 'polnear-dev.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => PolnearRow.parse(JSON.parse(line)))
  .map((row) => sourceFromText(row.text, { origin: row.id, kind: 'text', publishedAt: row.date?.slice(0, 10) ?? null }));

let single = 0;
for (const source of [...bbc, ...polnear]) {
  for (const text of disagreements([source])) {
    single++;
    console.log(`single  ${source.origin}: ${text}`);
  }
}
let paired = 0;
let pairs = 0;
for (let i = 0; i + 1 < bbc.length; i += 2) {
  pairs++;
  for (const text of disagreements([bbc[i]!, bbc[i + 1]!])) {
    paired++;
    console.log(`pair    ${bbc[i]!.origin} + ${bbc[i + 1]!.origin}: ${text}`);
  }
}
console.log(`single articles: ${single} disagreement(s) over ${bbc.length + polnear.length} articles`);
console.log(`unrelated pairs: ${paired} disagreement(s) over ${pairs} pairs`);
