/**
 * Proper-name phrases ("NATO Secretary-General Mark Rutte", "Kyiv’s Sviatoshinsky district")
 * found from capitalisation, with the title or role split from the name itself.
 * Everything here is a linear walk over tokens.
 */
import type { Token } from './tokens.js';
import { COUNTRIES, COUNTRY_ALIASES, ORGANISATIONS, PLACES } from './gazetteer.js';
import { CALENDAR_WORDS, FEMALE_GIVEN_NAMES, HONORIFICS, MALE_GIVEN_NAMES, NAME_JOINERS, NON_NAME_WORDS, ORG_HEADS, TITLE_WORDS } from './lexicon.js';
import { reportingBase } from '../quotes/verbs.js';

export interface NameChunk {
  /** Index of the first and one past the last token of the whole phrase (role included). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name without title or role ("Mark Rutte"), or the whole phrase for organisations. */
  name: string;
  nameStart: number;
  /** A role written with the name ("NATO Secretary-General"), null when there is none. */
  role: string | null;
  honorific: string | null;
  possessive: boolean;
  /** Inside a headline, where every word is capitalised and capitals prove nothing. */
  headline: boolean;
}

export const DEMONYMS = new Map<string, string>();
for (const [country, adjectives] of Object.entries(COUNTRIES)) for (const a of adjectives) DEMONYMS.set(a.toLowerCase(), country);
const KNOWN = new Set<string>([
  ...Object.keys(COUNTRIES), ...Object.keys(COUNTRY_ALIASES), ...PLACES, ...ORGANISATIONS,
].map((s) => s.toLowerCase()));

export function isKnownName(lower: string): boolean {
  return KNOWN.has(lower);
}

function isAcronym(t: Token): boolean {
  return /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(t.text);
}

/** Whether a token belongs to a role rather than to a personal name. */
export function isRoleToken(t: Token): boolean {
  return TITLE_WORDS.has(t.lower) || DEMONYMS.has(t.lower) || isAcronym(t) || isKnownName(t.lower);
}

/** "Oscar-nominated", "Grammy-winning", "Miami-based", "Kremlin-backed": adjectives, though capitalised ("Ban Ki-moon" is a name). */
const HYPHENED_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(?:\p{Ll}+ed|\p{Ll}{3,}ing|born|led|run|wide|style|era|made|bound|like|class|level)$/u;
const hyphenedAdjective = (t: Token) => t.text.includes('-') && HYPHENED_ADJECTIVE.test(t.text);

function canContinue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || !t.joined || prev.possessive || hyphenedAdjective(t) || hyphenedAdjective(prev)) return false;
  if (CALENDAR_WORDS.has(t.lower) || CALENDAR_WORDS.has(prev.lower)) return false;
  if (t.cap) return true;
  const after = tokens[i + 1];
  if (!after?.cap || !after.joined) return false;
  if (t.lower === 'of') return TITLE_WORDS.has(prev.lower) || ORG_HEADS.has(prev.lower);
  return NAME_JOINERS.has(t.lower);
}

/** How a source writes its words: capitalised away from a sentence start, and in lower case. */
export interface Casing {
  capSeen: Set<string>;
  lowerSeen: Set<string>;
}

const INITIAL = /^\p{Lu}\.?$/u;

/**
 * A capitalised word at a sentence start that is a name although never written elsewhere
 * mid-sentence: "McLenney said …" (a capital inside the word, or a reporting verb after a
 * word the source never writes in lower case).
 */
function nameAtSentenceStart(tokens: Token[], i: number, casing: Casing): boolean {
  const t = tokens[i]!;
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text)) return true;
  const next = tokens[i + 1];
  return Boolean(next && next.joined && !next.cap && reportingBase(next.lower) && !casing.lowerSeen.has(t.lower) && !t.lower.endsWith('s'));
}

/**
 * Finds name phrases in one paragraph's tokens. `casing.capSeen` holds words the sources write
 * capitalised away from a sentence start: a sentence-initial word not in it is an ordinary word.
 */
export function findNameChunks(tokens: Token[], casing: Casing, headline: boolean): NameChunk[] {
  const { capSeen } = casing;
  const out: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || CALENDAR_WORDS.has(t.lower)) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && canContinue(tokens, j) && (tokens[j]!.nickname || !NON_NAME_WORDS.has(tokens[j]!.lower))) j++;
    let first = i;
    while (first < j) {
      const f = tokens[first]!;
      // A lone capitalised word opening a sentence is usually an ordinary word ("Pressed by …");
      // followed by more capitalised words it usually starts a name ("Sonya Herridge said").
      const lone = j - first === 1;
      const ordinary = NON_NAME_WORDS.has(f.lower) || !f.cap || hyphenedAdjective(f)
        || (lone && f.sentStart && !capSeen.has(f.lower) && !isKnownName(f.lower) && !TITLE_WORDS.has(f.lower) && !DEMONYMS.has(f.lower) && !nameAtSentenceStart(tokens, first, casing));
      if (!ordinary) break;
      first++;
    }
    // "Rival Hillary Clinton": an opening word never seen capitalised elsewhere is a modifier.
    const opener = tokens[first];
    // A given name before an initial ("Julie A. Diaz") is no modifier.
    if (opener && j - first >= 3 && opener.sentStart && !capSeen.has(opener.lower) && !isKnownName(opener.lower) && !TITLE_WORDS.has(opener.lower)
      && !INITIAL.test(tokens[first + 1]!.text) && !FEMALE_GIVEN_NAMES.has(opener.lower) && !MALE_GIVEN_NAMES.has(opener.lower)) first++;
    let last = j;
    while (last > first && !tokens[last - 1]!.cap) last--;
    if (last > first) out.push(buildChunk(tokens, first, last, headline));
    i = j;
  }
  return out;
}

export function buildChunk(tokens: Token[], first: number, last: number, headline: boolean): NameChunk {
  const slice = tokens.slice(first, last);
  let k = slice.length - 1;
  // The name is the trailing run of words that are not titles, demonyms or acronyms.
  while (k >= 0 && (slice[k]!.nickname || !isRoleToken(slice[k]!))) k--;
  let nameFrom = k + 1;
  if (nameFrom >= slice.length) nameFrom = 0;
  let honorific: string | null = null;
  let roleTokens = slice.slice(0, nameFrom);
  const lastRole = roleTokens[roleTokens.length - 1];
  if (lastRole && HONORIFICS.has(lastRole.lower)) {
    honorific = lastRole.text;
    roleTokens = roleTokens.slice(0, -1);
  }
  // Marcia "Cia" Price is Marcia Price; a nickname alone ("The Rock" said) stays the name.
  const written = slice.slice(nameFrom);
  const proper = written.filter((t) => !t.nickname);
  const nameTokens = proper.length ? proper : written;
  const start = slice[0]!.start;
  const end = slice[slice.length - 1]!.end;
  const nameStart = nameTokens[0]!.start;
  return {
    first, last, start, end,
    name: joinTokens(nameTokens),
    nameStart,
    role: roleTokens.length ? joinTokens(roleTokens) : null,
    honorific,
    possessive: slice[slice.length - 1]!.possessive,
    headline,
  };
}

export function joinTokens(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(' ').replace(/\s+-\s+/g, '-');
}

/**
 * A role written in lower case just before the name ("White House press secretary Josh Earnest",
 * "Tulsa police Chief Chuck Jordan"): title words and the capitalised words that qualify them.
 */
export function roleBefore(tokens: Token[], chunk: NameChunk): string | null {
  let i = chunk.first;
  let from = i;
  let sawTitle = chunk.role !== null;
  while (i > 0 && chunk.first - i < 6) {
    const cur = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!cur.joined || prev.possessive) break;
    if (TITLE_WORDS.has(prev.lower) && !HONORIFICS.has(prev.lower)) { sawTitle = true; from = i - 1; i--; continue; }
    if (!prev.cap && ORG_HEADS.has(prev.lower)) { from = i - 1; i--; continue; }
    if (prev.cap && !NON_NAME_WORDS.has(prev.lower) && !prev.sentStart) { from = i - 1; i--; continue; }
    if (prev.cap && prev.sentStart && (cur.cap || isKnownName(prev.lower) || DEMONYMS.has(prev.lower) || /^[A-Z.]+$/.test(prev.text))) { from = i - 1; i--; continue; }
    break;
  }
  if (from === chunk.first || !sawTitle) return chunk.role;
  const words = tokens.slice(from, chunk.first).map((t) => t.text);
  if (chunk.role) words.push(chunk.role);
  // Leading capitalised words that are not a title start the role only when a title follows them.
  return words.join(' ');
}
