/**
 * What a number in a sentence counts: the qualifier before it, the noun after it, and the
 * casualty or other category its neighbouring words give it.
 */
import type { FigureCategory } from '../../model/briefing.js';

export const QUALIFIERS = [
  'at least', 'more than', 'over', 'up to', 'about', 'around', 'nearly', 'almost', 'some', 'approximately',
  'roughly', 'fewer than', 'less than', 'as many as', 'an estimated', 'estimated', 'at most', 'under', 'close to',
  'upwards of', 'no fewer than', 'no less than', 'well over', 'just over', 'just under', 'only',
];
const QUALIFIER_BEFORE = new RegExp(`(?:^|\\s)(${[...QUALIFIERS].sort((a, b) => b.length - a.length).join('|')})\\s*$`, 'i');

const CATEGORY_WORDS: [FigureCategory, RegExp][] = [
  ['killed', /^(?:killed|killing|kills|dead|deaths?|died|dying|fatalities|lives|bodies|death toll|massacred|slain)$/i],
  ['injured', /^(?:injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed|casualties)$/i],
  ['missing', /^(?:missing|unaccounted)$/i],
  ['displaced', /^(?:displaced|refugees|fled|evacuated|evacuees|homeless|uprooted)$/i],
  ['weapons', /^(?:missiles?|drones?|rockets?|shells?|bombs?|tanks?|warheads?|artillery|munitions|aircraft|jets?|warships?|projectiles|shahed|interceptors?)$/i],
  ['people', /^(?:people|civilians|residents|soldiers|troops|children|women|men|persons|prisoners|hostages|migrants|workers|protesters|voters|citizens|students|officers|personnel|fighters|victims|families|households|patients|members)$/i],
];

/** Words after a number that make it a date, time, age or ordinal rather than a count. */
const NOT_A_COUNT_AFTER = /^(?:a\.m\.|p\.m\.|am|pm|o'clock|years? old|-year-old|st|nd|rd|th|percent|per cent|%)/i;
export const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;

export interface FigureContext {
  qualifier: string | null;
  qualifierStart: number;
  category: FigureCategory;
  /** The counted noun phrase after the number ("missiles", "civilian lives"). */
  noun: string | null;
  /** Span of the figure as worded, relative to the sentence. */
  start: number;
  end: number;
  isCount: boolean;
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g;
const NOT_A_NOUN = /^(?:of|in|on|at|and|or|to|for|from|by|with|were|was|are|is|be|been|had|have|has|said|says|more|who|that|which|the|a|an|he|she|they|it|we|i|you|his|her|their|its|will|would|could|can|may|might|should|than|as|per|each|this|these|those|ago|earlier|later|before|after)$/i;

function wordsIn(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function categoryOf(word: string): FigureCategory | null {
  for (const [cat, re] of CATEGORY_WORDS) if (re.test(word)) return cat;
  return null;
}

/** Reads the words around the number at [start, end) of `sentence`. */
export function readFigure(sentence: string, start: number, end: number, raw: string): FigureContext {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const afterText = sentence.slice(end, end + 80);
  const q = QUALIFIER_BEFORE.exec(before);
  const qualifier = q ? q[1]!.toLowerCase() : null;
  const qualifierStart = q ? start - (before.length - q.index - (q[0].length - q[0].trimStart().length)) : start;
  let category: FigureCategory = /[%]|percent|per cent/i.test(raw) ? 'percentage' : /[$€£]/.test(raw) ? 'money' : 'other';
  let figStart = Math.min(qualifierStart, start);
  let figEnd = end;
  let noun: string | null = null;

  const after = wordsIn(afterText).slice(0, 5);
  // "12 people", "70 missiles", "90 more", "hundreds of civilian lives", "$2 billion in aid"
  let k = 0;
  if (after[k]?.word === 'of' && /^(?:dozens|scores|hundreds|thousands|millions|tens of thousands|hundreds of thousands)$/i.test(raw)) k++;
  const nounWords: string[] = [];
  const gapBefore = (i: number) => afterText.slice(i === 0 ? 0 : after[i - 1]!.end, after[i]!.start);
  for (; k < after.length && nounWords.length < 3; k++) {
    const w = after[k]!;
    if (!/^\s+$/.test(gapBefore(k)) && !(k === 0 && gapBefore(k) === ' ')) break;
    if (NOT_A_NOUN.test(w.word) || /(?:ing|ly)$/i.test(w.word) || (category === 'money' || category === 'percentage')) {
      if (w.word.toLowerCase() === 'more' && nounWords.length === 0) { figEnd = end + w.end; }
      break;
    }
    nounWords.push(w.word);
    const cat = categoryOf(w.word);
    figEnd = end + w.end;
    if (cat) { if (category === 'other') category = cat; if (cat !== 'people' || nounWords.length > 0) break; }
    if (!/^[a-z]/.test(w.word)) break;
  }
  if (nounWords.length) noun = nounWords.join(' ');
  if (category === 'people' || category === 'other') {
    // "12 soldiers were wounded", "35 people died"
    const rest = wordsIn(sentence.slice(figEnd, figEnd + 40)).slice(0, 4);
    let r = 0;
    while (r < rest.length && /^(?:were|was|have|had|been|are|is|reportedly|also|later|all)$/i.test(rest[r]!.word)) r++;
    const cat = rest[r] ? categoryOf(rest[r]!.word) : null;
    if (cat && cat !== 'people' && cat !== 'weapons') {
      category = cat;
      figEnd += rest[r]!.end;
    }
  }
  if (category === 'other' || category === 'people') {
    // "killed at least 12", "injured 90 more": the casualty verb just before the number.
    const prev = wordsIn(sentence.slice(Math.max(0, figStart - 25), figStart));
    const last = prev[prev.length - 1];
    const cat = last ? categoryOf(last.word) : null;
    if (cat && cat !== 'people' && cat !== 'weapons') {
      category = cat;
      figStart = Math.max(0, figStart - 25) + last!.start;
    } else if (nounWords.length === 0) {
      const next = after[0];
      const cat2 = next ? categoryOf(next.word) : null;
      if (cat2) category = cat2;
    }
  }
  const isCount = !NOT_A_COUNT_AFTER.test(afterText.trimStart()) && !MONTHS.test(before);
  return { qualifier, qualifierStart, category, noun, start: figStart, end: figEnd, isCount };
}
