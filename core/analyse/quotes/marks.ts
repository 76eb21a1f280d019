/**
 * Finds quoted passages by pairing quotation marks, in one linear pass.
 *
 * Marks are read from their surroundings as much as from their shape, because real text
 * mixes curly and straight marks, uses ’ as an apostrophe, and sometimes opens with ”.
 * Nesting is tracked so an inner quotation stays part of the outer one. A double quotation
 * left open at the end of a paragraph continues when the next paragraph opens with a mark
 * (the convention for quotes running over several paragraphs).
 */
import type { Span } from '../text/sentences.js';
import { nicknameClose } from '../people/nickname.js';

export interface QuoteSpan {
  /** The quoted words, one span per paragraph, without the marks. */
  pieces: Span[];
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the paragraph end when none was written). */
  close: number;
  kind: 'double' | 'single';
  /** Index of the paragraph holding the opening mark, and of the one holding the end. */
  firstParagraph: number;
  lastParagraph: number;
  /**
   * Double quotations inside this double one: a passage reprinted from another text, with the
   * quotations it holds (“…,” she said). Absent when there are none.
   */
  inner?: QuoteSpan[];
}

interface Open {
  kind: 'double' | 'single';
  mark: number;
  contentStart: number;
  pieces: Span[];
  paragraph: number;
  inner: QuoteSpan[];
}

/** Deeper nesting is never real text; capping it keeps the pass linear on adversarial input. */
const MAX_DEPTH = 12;
/** Inner quotations kept per passage; a real reprinted passage holds a handful. */
const MAX_INNER = 64;
const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);
const LETTER = /[\p{L}\p{N}]/u;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function opensHere(prev: string | undefined, next: string | undefined): boolean {
  return (isSpace(prev) || /[(\[—–\-/:]/.test(prev ?? '') || QUOTE_CHARS.has(prev ?? '')) && !isSpace(next);
}

function closesHere(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]—–\-…]/.test(next ?? '') || QUOTE_CHARS.has(next ?? ''));
}

/**
 * "Ã«" and "Â»" are what a wrong decoding (UTF-8 read as Latin-1) leaves of "ë" and "»": the
 * guillemet there is the second half of one letter, not a mark. Ã and Â may come decomposed.
 */
function mojibakeHalf(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '«' && ch !== '»') return false;
  const prev = text[i - 1];
  return prev === 'Ã' || prev === 'Â' || ((prev === '\u0303' || prev === '\u0302') && text[i - 2] === 'A');
}

function findOpen(stack: Open[], kind: Open['kind']): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.kind === kind) return i;
  return -1;
}

export function findQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let carried: Open | null = null;

  paragraphs.forEach((para, p) => {
    const stack: Open[] = [];
    let from = para.start;
    if (carried) {
      const first = text[para.start];
      if (first === '"' || first === '“' || first === '„' || first === '«' || text.startsWith("''", para.start)) {
        const inner = opensInner(text, carried, para);
        const length = text.startsWith("''", para.start) ? 2 : 1;
        carried.contentStart = para.start + (inner ? 0 : length);
        carried.paragraph = p;
        stack.push(carried);
        from = para.start + (inner ? 0 : length);
      } else {
        emitUnclosed(text, carried, found);
      }
      carried = null;
    }

    let markLength = 1;
    const push = (kind: Open['kind'], i: number) => {
      if (stack.length >= MAX_DEPTH) stack.shift();
      stack.push({ kind, mark: i, contentStart: i + markLength, pieces: [], paragraph: p, inner: [] });
    };
    const close = (index: number, i: number) => {
      const open = stack[index]!;
      stack.length = index;
      if (index > 0) {
        // A double quotation inside a double one: the outer passage is reprinted text.
        const bottom = stack[0]!;
        if (index === 1 && bottom.kind === 'double' && open.kind === 'double' && bottom.inner.length < MAX_INNER) {
          const piece = trimSpan(text, { start: open.contentStart, end: i });
          if (piece.end > piece.start) bottom.inner.push({ pieces: [piece], open: open.mark, close: i + markLength, kind: 'double', firstParagraph: p, lastParagraph: p });
        }
        return;
      }
      // Marcia "Cia" Price: marks around a nickname inside a name quote no one.
      if (open.pieces.length === 0 && nicknameClose(text, open.mark) === i) return;
      const pieces = [...open.pieces, { start: open.contentStart, end: i }];
      emit(text, open, pieces, i + markLength, p, found);
    };

    for (let i = from; i < para.end; i++) {
      let ch = text[i]!;
      if (!QUOTE_CHARS.has(ch) || mojibakeHalf(text, i)) continue;
      // Two apostrophes stand for a double mark in some archives (''like this'').
      markLength = ch === "'" && text[i + 1] === "'" && i + 1 < para.end ? 2 : 1;
      if (markLength === 2) ch = '"';
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + markLength < para.end ? text[i + markLength] : undefined;
      const opens = opensHere(prev, next);
      const closes = closesHere(prev, next);
      if (DOUBLE_OPENERS.has(ch)) {
        const top = stack[stack.length - 1];
        if (top?.kind === 'double' && closes && !opens) close(stack.length - 1, i);
        else push('double', i);
      } else if (DOUBLE_CLOSERS.has(ch)) {
        const at = findOpen(stack, 'double');
        if (at >= 0 && !(opens && !closes)) close(at, i);
        else if (opens) push('double', i);
      } else if (ch === '"') {
        const at = findOpen(stack, 'double');
        if (at >= 0 && (closes || !opens)) close(at, i);
        else if (opens || !closes) push('double', i);
        i += markLength - 1;
      } else if (ch === '‘' || ch === "'" || ch === '’') {
        if (prev !== undefined && next !== undefined && LETTER.test(prev) && LETTER.test(next)) continue;
        const at = findOpen(stack, 'single');
        if (at >= 0 && closes) close(at, i);
        else if (ch !== '’' && opens && next !== undefined && LETTER.test(next) && !/\d/.test(next)) push('single', i);
      }
    }

    const bottom = stack[0];
    if (bottom?.kind === 'double') {
      bottom.pieces.push({ start: bottom.contentStart, end: para.end });
      carried = bottom;
    }
  });
  if (carried) emitUnclosed(text, carried, found);
  return found;
}

function emit(text: string, open: Open, raw: Span[], close: number, lastParagraph: number, found: QuoteSpan[]): void {
  const pieces = raw.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
  if (pieces.length === 0) return;
  const firstParagraph = lastParagraph - raw.length + 1;
  found.push({ pieces, open: open.mark, close, kind: open.kind, firstParagraph, lastParagraph, ...withInner(open) });
}

function withInner(open: Open): { inner?: QuoteSpan[] } {
  return open.inner.length ? { inner: open.inner } : {};
}

/**
 * A passage reprinted in straight marks, with its own quotations in curly ones, may go on in a
 * paragraph that opens with a quotation of its own (“…,” she said) and no continuation mark: the
 * curly mark there opens an inner quotation when a straight mark later in the paragraph closes
 * the passage.
 */
function opensInner(text: string, carried: Open, para: Span): boolean {
  if (text[carried.mark] !== '"' || text[para.start] !== '“') return false;
  let end = para.end - 1;
  while (end > para.start && text[end] !== '"') end--;
  return end > para.start && closesHere(text[end - 1], end + 1 < para.end ? text[end + 1] : undefined);
}

/**
 * A quotation whose closing mark was never written runs to its paragraph's end; a stray
 * mark before a word or two (an inch sign, a typo) is not worth reporting as a quote.
 */
function emitUnclosed(text: string, open: Open, found: QuoteSpan[]): void {
  const pieces = open.pieces.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
  const last = pieces[pieces.length - 1];
  if (!last) return;
  const words = pieces.reduce((n, s) => n + text.slice(s.start, s.end).split(/\s+/).length, 0);
  if (words < 4) return;
  found.push({ pieces, open: open.mark, close: last.end, kind: 'double', firstParagraph: open.paragraph - open.pieces.length + 1, lastParagraph: open.paragraph, ...withInner(open) });
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
