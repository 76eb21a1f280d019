/**
 * Direct quotations with their speakers. Quotation marks are paired per source
 * (marks.ts), each quotation is attributed (attribution.ts), and the same words said by
 * the same speaker in several sources become one quote citing all of them; the same words
 * quoted without a speaker join the named quote (foldQuotes in ../fold.ts).
 */
import type { Actor, Cite, Quote } from '../../model/briefing.js';
import type { AnalysisContext } from '../context.js';
import { foldQuotes } from '../fold.js';
import { engineItem } from '../item.js';
import { docIndex, tokenAt, type DocIndex } from '../people/doc.js';
import { registryFor, type Entity, type Registry } from '../people/registry.js';
import { Attributor, type Attributed } from './attribution.js';
import type { QuoteSpan } from './marks.js';
import type { SpeakerRef } from './speaker-phrase.js';
import { DETERMINERS } from './description.js';

/** Scare quotes ("a ‘brazen breach’") are short and stand without a reporting verb. */
const MIN_UNATTRIBUTED_WORDS = 3;
const MAX_EMBEDDED_WORDS = 6;

export interface FoundQuote {
  source: string;
  span: QuoteSpan;
  text: string;
  attributed: Attributed;
}

export function findQuotes(ctx: AnalysisContext, _actors: Actor[]): Quote[] {
  const merged = new Map<string, Quote>();
  for (const found of locateQuotes(ctx)) {
    const key = `${found.text}\u0000${found.attributed.speaker.name ?? ''}`;
    const cites: Cite[] = found.span.pieces.map((p) => ({ source: found.source, start: p.start, end: p.end }));
    const existing = merged.get(key);
    if (existing) {
      existing.cites.push(...cites);
      continue;
    }
    merged.set(key, {
      ...engineItem('quotes', key, cites),
      text: found.text,
      speaker: found.attributed.speaker,
    });
  }
  return foldQuotes([...merged.values()]);
}

/**
 * Every quotation in every source with its attribution, in reading order; the quotations a
 * reprinted passage holds come just before the passage (see excerptQuotes).
 */
export function locateQuotes(ctx: AnalysisContext): FoundQuote[] {
  const registry = registryFor(ctx);
  const out: FoundQuote[] = [];
  for (const { source } of ctx.docs) {
    const doc = readingView(docIndex(source));
    const attributor = new Attributor(doc, registry);
    const recent: Entity[] = [];
    let previous: { span: QuoteSpan; attributed: Attributed } | null = null;
    const paragraphStarts = doc.paragraphs.map((p) => p.span.start);
    /** Attributes one quotation; `inner`: one inside a reprinted passage, kept only with a reporting clause of its own. */
    const take = (span: QuoteSpan, inner: boolean): void => {
      const text = span.pieces.map((p) => source.text.slice(p.start, p.end)).join(' ');
      const lastSpeaker = previous && span.firstParagraph - previous.span.lastParagraph <= 1 ? previous.attributed.speaker : null;
      const described = lastSpeaker && !lastSpeaker.name && lastSpeaker.role ? lastSpeaker : null;
      const resolve = (ref: SpeakerRef | null): Attributed => attributor.resolve(ref, span.open, recent, described);
      let attributed = resolve(attributor.findRef(span));
      if (attributed.evidence === 'none') {
        const intro = attributor.introRef(span);
        if (intro) attributed = resolve(intro);
      }
      if (attributed.evidence === 'none') {
        const before = attributor.previousSentenceRef(span);
        if (before) attributed = resolve(before);
      }
      if (attributed.evidence === 'none' && !inner && previous && previous.attributed.evidence !== 'none' && continues(doc, registry, previous.span, span, paragraphStarts)) {
        attributed = { ...previous.attributed, evidence: 'context' };
      }
      // A speaker read from the sentence's subject alone is a guess: it names the quote's likely
      // speaker but is no evidence that short words in marks were spoken at all.
      let guessed = false;
      if (attributed.evidence === 'none') {
        if (inner) return;
        const subject = resolve(attributor.subjectRef(span));
        if (subject.evidence !== 'none') attributed = { ...subject, evidence: 'context' };
        guessed = true;
      }
      const words = text.split(/\s+/).filter(Boolean).length;
      // Short words in marks are scare quotes unless attributed, or spoken (closing punctuation
      // inside the marks, as in “That,” he said).
      const spoken = /[,.?!…]$/.test(text);
      if (words < MIN_UNATTRIBUTED_WORDS && (guessed || attributed.evidence === 'none' || (attributed.evidence === 'context' && !spoken))) return;
      // A few words in marks after a determiner, with no reporting verb ("sent its “national enterprise
      // reporter” to …"), are a noun phrase held at arm's length, not someone's words.
      if (guessed && words < MAX_EMBEDDED_WORDS && afterDeterminer(source.text, span.open)) return;
      if (isTitle(text)) return;
      // Whoever a reporting clause names, or points to with a pronoun, has just spoken.
      if (attributed.entity && !guessed) {
        const at = recent.indexOf(attributed.entity);
        if (at >= 0) recent.splice(at, 1);
        recent.unshift(attributed.entity);
      }
      out.push({ source: source.id, span, text, attributed });
      previous = { span, attributed };
    };
    const first = out.length;
    for (const span of doc.quotes) {
      // The passage is introduced before the quotations in it are spoken; they are listed first,
      // so a reader looking for who said some words finds the innermost speaker.
      const at = out.length;
      take(span, false);
      const passage = out.splice(at);
      for (const inner of excerptQuotes(span)) take(inner, true);
      out.push(...passage);
    }
    carryBack(source.text, out, first);
  }
  return out;
}

/**
 * “Water unites them all.” “It is scarce,” Ames said: a quotation with no speaker of its own,
 * followed by nothing but space and a quotation its reporting clause names, is the same
 * speaker's opening words.
 */
function carryBack(text: string, found: FoundQuote[], from: number): void {
  for (let k = found.length - 2; k >= from; k--) {
    const cur = found[k]!;
    const next = found[k + 1]!;
    if (cur.attributed.evidence !== 'none' || next.attributed.evidence === 'none') continue;
    if (next.span.open < cur.span.close || !/^\s*$/.test(text.slice(cur.span.close, next.span.open))) continue;
    if (next.span.firstParagraph !== cur.span.lastParagraph) continue;
    found[k] = { ...cur, attributed: { ...next.attributed, evidence: 'context' } };
  }
}

/**
 * The quotations a reprinted passage holds (“…,” she said), each with its own reporting clause
 * inside the passage: that clause, not the passage's author, says who spoke them. A passage is
 * reprinted text when it runs over paragraphs; within one paragraph, a quotation inside a
 * quotation is the speaker quoting someone (a poll's question, a rival's words).
 */
function excerptQuotes(span: QuoteSpan): QuoteSpan[] {
  return span.inner && span.lastParagraph > span.firstParagraph ? span.inner : [];
}

/**
 * The source as attribution reads it: a reprinted passage is read like the article's own text,
 * so the names and reporting clauses in it attribute the quotations it holds, and pronouns
 * after it can point back to the people it is about.
 */
function readingView(doc: DocIndex): DocIndex {
  const excerpts = doc.quotes.filter((q) => excerptQuotes(q).length > 0);
  if (excerpts.length === 0) return doc;
  const tokenQuoted = [...doc.tokenQuoted];
  const mark = (pieces: { start: number; end: number }[], quoted: boolean) => {
    for (const p of pieces) for (let i = tokenAt(doc, p.start); i < doc.tokens.length && doc.tokens[i]!.end <= p.end; i++) tokenQuoted[i] = quoted;
  };
  for (const q of excerpts) {
    mark(q.pieces, false);
    for (const inner of q.inner!) mark(inner.pieces, true);
  }
  return { ...doc, tokenQuoted };
}

function afterDeterminer(text: string, open: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, open - 12), open));
  return before !== null && DETERMINERS.has(before[1]!.toLowerCase());
}

/**
 * Titles of shows, books and slogans ("Face the Nation", "State of the Union") are quoted
 * too, but they are names, not anyone's words: every longer word capitalised, no exclamation.
 */
function isTitle(text: string): boolean {
  if (/[!?]/.test(text)) return false;
  const words = text.split(/[\s,.;:()]+/).filter(Boolean);
  if (words.length < 2 || words.length > 8) return false;
  // Short joining words stay lower case in titles ("Fox and Friends", "Contract with America").
  const content = words.filter((w) => !TITLE_JOINERS.has(w));
  if (!content.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const letters = content.filter((w) => /\p{L}/u.test(w));
  return letters.length > 0 && !letters.every((w) => w === w.toUpperCase());
}

const TITLE_JOINERS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'with', 'for', 'to', 'at', 'by', 'from']);

/**
 * A quotation with no reporting clause of its own carries on the previous speaker's words
 * when it follows in the same paragraph, or opens the next one after a paragraph that ended
 * with that quotation's sentence.
 */
function continues(doc: DocIndex, registry: Registry, prev: QuoteSpan, cur: QuoteSpan, paragraphStarts: number[]): boolean {
  if (cur.firstParagraph === prev.lastParagraph) return true;
  if (cur.firstParagraph !== prev.lastParagraph + 1) return false;
  return cur.open <= (paragraphStarts[cur.firstParagraph] ?? -1) + 1 && !movesOn(doc, registry, prev, paragraphStarts[cur.firstParagraph]!);
}

/** How far past a quotation its paragraph is read for a new sentence. */
const MOVE_ON_WINDOW = 400;

/**
 * “…,” Ames told researchers. Reed recalled remarks …: a sentence of the writer's own after the
 * quotation's sentence, about another person, moves on from its speaker, so the next
 * paragraph's quotation is not theirs.
 */
function movesOn(doc: DocIndex, registry: Registry, prev: QuoteSpan, nextParagraph: number): boolean {
  const text = doc.source.text;
  if (nextParagraph - prev.close > MOVE_ON_WINDOW) return true;
  const after = text.slice(prev.close, nextParagraph).trimEnd();
  const last = prev.pieces[prev.pieces.length - 1]!;
  // The quotation ended its own sentence; more than a short reporting clause after it is a new one.
  const stopped = /[.!?]$/.test(text.slice(last.start, last.end)) && after.split(/\s+/).length > SHORT_CLAUSE_WORDS;
  const sentence = stopped ? 0 : /[.!?]["”’]?\s+["“‘]?\p{Lu}/u.exec(after)?.index;
  if (sentence === undefined) return false;
  const from = prev.close + sentence;
  let lo = 0;
  let hi = doc.chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.chunks[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < doc.chunks.length && doc.chunks[k]!.start < nextParagraph; k++) {
    const c = doc.chunks[k]!;
    if (!c.possessive && registry.entityOf(doc, c)?.kind === 'person') return true;
  }
  return false;
}

/** "Ames said at the hearing.": a reporting clause this short may follow a quotation that ended its sentence. */
const SHORT_CLAUSE_WORDS = 6;
