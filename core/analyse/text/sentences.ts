/**
 * Sentence segmentation with exact offsets into the source text.
 * Offsets matter more than linguistic perfection here: every cite is a slice of the
 * original string, so sentences are found by scanning, never by rebuilding text.
 */

export interface Sentence {
  /** Index of the sentence within its source. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

import { splitParagraphs, type Span } from '../../model/paragraphs.js';
import { MONTH_ABBREVIATIONS } from './function-words.js';

export { splitParagraphs, type Span };

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'no', 'vol', 'fig',
  ...MONTH_ABBREVIATIONS,
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'mt', 'ft', 'pres', 'rev', 'hon',
]);

const TERMINAL = /[.!?]/g;
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);

/** Abbreviations are short; looking further back would make a run of dots quadratic. */
const MAX_ABBREVIATION = 12;

function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot - 1;
  while (i >= floor && i >= dot - MAX_ABBREVIATION && /[A-Za-z.]/.test(text[i] ?? '')) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

function isBoundary(text: string, pos: number, floor: number, end: number): boolean {
  const ch = text[pos];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  if (ch !== '.') return !continuesLowerCase(text, pos, end); // chanted "What curfew?" and kept going
  const prev = wordBefore(text, pos, floor);
  if (ABBREVIATIONS.has(prev)) return false;
  // A single capital ("J. Smith") or an inner-dot acronym ("U.S.") before the dot: only a boundary
  // when the next word plainly starts a sentence is hard to know; treat initials as non-final.
  if (/^[a-z]$/i.test(prev)) return false;
  // Decimal numbers and ellipses.
  if (/\d/.test(text[pos - 1] ?? '') && /\d/.test(text[pos + 1] ?? '')) return false;
  if (text[pos + 1] === '.') return false;
  let j = pos + 1;
  while (j < end && CLOSERS.has(text[j] ?? '')) j++;
  if (j >= end) return true;
  if (!/\s/.test(text[j] ?? '')) return false;
  while (j < end && /\s/.test(text[j] ?? '')) j++;
  const next = text[j] ?? '';
  // A sentence starts with a capital, digit or opening quote; a lower-case word means the dot was not final.
  return !/[a-z]/.test(next);
}

/** A question or exclamation inside a sentence: the next word, past closing quotes, is lower-case. */
function continuesLowerCase(text: string, pos: number, end: number): boolean {
  let j = pos + 1;
  while (j < end && CLOSERS.has(text[j] ?? '')) j++;
  if (j === pos + 1 || !/\s/.test(text[j] ?? '')) return false;
  while (j < end && /\s/.test(text[j] ?? '')) j++;
  return /[a-z]/.test(text[j] ?? '');
}

/** Splits text into sentences, never crossing a paragraph boundary. Linear in the text length. */
export function splitSentences(text: string, paragraphs: Span[] = splitParagraphs(text)): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    let start = para.start;
    // Only sentence punctuation can end a sentence: jump from one mark to the next.
    TERMINAL.lastIndex = para.start;
    for (let m = TERMINAL.exec(text); m && m.index < para.end; m = TERMINAL.exec(text)) {
      const i = m.index;
      if (!isBoundary(text, i, para.start, para.end)) continue;
      let end = i + 1;
      while (end < para.end && (CLOSERS.has(text[end] ?? '') || text[end] === '!' || text[end] === '?')) end++;
      pushTrimmed(text, start, end, p, out);
      start = end;
      TERMINAL.lastIndex = end;
    }
    pushTrimmed(text, start, para.end, p, out);
  });
  return out;
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= start) return;
  out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph });
}
