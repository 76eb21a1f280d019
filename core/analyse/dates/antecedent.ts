/**
 * What a clause-initial "he", "she" or "it" stands for, read off the text before it (the sentence
 * before, or the earlier clause of the same sentence): news nearly always goes on with the
 * subject it just named ("In October 1989 the Court of Appeal quashed …, and in June 1991 it
 * overturned …"). Only a name in subject position is taken; anything less certain is left alone.
 */
import { startsWithVerb } from './verbs.js';
import { HONORIFICS, NON_NAME_WORDS, TITLE_WORDS } from '../people/lexicon.js';

export interface Antecedent { person: string | null; thing: string | null }

const CAP = "[A-Z][\\p{L}'\u2019.-]*";
/** "Mr. Clarke", "Ruth Kelly", "Prince Harry" before a lower-case word. */
const PERSON = new RegExp(`^${CAP}(?:\\s+${CAP}){1,2}(?=,?\\s+[a-z])`, 'u');
/** "The Court of Appeal", "BA", "the European Commission" before a lower-case word. */
const THING = new RegExp(`^(?:[Tt]he\\s+${CAP}(?:\\s+(?:of|for|and)(?:\\s+the)?)?(?:\\s+${CAP})*|[A-Z]{2,}(?:\\s+${CAP})*)(?=\\s+[a-z])`, 'u');
/** Openers of a clause that the name lexicon's list leaves out. */
const OPENERS = new Set(['others', 'earlier', 'later']);

/** The lexicon's lower-case word for a word written with one capital ("The", not "THE" or "IT"). */
function capitalised(word: string): string | null {
  const lower = word.toLowerCase();
  return word === lower.charAt(0).toUpperCase() + lower.slice(1) ? lower : null;
}

/** Whether a capitalised run starts with a word that opens sentences but never a name ("Mr" does). */
function notAName(words: string): boolean {
  const first = capitalised(/^\p{L}*/u.exec(words)![0]);
  return first !== null && !HONORIFICS.has(first) && (NON_NAME_WORDS.has(first) || OPENERS.has(first));
}

/** A capitalised run holding "Mr", "Dr"…: a person, not a thing ("DR Congo" is a thing). */
function hasHonorific(words: string): boolean {
  return words.split(/\s+/).some((w) => HONORIFICS.has(capitalised(w) ?? ''));
}
/** An opening phrase before the subject: "To help offset the price, BA …", "In October 1989 the court …". */
const OPENING = /^(?:[^,]{0,70},\s+|(?:In|On|At|By|Since|After|Before|During|Last|Earlier|Later)\s+[^,]{0,30}?\s+(?=the\s))/;

/** "The regional court rejected …": a common noun phrase of a few words, up to its verb. */
function commonThing(text: string): string | null {
  const words = text.split(/\s+/);
  if (!/^the$/i.test(words[0] ?? '')) return null;
  for (let n = 2; n <= 5 && n < words.length; n++) {
    if (!/^[a-z][\w-]*$/.test(words[n - 1]!) || /^(in|of|on|at|for|to|the|a|an|and|or|with|by|from|that|who|which)$/.test(words[n - 1]!)) return null;
    if (startsWithVerb(words.slice(n).join(' '))) return ['The', ...words.slice(1, n)].join(' ');
  }
  return null;
}

/** "The former New Mexico governor is …": a role opening the sentence stands for a person. */
function role(text: string): string | null {
  const words = text.split(/\s+/);
  if (!/^the$/i.test(words[0] ?? '')) return null;
  for (let n = 2; n <= 7 && n < words.length; n++) {
    const head = words[n - 1]!;
    if (/[,;:]$/.test(head)) return null;
    if (TITLE_WORDS.has(head.toLowerCase()) && startsWithVerb(words.slice(n).join(' '))) return ['The', ...words.slice(1, n)].join(' ');
  }
  return null;
}

function match(text: string): Antecedent {
  const person = PERSON.exec(text);
  const common = commonThing(text);
  const thing = THING.exec(text) ?? (common ? [common] : null);
  return {
    person: person && !notAName(person[0]) ? person[0] : role(text),
    thing: thing && !hasHonorific(thing[0]) ? thing[0].replace(/^the\b/, 'The') : null,
  };
}

export function antecedentOf(before: string | null): Antecedent {
  if (!before) return { person: null, thing: null };
  const text = before.trim().replace(/^["\u201c]/, '');
  const direct = match(text);
  if (direct.person || direct.thing) return direct;
  const opening = OPENING.exec(text);
  return opening ? match(text.slice(opening[0].length)) : direct;
}
