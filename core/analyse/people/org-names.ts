/**
 * Organisation names written across lower-case connectors ("Annenberg Institute for School
 * Reform", "Court of Justice of the European Union", "Securities and Exchange Commission"):
 * the capitalisation walk in names.ts stops at "of", "for" and "and", so it leaves fragments
 * that read as places or people. This pass joins the fragments of one paragraph back into
 * one phrase when its shape says it is one name. Linear in the paragraph's tokens.
 */
import type { Token } from './tokens.js';
import { buildChunk, DEMONYMS, isKnownName, joinTokens, type Casing, type NameChunk } from './names.js';
import { CALENDAR_WORDS, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NON_NAME_WORDS, ORG_HEADS, ROLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';

/** Heads that take a purpose phrase as part of the name ("Institute for", "Committee to Protect", "Council on"). */
const PURPOSE_HEADS = new Set([
  'institute', 'centre', 'center', 'alliance', 'coalition', 'committee', 'commission', 'council', 'movement', 'office',
  'foundation', 'fund', 'campaign', 'network', 'organisation', 'organization', 'association', 'league', 'union',
  'society', 'agency', 'federation', 'board', 'front', 'department', 'ministry', 'partnership', 'project', 'bureau',
]);

/** Last words of laws, treaties, wars and events: named things that are not actors. */
const EVENT_HEADS = new Set([
  'act', 'bill', 'treaty', 'agreement', 'accord', 'accords', 'amendment', 'convention', 'protocol', 'war', 'games',
  'olympics', 'awards', 'summit', 'festival', 'championship', 'championships', 'conference', 'day', 'survey',
]);

/** Heads after which a number belongs to the name ("Intermediate School 285"). */
const NUMBERED_HEADS = new Set(['school', 'precinct', 'district', 'station']);

/** Capitalised last words that make the whole phrase a place ("Oklahoma City", "Orange County"). */
const PLACE_LAST_WORDS = new Set([
  'city', 'county', 'province', 'region', 'district', 'oblast', 'township', 'borough', 'parish', 'springs', 'falls',
  'beach', 'monument', 'memorial',
]);

const OPENERS = new Set(['of', 'for', 'to', 'on']);

const personTitle = (t: Token) => TITLE_WORDS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower);
const givenName = (t: Token) => MALE_GIVEN_NAMES.has(t.lower) || FEMALE_GIVEN_NAMES.has(t.lower);

/**
 * Whether a phrase's words end in a law, treaty, war or event word ("Family and Medical Leave
 * Act", "Cold War"), or are one such word before a number ("Day 1").
 */
export function isEventName(words: Token[], next?: Token): boolean {
  const last = words[words.length - 1]!;
  if (!EVENT_HEADS.has(last.lower) || !last.cap) return false;
  if (words.length === 1) return Boolean(next?.joined && /^\d+\.?$/.test(next.text));
  // "Doris Day": a given name before it makes a person.
  return !(last.lower === 'day' && givenName(words[words.length - 2]!));
}

/** "Oklahoma City", "Orange County": the whole phrase is one place. */
export function isPlaceByLastWord(words: Token[]): boolean {
  const last = words[words.length - 1]!;
  return words.length >= 2 && last.cap && PLACE_LAST_WORDS.has(last.lower);
}

/** A head word directly followed by a lower-case connector inside the phrase: the shape of a joined organisation name. */
export function isJoinedOrgName(words: Token[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (ORG_HEADS.has(words[i]!.lower) && words[i]!.cap && !words[i + 1]!.cap) return true;
  }
  return false;
}

/** The capitalised run starting at `from`: tokens joined by spaces only, a possessive ending it. */
function capRun(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.cap && tokens[k]!.joined && !CALENDAR_WORDS.has(tokens[k]!.lower)) {
    if (k === from && NON_NAME_WORDS.has(tokens[k]!.lower)) break;
    k++;
    if (tokens[k - 1]!.possessive) break;
  }
  return k;
}

interface Extension { last: number; person: boolean }

/**
 * How far an organisation name ending at `chunk.last` runs on: "of [the] X", "for [the] X",
 * "to X Y", "on X", then more "of", "and" or "in" parts when the first connector allows them.
 */
function extend(tokens: Token[], chunk: NameChunk, text: string): Extension | null {
  const head = tokens[chunk.last - 1]!;
  if (!ORG_HEADS.has(head.lower) || chunk.possessive) return null;
  let end = chunk.last;
  let opener: string | null = null;
  let joinedAnd = false;
  while (end < tokens.length) {
    const conn = tokens[end]!;
    if (conn.cap || !conn.joined || conn.possessive) break;
    const word = conn.lower;
    if (opener === null) {
      if (!OPENERS.has(word) || (word !== 'of' && !PURPOSE_HEADS.has(head.lower))) break;
    } else if (word !== 'of' && word !== 'and' && word !== 'in' && !(word === 'for' && opener === 'of')) break;
    // "for Security and Co-operation", "on Oversight and Government Reform": only a purpose phrase takes "and".
    if (word === 'and' && opener !== 'for' && opener !== 'on') break;
    let from = end + 1;
    // "for the Coordination of …", "for a Responsible Federal Budget"
    if (word !== 'to' && word !== 'and' && word !== 'in' && /^(?:the|a|an)$/.test(tokens[from]?.lower ?? '') && tokens[from]!.joined) from++;
    const runEnd = capRun(tokens, from);
    if (runEnd === from || !tokens[from]!.joined) break;
    const run = tokens.slice(from, runEnd);
    if (word === 'to' && run.length < 2 && !acronymAfter(text, tokens[runEnd - 1]!.end)) break;
    if (word === 'and' && (givenName(run[0]!) || isKnownName(run.map((t) => t.text).join(' ').toLowerCase()) || ORG_HEADS.has(run[run.length - 1]!.lower))) break;
    // "for Security and Co-operation in Europe": one place word closing a purpose phrase with "and";
    // "Institute for Climate Research in Germany" is where it sits.
    if (word === 'in' && (!joinedAnd || run.length !== 1 || tokens[runEnd]?.cap)) break;
    // "Bank of England Governor Andrew Bailey": a title with a name after it starts a person; the organisation is the role.
    const title = run.findIndex(personTitle);
    if (title >= 0 && title < run.length - 1 && !ORG_HEADS.has(run[run.length - 1]!.lower)) return { last: runEnd, person: true };
    if (opener === null) opener = word;
    if (word === 'and') joinedAnd = true;
    end = runEnd;
    if (run[run.length - 1]!.possessive) break;
  }
  const next = tokens[end];
  if (next && next.joined && /^\d{1,4}$/.test(next.text) && NUMBERED_HEADS.has(tokens[end - 1]!.lower)) end++;
  return end > chunk.last ? { last: end, person: false } : null;
}

function acronymAfter(text: string, offset: number): string | null {
  const m = /^\s*\(([A-Z][A-Z&]{1,7})\)/.exec(text.slice(offset, offset + 12));
  return m ? m[1]! : null;
}

/** Single words that read as the first half of "X and Y Commission": plurals and adjectives, not surnames. */
const FIRST_HALF = /(?:ies|ions?|ments|ics|al|ic|ary|ive|ity|ily|ure|ship)$/;

/**
 * "Securities and Exchange Commission", "Freedom of Information Act": a short capitalised
 * phrase, a connector, and a phrase ending in an organisation or law word.
 */
function joinsBackward(tokens: Token[], prev: NameChunk, chunk: NameChunk, casing: Casing): boolean {
  const conn = tokens[chunk.first - 1];
  if (!conn || prev.last !== chunk.first - 1 || !conn.joined || !tokens[chunk.first]!.joined || prev.possessive) return false;
  const last = tokens[chunk.last - 1]!.lower;
  const words = tokens.slice(prev.first, prev.last);
  if (words.length > 2 || words.some((t) => (TITLE_WORDS.has(t.lower) && !isKnownName(t.lower)) || givenName(t) || !t.cap)) return false;
  if (isKnownName(joinTokens(words).toLowerCase()) || isKnownName(words[words.length - 1]!.lower)) return false;
  if (isJoinedOrgName(words)) return false;
  if (conn.lower === 'of') return EVENT_HEADS.has(last);
  if (conn.lower !== 'and' || (!ORG_HEADS.has(last) && !EVENT_HEADS.has(last))) return false;
  // "Securities and …", "U.S. Citizenship and …": a plain noun or adjective, after a country or body at most.
  const word = words[words.length - 1]!.lower;
  return (words.length === 1 || isKnownName(words[0]!.lower)) && (casing.lowerSeen.has(word) || FIRST_HALF.test(word));
}

/** A chunk over tokens [first, last) read as one organisation name, with no role split off. */
function orgChunk(tokens: Token[], first: number, last: number, headline: boolean): NameChunk {
  const built = buildChunk(tokens, first, last, headline);
  return { ...built, name: joinTokens(tokens.slice(first, last)), nameStart: built.start, role: null, honorific: null };
}

/** Joins one paragraph's name chunks into whole organisation and law names. */
export function joinOrgNames(tokens: Token[], found: NameChunk[], text: string, casing: Casing): NameChunk[] {
  const chunks = withSentenceStartHeads(tokens, found);
  const out: NameChunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    let chunk = chunks[k]!;
    if (chunk.headline) { out.push(chunk); continue; }
    const prev = out[out.length - 1];
    if (prev && joinsBackward(tokens, prev, chunk, casing)) {
      out.pop();
      chunk = orgChunk(tokens, prev.first, chunk.last, false);
    }
    const ext = extend(tokens, chunk, text);
    if (ext) {
      chunk = ext.person ? buildChunk(tokens, chunk.first, ext.last, false) : orgChunk(tokens, chunk.first, ext.last, false);
      // Fragments the longer name now covers go; a chunk running past its end cuts nothing (names do not overlap).
      while (k + 1 < chunks.length && chunks[k + 1]!.first < ext.last) k++;
    }
    out.push(chunk);
  }
  return out;
}

/**
 * "Bank of England said …": a head word opening a sentence is left out of the chunks as an
 * ordinary capitalised word; followed by a connector and a capitalised word it opens a name.
 */
function withSentenceStartHeads(tokens: Token[], chunks: NameChunk[]): NameChunk[] {
  const out: NameChunk[] = [];
  let k = 0;
  let covered = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (k < chunks.length && chunks[k]!.first <= i) {
      const c = chunks[k++]!;
      out.push(c);
      covered = Math.max(covered, c.last);
    }
    const t = tokens[i]!;
    const conn = tokens[i + 1];
    if (i >= covered && t.sentStart && t.cap && ORG_HEADS.has(t.lower) && !t.possessive && conn && !conn.cap && conn.joined && OPENERS.has(conn.lower)) {
      out.push(orgChunk(tokens, i, i + 1, false));
    }
  }
  while (k < chunks.length) out.push(chunks[k++]!);
  return out;
}

/**
 * "Alliance to Reclaim Our Schools (AROS)": acronyms written in brackets right after an
 * organisation's full name, whose letters are the name's capitals in order.
 */
export function acronymsOf(text: string, tokens: Token[], chunks: NameChunk[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of chunks) {
    if (c.role || !c.name.includes(' ')) continue;
    const acronym = acronymAfter(text, c.end);
    if (!acronym) continue;
    const initials = tokens.slice(c.first, c.last).filter((t) => t.cap).map((t) => t.text[0]!).join('');
    if (initials[0] === acronym[0] && isSubsequence(acronym.replace(/&/g, ''), initials)) out.set(acronym, c.name);
  }
  return out;
}

/** A name written in brackets on its own: "(AROS)". */
export function isBracketed(text: string, chunk: NameChunk): boolean {
  return text[chunk.start - 1] === '(' && text[chunk.end] === ')';
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/**
 * The organisation named inside a role ("Bank of England" in "Bank of England Governor"):
 * the head word with the capitalised words before it and the connector parts after it,
 * up to the title. Token indices into `words`, or null.
 */
export function orgSpanInRole(words: Token[]): { first: number; last: number } | null {
  const at = words.findIndex((t, i) => ORG_HEADS.has(t.lower) && t.cap && i + 1 < words.length && !words[i + 1]!.cap);
  if (at < 0) return null;
  let first = at;
  while (first > 0 && words[first - 1]!.cap && !personTitle(words[first - 1]!) && !words[first - 1]!.possessive) first--;
  let last = at + 1;
  while (last < words.length && !personTitle(words[last]!)) last++;
  while (last > at + 1 && !words[last - 1]!.cap) last--;
  return last > at + 1 ? { first, last } : null;
}

/**
 * "Peterson Institute" after "Peterson Institute for International Economics": a short form that
 * is the start of exactly one longer organisation name, cut before a connector. Short → long.
 */
export function shortOrgForms(names: string[]): Map<string, string> {
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const candidates = new Map<string, Set<string>>();
  for (const long of names) {
    const words = long.split(' ');
    // Short forms are short: looking at the first few words keeps this linear in a long name.
    for (let i = 2; i < Math.min(words.length, 8); i++) {
      if (!OPENERS.has(words[i]!) && words[i] !== 'and') continue;
      const short = byLower.get(words.slice(0, i).join(' ').toLowerCase());
      if (short) candidates.set(short, (candidates.get(short) ?? new Set()).add(long));
    }
  }
  const out = new Map<string, string>();
  for (const [short, longs] of candidates) if (longs.size === 1) out.set(short, [...longs][0]!);
  return out;
}

/**
 * "British Airways", "Minnesota Vikings", "U.N. Women", "House Oversight": one word after
 * nothing but country, place, organisation or nationality words is part of a compound name,
 * not a person with that role. A plural after a nationality ("Lithuanian Americans") is a group.
 */
export function compoundNameKind(roleWords: Token[], name: Token): 'organization' | 'group' | null {
  if (roleWords.length === 0 || givenName(name) || givenName(roleWords[0]!) || !roleWords.every((t) => t.cap)) return null;
  const known = (t: Token) => isKnownName(t.lower) || DEMONYMS.has(t.lower);
  if (roleWords.some((t) => TITLE_WORDS.has(t.lower) && !known(t)) || !roleWords.every(known)) return null;
  return DEMONYMS.has(roleWords[roleWords.length - 1]!.lower) && /\p{L}s$/u.test(name.text) ? 'group' : 'organization';
}

/**
 * "NAO" and "National Audit Office" in the same sources: an acronym whose letters are exactly the
 * capitals of one longer organisation name is that organisation. Acronym → full name.
 */
export function initialismsOf(names: string[]): Map<string, string> {
  const byInitials = new Map<string, string[]>();
  for (const name of names) {
    const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    const initials = words.map((w) => w[0]!).join('');
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), name]);
  }
  const out = new Map<string, string>();
  for (const name of names) {
    const letters = name.replace(/\./g, '');
    const full = /^[A-Z]{2,6}$/.test(letters) ? byInitials.get(letters) : undefined;
    if (full?.length === 1) out.set(name, full[0]!);
  }
  return out;
}
