/**
 * Everything the people and quote layers read from one source, computed once and cached
 * on the source object: paragraphs, tokens, quotations and name phrases.
 */
import type { SourceDoc } from '../../model/briefing.js';
import { splitParagraphs, type Span } from '../text/sentences.js';
import { findQuoteSpans, type QuoteSpan } from '../quotes/marks.js';
import { tokenize, type Token } from './tokens.js';
import { findNameChunks, type NameChunk } from './names.js';
import { joinOrgNames } from './org-names.js';

export interface ParagraphIndex {
  span: Span;
  /** Index of the paragraph's first token in DocIndex.tokens. */
  firstToken: number;
  headline: boolean;
}

export interface DocIndex {
  source: SourceDoc;
  paragraphs: ParagraphIndex[];
  tokens: Token[];
  /** Paragraph index of each token. */
  tokenParagraph: number[];
  /** Whether each token lies inside a quotation. */
  tokenQuoted: boolean[];
  quotes: QuoteSpan[];
  chunks: NameChunk[];
}

const cache = new WeakMap<SourceDoc, DocIndex>();

/** A short line with most words capitalised and no closing stop reads as a headline. */
export function isHeadline(text: string, tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 22) return false;
  const content = tokens.filter((t) => t.lower.length > 3);
  const caps = content.filter((t) => t.cap).length;
  const ratio = content.length > 0 ? caps / content.length : 0;
  // A closing stop is common on titles too, so it only demands more capitals.
  const stopped = /[.!?]["”’]?$/.test(text.trim()) && tokens.length > 6;
  return ratio >= (stopped ? 0.9 : 0.6);
}

export function docIndex(source: SourceDoc): DocIndex {
  const hit = cache.get(source);
  if (hit) return hit;
  const spans = source.paragraphs.length ? source.paragraphs : splitParagraphs(source.text);
  const quotes = findQuoteSpans(source.text, spans).sort((a, b) => a.open - b.open);
  const tokens: Token[] = [];
  const tokenParagraph: number[] = [];
  const paragraphs: ParagraphIndex[] = spans.map((span, p) => {
    const own = tokenize(source.text, span.start, span.end);
    const firstToken = tokens.length;
    for (const t of own) { tokens.push(t); tokenParagraph.push(p); }
    return { span, firstToken, headline: isHeadline(source.text.slice(span.start, span.end), own) };
  });
  const tokenQuoted = markQuoted(tokens, quotes);
  const capSeen = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const t of tokens) {
    if (t.cap && !t.sentStart) capSeen.add(t.lower);
    else if (!t.cap) lowerSeen.add(t.lower);
  }
  const chunks: NameChunk[] = [];
  paragraphs.forEach((para, p) => {
    const end = p + 1 < paragraphs.length ? paragraphs[p + 1]!.firstToken : tokens.length;
    const own = tokens.slice(para.firstToken, end);
    const casing = { capSeen, lowerSeen };
    for (const c of joinOrgNames(own, findNameChunks(own, casing, para.headline), source.text, casing)) {
      chunks.push({ ...c, first: c.first + para.firstToken, last: c.last + para.firstToken });
    }
  });
  const index: DocIndex = { source, paragraphs, tokens, tokenParagraph, tokenQuoted, quotes, chunks };
  cache.set(source, index);
  return index;
}

function markQuoted(tokens: Token[], quotes: QuoteSpan[]): boolean[] {
  const pieces = quotes.flatMap((q) => q.pieces).sort((a, b) => a.start - b.start);
  const out: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let k = 0;
  tokens.forEach((t, i) => {
    while (k < pieces.length && pieces[k]!.end <= t.start) k++;
    const piece = pieces[k];
    out[i] = piece !== undefined && piece.start <= t.start && t.end <= piece.end;
  });
  return out;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(index: DocIndex, offset: number): number {
  let lo = 0;
  let hi = index.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
