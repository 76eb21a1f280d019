/**
 * Who a pronoun speaker ("…,” she said) points back to. News introduces a speaker as the
 * subject of a sentence ("Jo Ames, a pollster, doubted the plan. “…,” she said") and keeps
 * referring to them with the same pronoun, so the walk goes back sentence by sentence and
 * takes the subject of the nearest sentence that names someone who fits; a sentence that
 * already uses the pronoun before its names is still about the earlier person.
 */
import type { Speaker } from '../../model/briefing.js';
import type { DocIndex } from '../people/doc.js';
import { DEMONYMS, isKnownName, isRoleToken, type NameChunk } from '../people/names.js';
import { FEMALE_GIVEN_NAMES, HONORIFICS, MALE_GIVEN_NAMES, NON_NAME_WORDS, PLACE_HEADS } from '../people/lexicon.js';
import type { Entity, Registry } from '../people/registry.js';
import { personAfterQualifier } from './speaker-phrase.js';

/** The most sentences a pronoun's walk back reads, whatever they hold. */
const MAX_WALK = 16;
import { SPEAKER_NOUNS } from './description.js';
import { ARTICLES, COORDINATORS, SUBORDINATORS, wordSet } from '../text/function-words.js';

const PERSONAL_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\.)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;
/** Words that open a clause standing before the main one ("While Obama had …, Crespo …"); "unlike"/"despite" open such a phrase too. */
const LEADING_CLAUSE_WORDS = wordSet(SUBORDINATORS, 'unlike', 'despite');
/** Words after which a name starts a clause as its subject ("… and Smith said", "… that Smith"). */
const CLAUSE_OPENERS = wordSet(COORDINATORS, SUBORDINATORS, ['that', 'where', 'then', 'also', 'later', 'meanwhile', 'however']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'upper', 'lower', 'greater']);
/** Last words of place names beyond the lexicon's place heads. */
const PLACE_WORDS = new Set(['road', 'lane', 'park', 'bridge', 'hill', 'lake', 'bay', 'coast', 'beach', 'forest', 'hall', 'house', 'centre', 'center', 'stadium', 'station', 'america', 'africa', 'asia', 'europe']);
const PREPOSITIONS = new Set(['as', 'of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'by', 'alongside', 'among', 'between', 'against']);
/** Subject pronouns that, written before a sentence's names, show it is still about the earlier person. */
const CHAIN = new Set(['he', 'she', 'they', 'it']);

/** A registry entity, a name the registry had no evidence for, or a speaker known only by description. */
export type Antecedent = Entity | { chunk: NameChunk } | { described: Speaker };

/** `opens`: the name opens its sentence (after titles or an article), not a clause within it. */
interface Candidate { found: Antecedent; at: number; subject: boolean; opens: boolean; lead: boolean; introduced: boolean }

export class Antecedents {
  constructor(
    private readonly doc: DocIndex,
    private readonly registry: Registry,
    private readonly chunks: (NameChunk | undefined)[],
    private readonly sentence: number[],
  ) {}

  /**
   * The person (or group, for "they"; organisation or country, for "it") a pronoun at token `end`
   * refers to. `recent` lists speakers, latest first; `described` is the speaker of the quotation
   * just before, in this or the previous paragraph, when it is known only by a description.
   * `someone` stands for a person of either sex ("the actor", see backReference).
   */
  resolve(pronoun: string, end: number, recent: Entity[], described: Speaker | null = null): Antecedent | null {
    if (pronoun === 'i' || pronoun === 'we') return recent[0] ?? null;
    // "“…,” the article read. “…,” it added": "it" goes on with the described speaker just quoted.
    if (pronoun === 'it' && described) return { described };
    const fits = (e: Entity) => {
      // "Senators A and B … they wrote": a plural points to a group or body, never to one of the
      // people it sums up; no speaker is better than half of one.
      if (pronoun === 'they') return e.kind !== 'place' && e.kind !== 'person';
      // "“…,” it said": a company, a ministry, a country speaking as one.
      if (pronoun === 'it') return e.kind === 'organization' || e.kind === 'country';
      if (e.kind !== 'person') return false;
      const gender = this.registry.genderOf(e);
      if (pronoun === 'he' && gender === 'female') return false;
      if (pronoun === 'she' && gender === 'male') return false;
      return true;
    };
    const firstPara = (this.doc.tokenParagraph[end - 1] ?? 0) - 5;
    let sentencesSeen = 0;
    // Sentences using the pronoun do not count toward the four, so a long run of "…,” he said."
    // in one paragraph would walk back to its start for every quote: a hard bound keeps it linear.
    let walked = 0;
    for (let i = end - 1; i >= 0 && (this.doc.tokenParagraph[i] ?? 0) >= firstPara && walked++ < MAX_WALK;) {
      let from = i;
      while (from > 0 && this.sentence[from - 1] === this.sentence[i]) from--;
      // Several sentences without anyone who fits: the conversation is still the latest speaker's,
      // unless a sentence that far back is about someone else who fits.
      const late = sentencesSeen >= 4 && recent[0] !== undefined && fits(recent[0]);
      const pick = this.pickInSentence(from, i, pronoun, fits, recent, late);
      if (pick) return pick;
      // A sentence that uses the pronoun itself ("She was tired.") is about the same person: the
      // walk goes on to whoever it was, however far.
      if (!this.usesPronoun(from, i, pronoun) && ++sentencesSeen > 4 && recent[0] && fits(recent[0])) return recent[0];
      // A sentence naming several people and no group is whom "they" sums up: speaker unknown.
      if (pronoun === 'they' && this.peopleNamed(from, i) >= 2) return null;
      i = from - 1;
    }
    return recent[0] && fits(recent[0]) ? recent[0] : null;
  }

  /** `subjectOnly`: a sentence far back counts only when it is about someone (its subject). */
  private pickInSentence(from: number, to: number, pronoun: string, fits: (e: Entity) => boolean, recent: Entity[], subjectOnly = false): Antecedent | null {
    const { doc } = this;
    const leadEnd = this.leadClauseEnd(from, to);
    const candidates: Candidate[] = [];
    for (let k = from; k <= to; k++) {
      if (doc.tokenQuoted[k]) continue;
      const t = doc.tokens[k]!;
      if (k >= leadEnd && CHAIN.has(t.lower) && t.lower === pronoun) break;
      const written = this.chunks[k];
      if (!written || written.first !== k || written.headline) continue;
      // "Clinton communication director Jennifer Palmieri": the person, in the qualifier's place.
      const chunk = personAfterQualifier(doc, this.chunks, written);
      if (chunk !== written) k = chunk.first;
      const e = this.registry.entityOf(doc, chunk);
      const subject = !chunk.possessive && this.opensClause(written.first, from) && !this.joinedByPreposition(written);
      const opens = subject && this.opensClause(written.first, from, true);
      const where = { at: k, subject, opens, lead: k < leadEnd, introduced: this.apposed(chunk) };
      if (e) {
        if (fits(e)) candidates.push({ found: e, ...where });
      } else if (pronoun !== 'they' && pronoun !== 'it' && looksPersonal(chunk) && agrees(chunk, pronoun)) {
        // A personal-looking name the registry had no evidence for ("Tina Houchins had a question").
        candidates.push({ found: { chunk }, ...where });
      }
    }
    const main = candidates.filter((c) => !c.lead);
    const subject = main.find((c) => c.subject && (c.opens || pronoun !== 'someone'));
    if (subject) return subject.found;
    // "the actor" refers back to the person a sentence was about, never to one it only mentions.
    if (pronoun === 'someone') return main.find((c) => c.opens)?.found ?? null;
    if (subjectOnly) return null;
    // "… concerns Henry Crespo, president of the caucus.": a name introduced with its role is about to speak.
    const introduced = main.find((c) => c.introduced);
    const spoke = main.find((c) => c.found === recent[0]);
    return (introduced ?? spoke ?? main[0] ?? candidates[0])?.found ?? null;
  }

  private usesPronoun(from: number, to: number, pronoun: string): boolean {
    if (!CHAIN.has(pronoun)) return false;
    for (let k = from; k <= to; k++) if (!this.doc.tokenQuoted[k] && this.doc.tokens[k]!.lower === pronoun) return true;
    return false;
  }

  /** How many people (by the registry, or by the look of the name) a sentence names outside quotations. */
  private peopleNamed(from: number, to: number): number {
    const { doc } = this;
    const seen = new Set<Antecedent>();
    for (let k = from; k <= to; k++) {
      const chunk = this.chunks[k];
      if (!chunk || chunk.first !== k || chunk.headline || doc.tokenQuoted[k]) continue;
      const e = this.registry.entityOf(doc, chunk);
      if (e ? e.kind === 'person' : looksPersonal(chunk)) seen.add(e ?? { chunk });
    }
    return seen.size;
  }

  /** "Name, a pollster" or "Name, president of …": a role set beside the name by a comma. */
  private apposed(chunk: NameChunk): boolean {
    const next = this.doc.tokens[chunk.last];
    if (!next || chunk.possessive || this.doc.tokenParagraph[chunk.last] !== this.doc.tokenParagraph[chunk.first]) return false;
    if (!/^,\s+$/.test(this.doc.source.text.slice(chunk.end, next.start)) || next.cap) return false;
    return ARTICLES.has(next.lower) || !NON_NAME_WORDS.has(next.lower);
  }

  /** End of a leading subordinate clause ("While Obama had …,"), or `from` when the sentence has none. */
  private leadClauseEnd(from: number, to: number): number {
    if (!LEADING_CLAUSE_WORDS.has(this.doc.tokens[from]!.lower)) return from;
    for (let k = from + 1; k <= to; k++) {
      if (/[,;—–]/.test(this.doc.source.text.slice(this.doc.tokens[k - 1]!.end, this.doc.tokens[k]!.start))) return k;
    }
    return from;
  }

  /** "… starring Jo Ames and Al Reed as the lovers": a name and a preposition after "and" open no clause. */
  private joinedByPreposition(chunk: NameChunk): boolean {
    const before = this.doc.tokens[chunk.first - 1];
    const after = this.doc.tokens[chunk.last];
    if (!before || !after || (before.lower !== 'and' && before.lower !== 'or')) return false;
    return after.joined && PREPOSITIONS.has(after.lower);
  }

  /** Whether the name at `k` opens its clause: nothing but titles or an article between it and a clause boundary. */
  private opensClause(k: number, from: number, sentenceOnly = false): boolean {
    const { tokens } = this.doc;
    let j = k;
    let article = false;
    for (let steps = 0; j > from && steps < 6; steps++) {
      const prev = tokens[j - 1]!;
      // ", a South Florida-based …" describes the name before the comma; it opens nothing.
      if (/[,;:(—–]/.test(this.doc.source.text.slice(prev.end, tokens[j]!.start))) return !article;
      // "Mr Neeson said": an honorific left outside the name still stands before it.
      // "Novelist Jo Ames has died": a title opening the sentence is capitalised there.
      const title = (!prev.cap || prev.sentStart) && (isRoleToken(prev) || SPEAKER_NOUNS.has(prev.lower));
      if (!(ARTICLES.has(prev.lower) || HONORIFICS.has(prev.lower) || title)) break;
      article ||= ARTICLES.has(prev.lower);
      j--;
    }
    if (j <= from) return true;
    return !sentenceOnly && CLAUSE_OPENERS.has(tokens[j - 1]!.lower);
  }
}

/** A first name and surname, not a nationality or a group ("African Americans"). */
function looksPersonal(chunk: NameChunk): boolean {
  if (chunk.possessive || !PERSONAL_NAME.test(chunk.name)) return false;
  // "North America", "Ridgeway Street", "Lake Geneva": places written like names.
  const words = chunk.name.toLowerCase().split(' ');
  if (isKnownName(words.join(' ')) || PLACE_HEADS.has(words[words.length - 1]!) || PLACE_WORDS.has(words[words.length - 1]!) || COMPASS.has(words[0]!)) return false;
  return !chunk.name.split(' ').some((w) => {
    const lower = w.toLowerCase();
    return DEMONYMS.has(lower) || DEMONYMS.has(lower.replace(/s$/, ''));
  });
}

/** Whether a name's given name agrees with "he" or "she" (unknown given names agree with both). */
function agrees(chunk: NameChunk, pronoun: string): boolean {
  const given = chunk.name.split(' ')[0]!.toLowerCase();
  if (pronoun === 'he') return !FEMALE_GIVEN_NAMES.has(given);
  if (pronoun === 'she') return !MALE_GIVEN_NAMES.has(given);
  return true;
}
