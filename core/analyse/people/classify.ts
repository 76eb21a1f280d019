/**
 * What a name phrase names: a country, place, organisation or person, read from the
 * gazetteer, the phrase's own words and the words around it.
 */
import type { Token } from './tokens.js';
import { COUNTRY_ALIASES, COUNTRIES, ORGANISATIONS, PLACES } from './gazetteer.js';
import { HONORIFICS, NON_NAME_WORDS, ORG_HEADS, PLACE_HEADS, ROLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';
import { DEMONYMS, joinTokens, roleBefore, type NameChunk } from './names.js';
import { reportingBase } from '../quotes/verbs.js';
import { appositiveOrganisation, appositivePhraseRole } from './appositive-role.js';
import { compoundNameKind, isEventName, isJoinedOrgName, isPlaceByLastWord, orgSpanInRole } from './org-names.js';

export type Kind = 'person' | 'organization' | 'country' | 'place' | 'unknown';

export interface Reading {
  kind: Kind;
  /** The name as the entity is listed ("Mark Rutte", "Ukrainian Air Force", "United States"). */
  name: string;
  role: string | null;
  /** Evidence that an unknown phrase names a person or a place. */
  speaks: boolean;
  afterPlacePreposition: boolean;
  /** Names of gazetteer entities written inside the role ("NATO" in "NATO Secretary-General"). */
  roleEntities: string[];
  /** A law, war or event ("Iraq War"): names no actor, though the places in it count. */
  event?: boolean;
}

const byLower = (names: string[]) => new Map(names.map((n) => [n.toLowerCase(), n]));
const COUNTRY_NAMES = byLower(Object.keys(COUNTRIES));
const PLACE_NAMES = byLower(PLACES);
const ORG_NAMES = byLower(ORGANISATIONS);
/** Capitalised adjectives of direction or region: "Western officials" names nobody. */
const REGION_ADJECTIVES = new Set(['western', 'eastern', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'arctic', 'atlantic', 'pacific', 'mediterranean', 'transatlantic']);
/** Last words that make a capitalised phrase a geographic place. */
const GEO_FEATURES = new Set(['strait', 'straits', 'bay', 'sea', 'gulf', 'river', 'lake', 'ocean', 'channel', 'peninsula', 'mountains', 'valley', 'coast', 'desert', 'canal', 'island', 'islands', 'highlands', 'plain', 'plains', 'delta', 'basin', 'heights', 'mount']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'toward', 'towards', 'around', 'via']);

const ALIASES = new Map(Object.entries(COUNTRY_ALIASES).map(([k, v]) => [k.toLowerCase(), v]));

export function countryName(lower: string): string | null {
  return ALIASES.get(lower) ?? COUNTRY_NAMES.get(lower) ?? null;
}

/** Known places, countries and organisations by their written name. */
export function gazetteerReading(text: string): { kind: Kind; name: string } | null {
  const lower = text.toLowerCase().replace(/^the\s+/, '');
  const country = countryName(lower);
  if (country) return { kind: 'country', name: country };
  const place = PLACE_NAMES.get(lower);
  if (place) return { kind: 'place', name: place };
  const org = ORG_NAMES.get(lower);
  if (org) return { kind: 'organization', name: org };
  return null;
}

export function readChunk(text: string, tokens: Token[], chunk: NameChunk): Reading | null {
  const words = tokens.slice(chunk.first, chunk.last);
  const full = joinTokens(words);
  const lastWord = words[words.length - 1]!;
  const next = tokens[chunk.last];
  const prev = tokens[chunk.first - 1];
  const base = { role: null, speaks: false, afterPlacePreposition: false, roleEntities: [] as string[] };

  if ((DEMONYMS.has(full.toLowerCase()) || REGION_ADJECTIVES.has(full.toLowerCase())) && !countryName(full.toLowerCase())) return null;
  const known = gazetteerReading(full);
  if (known) return { ...base, ...known };
  // "GCSEs", "Women MPs", "Super PACs": a plural acronym names a group or a thing, never one actor.
  if (/^[A-Z]{2,6}s$/.test(lastWord.text)) return null;
  if (isEventName(words, next)) {
    const places = words.map((t) => gazetteerReading(t.text)).filter((r) => r && (r.kind === 'country' || r.kind === 'place')).map((r) => r!.name);
    return { ...base, kind: 'unknown', name: full, event: true, roleEntities: places };
  }
  if (isPlaceByLastWord(words) && !chunk.honorific) return { ...base, kind: 'place', name: full };
  if (!chunk.role && isJoinedOrgName(words)) return { ...base, kind: 'organization', name: full };
  if (ORG_HEADS.has(lastWord.lower) && !chunk.honorific) return { ...base, kind: 'organization', name: full };
  // "Northern Strait", "Marrow Bay": a geographic feature names a place.
  if (words.length >= 2 && GEO_FEATURES.has(lastWord.lower) && !chunk.honorific) return { ...base, kind: 'place', name: full };
  if (next && next.joined && !next.cap && PLACE_HEADS.has(next.lower) && words.length <= 3) {
    return { ...base, kind: 'place', name: `${full} ${next.text}` };
  }
  if (words.length === 1 && /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(lastWord.text)) return { ...base, kind: 'organization', name: full };

  const roleWords = words.slice(0, words.length - chunk.name.split(' ').length);
  const orgSpan = orgSpanInRole(roleWords);
  const roleEntities = roleWords.filter((_, i) => !orgSpan || i < orgSpan.first || i >= orgSpan.last)
    .map((t) => gazetteerReading(t.text)?.name).filter((n): n is string => Boolean(n));
  if (orgSpan) roleEntities.push(joinTokens(roleWords.slice(orgSpan.first, orgSpan.last)));
  // A closed phrase after the name that is no role ("the first woman elected to the board") settles it.
  const after = appositivePhraseRole(text, tokens, chunk);
  const before = roleBefore(tokens, chunk);
  // A bare title before the name ("Senators Charles E. Grassley, Republican of Iowa,") gives way to a fuller phrase after it.
  const written = (before?.includes(' ') ? before : null) ?? after ?? before ?? appositiveRole(text, tokens, chunk, after === undefined);
  // "IAAF chief Lamine Diack": an acronym in the role written before the phrase is a mention of that body.
  if (before && before !== chunk.role) roleEntities.push(...acronymsIn(before, chunk.role));
  // "former" alone qualifies a role that was not written; it is not one.
  const trimmed = written && withoutOpener(written);
  const role = trimmed && trimmed.split(' ').every((w) => ROLE_MODIFIERS.has(w.toLowerCase())) ? null : trimmed;
  const nameKnown = gazetteerReading(chunk.name);
  if (nameKnown && !role) return { ...base, ...nameKnown };
  if (!role && !chunk.honorific && appositiveOrganisation(text, tokens, chunk)) return { ...base, kind: 'organization', name: full };
  const compound = !chunk.honorific && trimmed === chunk.role && words.length - roleWords.length === 1 ? compoundNameKind(roleWords, lastWord) : null;
  if (compound === 'group') return null;
  if (compound) return { ...base, kind: compound, name: full };
  const named = chunk.name.split(' ').every((w) => /^\p{Lu}/u.test(w) || w.length <= 3);
  // "If Republican Donald Trump wins": a party or rank word alone is no role, but still marks a person.
  const kind: Kind = (role || (trimmed && trimmed !== written) || chunk.honorific) && named && !TITLE_WORDS.has(chunk.name.toLowerCase()) ? 'person' : 'unknown';
  return {
    kind,
    name: chunk.name,
    role: kind === 'person' ? role : null,
    speaks: speaksHere(tokens, chunk),
    afterPlacePreposition: Boolean(prev && PLACE_PREPOSITIONS.has(prev.lower) && chunk.start - prev.end <= 2),
    roleEntities,
  };
}

/**
 * "But Attorney General", "As President": a sentence's opening word is not part of the role;
 * "Sens. Jon Tester and Jeff Merkley": each is a "Sen.".
 */
function withoutOpener(role: string): string | null {
  const words = role.split(' ');
  let i = 0;
  while (i < words.length - 1 && NON_NAME_WORDS.has(words[i]!.toLowerCase())) i++;
  return words.slice(i).join(' ').replace(/\b(Sen|Rep)s\./g, '$1.').replace(/\b(Senator|Representative)s\b/g, '$1') || null;
}

function acronymsIn(role: string, own: string | null): string[] {
  const inOwn = new Set((own ?? '').split(' '));
  return role.split(' ').filter((w) => /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(w) && !inOwn.has(w) && !TITLE_WORDS.has(w.toLowerCase()) && !gazetteerReading(w));
}

/** Verbs after which news puts the speaker ("said Caddell", "noted NBC’s Dante Chinni"); "urged X" names a listener. */
const INVERTED = new Set([
  'say', 'write', 'add', 'note', 'explain', 'continue', 'reply', 'respond', 'counter', 'argue', 'insist', 'observe',
  'recall', 'declare', 'state', 'warn', 'conclude', 'quip', 'joke', 'remark', 'acknowledge', 'admit', 'concede',
  'tweet', 'post', 'comment', 'contend', 'maintain', 'stress', 'suggest', 'answer', 'retort', 'exclaim',
]);

/** "X said", "X told", "said X", "according to X". */
function speaksHere(tokens: Token[], chunk: NameChunk): boolean {
  const after = tokens[chunk.last];
  const before = tokens[chunk.first - 1];
  const before2 = tokens[chunk.first - 2];
  if (after && !chunk.possessive && reportingBase(after.lower) && after.start - chunk.end <= 2) return true;
  if (after && /^(also|later|then|previously|has|had|have)$/.test(after.lower)) {
    const after2 = tokens[chunk.last + 1];
    if (after2 && reportingBase(after2.lower)) return true;
  }
  // "said Caddell", "noted NBC’s Dante Chinni"
  if (before && INVERTED.has(reportingBase(before.lower) ?? '') && !before.cap) return true;
  if (before?.possessive && before2 && INVERTED.has(reportingBase(before2.lower) ?? '') && !before2.cap) return true;
  return Boolean(before && before2 && before.lower === 'to' && before2.lower === 'according');
}

/**
 * Roles written beside the name: "Trump’s envoy, Steve Witkoff," before it, or
 * "Tim Hess, a real estate developer in Virginia," after it.
 */
function appositiveRole(text: string, tokens: Token[], chunk: NameChunk, afterName = true): string | null {
  const prev = tokens[chunk.first - 1];
  const first = tokens[chunk.first]!;
  if (prev && !prev.cap && TITLE_WORDS.has(prev.lower) && !HONORIFICS.has(prev.lower) && !first.joined) {
    let from = chunk.first - 1;
    while (from > 0 && chunk.first - from < 5 && tokens[from]!.joined) {
      const t = tokens[from - 1]!;
      if (NON_NAME_WORDS.has(t.lower) && !t.possessive) break;
      from--;
      if (t.possessive) break;
    }
    const words = tokens.slice(from, chunk.first);
    if (words.length >= 2 && words[0]!.possessive) return words.map((t, i) => (i === 0 ? `${t.text}'s` : t.text)).join(' ');
  }
  const after = tokens[chunk.last];
  if (!afterName || !after || !/^(a|an|the)$/.test(after.lower)) return null;
  // Joined by a comma and a space, nothing else.
  if (after.joined || after.start - chunk.end > 3 || chunk.possessive || !/^,\s$/.test(text.slice(chunk.end, after.start))) return null;
  const words: Token[] = [];
  for (let i = chunk.last + 1; i < tokens.length && words.length < 8; i++) {
    const t = tokens[i]!;
    if (i > chunk.last + 1 && !t.joined) break;
    words.push(t);
  }
  const hasTitle = words.some((t) => (TITLE_WORDS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower)) || ORG_HEADS.has(t.lower));
  return hasTitle && words.length > 0 && words.length < 8 ? words.map((t) => t.text).join(' ') : null;
}
