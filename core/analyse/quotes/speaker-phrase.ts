/**
 * Reads who is speaking from the words around a reporting verb: a name phrase, a pronoun,
 * or a description ("a campaign spokesman", "police").
 */
import type { DocIndex } from '../people/doc.js';
import type { Token } from '../people/tokens.js';
import { NON_NAME_WORDS, ORG_HEADS, PRONOUNS, TITLE_WORDS } from '../people/lexicon.js';
import { isKnownName, isRoleToken, type NameChunk } from '../people/names.js';
import { DETERMINERS, describedAfter, describedBefore } from './description.js';

export type SpeakerRef =
  | { type: 'name'; chunk: NameChunk }
  | { type: 'pronoun'; pronoun: string; at: number }
  | { type: 'description'; text: string; at: number };

/** Adverbs and auxiliaries that may stand between a subject and its verb ("he later said"). */
const BETWEEN = new Set(['also', 'later', 'then', 'previously', 'has', 'had', 'have', 'once', 'again', 'further', 'simply', 'just', 'quickly', 'recently', 'earlier', 'repeatedly', 'publicly', 'privately', 'would', 'will', 'did', 'does', 'had', 'was', 'is', 'reportedly', 'often', 'flatly', 'angrily', 'bluntly', 'tersely']);

const RELATIVES = new Set(['who', 'whose', 'which']);
const BE_FORMS = new Set(['was', 'is', 'were', 'are', 'been', 'be']);

/** "White House press secretary Josh Earnest": past an organisation and a lower-case title to the person. */
export function personAfterQualifier(doc: DocIndex, chunks: (NameChunk | undefined)[], chunk: NameChunk): NameChunk {
  if (chunk.possessive) return chunk;
  // "Richard and Judy executive producer Amanda Ross": a qualifier may name two.
  const joiner = doc.tokens[chunk.last];
  const second = joiner?.lower === 'and' && joiner.joined ? chunks[chunk.last + 1] : undefined;
  if (second && second.first === chunk.last + 1 && doc.tokens[second.first]!.joined) {
    const person = titledPersonAfter(doc, chunks, second);
    if (person !== second) return person;
  }
  return titledPersonAfter(doc, chunks, chunk);
}

function titledPersonAfter(doc: DocIndex, chunks: (NameChunk | undefined)[], chunk: NameChunk): NameChunk {
  if (chunk.possessive) return chunk;
  let k = chunk.last;
  let titled = false;
  // Lower-case words up to a title ("communication director"); a title must end the run.
  while (k < doc.tokens.length && k < chunk.last + 4 && doc.tokens[k]!.joined && !doc.tokens[k]!.cap && !NON_NAME_WORDS.has(doc.tokens[k]!.lower)) {
    titled = isRoleToken(doc.tokens[k]!);
    k++;
  }
  const next = k > chunk.last && titled ? chunks[k] : undefined;
  return next && next.first === k && doc.tokens[k]!.joined ? next : chunk;
}

function isRoleOnly(doc: DocIndex, chunk: NameChunk): boolean {
  for (let i = chunk.first; i < chunk.last; i++) if (!isRoleToken(doc.tokens[i]!) || isKnownName(doc.tokens[i]!.lower)) return false;
  return true;
}

/** Tokens [from, to] hold a lower-case title and no "and" (a list of names is no apposition). */
function titledApposition(doc: DocIndex, from: number, to: number): boolean {
  let titled = false;
  for (let i = from; i <= to; i++) {
    const t = doc.tokens[i]!;
    if (t.lower === 'and') return false;
    titled ||= !t.cap && TITLE_WORDS.has(t.lower);
  }
  return titled;
}

/** Maps each token index to the name phrase covering it. */
export function chunkMap(doc: DocIndex): (NameChunk | undefined)[] {
  const at: (NameChunk | undefined)[] = new Array(doc.tokens.length);
  for (const c of doc.chunks) for (let i = c.first; i < c.last; i++) at[i] = c;
  return at;
}

/** A subject pronoun at token `at` ("he", "they", "it"); object forms ("him", "her") speak for no one. */
export function pronounAt(t: Token | undefined, at: number): SpeakerRef | null {
  if (!t || !(t.lower in PRONOUNS) || t.lower === 'him' || t.lower === 'her') return null;
  return { type: 'pronoun', pronoun: t.lower, at };
}

/** The subject written just before the verb at `verb`, searching no further back than `floor`. */
export function subjectBefore(doc: DocIndex, chunks: (NameChunk | undefined)[], verb: number, floor: number): SpeakerRef | null {
  let k = verb - 1;
  // "he later said", "his aides haven't said": adverbs and auxiliaries stand between.
  let passive = false;
  while (k >= floor && (BETWEEN.has(doc.tokens[k]!.lower) || /n['’]t$/.test(doc.tokens[k]!.lower))) {
    passive ||= BE_FORMS.has(doc.tokens[k]!.lower);
    k--;
  }
  // "It was reported", "Trump was told": the subject is spoken to or about, not speaking.
  if (k < floor || (passive && !doc.tokens[verb]!.lower.endsWith('ing'))) return null;
  // "Vann R. Newkirk II, a writer for The Atlantic, said": the name before the apposition.
  if (doc.source.text.slice(doc.tokens[k]!.end, doc.tokens[k + 1]!.start).includes(',')) {
    // "Dan Gillmor, founder of Grassroots Media, which supports …, said": the subject opens the clause.
    for (let j = k; j > floor && j > k - 20; j--) {
      if (RELATIVES.has(doc.tokens[j]!.lower) && doc.source.text.slice(doc.tokens[j - 1]!.end, doc.tokens[j]!.start).includes(',')) return null;
    }
    for (let j = k; j > floor && j > k - 12; j--) {
      if (!doc.source.text.slice(doc.tokens[j - 1]!.end, doc.tokens[j]!.start).includes(',')) continue;
      const head = chunks[j - 1];
      const opener = doc.tokens[j]!.lower;
      if (head && head.last === j && !head.possessive && DETERMINERS.has(opener)) return { type: 'name', chunk: head };
      // "Jo Ames, European outreach coordinator for the Harbour Forum, said": a name opening the
      // clause, then its title without an article.
      if (head && head.last === j && !head.possessive && head.first === floor && titledApposition(doc, j, k)) return { type: 'name', chunk: head };
      break;
    }
  }
  // "Sen. Claire McCaskill (D-Mo.) said": step over the parenthesis.
  if (doc.source.text.slice(doc.tokens[k]!.end, doc.tokens[k + 1]!.start).includes(')')) {
    let back = k;
    while (back > floor && back > k - 6 && !doc.source.text.slice(doc.tokens[back - 1]!.end, doc.tokens[back]!.start).includes('(')) back--;
    if (back > floor && back > k - 6) k = back - 1;
  }
  const t = doc.tokens[k]!;
  const pron = pronounAt(t, k);
  if (pron) return pron;
  const chunk = chunks[k];
  if (chunk && chunk.last === k + 1 && !chunk.possessive) {
    // "Colin Asplin, Blackpool Hotel Association said": the person the organisation stands beside.
    const person = chunks[chunk.first - 1];
    if (person && person.last === chunk.first && !person.possessive && ORG_HEADS.has(doc.tokens[chunk.last - 1]!.lower)
      && /^,\s+$/.test(doc.source.text.slice(doc.tokens[chunk.first - 1]!.end, doc.tokens[chunk.first]!.start)) && !ORG_HEADS.has(doc.tokens[person.last - 1]!.lower)) {
      return { type: 'name', chunk: person };
    }
    // "Mr. Morgan of the Sierra Club said": the person, not the organisation.
    let o = chunk.first - 1;
    if (doc.tokens[o]?.lower === 'the') o--;
    const owner = doc.tokens[o]?.lower === 'of' ? chunks[o - 1] : undefined;
    if (owner && owner.last === o && o - 1 >= floor && doc.tokens[o]!.joined) return { type: 'name', chunk: owner };
    return { type: 'name', chunk };
  }
  // "a source said", "the campaign spokesman added", "police said"
  return describedBefore(doc, chunks, k, floor);
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
    // "said in an interview with CNN": a preposition ends the search for a subject.
    if (!t.cap && NON_NAME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)) break;
    const chunk = chunks[k];
    // Skip words that only qualify the speaker ("said Democratic nominee Hillary Clinton").
    if (chunk && !isRoleOnly(doc, chunk)) return { type: 'name', chunk: personAfterQualifier(doc, chunks, chunk) };
  }
  return describedAfter(doc, chunks, verb, ceiling);
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
