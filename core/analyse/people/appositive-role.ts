/**
 * A role written between commas after a name: "Keron Blair, executive director of the
 * alliance, called …", "Megan Hester, senior associate for education organizing at the
 * institute, said …", "Michael Mulgrew, president of the teachers' union, which represents …".
 * The phrase is a role when the noun it is about (its head, before the first preposition) names
 * what a person does; a relative clause ("which represents …") is not part of it.
 */
import type { Token } from './tokens.js';
import type { NameChunk } from './names.js';
import { ROLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';
import { reportingBase } from '../quotes/verbs.js';

/** Nouns for what people do, beyond the title words that also stand before names. */
const ROLE_NOUNS = new Set([
  'associate', 'member', 'partner', 'organizer', 'organiser', 'researcher', 'scientist', 'lecturer', 'teacher',
  'student', 'expert', 'consultant', 'historian', 'negotiator', 'diplomat', 'politician', 'legislator', 'lobbyist',
  'donor', 'businessman', 'businesswoman', 'entrepreneur', 'executive', 'investor', 'banker', 'author', 'writer',
  'novelist', 'journalist', 'photographer', 'producer', 'actor', 'actress', 'singer', 'comedian', 'doctor',
  'physician', 'nurse', 'pastor', 'priest', 'rabbi', 'imam', 'soldier', 'veteran', 'agent', 'trooper', 'sergeant',
  'lieutenant', 'prosecutor', 'clerk', 'councilor', 'coordinator', 'administrator', 'superintendent', 'principal',
  'dean', 'provost', 'assistant', 'employee', 'worker', 'volunteer', 'resident', 'supporter', 'critic', 'opponent',
  'survivor', 'witness', 'commentator', 'scholar', 'specialist', 'engineer', 'architect', 'developer', 'designer',
  'campaigner', 'advocate', 'athlete', 'player', 'farmer', 'miner', 'officer', 'official', 'head', 'chief',
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'president', 'director', 'secretary', 'minister',
  'chairman', 'chairwoman', 'chair', 'ceo', 'governor', 'mayor', 'senator', 'candidate', 'nominee', 'judge',
  'lawyer', 'attorney', 'analyst', 'economist', 'adviser', 'advisor', 'aide', 'founder', 'co-founder', 'owner',
  'manager', 'editor', 'host', 'anchor', 'correspondent', 'reporter', 'columnist', 'strategist', 'pollster',
  'fellow', 'professor', 'leader', 'commander', 'general', 'ambassador', 'envoy', 'commissioner', 'sheriff',
  'activist', 'treasurer', 'surgeon', 'delegate', 'deputy', 'whip', 'speaker', 'coach', 'vice-president',
  'director-general', 'secretary-general', 'inspector', 'detective', 'investigator', 'planner', 'trustee',
]);

/** Words that end the noun phrase a role is about. */
const PHRASE_BREAKS = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'on', 'to', 'since', 'under', 'and', 'who', 'whose', 'which', 'that', 'where', 'when']);
/** A relative clause is about the organisation or person, not part of the role. */
const RELATIVE = new Set(['who', 'whose', 'which', 'that', 'where', 'when']);
const ARTICLES = new Set(['a', 'an', 'the']);
const LEADING_ADVERBS = new Set(['now', 'then', 'also', 'still', 'once']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);
const FINITE_VERBS = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did', 'does']);
const MAX_WORDS = 18;

const isRoleNoun = (t: Token) => !t.cap && (ROLE_NOUNS.has(t.lower) || (TITLE_WORDS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower)) || /.{3}(?:ologist|ist)$/.test(t.lower));

/** "said", "says", "told": a reporting verb in a form no noun takes ("state" and "report" are nouns too). */
function isInflectedReportingVerb(lower: string): boolean {
  const base = reportingBase(lower);
  return base !== null && base !== lower && !ROLE_NOUNS.has(lower);
}

/**
 * The role phrase set off by commas after the name; null when a closed phrase is there but is
 * no role ("the first woman elected to the board"), undefined when no such phrase follows.
 */
export function appositivePhraseRole(text: string, tokens: Token[], chunk: NameChunk): string | null | undefined {
  const after = tokens[chunk.last];
  if (!after || chunk.possessive || !/^,[ \u00a0]+$/.test(text.slice(chunk.end, after.start))) return undefined;
  let from = chunk.last;
  if (LEADING_ADVERBS.has(after.lower)) from++;
  if (ARTICLES.has(tokens[from]?.lower ?? '') && !tokens[from]!.cap) from++;
  if (!tokens[from] || PHRASE_BREAKS.has(tokens[from]!.lower) || CONJUNCTIONS.has(tokens[from]!.lower)) return undefined;
  const article = from > chunk.last && ARTICLES.has(tokens[from - 1]!.lower);
  let end = from;
  while (end < tokens.length && end - from < MAX_WORDS && (end === from || tokens[end]!.joined)) {
    if (RELATIVE.has(tokens[end]!.lower)) break;
    end++;
  }
  if (end === from || end - from >= MAX_WORDS) return undefined;
  const stopped = tokens[end];
  // The phrase must close: a comma or stop after it, or a relative clause.
  if (stopped && stopped.joined && !RELATIVE.has(stopped.lower)) return undefined;
  while (end > from && CONJUNCTIONS.has(tokens[end - 1]!.lower)) end--;
  const words = tokens.slice(from, end);
  if (words.length === 0) return null;
  // A clause, not a description: "Dench was best supporting actress", "founder of the centre said".
  // A verb makes it a clause, which is no apposition at all.
  if (words.some((t) => !t.cap && (FINITE_VERBS.has(t.lower) || isInflectedReportingVerb(t.lower)))) return undefined;
  const breakAt = words.findIndex((t, i) => i > 0 && PHRASE_BREAKS.has(t.lower));
  const headAt = (breakAt < 0 ? words.length : breakAt) - 1;
  // "succeeded the campaign manager …": an article inside the noun phrase means a verb came first.
  // Only a noun phrase with its article ("the first woman elected …") is surely a description that is no role.
  if (!isRoleNoun(words[headAt]!) || words.slice(1, headAt).some((t) => ARTICLES.has(t.lower))) return article ? null : undefined;
  const phrase = text.slice(words[0]!.start, words[words.length - 1]!.end);
  return /\s{2,}|\n/.test(phrase) ? null : phrase;
}
