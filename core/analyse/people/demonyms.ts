/**
 * Nationality adjectives the gazetteer does not list ("Kestran", "Valdorian"): a capitalised
 * word with a demonym ending that the sources only ever write before another word ("a Kestran
 * patrol vessel", "Kestran state media"). Such a word names no actor itself, and the bare
 * country name it comes from ("Valdoria" beside "Valdorian") is a place.
 */
import type { DocIndex } from './doc.js';
import { NON_NAME_WORDS } from './lexicon.js';
import { DEMONYMS } from './names.js';
import { reportingBase } from '../quotes/verbs.js';

const DEMONYM_ENDING = /^\p{Lu}\p{Ll}{2,}(?:an|ese|ish|ian)$/u;

/** "said", "told": a verb after the word makes it a speaker; a bare "state" or "report" is a noun it qualifies. */
function isInflectedReport(lower: string): boolean {
  const base = reportingBase(lower);
  return base !== null && base !== lower;
}

/** Lower-case demonym-like words that every mention uses attributively. */
export function attributiveWords(docs: DocIndex[]): Set<string> {
  const uses = new Map<string, { attributive: number; other: number }>();
  for (const doc of docs) {
    for (const chunk of doc.chunks) {
      // "Kestran Federation" (a longer name) says nothing either way.
      if (chunk.last !== chunk.first + 1) continue;
      const t = doc.tokens[chunk.first]!;
      if (!DEMONYM_ENDING.test(t.text) || DEMONYMS.has(t.lower)) continue;
      const entry = uses.get(t.lower) ?? { attributive: 0, other: 0 };
      uses.set(t.lower, entry);
      const next = doc.tokens[chunk.first + 1];
      const modifies = next && next.joined && !next.cap && !t.possessive && !NON_NAME_WORDS.has(next.lower) && !isInflectedReport(next.lower)
        && doc.tokenParagraph[chunk.first + 1] === doc.tokenParagraph[chunk.first];
      if (modifies && !chunk.honorific && !chunk.role) entry.attributive++;
      else entry.other++;
    }
  }
  const out = new Set<string>();
  for (const [word, n] of uses) if (n.attributive >= 2 && n.other === 0) out.add(word);
  return out;
}

/** The lower-case country names the adjectives come from: "valdoria" for "valdorian", "kestr"/"kestra" for "kestran". */
export function demonymCountries(attributive: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const word of attributive) {
    for (const ending of ['n', 'an', 'ian']) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      out.add(stem);
      if (ending === 'an') out.add(`${stem}a`);
    }
  }
  return out;
}
