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
import { ARTICLES, COORDINATORS } from '../text/function-words.js';
import { reportingBase } from '../quotes/verbs.js';

/** Nouns for what people do, beyond the title words that also stand before names. */
const ROLE_NOUNS = new Set([
  'associate', 'member', 'partner', 'organizer', 'organiser', 'researcher', 'scientist', 'lecturer', 'teacher',
  'student', 'expert', 'consultant', 'historian', 'negotiator', 'diplomat', 'politician', 'legislator', 'lobbyist',
  'donor', 'businessman', 'businesswoman', 'entrepreneur', 'executive', 'investor', 'banker', 'author', 'writer',
  'novelist', 'journalist', 'photographer', 'producer', 'actor', 'actress', 'singer', 'comedian', 'doctor',
  'physician', 'nurse', 'pastor', 'priest', 'rabbi', 'imam', 'soldier', 'veteran', 'agent', 'trooper', 'sergeant',
  'lieutenant', 'prosecutor', 'clerk', 'councilor', 'coordinator', 'administrator', 'superintendent', 'principal',
  'dean', 'provost', 'assistant', 'employee', 'worker', 'volunteer', 'resident',
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
const PHRASE_BREAKS = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'on', 'to', 'since', 'under', 'and', 'who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
/** A relative clause is about the organisation or person, not part of the role. */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
const LEADING_ADVERBS = new Set(['now', 'then', 'also', 'still', 'once']);
const FINITE_VERBS = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did', 'does']);
const MAX_WORDS = 24;
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'independent', 'conservative', 'liberal']);

const isRoleNoun = (t: Token) => !t.cap && (ROLE_NOUNS.has(t.lower) || (TITLE_WORDS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower)) || /.{3}(?:ologist|ist)$/.test(t.lower));

/** "said", "says", "told": a reporting verb in a form no noun takes ("state" and "report" are nouns too). */
function isInflectedReportingVerb(lower: string): boolean {
  const base = reportingBase(lower);
  return base !== null && base !== lower && !ROLE_NOUNS.has(lower);
}

interface Apposition {
  words: Token[];
  head: Token;
  /** The phrase opened with an article ("the first woman elected …"): surely a description. */
  article: boolean;
  /** An article inside the noun phrase ("succeeded the campaign manager …"): a verb came first. */
  clause: boolean;
}

/** The noun phrase set off by commas after a name, or null when none follows or it is a clause. */
function apposition(text: string, tokens: Token[], chunk: NameChunk): Apposition | null {
  const after = tokens[chunk.last];
  if (!after || chunk.possessive || !/^,[ \u00a0]+$/.test(text.slice(chunk.end, after.start))) return null;
  let from = chunk.last;
  if (LEADING_ADVERBS.has(after.lower)) from++;
  if (ARTICLES.has(tokens[from]?.lower ?? '') && !tokens[from]!.cap) from++;
  if (!tokens[from] || PHRASE_BREAKS.has(tokens[from]!.lower) || COORDINATORS.has(tokens[from]!.lower)) return null;
  const article = from > chunk.last && ARTICLES.has(tokens[from - 1]!.lower);
  let end = from;
  while (end < tokens.length && end - from < MAX_WORDS && (end === from || tokens[end]!.joined)) {
    if (RELATIVE.has(tokens[end]!.lower)) break;
    end++;
  }
  if (end === from || end - from >= MAX_WORDS) return null;
  const stopped = tokens[end];
  // The phrase must close: a comma or stop after it, or a relative clause.
  if (stopped && stopped.joined && !RELATIVE.has(stopped.lower)) return null;
  // "an outside adviser to the campaign and an associate professor at …": the first role is the phrase.
  for (let i = from + 1; i + 1 < end; i++) {
    if (tokens[i]!.lower === 'and' && ARTICLES.has(tokens[i + 1]!.lower)) { end = i; break; }
  }
  while (end > from && COORDINATORS.has(tokens[end - 1]!.lower)) end--;
  const words = tokens.slice(from, end);
  if (words.length === 0 || /\s{2,}|\n/.test(text.slice(words[0]!.start, words[words.length - 1]!.end))) return null;
  // A verb makes it a clause ("Dench was best supporting actress", "founder of the centre said"), no apposition at all.
  if (words.some((t) => !t.cap && (FINITE_VERBS.has(t.lower) || isInflectedReportingVerb(t.lower)))) return null;
  const breakAt = words.findIndex((t, i) => i > 0 && PHRASE_BREAKS.has(t.lower));
  const headAt = (breakAt < 0 ? words.length : breakAt) - 1;
  return { words, head: words[headAt]!, article, clause: words.slice(1, headAt).some((t) => ARTICLES.has(t.lower)) };
}

/**
 * The role phrase set off by commas after the name; null when a closed phrase is there but is
 * no role ("the first woman elected to the board"), undefined when no such phrase follows.
 */
export function appositivePhraseRole(text: string, tokens: Token[], chunk: NameChunk): string | null | undefined {
  const a = apposition(text, tokens, chunk);
  if (!a) return undefined;
  // NYT style: "Charles E. Grassley, Republican of Iowa," names the party and state.
  const party = a.head === a.words[0] && PARTY_MEMBERS.has(a.head.lower) && a.words[1]?.lower === 'of';
  if ((!isRoleNoun(a.head) && !party) || a.clause) return a.article ? null : undefined;
  return text.slice(a.words[0]!.start, a.words[a.words.length - 1]!.end);
}

/** Nouns that say the name before them is an organisation ("C2I, a company outside Washington"). */
const ORG_NOUNS = new Set([
  'company', 'firm', 'group', 'organization', 'organisation', 'agency', 'union', 'coalition', 'collective', 'nonprofit',
  'charity', 'network', 'alliance', 'association', 'bank', 'publisher', 'newspaper', 'website', 'broadcaster',
  'manufacturer', 'maker', 'retailer', 'insurer', 'lender', 'utility', 'operator', 'carrier', 'airline', 'startup',
  'corporation', 'conglomerate', 'institute', 'tank', 'party', 'movement', 'outlet', 'channel', 'consultancy',
  'federation', 'foundation', 'fund', 'club', 'university', 'college', 'school', 'hospital', 'militia', 'faction',
  'supplier',
]);

/** Whether the phrase after the name calls it an organisation ("Peabody Energy, the nation's largest coal company,"). */
export function appositiveOrganisation(text: string, tokens: Token[], chunk: NameChunk): boolean {
  const a = apposition(text, tokens, chunk);
  return a !== null && !a.clause && !a.head.cap && ORG_NOUNS.has(a.head.lower) && (a.article || a.words.length > 1);
}
