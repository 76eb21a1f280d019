/**
 * Where a figure happened: the place named nearest it in its own clause, and only where the
 * words make it a location ("in Kyiv", "off Mariupol", "into Europe"). A place that acts
 * ("Pyongyang fired three missiles"), describes a noun ("two Vermont developers", "on Mexican
 * imports"), sits inside an organisation's name ("Alliance to Reclaim Our Schools", "Voice of
 * America") or in the reporter's credit ("…, according to …") says nothing of where the count is.
 */
import type { Sentence } from '../text/sentences.js';
import type { NameChunk } from '../people/names.js';
import { tokenAt, type DocIndex } from '../people/doc.js';
import type { Registry } from '../people/registry.js';
import { isPlural, NOT_A_NOUN, wordsIn } from './words.js';
import { CONTRAST_OPENERS, alternation, wordSet } from '../text/function-words.js';

/**
 * Where a clause no longer about the figure begins. After the figure, a subordinate or relative
 * clause ("…at 5, after a sailor died in hospital in X", "…12, which drew protests in Y"), a
 * condition ("…would owe $5 billion if it came back to X") or the credit ("…, according to the
 * X Alliance"); before it, a new main clause, or a relative clause on a noun past the place's own
 * verb ("the raid on X is the latest of many attacks that have killed hundreds") — a relative
 * clause right after the place is about it ("off X, where 40 ships…", "the strike in X, which killed 12").
 */
const BREAK_AFTER = /[;:—–]|\s--\s|,\s*(?:after|before|when|as|because|since|though|which|who|whom|where|but)\b|\b(?:according\s+to|if|unless|while|whereas|although)\b/i;
const BREAK_BEFORE = /[;:—–]|\s--\s|,\s*but\b|\b(?:is|was|are|were)\b[^;]*\b(?:that|which|who)\b/i;
/** A sentence opening with a clause of time span, contrast, cause or condition: its places are not the main clause's ("Since the attacks in X, the firm has cut 13,000 jobs"). */
const LEADING_SUBORDINATE = new RegExp(String.raw`^\W*(?:${alternation(wordSet(CONTRAST_OPENERS, 'since', 'unlike'))})\b`, 'i');
const PLACE_REACH = 300;

/** Prepositions that make the place after them a location or a direction. */
const LOCATIVE = /^(?:in|at|near|across|throughout|around|outside|inside|into|on|over|off|to|toward|towards|within|along|from|through|beyond)$/i;
/** Prepositions of position, after which "the X strike" still says where ("in the Kyiv strike"), unlike "to the New York businessman". */
const POSITION = /^(?:in|at|near|across|throughout|around|outside|inside|within)$/i;
/** Lower-case words after a place that keep it a place ("in Donetsk region"). */
const PLACE_NOUN = /^(?:region|province|state|county|city|oblast|district|area|neighbou?rhood|island|islands|village|town|capital|coast|border|valley|peninsula|strip|governorate|municipality|prefecture)$/i;
const WORD_AFTER = /^\s(\p{L}[\p{L}’'-]*)/u;
/** Between the figure and its place, only the preposition and the words before the name ("to the northern province of"). */
const ADJACENT = /^\s+\p{L}+\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:\p{L}+\s+of\s+)?$|^\s*$/u;
/** A capitalised word before the preposition, and the word before it (none at a sentence start). */
const NAME_BEFORE = /(?:^|(\S+)\s+)\p{Lu}[\p{L}’'-]*\s+$/u;

/**
 * The preposition before the place, past a determiner and up to three lower-case describing
 * words ("in a densely packed X", "in upstate X"), and whether any stood between.
 */
function prepositionBefore(text: string, start: number): { word: string; at: number; described: boolean } | null {
  const lead = text.slice(Math.max(0, start - 60), start);
  const words = wordsIn(lead);
  let described = false;
  let determiner = false;
  for (let k = words.length - 1, n = 0; k >= 0 && n <= 4; k--, n++) {
    const w = words[k]!;
    const next = words[k + 1]?.start ?? lead.length;
    if (!/^\s+$/.test(lead.slice(w.end, next))) return null;
    // "through the northern province of X": the place is where the preposition before "province" puts it.
    if (n === 0 && w.word === 'of' && words[k - 1] && PLACE_NOUN.test(words[k - 1]!.word) && /^\s+$/.test(lead.slice(words[k - 1]!.end, w.start))) {
      const outer = prepositionBefore(text, Math.max(0, start - 60) + words[k - 1]!.start);
      return outer && { ...outer, described: true };
    }
    if (LOCATIVE.test(w.word)) return { word: w.word.toLowerCase(), at: Math.max(0, start - 60) + w.start, described };
    // Only the preposition stands before a determiner ("to enter the X" is no location).
    if (determiner || !/^\p{Ll}/u.test(w.word)) return null;
    determiner = /^(?:the|a|an)$/.test(w.word);
    if (!determiner && NOT_A_NOUN.test(w.word)) return null;
    described = true;
  }
  return null;
}

/** A place and the preposition a label puts before it ("in", "from", "to", "off"). */
export interface FigurePlace { name: string; preposition: string }
/** Prepositions that put a place named before the figure where it is ("In X, 40 ships…"); "from X" there tells another noun's origin ("teams from X sent 300 soldiers"). */
const BEFORE_FIGURE = /^(?:in|at|near|across|throughout|around|outside|inside|within|on|off|over|through)$/i;
/** Prepositions a label words as "in X". */
const IN = /^(?:in|at|on|inside|within|throughout|across|around|over|through)$/;

/**
 * The preposition that makes the place at [start, end) where something is, or null when the
 * place is worded as who acts or what kind.
 */
export function locatedBy(text: string, start: number, end: number): string | null {
  const before = prepositionBefore(text, start);
  if (!before) return null;
  // "Alliance to Reclaim", "Voice of America": a capitalised word before the preposition makes one name.
  const named = NAME_BEFORE.exec(text.slice(Math.max(0, before.at - 30), before.at));
  if (named?.[1] && !/[.!?:"“”]$/.test(named[1])) return null;
  // "on Mexican imports", "to the New York businessman": a place that describes the noun after it.
  const next = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  const describes = next !== undefined && /^\p{Ll}/u.test(next) && !PLACE_NOUN.test(next) && !NOT_A_NOUN.test(next);
  if (describes && (before.described ? !POSITION.test(before.word) : isPlural(next))) return null;
  return before.word;
}

/**
 * The place named nearest `offset` in the sentence, in the figure's own clause; with `offset`
 * past the sentence (a look-back from a later sentence, for a casualty count), the last place
 * it names, however worded ("Drones struck X overnight. The attack killed 4"). `figureEnd`
 * is where the figure's words end.
 */
export function placeIn(doc: DocIndex, chunks: (NameChunk | undefined)[], registry: Registry, sentence: Sentence, offset: number, casualty: boolean, figureEnd = offset): FigurePlace | null {
  const text = doc.source.text;
  const lookBack = offset >= sentence.end;
  let best: (FigurePlace & { distance: number }) | null = null;
  // Only the words within reach of the figure: a run-on sentence of thousands of numbers stays linear.
  const from = Math.max(sentence.start, Math.min(offset, sentence.end) - PLACE_REACH);
  const to = Math.min(sentence.end, offset + PLACE_REACH);
  const subordinateStart = !casualty && LEADING_SUBORDINATE.test(text.slice(sentence.start, sentence.start + 20));
  for (let i = tokenAt(doc, from); i < doc.tokens.length && doc.tokens[i]!.start < to; i++) {
    const chunk = chunks[i];
    if (!chunk || chunk.first !== i) continue;
    const e = registry.entityOf(doc, chunk);
    if (!e || (e.kind !== 'place' && e.kind !== 'country')) continue;
    const distance = Math.abs(chunk.start - offset);
    if (best && distance >= best.distance) continue;
    let preposition = 'in';
    if (!lookBack) {
      const between = text.slice(Math.min(chunk.start, offset), Math.max(chunk.start, offset));
      if ((chunk.start > offset ? BREAK_AFTER : BREAK_BEFORE).test(between)) continue;
      if (subordinateStart && chunk.start < offset && between.includes(',')) continue;
      const word = locatedBy(text, chunk.start, chunk.end);
      // A strike "on" or cholera brought "to" a place before a casualty count is where the dead were.
      if (!word || (chunk.start < offset && !BEFORE_FIGURE.test(word) && !(casualty && /^(?:to|into|toward|towards)$/.test(word)))) continue;
      // "refugees from X", "exports to the province of X" only where the place's phrase follows the counted words.
      const adjacent = ADJACENT.test(text.slice(figureEnd, Math.max(figureEnd, chunk.start)));
      preposition = IN.test(word) || !adjacent || chunk.start < figureEnd ? 'in' : word;
    }
    best = { name: e.name, preposition, distance };
  }
  return best ? { name: best.name, preposition: best.preposition } : null;
}
