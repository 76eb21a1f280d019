/**
 * Speakers the text describes instead of naming: "a source", "the campaign spokesman",
 * "Obama's former campaign strategist", "a narrator in the ad", "said the ruling".
 * The description becomes the speaker's role; the name stays empty.
 */
import type { DocIndex } from '../people/doc.js';
import { NON_NAME_WORDS } from '../people/lexicon.js';
import type { NameChunk } from '../people/names.js';
import type { Token } from '../people/tokens.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, wordSet } from '../text/function-words.js';

/** Nouns that name a speaker who is not named: "a source", "the announcer", "officials". */
export const SPEAKER_NOUNS = new Set([
  'source', 'sources', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'expert', 'experts', 'analyst', 'analysts', 'critic', 'critics',
  'police', 'officer', 'officers', 'witness', 'witnesses', 'resident', 'residents', 'protester', 'protesters',
  'supporter', 'supporters', 'statement', 'report', 'letter', 'ad', 'announcer', 'narrator', 'article', 'book',
  'piece', 'ruling', 'memo', 'lawmaker', 'lawmakers', 'senator', 'president', 'mayor', 'governor', 'minister',
  'ministry', 'leader', 'leaders', 'voter', 'voters', 'man', 'woman', 'people', 'friend', 'mother', 'father',
  'author', 'researchers', 'scientists', 'investigators', 'prosecutors', 'prosecutor', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'doctor', 'doctors', 'economist', 'economists', 'chairman', 'campaign', 'committee',
  'party', 'group', 'groups', 'agency', 'government', 'military', 'army', 'tweet', 'post', 'release', 'reporter',
  'reporters', 'host', 'questioner', 'daughter', 'son', 'wife', 'husband', 'niece', 'nephew', 'someone', 'secretary',
  'director', 'diplomat', 'diplomats', 'commander', 'soldier', 'soldiers', 'survivor', 'survivors', 'activist',
  'activists', 'member', 'members', 'student', 'students', 'teacher', 'teachers', 'organizers', 'ministers',
  'delegates', 'democrats', 'republicans', 'nominee', 'candidate', 'judge', 'court', 'union', 'company', 'firm',
  'study', 'survey', 'poll', 'band', 'singer', 'envoy', 'ambassador', 'embassy', 'kremlin', 'strategist',
  'consultant', 'pollster', 'professor', 'scholar', 'historian', 'chief', 'businessman', 'businesswoman',
  'executive', 'executives', 'manager', 'owner', 'founder', 'editor', 'columnist', 'correspondent', 'anchor',
  'spokespeople', 'representative', 'representatives', 'congressman', 'congresswoman', 'senators', 'governors',
  'authorities', 'department', 'administration', 'council', 'commission', 'website', 'magazine', 'newspaper',
  'paper', 'network', 'channel', 'broadcaster', 'daily', 'partner', 'colleague', 'colleagues', 'neighbor',
  'neighbour', 'neighbors', 'neighbours', 'worker', 'workers', 'employee', 'employees', 'victim', 'victims',
  'advert', 'advertisement', 'commercial', 'actor', 'actress', 'star', 'player', 'coach', 'athlete', 'artist',
  'writer', 'novelist', 'director', 'producer', 'musician', 'comedian', 'presenter',
]);
/** What may open a description of a person ("a spokesman", "one official", "two aides"). */
export const DETERMINERS = wordSet(ARTICLES, POSSESSIVE_DETERMINERS, ['one', 'another', 'other', 'some', 'many', 'several', 'two', 'three']);
/** Prepositions that may carry a description on ("a narrator in the ad", "a source on the panel"). */
const CARRIERS = new Set(['in', 'on', 'at', 'of', 'for', 'from', 'with']);

/** `at`: the description's first token. */
type Description = { type: 'description'; text: string; at: number } | { type: 'name'; chunk: NameChunk };

const textOf = (doc: DocIndex, from: number, to: number) => doc.source.text.slice(doc.tokens[from]!.start, doc.tokens[to]!.end + (doc.tokens[to]!.possessive ? 2 : 0));

/** Whether the run of tokens [from, to] holds only spaces between its words. */
function joinedRun(doc: DocIndex, from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (!doc.tokens[i]!.joined) return false;
  return true;
}

/** Where a determiner-led phrase ending at `k` starts, or -1: "the Clinton ad", "Obama’s former campaign strategist". */
function phraseStart(doc: DocIndex, k: number, floor: number): number {
  for (let from = k; from >= floor && from > k - 6; from--) {
    const t = doc.tokens[from]!;
    if (DETERMINERS.has(t.lower)) return from;
    // A name in the possessive stands where the article would: "Obama’s former campaign strategist".
    if (from < k && t.possessive && t.cap) return from;
    if (!t.joined || NON_NAME_WORDS.has(t.lower) || doc.tokenQuoted[from]) return -1;
  }
  return -1;
}

const OPENERS = new Set(['and', 'but', 'then', 'that', 'so']);

function opensClause(doc: DocIndex, from: number, floor: number): boolean {
  if (from <= floor) return true;
  const prev = doc.tokens[from - 1]!;
  return !doc.tokens[from]!.joined || OPENERS.has(prev.lower);
}

/**
 * The description written just before a reporting verb, whose last word is `k`:
 * "a source said", "the New York businessman says", "a narrator in the Clinton ad asks".
 */
export function describedBefore(doc: DocIndex, chunks: (NameChunk | undefined)[], k: number, floor: number): Description | null {
  const t = doc.tokens[k]!;
  if (t.cap || t.possessive || NON_NAME_WORDS.has(t.lower) || doc.tokenQuoted[k]) return null;
  let from = phraseStart(doc, k, floor);
  let speakerNoun = SPEAKER_NOUNS.has(t.lower);
  // "a narrator in the Clinton ad": carried on by a preposition from a speaker noun before it.
  const carrier = doc.tokens[from - 1];
  if (from >= 0 && carrier && from - 1 > floor && CARRIERS.has(carrier.lower) && doc.tokens[from]!.joined && carrier.joined) {
    const outer = phraseStart(doc, from - 2, floor);
    if (outer >= 0 && SPEAKER_NOUNS.has(doc.tokens[from - 2]!.lower)) {
      from = outer;
      speakerNoun = true;
    }
  }
  // Any noun may describe a speaker ("the New York businessman says") when its phrase is the
  // clause's subject: joined to the verb and opening the clause, not "at a press gaggle, said".
  if (from >= 0 && !speakerNoun && !(doc.tokens[k + 1]?.joined && opensClause(doc, from, floor))) return null;
  // "The statement follows reports that …": a speaker noun and a verb, not a description.
  if (!speakerNoun && /[^s]s$/.test(t.lower) && SPEAKER_NOUNS.has(doc.tokens[k - 1]?.lower ?? '')) return null;
  if (from < 0) {
    // "police said", "campaign officials said": a bare speaker noun.
    if (!SPEAKER_NOUNS.has(t.lower)) return null;
    from = k > floor && doc.tokens[k]!.joined && !doc.tokens[k - 1]!.cap && !NON_NAME_WORDS.has(doc.tokens[k - 1]!.lower) ? k - 1 : k;
  }
  // "Brian Fallon, the campaign’s press secretary, noted": the name the description stands beside.
  const apposed = chunks[from - 1];
  if (apposed && apposed.last === from && !apposed.possessive && !doc.tokenQuoted[apposed.first]
    && /^,\s+$/.test(doc.source.text.slice(doc.tokens[from - 1]!.end, doc.tokens[from]!.start))) return { type: 'name', chunk: apposed };
  return { type: 'description', text: textOf(doc, from, k), at: from };
}

/** The description written after a reporting verb: "said the ruling", "said one source on the panel". */
export function describedAfter(doc: DocIndex, chunks: (NameChunk | undefined)[], verb: number, ceiling: number): Description | null {
  const first = verb + 1;
  if (!DETERMINERS.has(doc.tokens[first]?.lower ?? '')) return null;
  let head = -1;
  for (let k = first + 1; k < Math.min(ceiling, first + 6); k++) {
    const t = doc.tokens[k]!;
    // "said one of their lawyers": "of" may follow the opening number.
    const partitive = t.lower === 'of' && k === first + 1;
    if (!t.joined || (NON_NAME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !partitive)) break;
    if (SPEAKER_NOUNS.has(t.lower)) head = k;
  }
  if (head < 0) return null;
  // "said one of their lawyers, Michalis Dimitrakopoulos": the name set beside the description.
  const apposed = chunks[head + 1];
  if (apposed && apposed.first === head + 1 && head + 1 < ceiling && !apposed.possessive
    && /^,\s+$/.test(doc.source.text.slice(doc.tokens[head]!.end, doc.tokens[head + 1]!.start))) return { type: 'name', chunk: apposed };
  // "said the chairman of the education committee, Labour MP Jo Ames": the name after the description's tail.
  for (let k = head + 1; k < Math.min(ceiling, head + 9); k++) {
    const gap = doc.source.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start);
    if (doc.tokens[k]!.joined) continue;
    const named = chunks[k];
    if (/^,\s+$/.test(gap) && named && named.first === k && !named.possessive && named.name.includes(' ')) return { type: 'name', chunk: named };
    break;
  }
  let last = head;
  // "… on the panel": a short prepositional tail belongs to the description.
  const carrier = doc.tokens[head + 1];
  if (carrier && head + 3 < ceiling && carrier.joined && CARRIERS.has(carrier.lower) && DETERMINERS.has(doc.tokens[head + 2]!.lower)
    && joinedRun(doc, head + 1, head + 3) && !doc.tokens[head + 3]!.cap) last = head + 3;
  return { type: 'description', text: textOf(doc, first, last), at: first };
}

/** A description opening a clause: "Small groups of protesters continued …", "A doctor had typed …". */
export function describedFrom(doc: DocIndex, from: number, to: number): Description | null {
  const words: Token[] = [];
  for (let k = from; k <= to && k < from + 3; k++) {
    const t = doc.tokens[k]!;
    if (k > from && !t.joined) break;
    words.push(t);
    if (SPEAKER_NOUNS.has(t.lower) && (!t.cap || t.sentStart)) {
      // "groups of protesters": the noun after "of" names the speakers better.
      const of = doc.tokens[k + 1];
      const next = doc.tokens[k + 2];
      const last = of?.lower === 'of' && next && SPEAKER_NOUNS.has(next.lower) && joinedRun(doc, k, k + 2) ? k + 2 : k;
      return { type: 'description', text: textOf(doc, from, last), at: from };
    }
    if (k > from && NON_NAME_WORDS.has(t.lower)) break;
  }
  return null;
}

/**
 * Nouns for a person that news uses to refer back to someone it has already named ("the
 * Oscar-nominated actor said", "the world champion added"). Nouns for speakers it leaves unnamed
 * ("the spokesman", "the official", "the source") are not here.
 */
const BACK_REFERENCE_HEADS = new Set([
  'actor', 'actress', 'star', 'singer', 'writer', 'author', 'novelist', 'poet', 'playwright', 'champion',
  'player', 'athlete', 'sprinter', 'runner', 'jumper', 'striker', 'midfielder', 'goalkeeper', 'batsman', 'bowler',
  'boxer', 'golfer', 'cyclist', 'swimmer', 'skier', 'driver', 'captain', 'manager', 'winner', 'medallist', 'medalist',
  'musician', 'comedian', 'presenter', 'broadcaster', 'artist', 'rapper', 'designer', 'director', 'film-maker',
  'filmmaker', 'producer', 'politician', 'veteran', 'billionaire', 'tycoon', 'entrepreneur', 'businessman',
  'businesswoman', 'founder', 'campaigner', 'activist', 'scientist', 'professor', 'economist', 'academic', 'chef',
  'explorer', 'pilot', 'astronaut', 'pianist', 'guitarist', 'drummer', 'composer', 'conductor', 'dancer', 'model',
  'president', 'minister', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'candidate', 'nominee',
  'leader', 'chancellor', 'premier', 'monarch', 'king', 'queen', 'prince', 'princess', 'pope', 'teenager',
  'youngster', 'pensioner', 'grandmother', 'grandfather', 'father', 'mother', 'widow', 'widower',
]);

/**
 * "The Oscar-nominated actor", "the 52-year-old singer": a definite description of one person,
 * with no place or organisation after it, by which news refers back to someone already named.
 * Returns the description without its article (the person's role), or null.
 */
export function backReference(text: string): string | null {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || words[0]!.toLowerCase() !== 'the') return null;
  if (words.some((w, i) => i > 0 && (HEAD_STOPS.has(w.toLowerCase()) || /['’]s$/.test(w)))) return null;
  return BACK_REFERENCE_HEADS.has(words[words.length - 1]!.toLowerCase()) ? words.slice(1).join(' ') : null;
}

const HEAD_STOPS = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'who', 'that']);

/** The noun a description or role is about: "mayor" in "the mayor of Kyiv", "minister" in "Foreign Minister". */
export function descriptionHead(text: string): string | null {
  const words = text.replace(/['’]s\b/g, '').split(/[\s,]+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && HEAD_STOPS.has(w.toLowerCase()));
  const kept = cut > 0 ? words.slice(0, cut) : words;
  const head = kept.pop();
  const word = head ? head.toLowerCase().replace(/[^\p{L}-]/gu, '') : '';
  const full = ABBREVIATED[word] ?? word;
  // A vice president is not "the president".
  return full ? (kept[kept.length - 1]?.toLowerCase() === 'vice' ? `vice ${full}` : full) : null;
}

/** Titles written short before a name ("Sen. Sanders") and in full in descriptions ("the senator"). */
const ABBREVIATED: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', pres: 'president', gen: 'general', adm: 'admiral',
  col: 'colonel', capt: 'captain', lt: 'lieutenant', sgt: 'sergeant', supt: 'superintendent', prof: 'professor',
};
