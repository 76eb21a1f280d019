/**
 * The subject of a clause, for quotations whose speaker is not beside a reporting verb:
 * "Trump attacked Clinton …, saying, “…”", "Dean called the tweet “…”", or a quotation
 * that follows a sentence about its speaker ("Sanders spoke of young voters. “…”").
 */
import type { DocIndex } from '../people/doc.js';
import type { NameChunk } from '../people/names.js';
import { DETERMINERS, describedFrom } from './description.js';
import { personAfterQualifier, pronounAt, type SpeakerRef } from './speaker-phrase.js';

/** Words that open a phrase standing before the subject, up to a comma ("During a speech on Monday, …"). */
const LEADING = new Set([
  'during', 'in', 'on', 'at', 'after', 'before', 'while', 'when', 'as', 'since', 'although', 'though', 'if', 'because',
  'despite', 'from', 'following', 'with', 'without', 'for', 'by', 'unlike', 'like', 'amid', 'over', 'throughout',
  'within', 'earlier', 'later', 'last', 'speaking', 'asked', 'once', 'until', 'whereas', 'upon', 'under', 'to',
]);
/** Words that may stand before a subject without ending the clause ("But Trump …", "Then he …"). */
const LINKS = new Set(['but', 'and', 'then', 'so', 'still', 'meanwhile', 'however', 'also', 'yet']);

/** The subject of the clause whose tokens start at `from` and end at `to` (inclusive). */
export function clauseSubject(doc: DocIndex, chunks: (NameChunk | undefined)[], from: number, to: number): SpeakerRef | null {
  let k = datelineEnd(doc, from, to);
  while (k <= to && LINKS.has(doc.tokens[k]!.lower)) k++;
  if (k <= to && LEADING.has(doc.tokens[k]!.lower)) {
    const start = k;
    for (k = start + 1; k <= to; k++) {
      if (/,/.test(doc.source.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start))) break;
    }
    if (k > to || k - start > 25) return null;
  }
  const t = doc.tokens[k];
  if (!t || k > to || doc.tokenQuoted[k]) return null;
  // "It was a long night." opens with no speaker: "it" speaks only beside a reporting verb.
  if (t.lower === 'it') return null;
  const pronoun = pronounAt(t, k);
  if (pronoun) return pronoun;
  const chunk = chunks[k];
  if (chunk && chunk.first === k) return chunk.possessive ? null : { type: 'name', chunk: personAfterQualifier(doc, chunks, chunk) };
  const described = describedFrom(doc, k, to);
  if (described && described.type !== 'description') return described;
  // "His former business partner, Lawrence Cummings, called …": the name set beside the description.
  // A description too long to read as one ("His former business partner at Lenox") still opens
  // with a determiner, and the name stands closed off by a second comma.
  if (!described && !DETERMINERS.has(t.lower)) return null;
  const reach = described ? 6 : 8;
  for (let i = k + 1; i <= Math.min(to, k + reach); i++) {
    if (!/,/.test(gapBefore(doc, i))) continue;
    const apposed = chunks[i];
    if (!apposed || apposed.first !== i || apposed.possessive) return described;
    return described || (apposed.last <= to && /,/.test(gapBefore(doc, apposed.last))) ? { type: 'name', chunk: apposed } : null;
  }
  return described;
}

function gapBefore(doc: DocIndex, i: number): string {
  return doc.source.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start);
}

/** "LOS ANGELES, Sept. 28 (UPI) — …": the token after a dateline, or `from` when there is none. */
function datelineEnd(doc: DocIndex, from: number, to: number): number {
  const first = doc.tokens[from]!;
  if (!/^\p{Lu}{2,}$/u.test(first.text) || doc.tokens[from - 1] && doc.tokenParagraph[from - 1] === doc.tokenParagraph[from]) return from;
  for (let k = from + 1; k <= to && k < from + 12; k++) {
    if (/[—–]/.test(doc.source.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start))) return k;
  }
  return from;
}
