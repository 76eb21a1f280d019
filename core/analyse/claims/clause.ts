/**
 * The content clause of a reporting verb: where what was said starts ("told reporters on Monday
 * that | the talks …") and where it stops (before "…, but he said …", at the dash that closes
 * an aside the verb stood in), and whether the words after the verb are a clause at all
 * ("announced its budget on Monday" reports no claim).
 */
import type { DocIndex } from '../people/doc.js';
import type { NameChunk } from '../people/names.js';
import { NON_NAME_WORDS, PRONOUNS } from '../people/lexicon.js';
import { tagTokens, type TaggedToken } from '../text/nlp.js';
import { personAfterQualifier } from '../quotes/speaker-phrase.js';
import { adverbialAt, gapBefore } from './tokens.js';
import { ADDRESSING, MAY_ADDRESS, claimVerb, type ClaimVerb } from './verbs.js';
import { ARTICLES, AUXILIARIES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS, without, wordSet } from '../text/function-words.js';

/** What the words before the verb say about where its clause may stop. */
export interface ClauseCut {
  /** The verb stands after an opening dash: the claim stops at the closing one. */
  asideOpen: boolean;
  /** The verb stands in an opening subordinate clause ("After aides insisted that …, the
   * campaign …"): the claim stops at the comma that ends it. */
  subordinate: boolean;
}

export interface ClauseSpan {
  /** First token of the claim's words. */
  first: number;
  /** One past its last token. */
  last: number;
}

const WH_WORDS = new Set(['how', 'why', 'what', 'whether', 'if', 'when', 'where', 'which', 'who', 'whom', 'much', 'little', 'nothing', 'anything']);
/** After "that", these show "that" is the subject ("said that would cost jobs"), not the conjunction. */
const FINITE_AFTER_THAT = new Set([
  'would', 'will', 'was', 'is', 'has', 'had', 'could', 'should', 'may', 'might', 'must', 'can', 'does', 'did', 'means',
  'meant', 'seems', 'seemed', "wasn't", "isn't", 'wasn’t', 'isn’t',
]);
/** "told reporters", "told them": addressees common enough to read without a name. */
export const ADDRESSEES = new Set(['reporters', 'journalists', 'lawmakers', 'congress', 'parliament', 'them', 'him', 'her', 'us', 'me', 'supporters', 'voters', 'crowd', 'audience', 'press', 'viewers', 'listeners', 'investors', 'allies', 'officials']);
const ADDRESSEE_DETERMINERS = wordSet(ARTICLES, POSSESSIVE_DETERMINERS);
const LINKING = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'yet']);
const PUNCTUATION = /[,;:(\[“"‘—–]|\s-+\s/;
const SPACED_DASH = /\s[—–-]\s|[—–]/;
/** How far to look for a clause's verb: a subject longer than this is too long to trust. */
const SUBJECT_REACH = 14;
/** Verbs of a second party's answer that end the first party's claim ("… and Democrats accused the GOP of …"). */
const CONTESTING = new Set(['accused', 'accuses', 'rejected', 'rejects', 'disputed', 'disputes', 'dismissed', 'dismisses', 'countered', 'counters']);
/** Not "that": after a verb it is the complementiser far more often than the determiner. */
const DETERMINERS = wordSet(ARTICLES, POSSESSIVE_DETERMINERS, without(DEMONSTRATIVES, 'that'), ['some', 'many', 'most', 'no']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Words that may open a clause after an addressee: "told CNN the video …", "told Reuters it …". */
const SUBJECT_OPENERS = wordSet(SUBJECT_PRONOUNS, 'there', DETERMINERS, 'all');

/**
 * The clause a reporting verb at `v` introduces, inside the sentence's tokens [.., `end`), or
 * null when what follows is no claim. `asideOpen`: the verb stands after an opening dash, so
 * the claim stops at the closing one.
 */
export function contentClause(doc: DocIndex, chunks: (NameChunk | undefined)[], v: number, verb: ClaimVerb, end: number, cut: ClauseCut): ClauseSpan | null {
  let c = skipAdverbials(doc, v + 1, end);
  if (ADDRESSING.has(verb.base) || MAY_ADDRESS.has(verb.base)) {
    const after = addresseeEnd(doc, chunks, c, end);
    if (after !== null) c = skipAdverbials(doc, after, end);
    else if (ADDRESSING.has(verb.base)) return null;
  }
  let sawThat = false;
  // "said, looking out on the crowd", "said: …": an aside or a quotation follows, not a clause.
  if (c >= end || PUNCTUATION.test(doc.source.text.slice(doc.tokens[v]!.end, doc.tokens[c]!.start))) return null;
  if (doc.tokens[c]!.lower === 'that') {
    sawThat = true;
    // "said that would cost jobs": "that" is the subject and stays in the claim. "said that, if
    // elected, he would …": the aside opens the claim.
    if (!FINITE_AFTER_THAT.has(doc.tokens[c + 1]?.lower ?? '')) c++;
  }
  if (c >= end || (verb.needsThat && !sawThat)) return null;
  // "said that raising taxes would …": after "that" a gerund may open the clause; without it the
  // -ing word is an aside ("said, adding").
  if (doc.tokenQuoted[c] || (!sawThat && (WH_WORDS.has(doc.tokens[c]!.lower) || doc.tokens[c]!.lower.endsWith('ing')))) return null;
  if (!sawThat && !obviousClause(doc, c, end) && (!verb.bareClause || !opensClause(tagTokens(clauseHead(doc, c, end)), verb.base === 'say'))) return null;
  return { first: c, last: clauseEnd(doc, c, end, cut) };
}

/** Past time and manner words after the verb: "said last week (that)", "insisted in June that". */
function skipAdverbials(doc: DocIndex, c: number, end: number): number {
  for (let n = adverbialAt(doc, c); n > 0 && c + n < end && !PUNCTUATION.test(gapBefore(doc, c)); n = adverbialAt(doc, c)) c += n;
  return c;
}

/**
 * Where the addressee after "told" ends: at "that" when one follows within a few words
 * ("told a meeting of island leaders that"), else after a pronoun, a common addressee or a name.
 * Null when no addressee can be read.
 */
function addresseeEnd(doc: DocIndex, chunks: (NameChunk | undefined)[], c: number, end: number): number | null {
  for (let k = c; k < Math.min(end, c + 9); k++) {
    const t = doc.tokens[k]!;
    if (k > c && PUNCTUATION.test(gapBefore(doc, k))) break;
    if (doc.tokenQuoted[k] || WH_WORDS.has(t.lower) || claimVerb(t.lower)) break;
    if (t.lower === 'that' && k > c) return FINITE_AFTER_THAT.has(doc.tokens[k + 1]?.lower ?? '') ? null : k;
    if (/^(?:after|before|during|when|while|as|because)$/.test(t.lower)) break;
  }
  const t = doc.tokens[c];
  if (!t) return null;
  if (ADDRESSEES.has(t.lower) || (t.lower in PRONOUNS && t.lower !== 'it' && t.lower !== 'he' && t.lower !== 'she' && t.lower !== 'they')) return c + 1;
  if (ADDRESSEE_DETERMINERS.has(t.lower) && ADDRESSEES.has(doc.tokens[c + 1]?.lower ?? '')) return c + 2;
  const found = chunks[c];
  if (!found || found.first !== c || found.possessive) return null;
  // "told Breitbart News host Alex Marlow": past the outlet and the title to the person.
  const chunk = personAfterQualifier(doc, chunks, found);
  const next = doc.tokens[chunk.last];
  if (chunk.possessive || !next) return null;
  return SUBJECT_OPENERS.has(next.lower) || (next.cap && !next.possessive) || /^\d/.test(next.lower) ? chunk.last : null;
}

/**
 * A finite reporting verb at `k` ("…, but he said", "and experts say"); not a base form after a
 * modal or "to" ("would add $84bn", "and state law").
 */
export function reportsHere(doc: DocIndex, k: number): boolean {
  const t = doc.tokens[k]!;
  const verb = claimVerb(t.lower);
  if (!verb || t.cap || doc.tokenQuoted[k]) return false;
  if (t.lower !== verb.base) return true;
  // A bare form is a verb only after its plural subject or an auxiliary ("experts say", "did
  // say"); "state media", "and state election offices" use it as a word of their own.
  const prev = doc.tokens[k - 1];
  if (!prev) return false;
  return BARE_FORM_AFTER.has(prev.lower) || (/[^s]s$/.test(prev.lower) && !SUBJECTLESS.has(prev.lower) && !prev.possessive);
}

/** Plural-looking words that are no subject ("as", "has", "was"). */
const SUBJECTLESS = new Set(['as', 'has', 'was', 'is', 'does', 'this', 'its', 'his', 'hers', 'ours', 'yes', 'less', 'unless', 'thus', 'plus', 'us']);
/** Words after which a bare reporting form is a verb. */
const BARE_FORM_AFTER = new Set([
  'they', 'we', 'i', 'you', 'who', 'police', 'people', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'do',
  'did', 'to', 'also', 'still', 'now', 'often', 'repeatedly', 'publicly', 'privately', 'long',
]);

/**
 * A clause plain enough to read without the tagger: a subject pronoun or a short determiner
 * phrase, then an auxiliary ("he would", "the strikes were"). Most reported speech is like this.
 */
function obviousClause(doc: DocIndex, c: number, end: number): boolean {
  const first = doc.tokens[c]!.lower;
  let k = c + 1;
  if (!SUBJECT_PRONOUNS.has(first) && first !== 'there') {
    if (!DETERMINERS.has(first)) return false;
    while (k < end && k <= c + 3 && !doc.tokens[k]!.cap && !AUXILIARIES.has(doc.tokens[k]!.lower) && !NON_NAME_WORDS.has(doc.tokens[k]!.lower) && !PUNCTUATION.test(gapBefore(doc, k))) k++;
    if (k === c + 1) return false;
  }
  return k < end && AUXILIARIES.has(doc.tokens[k]!.lower) && !PUNCTUATION.test(gapBefore(doc, k));
}


/** The first words of the clause, enough for the tagger to find its verb. */
function clauseHead(doc: DocIndex, c: number, end: number): string {
  const stop = Math.min(end, c + SUBJECT_REACH + 2) - 1;
  return doc.source.text.slice(doc.tokens[c]!.start, doc.tokens[stop]!.end);
}

/**
 * Whether tagged words open a clause: a subject, then its verb. "the strikes were aimed" does;
 * "its budget on Monday, and" and "vast wealth and said" do not. An aside set off by commas or
 * dashes inside the subject is stepped over ("the bill, which …, had"). After "say", whose plain
 * object is rare, a subject whose verb the tagger misses ("the dome cost taxpayers £28m to …")
 * is given the benefit of the doubt.
 */
export function opensClause(tags: TaggedToken[], lenient: boolean): boolean {
  const head = tags[0];
  if (!head || ['VERB', 'AUX', 'ADP', 'PART', 'CCONJ', 'SCONJ', 'PUNCT', 'INTJ'].includes(head.pos)) return false;
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    const prev = tags[i - 1]!;
    // "claimed vast wealth and said …": a second verb of the same subject, not a clause.
    if (t.pos === 'AUX' || t.pos === 'VERB') return prev.pos !== 'CCONJ' && !(prev.pos === 'PART' && prev.text.toLowerCase() === 'to');
    if (t.pos === 'PART' && /^['’]s?$/.test(t.text)) continue;
    if (t.pos === 'PRON' && i > 0 && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) {
      // "announced this spending boost it was …": a pronoun subject after a noun starts a new clause,
      // so the noun was the verb's object. "noted her support of the raid that killed …": a relative
      // clause's verb says nothing about the clause we are reading.
      if (SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return false;
      if (RELATIVE_PRONOUNS.has(t.text.toLowerCase())) return lenient;
    }
    if (t.pos === 'PUNCT') {
      const close = asideEnd(tags, i);
      if (close < 0) return false;
      i = close;
      continue;
    }
    if (t.pos === 'PART' || i >= SUBJECT_REACH) return lenient;
  }
  // The clause ran out without a verb: "said the same of Trump".
  return lenient && tags.length >= SUBJECT_REACH;
}

/** The index of the mark closing an aside opened at `i` (", which …,", "- gay, straight -"), or -1. */
function asideEnd(tags: TaggedToken[], i: number): number {
  const mark = tags[i]!.text;
  if (mark !== ',' && !/^[-—–]+$/.test(mark)) return -1;
  for (let j = i + 2; j < tags.length && j < i + SUBJECT_REACH; j++) {
    if (tags[j]!.text === mark) return j;
  }
  return -1;
}

/**
 * One past the claim's last token: the sentence end, or the start of a second reporting clause
 * joined on ("…, but he said …", "… and human rights groups warned that …"), the dash that
 * closes the aside the verb was written in, the comma that ends an opening subordinate clause,
 * or a closing tag after a quotation ("…,” she said").
 */
function clauseEnd(doc: DocIndex, c: number, end: number, cut: ClauseCut): number {
  for (let j = c + 1; j < end; j++) {
    const gap = gapBefore(doc, j);
    if (cut.asideOpen && SPACED_DASH.test(gap)) return j;
    if (cut.subordinate && gap.includes(',') && !doc.tokenQuoted[j]) return j;
    if (gap.includes(',') && end - j <= 4 && doc.tokens.slice(j, end).some((t, i) => reportsHere(doc, j + i) && claimVerb(t.lower)!.tags)) return j;
    if (!LINKING.has(doc.tokens[j]!.lower) && !gap.includes(';')) continue;
    for (let k = j + (gap.includes(';') && !LINKING.has(doc.tokens[j]!.lower) ? 0 : 1); k < Math.min(end, j + 6); k++) {
      if (PUNCTUATION.test(gapBefore(doc, k)) && k > j + 1) break;
      if (reportsHere(doc, k) || (CONTESTING.has(doc.tokens[k]!.lower) && !doc.tokenQuoted[k])) return j;
    }
  }
  return end;
}
