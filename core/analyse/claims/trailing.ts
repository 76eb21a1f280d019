/**
 * Reported speech whose attribution closes the sentence: "The pier was never inspected, the
 * harbour board said." / "…, said Ana Ruiz, a lawyer for the trust." / "…, a spokesman told the
 * Courier on Friday." What stands before the tag's comma is the claim.
 */
import type { DocIndex } from '../people/doc.js';
import type { NameChunk } from '../people/names.js';
import { personAfterQualifier, subjectAfter, type SpeakerRef } from '../quotes/speaker-phrase.js';
import { HONORIFICS, TITLE_WORDS } from '../people/lexicon.js';
import { ADDRESSEES } from './clause.js';
import { claimSpeaker } from './speaker.js';
import { adverbialAt, gapBefore } from './tokens.js';
import { ADDRESSING, claimVerb } from './verbs.js';
import { SUBORDINATORS } from '../text/function-words.js';

export interface TrailingClaim {
  /** One past the claim's last token: the comma before the attribution. */
  last: number;
  verb: number;
  ref: SpeakerRef;
}

/** A tag longer than this is a clause of its own. */
const MAX_TAIL = 16;
/** How far into the tag its verb may stand: "the harbour board's chief engineer said". */
const MAX_SUBJECT = 7;

/** The closing attribution of the sentence whose tokens are [first, end), if it has one. */
export function trailingClaim(doc: DocIndex, chunks: (NameChunk | undefined)[], first: number, end: number): TrailingClaim | null {
  for (let comma = end - 1; comma > first && comma >= end - MAX_TAIL; comma--) {
    if (!/,/.test(gapBefore(doc, comma)) || doc.tokenQuoted[comma]) continue;
    const tag = readTag(doc, chunks, comma, end);
    // A claim opening with a subordinator is a clause waiting for its main one, not a claim.
    if (tag && !SUBORDINATORS.has(doc.tokens[first]!.lower)) return tag;
  }
  return null;
}

/** A tag starting at `comma`: "[subject] verb [addressee] [when]" or "verb subject[, apposition]". */
function readTag(doc: DocIndex, chunks: (NameChunk | undefined)[], comma: number, end: number): TrailingClaim | null {
  for (let k = comma; k < end && k <= comma + MAX_SUBJECT; k++) {
    const t = doc.tokens[k]!;
    if (doc.tokenQuoted[k] || (k > comma && /[,;:]/.test(gapBefore(doc, k)))) return null;
    const verb = claimVerb(t.lower);
    if (!verb || !verb.tags || (t.cap && k > comma)) continue;
    if (k === comma) {
      // ", said Ana Ruiz" and any apposition after the name.
      const ref = subjectAfter(doc, chunks, k, end);
      if (!ref || ref.type === 'pronoun') return null;
      const after = ref.type === 'name' ? personAfterQualifier(doc, chunks, ref.chunk).last : ref.at + ref.text.split(/\s+/).length;
      // ", said Ruiz, “…”" sets the tag inside a sentence the quotation goes on with.
      if (after < end && doc.tokenQuoted[after]) return null;
      return after >= end || /,/.test(gapBefore(doc, after)) || restIsTime(doc, after, end) ? { last: comma, verb: k, ref } : null;
    }
    const ref = claimSpeaker(doc, chunks, k, comma, null, true);
    if (!ref || !opensTag(doc, ref, comma)) return null;
    let rest = k + 1;
    if (ADDRESSING.has(verb.base)) rest = addressee(doc, chunks, rest);
    return restIsTime(doc, rest, end) ? { last: comma, verb: k, ref } : null;
  }
  return null;
}

/** Past "the Courier", "reporters", "the press" after "told". */
function addressee(doc: DocIndex, chunks: (NameChunk | undefined)[], k: number): number {
  const t = doc.tokens[k];
  if (!t) return k;
  if (ADDRESSEES.has(t.lower)) return k + 1;
  if (/^(?:the|a|an)$/.test(t.lower) && ADDRESSEES.has(doc.tokens[k + 1]?.lower ?? '')) return k + 2;
  const chunk = chunks[k];
  return chunk && chunk.first === k ? personAfterQualifier(doc, chunks, chunk).last : k;
}

/** Whether only words of time or setting ("on Friday", "in a statement") stand from `k` to the end. */
function restIsTime(doc: DocIndex, k: number, end: number): boolean {
  while (k < end) {
    const n = adverbialAt(doc, k);
    if (n === 0) return false;
    k += n;
  }
  return true;
}

/** Whether the subject read before the verb is all the tag holds before it ("the board said", not "the talks, he said"). */
function opensTag(doc: DocIndex, ref: SpeakerRef, comma: number): boolean {
  const first = ref.type === 'name' ? ref.chunk.first : ref.at;
  // "…, Mr Thomas said": a title the name phrase left out still opens the tag.
  return first === comma || (first === comma + 1 && (HONORIFICS.has(doc.tokens[comma]!.lower) || TITLE_WORDS.has(doc.tokens[comma]!.lower)));
}
