/**
 * Claims: reported speech without quotation marks ("Russia claimed the strikes were aimed at
 * military infrastructure"), with the speaker named as for quotes and the claim's own words cited.
 * A claim is what a party says happened or is so: the writer's own narration, a negated or
 * future "say", a speaker's own wishes, and words that are mostly someone's quotation (the
 * quote layer's) are not claims.
 */
import type { Actor, Claim, Speaker } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { docIndex, tokenAt, type DocIndex } from './people/doc.js';
import { registryFor, type Entity } from './people/registry.js';
import { Attributor } from './quotes/attribution.js';
import { chunkMap, type SpeakerRef } from './quotes/speaker-phrase.js';
import { contentClause, reportsHere, type ClauseSpan } from './claims/clause.js';
import { claimSpeaker } from './claims/speaker.js';
import { trailingClaim } from './claims/trailing.js';
import { isSelfReport } from './claims/self-report.js';
import { gapBefore } from './claims/tokens.js';
import { claimVerb } from './claims/verbs.js';
import { SUBORDINATORS } from './text/function-words.js';

/** A claim needs a few words of content; "said Tuesday" is not one. */
const MIN_CLAIM_WORDS = 4;
const NOBODY: Speaker = { name: null, role: null };
const SPACED_DASH = /\s[—–-]\s|[—–]/;
/** A claim cannot end on a word that needs more after it ("… through the courts which"). */
const OPEN_ENDINGS = new Set(['which', 'that', 'who', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'but', 'as']);

export function findClaims(ctx: AnalysisContext, _actors: Actor[]): Claim[] {
  const registry = registryFor(ctx);
  const out = new Map<string, Claim>();
  for (const { source, sentences } of ctx.docs) {
    const doc = docIndex(source);
    const chunks = chunkMap(doc);
    const attributor = new Attributor(doc, registry);
    const recent: Entity[] = [];
    /** The last claim's speaker and sentence: "they" in the next sentence goes on with it. */
    let previous: { speaker: Speaker; sentence: number } | null = null;
    const add = (span: ClauseSpan, ref: SpeakerRef, verb: number, sentence: number) => {
      // A claim opening on a quoted word starts at its mark ("“Major problems” are expected").
      const first = doc.tokens[span.first]!.start;
      const start = /[“"‘]$/.test(source.text.slice(first - 1, first)) && doc.tokenQuoted[span.first] ? first - 1 : first;
      const text = source.text.slice(start, claimEndOffset(doc, span)).trim();
      let speaker: Speaker;
      if (ref.type === 'pronoun' && ref.pronoun === 'they') {
        // A plural pronoun is resolved only to the party that spoke just before; a guess among
        // the groups in the article would as often be wrong.
        speaker = previous && sentence - previous.sentence <= 1 ? previous.speaker : NOBODY;
      } else {
        const attributed = attributor.resolve(ref, doc.tokens[verb]!.start, recent);
        if (attributed.entity) recent.unshift(attributed.entity);
        speaker = attributed.speaker;
      }
      previous = { speaker, sentence };
      const key = `${text}\u0000${speaker.name ?? ''}`;
      if (!out.has(key)) {
        out.set(key, { ...engineItem('claims', key, [{ source: source.id, start, end: start + text.length }]), text, speaker });
      }
    };
    for (const sentence of sentences) {
      const first = tokenAt(doc, sentence.start);
      let end = first;
      while (end < doc.tokens.length && doc.tokens[end]!.start < sentence.end) end++;
      if (end - first < MIN_CLAIM_WORDS + 2) continue;
      // Headlines state no claims; a sentence that ends on a colon introduces what follows.
      if (doc.paragraphs[doc.tokenParagraph[first]!]?.headline || /:\s*$/.test(sentence.text)) continue;
      const tail = trailingClaim(doc, chunks, first, end);
      if (tail) {
        const span = { first: skipLinks(doc, first, tail.last), last: tail.last };
        if (isClaim(doc, span)) add(span, tail.ref, tail.verb, sentence.index);
        continue;
      }
      let dashes = 0;
      let commaSeen = false;
      let sentenceRef: SpeakerRef | null = null;
      const subordinate = SUBORDINATORS.has(doc.tokens[skipLinks(doc, first, end)]!.lower);
      for (let v = first + 1; v < end - MIN_CLAIM_WORDS; v++) {
        if (SPACED_DASH.test(gapBefore(doc, v))) dashes++;
        if (/,/.test(gapBefore(doc, v))) commaSeen = true;
        const verb = claimVerb(doc.tokens[v]!.lower);
        if (!verb || !reportsHere(doc, v)) continue;
        const span = contentClause(doc, chunks, v, verb, end, { asideOpen: dashes % 2 === 1, subordinate: subordinate && !commaSeen });
        if (!span || !isClaim(doc, span)) continue;
        const ref = claimSpeaker(doc, chunks, v, first, sentenceRef);
        if (!ref) continue;
        add(span, ref, v, sentence.index);
        sentenceRef = ref;
        // A second reporting clause may follow the first one's end ("…, but the mayor said …").
        v = span.last - 1;
      }
    }
  }
  return [...out.values()];
}

/** Enough words, not mostly a quotation, and more than its speaker's own wishes. */
function isClaim(doc: DocIndex, span: ClauseSpan): boolean {
  if (span.last - span.first < MIN_CLAIM_WORDS || OPEN_ENDINGS.has(doc.tokens[span.last - 1]!.lower)) return false;
  let quoted = 0;
  for (let i = span.first; i < span.last; i++) {
    if (!doc.tokenQuoted[i]) continue;
    quoted++;
    // "… Trump boasted, “That makes me smart”": a quotation with its own reporting clause inside.
    if (i > span.first && !doc.tokenQuoted[i - 1] && /[,:;—–-]\s*["“‘']/.test(gapBefore(doc, i))) return false;
  }
  // A quotation carrying most of the words is the quote layer's; a few quoted words in reported
  // speech ("said the hall was in a “dire state”") leave it a claim.
  if (quoted * 2 > span.last - span.first) return false;
  return !isSelfReport(doc, span.first, span.last);
}

/** Where the claim's text ends: after its last word and any closing mark, before a final stop. */
function claimEndOffset(doc: DocIndex, span: ClauseSpan): number {
  const text = doc.source.text;
  const lastToken = doc.tokens[span.last - 1]!;
  let end = lastToken.end + (lastToken.possessive ? 2 : 0);
  const next = doc.tokens[span.last]?.start ?? text.length;
  // "30%", "(£53)", "“dire state”": symbols and closing marks belong to the last word.
  while (end < next && /["”’')\]%°]/.test(text[end]!)) end++;
  // "was in a “dire state.”": a quotation closing after the stop still closes in the claim.
  const words = text.slice(doc.tokens[span.first]!.start, end);
  const opened = (words.match(/[“‘]/g)?.length ?? 0) > (words.match(/[”’](?!\p{L})/gu)?.length ?? 0)
    || (words.match(/"/g)?.length ?? 0) % 2 === 1;
  const closing = /^[.,;!?]?[”’"']+/.exec(text.slice(end, next));
  return opened && closing ? end + closing[0].length : end;
}

/** "But the pier …, the board said": the claim starts after a linking word. */
function skipLinks(doc: DocIndex, first: number, last: number): number {
  let k = first;
  while (k < last - 1 && /^(?:but|and|so|however|yet|still)$/.test(doc.tokens[k]!.lower)) k++;
  return k;
}
