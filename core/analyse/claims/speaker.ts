/**
 * Who makes a claim: the subject of its reporting verb, read with the quote layer's phrase
 * readers, plus what reported speech adds: the name an apposition holds off ("Ana Ruiz, a
 * lawyer for the Harbour Trust, said"), the subject of a verb joined on ("… and said"), and
 * the readings that make a sentence no claim at all: a negated or infinitive verb ("did not
 * say", "declined to say"), a relative gap ("what the minister said was …") and the writer's
 * own "I" or "we".
 */
import type { DocIndex } from '../people/doc.js';
import type { NameChunk } from '../people/names.js';
import { clauseSubject } from '../quotes/clause-subject.js';
import { DETERMINERS, describedBefore } from '../quotes/description.js';
import { personAfterQualifier, subjectBefore, type SpeakerRef } from '../quotes/speaker-phrase.js';
import { tagTokens } from '../text/nlp.js';
import { adverbialAt, gapBefore } from './tokens.js';
import { COORDINATORS, SUBORDINATORS, wordSet } from '../text/function-words.js';

/** Words before a subject that make the sentence's claim a gap: "which he says", "what Ruiz said". */
const GAP_OPENERS = new Set(['which', 'that', 'what', 'whom', 'who', 'how']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'for', 'of', 'with', 'by', 'from', 'after', 'under', 'to']);
/** Words between a relative "who" and its verb: "who have long argued". */
const BEFORE_RELATIVE = new Set(['have', 'has', 'had', 'also', 'long']);
const NEGATIONS = new Set(['not', 'never', 'no']);

/**
 * The speaker of the reporting verb at `v`, searching back no further than `floor`; null for no
 * claim. `joinedTo`: the speaker of the sentence's previous claim, whom "… and added" goes on with.
 * `tag`: the verb closes the sentence ("…, the board said"), so a quotation may stand before it.
 */
export function claimSpeaker(doc: DocIndex, chunks: (NameChunk | undefined)[], v: number, floor: number, joinedTo: SpeakerRef | null = null, tag = false): SpeakerRef | null {
  // "“…,” said Ana Ruiz, a lawyer who …": the verb closes a quotation; what follows is its speaker.
  if (!tag && (doc.tokenQuoted[v - 1] || closesQuote(gapBefore(doc, v)))) return null;
  let s = v;
  // "has long said", "Sanders on Tuesday said": step back over time and manner words.
  for (let moved = true; moved && s > floor;) {
    moved = false;
    for (const n of [3, 2, 1]) {
      if (s - n > floor && adverbialAt(doc, s - n) === n && !/,/.test(gapBefore(doc, s))) {
        s -= n;
        moved = true;
        break;
      }
    }
  }
  const before = doc.tokens[s - 1];
  if (!before || s - 1 < floor) return null;
  if (NEGATIONS.has(before.lower) || /n['’]t$/.test(before.lower)) return null;
  // "declined to say", "is expected to announce": nothing has been said yet. "continues to
  // suggest" reports what its subject keeps saying.
  if (before.lower === 'to') {
    if (!/^continu(?:e|es|ed)$/.test(doc.tokens[s - 2]?.lower ?? '')) return null;
    s -= 2;
  }
  // "… and said", "…, but also contended": the subject of the clause the verb is joined to.
  if (COORDINATORS.has(doc.tokens[s - 1]!.lower) && s - 2 >= floor) {
    return joinedTo ?? clauseSubject(doc, chunks, floor, s - 2) ?? leadingName(doc, chunks, floor) ?? openingDescription(doc, floor, s - 2);
  }
  // "Ines Vala — who says …", "economists who argue …": what the relative pronoun stands for.
  let w = s - 1;
  while (w > floor && BEFORE_RELATIVE.has(doc.tokens[w]!.lower)) w--;
  if (doc.tokens[w]!.lower === 'who' && w - 1 >= floor) {
    const named = chunks[w - 1];
    if (named && named.last === w && !named.possessive) return PREPOSITIONS.has(doc.tokens[named.first - 1]?.lower ?? '') ? null : { type: 'name', chunk: named };
    return describedBefore(doc, chunks, w - 1, floor);
  }
  // "Ana Ruiz, a lawyer for the Harbour Trust, said": the name the apposition holds off.
  const apposed = /,/.test(gapBefore(doc, s)) && s - 1 > floor ? apposedName(doc, chunks, s, floor) ?? clauseSubject(doc, chunks, floor, s - 1) : null;
  const found = apposed ?? subjectBefore(doc, chunks, s, floor) ?? nounPhraseBefore(doc, s, floor);
  if (!found) return null;
  // "US playwright Ana Ruiz": past the qualifier to the person.
  const ref: SpeakerRef = found.type === 'name' ? { type: 'name', chunk: nameAfterQualifier(doc, chunks, personAfterQualifier(doc, chunks, found.chunk), s) } : found;
  if (ref.type === 'pronoun' && (ref.pronoun === 'i' || ref.pronoun === 'we')) return null;
  const start = subjectStart(ref);
  // "“…,” she said last week, …": the reporting clause of a quotation, not a claim of its own.
  // A closing tag after a few quoted words ("…served “no purpose”, Ruiz said") is the claim's own.
  if (!tag && start > floor && (doc.tokenQuoted[start - 1] || closesQuote(gapBefore(doc, start)))) return null;
  const opener = doc.tokens[start - 1];
  // "in which he said …" is a whole clause; "which he said …" leaves a gap.
  const relative = opener && start - 1 >= floor && GAP_OPENERS.has(opener.lower) && !/,/.test(gapBefore(doc, start));
  if (relative && !PREPOSITIONS.has(doc.tokens[start - 2]?.lower ?? '')) return null;
  return ref;
}

/** Whether the gap before a subject in the same sentence closes a quotation: `,” she said`, not "Appeals’ Board". */
function closesQuote(gap: string): boolean {
  return /["”]/.test(gap) || /[,;:!?.]\s*[’']/.test(gap);
}

/**
 * "Norvalan engineer Ines Vala, says": a name, a few lower-case words and a second name that
 * runs up to the comma before the verb name one person, the second.
 */
function nameAfterQualifier(doc: DocIndex, chunks: (NameChunk | undefined)[], chunk: NameChunk, verb: number): NameChunk {
  let k = chunk.last;
  while (k < verb && k < chunk.last + 3 && doc.tokens[k]!.joined && !doc.tokens[k]!.cap) k++;
  const next = chunks[k];
  return k > chunk.last && next && next.first === k && !next.possessive && (next.last === verb || /,/.test(gapBefore(doc, next.last))) ? next : chunk;
}

/**
 * "The harbour board toured the pier and said …": the words that open the clause, up to its
 * first verb, describe the speaker when no name or known speaker noun does.
 */
function openingDescription(doc: DocIndex, from: number, to: number): SpeakerRef | null {
  const first = doc.tokens[from]!;
  if (!(DETERMINERS.has(first.lower) || first.possessive) || to - from > 10) return null;
  const text = doc.source.text.slice(first.start, doc.tokens[to]!.end);
  const words = tagTokens(text);
  const verb = words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
  if (verb < 2 || verb > 5 || words.slice(0, verb).some((w) => w.pos === 'PUNCT' || w.pos === 'ADP')) return null;
  const last = from + verb - 1;
  return { type: 'description', text: doc.source.text.slice(first.start, doc.tokens[last]!.end), at: from };
}

/** "Norvalan skipper Ines Vala won …": a name among the first words of the clause. */
function leadingName(doc: DocIndex, chunks: (NameChunk | undefined)[], floor: number): SpeakerRef | null {
  for (let k = floor; k < floor + 4; k++) {
    const chunk = chunks[k];
    if (chunk && chunk.first === k && !chunk.possessive) return { type: 'name', chunk };
  }
  return null;
}

/**
 * "opponents of the bill said", "the billionaire mogul claimed", "Vala’s lawyers argued": a short
 * noun phrase that opens its clause and stands right before the verb, when the quote layer's
 * readers find no speaker noun in it.
 */
function nounPhraseBefore(doc: DocIndex, verb: number, floor: number): SpeakerRef | null {
  for (let from = verb - 1; from >= floor && from >= verb - 6; from--) {
    if ((from > floor && !doc.tokens[from]!.joined) || doc.tokenQuoted[from]) return null;
    const prev = doc.tokens[from - 1];
    const opens = from === floor || !prev || /,/.test(gapBefore(doc, from)) || CLAUSE_OPENERS.has(prev.lower);
    if (!opens) continue;
    const text = doc.source.text.slice(doc.tokens[from]!.start, doc.tokens[verb - 1]!.end);
    const words = tagTokens(text);
    const head = words[words.length - 1];
    if (!head || !['NOUN', 'PROPN'].includes(head.pos) || words.some((t) => ['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ', 'PRON'].includes(t.pos) && !/^(?:['’]s|his|her|their|its|our)$/i.test(t.text))) return null;
    return { type: 'description', text, at: from };
  }
  return null;
}

/** Words after which a new clause, and so a new subject, begins. */
const CLAUSE_OPENERS = wordSet(COORDINATORS, SUBORDINATORS);

/** How far back an apposition may open: "Ruiz, 56, who has served on the board for a decade, said". */
const APPOSITION_REACH = 24;

/**
 * The name just before the comma that opens the apposition closing at `verb`. An apposition may
 * hold commas of its own ("Ana Ruiz, director at Portco, a shipping firm, said"): a name that
 * opens the clause is preferred to one inside the apposition.
 */
function apposedName(doc: DocIndex, chunks: (NameChunk | undefined)[], verb: number, floor: number): SpeakerRef | null {
  let nearest: NameChunk | null = null;
  for (let j = verb - 2; j > floor && j > verb - APPOSITION_REACH; j--) {
    const gap = gapBefore(doc, j);
    if (!gap.includes(',') || doc.tokenQuoted[j]) continue;
    let k = j - 1;
    // "Rep. Ana Ruiz (D-Ore.), chair of …": past the bracket to the name.
    if (gap.includes(')')) while (k > floor && !gapBefore(doc, k + 1).includes('(')) k--;
    const chunk = chunks[k];
    if (!chunk || chunk.last !== k + 1 || chunk.possessive) continue;
    const found = personAfterQualifier(doc, chunks, chunk);
    if (opensClauseAt(doc, chunk.first, floor)) return { type: 'name', chunk: found };
    nearest ??= found;
  }
  return nearest ? { type: 'name', chunk: nearest } : null;
}

/** Whether a phrase at `k` opens its clause: the sentence start, after a linking word or an opening phrase's comma. */
function opensClauseAt(doc: DocIndex, k: number, floor: number): boolean {
  if (k <= floor) return true;
  return /^(?:but|and|so|yet|however|meanwhile)$/.test(doc.tokens[k - 1]!.lower) && k - 1 === floor || /,/.test(gapBefore(doc, k));
}

/** The first token of the subject phrase a reference was read from. */
function subjectStart(ref: SpeakerRef): number {
  return ref.type === 'name' ? ref.chunk.first : ref.at;
}
