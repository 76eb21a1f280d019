/**
 * Reads who is speaking from the words around a reporting verb: a name phrase, a pronoun,
 * or a description ("a campaign spokesman", "police").
 */
import type { DocIndex } from '../people/doc.js';
import type { NameChunk } from '../people/names.js';
import type { Token } from '../people/tokens.js';
import { PRONOUNS } from '../people/lexicon.js';

export type SpeakerRef =
  | { type: 'name'; chunk: NameChunk }
  | { type: 'pronoun'; pronoun: string; at: number }
  | { type: 'description'; text: string };

/** Adverbs and auxiliaries that may stand between a subject and its verb ("he later said"). */
const BETWEEN = new Set(['also', 'later', 'then', 'previously', 'has', 'had', 'have', 'once', 'again', 'further', 'simply', 'just', 'quickly', 'recently', 'earlier', 'repeatedly', 'publicly', 'privately', 'would', 'will', 'did', 'does', 'had', 'was', 'is', 'reportedly', 'often', 'flatly', 'angrily', 'bluntly', 'tersely']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'another', 'other', 'some', 'many', 'several', 'two', 'three', 'our', 'my']);

/** Maps each token index to the name phrase covering it. */
export function chunkMap(doc: DocIndex): (NameChunk | undefined)[] {
  const at: (NameChunk | undefined)[] = new Array(doc.tokens.length);
  for (const c of doc.chunks) for (let i = c.first; i < c.last; i++) at[i] = c;
  return at;
}

function pronounAt(t: Token | undefined, at: number): SpeakerRef | null {
  if (!t || !(t.lower in PRONOUNS) || t.lower === 'him' || t.lower === 'her') return null;
  return { type: 'pronoun', pronoun: t.lower, at };
}

/** The subject written just before the verb at `verb`, searching no further back than `floor`. */
export function subjectBefore(doc: DocIndex, chunks: (NameChunk | undefined)[], verb: number, floor: number): SpeakerRef | null {
  let k = verb - 1;
  while (k >= floor && BETWEEN.has(doc.tokens[k]!.lower)) k--;
  if (k < floor) return null;
  const t = doc.tokens[k]!;
  const pron = pronounAt(t, k);
  if (pron) return pron;
  const chunk = chunks[k];
  if (chunk && chunk.last === k + 1 && !chunk.possessive) return { type: 'name', chunk };
  if (!t.cap && /^[a-z]+$/.test(t.lower)) {
    // "a source said", "the campaign spokesman added", "police said"
    let from = k;
    while (from > floor && from > k - 4 && !DETERMINERS.has(doc.tokens[from]!.lower) && doc.tokens[from]!.joined) from--;
    const words = doc.tokens.slice(from, k + 1);
    const head = words[0];
    if (head && (DETERMINERS.has(head.lower) || words.length === 1) && /^(?:[a-z]+s|police|[a-z]+(?:man|woman|person|er|or|ist|ian|ent|ant|ee|ive|ary|ess|ness|ity))$/.test(t.lower)) {
      const leadChunk = chunks[from - 1];
      const lead = leadChunk && doc.tokens[from - 1]!.possessive ? doc.source.text.slice(leadChunk.start, doc.tokens[from - 1]!.end + 2) + ' ' : '';
      return { type: 'description', text: lead + words.map((w) => w.text).join(' ') };
    }
  }
  return null;
}

/** The subject written after the verb ("said Caddell", "said 9/11 widow Terry Strada", "said he"). */
export function subjectAfter(doc: DocIndex, chunks: (NameChunk | undefined)[], verb: number, ceiling: number): SpeakerRef | null {
  const next = doc.tokens[verb + 1];
  if (!next || verb + 1 >= ceiling || !next.joined) return null;
  const pron = pronounAt(next, verb + 1);
  if (pron) return pron;
  for (let k = verb + 1; k < Math.min(ceiling, verb + 6); k++) {
    const t = doc.tokens[k]!;
    if (k > verb + 1 && !t.joined) break;
    const chunk = chunks[k];
    if (chunk) return { type: 'name', chunk };
  }
  if (DETERMINERS.has(next.lower)) {
    const words: Token[] = [];
    for (let k = verb + 1; k < Math.min(ceiling, verb + 6); k++) {
      const t = doc.tokens[k]!;
      if (k > verb + 1 && !t.joined) break;
      words.push(t);
    }
    if (words.length >= 2) return { type: 'description', text: words.map((w) => w.text).join(' ') };
  }
  return null;
}

const SPEECH_NOUNS = new Set([
  'message', 'statement', 'words', 'remarks', 'remark', 'comment', 'comments', 'post', 'tweet', 'response', 'reply',
  'warning', 'appeal', 'plea', 'letter', 'speech', 'address', 'interview', 'answer', 'message', 'retort', 'rebuke',
  'verdict', 'promise', 'pledge', 'vow', 'claim', 'words', 'mantra', 'slogan', 'quip', 'question', 'announcement',
]);

/** "Trump’s blunt message to Putin — “…”": a possessive name before a noun of speech. */
export function possessiveSpeaker(doc: DocIndex, chunks: (NameChunk | undefined)[], clause: number[]): SpeakerRef | null {
  for (let x = clause.length - 1; x >= 0; x--) {
    const k = clause[x]!;
    if (!SPEECH_NOUNS.has(doc.tokens[k]!.lower)) continue;
    for (let j = k - 1; j >= Math.max(clause[0]!, k - 3); j--) {
      const chunk = chunks[j];
      if (chunk && chunk.possessive && chunk.last === j + 1) return { type: 'name', chunk };
      if (!doc.tokens[j + 1]!.joined) break;
    }
  }
  return null;
}
