/**
 * Quote, speaker, figure and actor quality.
 * PolNeAR dev (84 articles, 488 gold quotes): a gold quote is found when one found quote's
 * words cover at least 80% of its words; a found quote is right when it overlaps a gold
 * quote, neutral when it overlaps only a partial quote (quoted fragments in paraphrase),
 * wrong otherwise (articles the corpus left without any annotation are not judged for
 * precision: several quote heavily and carry no gold at all). A speaker is right when the surname
 * matches — the judged figure. A second, looser figure also counts a gold description ("the mayor",
 * "a narrator in the ad") as right when the role we give names the same kind of speaker (same head
 * noun), since the contract leaves the name null there. The seed article is scored against its
 * gold file. Run alone with `npx tsx bench/quality-quotes.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext } from '../core/analyse/context.js';
import { findActors } from '../core/analyse/actors.js';
import { findQuotes } from '../core/analyse/quotes/index.js';
import { findFigures } from '../core/analyse/figures.js';
import { splitParagraphs } from '../core/analyse/text/sentences.js';
import type { Actor, Figure, Quote, SourceDoc } from '../core/model/briefing.js';
import type { QualityRow } from './quality-types.js';

export const dataDir = join(import.meta.dirname, '..', '..', 'shared', 'data');

interface GoldQuote { text: string; speaker: string; start: number; end: number }
interface PolnearArticle { id: string; title: string; text: string; quotes: GoldQuote[]; partial_quotes: GoldQuote[] }

export interface QuoteScores {
  gold: number;
  found: number;
  recall: number;
  precision: number;
  speakerAccuracy: number;
  /** Speaker accuracy by surname alone: a gold description counts as wrong whatever we say. */
  speakerAccuracyNamesOnly: number;
  /** Judged gold speakers that carry a name (see namesSomeone): the only ones a name can match. */
  namedGold: number;
  /** Same-surname accuracy over the gold speakers that carry a name. */
  speakerAccuracyNamedGold: number;
  /** The best same-surname accuracy any engine that answers with names (or null) can reach. */
  speakerCeiling: number;
  /** Precision counting every article, the unannotated ones too (their quotes all count as wrong). */
  precisionAllArticles: number;
  misses: { article: string; gold: GoldQuote }[];
  wrongSpeakers: { article: string; gold: GoldQuote; ours: string | null; oursRole: string | null }[];
  falsePositives: { article: string; text: string }[];
  millis: number;
}

/** A source built from the raw text, so gold offsets stay valid. */
export function rawSource(id: string, text: string, title = id): SourceDoc {
  return {
    id, title, origin: id, kind: 'text', publishedAt: null, byline: null, text,
    paragraphs: splitParagraphs(text), addedAt: new Date(0).toISOString(), addedInVersion: 1,
  };
}

/** The surname a speaker is compared by: the last word, without titles after a comma or "of". */
export function surnameOf(name: string | null): string | null {
  if (!name) return null;
  let core = name.split(',')[0]!.replace(/['’]s$/, '').trim();
  // "Mr. Morgan of the Sierra Club", but not "Secretary of State John Kerry".
  const qualified = /^(.+?) (?:of|at|from) /.exec(core);
  if (qualified && qualified[1]!.split(' ').length >= 2) core = qualified[1]!;
  const words = core.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  const last = words[words.length - 1];
  return last ? last.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '') : null;
}

const PARTICLES = new Set(['de', 'da', 'del', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'of', 'and']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'who', 'that', 'and']);

/** A gold speaker written as a description ("the mayor", "Obama's former campaign strategist"), not a name. */
export function isDescription(gold: string): boolean {
  const words = gold.trim().split(/\s+/);
  return /['’]s\b/.test(gold) || words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w));
}

/** The noun a description is about: the last word before its first preposition ("narrator" in "a narrator in the ad"). */
export function descriptionHead(text: string | null): string | null {
  if (!text) return null;
  const words = text.replace(/['’]s\b/g, '').split(/[\s,]+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = (cut > 0 ? words.slice(0, cut) : words).pop();
  return head ? head.toLowerCase().replace(/[^\p{L}-]/gu, '') : null;
}

/**
 * A gold speaker names someone when its last word is capitalised ("Mark Rutte", "the IMF");
 * "the announcer", "Few people", "the president" name nobody, so no name can share their surname.
 */
export function namesSomeone(gold: string): boolean {
  const last = gold.trim().split(/\s+/).pop() ?? '';
  return /^\p{Lu}/u.test(last);
}

/** Same surname; or, for a described gold speaker, a role describing the same kind of speaker. */
export function speakerMatches(ours: { name: string | null; role: string | null }, gold: string): boolean {
  if (ours.name && surnameOf(ours.name) === surnameOf(gold)) return true;
  return isDescription(gold) && ours.role !== null && descriptionHead(ours.role) === descriptionHead(gold);
}

function wordSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

function coverage(text: string, gold: { start: number; end: number }, quote: Quote): number {
  const words = wordSpans(text, gold.start, gold.end);
  if (words.length === 0) return 0;
  const covered = words.filter((w) => quote.cites.some((c) => c.start <= w.start && w.end <= c.end)).length;
  return covered / words.length;
}

function overlaps(quote: Quote, span: { start: number; end: number }): boolean {
  return quote.cites.some((c) => c.start < span.end && span.start < c.end);
}

export async function loadPolnear(): Promise<PolnearArticle[]> {
  const raw = await readFile(join(dataDir, 'polnear-dev.jsonl'), 'utf8');
  return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PolnearArticle);
}

export async function scorePolnear(articles?: PolnearArticle[]): Promise<QuoteScores> {
  const list = articles ?? await loadPolnear();
  const scores: QuoteScores = { gold: 0, found: 0, recall: 0, precision: 0, speakerAccuracy: 0, speakerAccuracyNamesOnly: 0, namedGold: 0, speakerAccuracyNamedGold: 0, speakerCeiling: 0, precisionAllArticles: 0, misses: [], wrongSpeakers: [], falsePositives: [], millis: 0 };
  let hit = 0; let right = 0; let wrong = 0; let unannotated = 0; let speakerRight = 0; let speakerJudged = 0; let surnameRight = 0; let namedRight = 0;
  const t0 = performance.now();
  for (const article of list) {
    const source = rawSource(article.id, article.text, article.title);
    const ctx = createContext([source], { summarySentences: 5 });
    const quotes = findQuotes(ctx, findActors(ctx));
    scores.gold += article.quotes.length;
    scores.found += quotes.length;
    for (const gold of article.quotes) {
      const best = quotes.find((q) => coverage(article.text, gold, q) >= 0.8);
      if (!best) { scores.misses.push({ article: article.id, gold }); continue; }
      hit++;
      speakerJudged++;
      const sameSurname = best.speaker.name !== null && surnameOf(best.speaker.name) === surnameOf(gold.speaker);
      if (sameSurname) surnameRight++;
      if (namesSomeone(gold.speaker)) { scores.namedGold++; if (sameSurname) namedRight++; }
      if (speakerMatches(best.speaker, gold.speaker)) speakerRight++;
      else scores.wrongSpeakers.push({ article: article.id, gold, ours: best.speaker.name, oursRole: best.speaker.role });
    }
    // Articles with no annotation at all were left unannotated by the corpus, not quote-free.
    if (article.quotes.length + article.partial_quotes.length === 0) { unannotated += quotes.length; continue; }
    for (const q of quotes) {
      if (article.quotes.some((g) => overlaps(q, g))) right++;
      else if (article.partial_quotes.some((g) => overlaps(q, g))) continue;
      else { wrong++; scores.falsePositives.push({ article: article.id, text: q.text }); }
    }
  }
  scores.millis = performance.now() - t0;
  scores.recall = scores.gold ? hit / scores.gold : 0;
  scores.precision = right + wrong ? right / (right + wrong) : 0;
  scores.precisionAllArticles = right + wrong + unannotated ? right / (right + wrong + unannotated) : 0;
  scores.speakerAccuracy = speakerJudged ? speakerRight / speakerJudged : 0;
  scores.speakerAccuracyNamesOnly = speakerJudged ? surnameRight / speakerJudged : 0;
  scores.speakerAccuracyNamedGold = scores.namedGold ? namedRight / scores.namedGold : 0;
  scores.speakerCeiling = speakerJudged ? scores.namedGold / speakerJudged : 0;
  return scores;
}

interface SeedGold {
  quotes: { text: string; speaker: string; role: string }[];
  figures: { value: number; about: string }[];
  actors: { name: string; kind: string; role?: string }[];
  places: string[];
}

export interface SeedRun { quotes: Quote[]; figures: Figure[]; actors: Actor[]; gold: SeedGold; source: SourceDoc }

export async function runSeed(): Promise<SeedRun> {
  const text = await readFile(join(dataDir, 'dev', 'kyiv-strike.txt'), 'utf8');
  const gold = JSON.parse(await readFile(join(dataDir, 'dev', 'kyiv-strike.gold.json'), 'utf8')) as SeedGold;
  const source = rawSource('kyiv-strike', text);
  const ctx = createContext([source], { summarySentences: 5 });
  const actors = findActors(ctx);
  return { quotes: findQuotes(ctx, actors), figures: findFigures(ctx), actors, gold, source };
}

const apostrophes = (s: string | null | undefined) => (s ?? '').replace(/’/g, "'");

export function seedScores(run: SeedRun) {
  const quotesRight = run.gold.quotes.filter((g) => run.quotes.some((q) =>
    q.text === g.text && q.speaker.name === g.speaker && apostrophes(q.speaker.role) === apostrophes(g.role))).length;
  const figuresRight = run.gold.figures.filter((g) => run.figures.some((f) => f.value === g.value)).length;
  const names = new Set(run.actors.map((a) => a.name.toLowerCase()));
  const actorsRight = run.gold.actors.filter((g) => names.has(g.name.toLowerCase())).length;
  const placesRight = run.gold.places.filter((p) => names.has(p.toLowerCase())).length;
  return { quotesRight, figuresRight, actorsRight, placesRight };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function quoteQuality(): Promise<QualityRow[]> {
  const p = await scorePolnear();
  const seed = await runSeed();
  const s = seedScores(seed);
  return [
    { metric: 'PolNeAR dev quote recall', value: round(p.recall), target: '≥ 0.98', met: p.recall >= 0.98 },
    { metric: 'PolNeAR dev quote precision', value: round(p.precision), target: '≥ 0.90', met: p.precision >= 0.9 },
    { metric: 'PolNeAR dev quote precision, unannotated articles counted too', value: round(p.precisionAllArticles) },
    // The judged figure is the data README's: same surname. A gold description ("the mayor")
    // is wrong there whatever we say, since the contract gives null when nobody is named.
    { metric: 'PolNeAR dev speaker accuracy (same surname)', value: round(p.speakerAccuracyNamesOnly), target: '≥ 0.90', met: p.speakerAccuracyNamesOnly >= 0.9 },
    { metric: 'PolNeAR dev speaker accuracy, gold descriptions matched by our role', value: round(p.speakerAccuracy) },
    // Gold speakers like "the announcer" or "Few people" name nobody: no name matches them, so
    // no engine that answers with names (or null, as the contract asks) can pass this ceiling.
    { metric: `PolNeAR dev same-surname ceiling for any engine answering with names (${p.namedGold} of ${p.gold - p.misses.length} gold speakers name someone)`, value: round(p.speakerCeiling) },
    { metric: 'PolNeAR dev speaker accuracy (same surname) where the gold speaker names someone', value: round(p.speakerAccuracyNamedGold) },
    { metric: 'PolNeAR dev quotes (gold / found)', value: `${p.gold} / ${p.found}` },
    { metric: 'PolNeAR dev quote+actor analysis time (84 articles, ms)', value: Math.round(p.millis) },
    { metric: 'Seed quotes with exact speaker and role', value: `${s.quotesRight}/${seed.gold.quotes.length}`, target: `${seed.gold.quotes.length}/${seed.gold.quotes.length}`, met: s.quotesRight === seed.gold.quotes.length },
    { metric: 'Seed figures found', value: `${s.figuresRight}/${seed.gold.figures.length}`, target: `${seed.gold.figures.length}/${seed.gold.figures.length}`, met: s.figuresRight === seed.gold.figures.length },
    { metric: 'Seed actors found', value: `${s.actorsRight}/${seed.gold.actors.length}`, target: `${seed.gold.actors.length}/${seed.gold.actors.length}`, met: s.actorsRight === seed.gold.actors.length },
    { metric: 'Seed places found', value: `${s.placesRight}/${seed.gold.places.length}`, target: `${seed.gold.places.length}/${seed.gold.places.length}`, met: s.placesRight === seed.gold.places.length },
    ...await stressRows(),
  ];
}

/** Linear-time check on large and hostile input; prints time, never asserts it. */
async function stressRows(): Promise<QualityRow[]> {
  const seedText = await readFile(join(dataDir, 'dev', 'kyiv-strike.txt'), 'utf8');
  const big = seedText.repeat(Math.ceil(1_000_000 / seedText.length)).slice(0, 1_000_000);
  const cases: [string, string][] = [
    ['1 MB of news text', big],
    ['100k quotation marks', '“'.repeat(50_000) + '"'.repeat(50_000)],
    ['100k-character sentence', 'a'.repeat(50_000) + ' said ' + 'B'.repeat(50_000)],
  ];
  return cases.map(([label, text]) => {
    const t0 = performance.now();
    const ctx = createContext([rawSource('stress', text)], { summarySentences: 5 });
    const actors = findActors(ctx);
    findQuotes(ctx, actors);
    findFigures(ctx);
    return { metric: `Quotes+actors+figures on ${label} (ms)`, value: Math.round(performance.now() - t0) };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await quoteQuality();
  for (const r of rows) console.log(`${r.metric.padEnd(62)} ${String(r.value).padStart(10)}  ${r.target ?? ''} ${r.met === undefined ? '' : r.met ? 'met' : 'NOT MET'}`);
}
