/**
 * Claims: reported speech without quotation marks ("Russia claimed the strikes were aimed at
 * military infrastructure"), with the speaker named as for quotes and the claim's own words cited.
 */
import type { Actor, Claim } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { docIndex, tokenAt } from './people/doc.js';
import { registryFor, type Entity } from './people/registry.js';
import { Attributor } from './quotes/attribution.js';
import { chunkMap, subjectBefore } from './quotes/speaker-phrase.js';
import { CLAIM_VERBS, reportingBase } from './quotes/verbs.js';
import { PRONOUNS } from './people/lexicon.js';

/** A claim needs a few words of content; "said Tuesday" is not one. */
const MIN_CLAIM_WORDS = 4;
/** Objects a reporting verb may take before its clause ("told reporters that …"). */
const TAKES_OBJECT = new Set(['tell', 'warn', 'assure', 'remind', 'inform', 'promise', 'urge']);
const DETERMINER = /^(?:the|a|an|his|her|their)$/;
const OBJECTS = new Set(['reporters', 'journalists', 'parliament', 'lawmakers', 'congress', 'them', 'him', 'her', 'us', 'me', 'supporters', 'crowd', 'audience', 'press', 'media', 'viewers', 'listeners']);

export function findClaims(ctx: AnalysisContext, _actors: Actor[]): Claim[] {
  const registry = registryFor(ctx);
  const out = new Map<string, Claim>();
  for (const { source, sentences } of ctx.docs) {
    const doc = docIndex(source);
    const chunks = chunkMap(doc);
    const attributor = new Attributor(doc, registry);
    const recent: Entity[] = [];
    for (const sentence of sentences) {
      const first = tokenAt(doc, sentence.start);
      let last = first;
      while (last < doc.tokens.length && doc.tokens[last]!.start < sentence.end) last++;
      if (last - first < MIN_CLAIM_WORDS + 2) continue;
      // Sentences carrying a quotation are the quote layer's; headlines state no claims.
      if (doc.paragraphs[doc.tokenParagraph[first]!]?.headline) continue;
      let hasQuote = false;
      for (let i = first; i < last; i++) if (doc.tokenQuoted[i]) { hasQuote = true; break; }
      if (hasQuote) continue;
      for (let v = first + 1; v < last - MIN_CLAIM_WORDS; v++) {
        const verb = doc.tokens[v]!;
        const base = reportingBase(verb.lower);
        if (!base || !CLAIM_VERBS.has(base) || verb.lower.endsWith('ing') || verb.cap) continue;
        // "Kestran state media reported": a bare verb form after a singular name is a noun it qualifies.
        const prev = doc.tokens[v - 1]!;
        if (verb.lower === base && prev.cap && !(prev.lower in PRONOUNS)) continue;
        const ref = subjectBefore(doc, chunks, v, first);
        if (!ref) continue;
        let c = v + 1;
        if (TAKES_OBJECT.has(base)) {
          if (DETERMINER.test(doc.tokens[c]?.lower ?? '') && OBJECTS.has(doc.tokens[c + 1]?.lower ?? '')) c += 2;
          else if (OBJECTS.has(doc.tokens[c]?.lower ?? '')) c++;
        }
        if (doc.tokens[c]?.lower === 'that') c++;
        if (c === v + 1 && doc.tokens[c] && /^(?:on|in|at|during|after|before|tuesday|monday|wednesday|thursday|friday|saturday|sunday)$/i.test(doc.tokens[c]!.lower)) break;
        if (last - c < MIN_CLAIM_WORDS) break;
        // "said, looking out on the crowd", "said in a statement": not the content of a claim.
        if (/ing$/.test(doc.tokens[c]!.lower) || /^(?:in|on|at|during|after|before|with|to|of|for|by|from)$/.test(doc.tokens[c]!.lower)) break;
        if (/[,;:(]/.test(source.text.slice(verb.end, doc.tokens[c]!.start))) break;
        const start = doc.tokens[c]!.start;
        const end = sentence.end - (/[.!?]$/.test(sentence.text) ? 1 : 0);
        const text = source.text.slice(start, end).trim();
        const attributed = attributor.resolve(ref, verb.start, recent);
        if (attributed.entity) recent.unshift(attributed.entity);
        const key = `${text}\u0000${attributed.speaker.name ?? ''}`;
        if (!out.has(key)) {
          out.set(key, { ...engineItem('claims', key, [{ source: source.id, start, end: start + text.length }]), text, speaker: attributed.speaker });
        }
        break;
      }
    }
  }
  return [...out.values()];
}
