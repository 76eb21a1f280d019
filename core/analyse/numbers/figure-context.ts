/**
 * What a number in a sentence counts: the qualifier before it, the noun after it, and the
 * casualty or other category its neighbouring words give it. Numbers that are not counts a
 * brief would list (dates, ages, durations, distances, page and model numbers, phone numbers,
 * the "10" of "eight of 10") are marked `isCount: false`.
 */
import type { FigureCategory } from '../../model/briefing.js';
import { labelSum } from './sum-label.js';
import { leadBefore, pollShare } from './poll-share.js';
import { parseNumber } from './number-words.js';
import { DETERMINER, NOT_A_NOUN, isPlural, wordsIn, type WordAt } from './words.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../dates/find.js';
import { EMPTY_NOUN, verbPhraseAfter } from './verb-phrase.js';

export const QUALIFIERS = [
  'at least', 'more than', 'over', 'up to', 'about', 'around', 'nearly', 'almost', 'some', 'approximately',
  'roughly', 'fewer than', 'less than', 'as many as', 'an estimated', 'estimated', 'at most', 'under', 'close to',
  'upwards of', 'no fewer than', 'no less than', 'well over', 'just over', 'just under', 'only', 'just',
];
const QUALIFIER_BEFORE = new RegExp(`(?:^|\\s)(${[...QUALIFIERS].sort((a, b) => b.length - a.length).join('|')})\\s*$`, 'i');

const CATEGORY_WORDS: [FigureCategory, RegExp][] = [
  ['killed', /^(?:kill|die|killed|killing|kills|dead|deaths?|died|dying|fatalities|lives|bodies|death toll|massacred|slain|perished|murdered|drowned)$/i],
  ['injured', /^(?:injure|injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed|casualties)$/i],
  ['missing', /^(?:missing|unaccounted)$/i],
  ['displaced', /^(?:displaced|refugees|fled|evacuated|evacuees|homeless|uprooted)$/i],
  ['weapons', /^(?:missiles?|drones?|rockets?|shells?|bombs?|tanks?|warheads?|artillery|munitions|aircraft|jets?|warships?|projectiles|shahed|interceptors?)$/i],
  ['people', /^(?:people|civilians|residents|soldiers|troops|children|women|men|persons|prisoners|hostages|migrants|workers|protesters|voters|citizens|students|officers|personnel|fighters|victims|families|households|patients|members|sailors|detainees|inmates|employees|volunteers|adults)$/i],
];

const MONTHS = `${MONTH_NAMES}|${MONTH_ABBREVIATIONS}`;
/** Words after a number that make it a time, date, age, ordinal, span or measure rather than a count. */
const NOT_A_COUNT_AFTER = new RegExp(
  String.raw`^(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|years? old|-year-old|st\b|nd\b|rd\b|th\b|(?:${MONTHS})\b`
  + String.raw`|(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|decades?|centuries|nights?|weekdays?)\b`
  + String.raw`|(?:kilo|centi|milli)?(?:metres?|meters?)\b|km\b|kilometers?\b|miles?\b|nautical miles?\b|feet\b|foot\b|inch(?:es)?\b|yards?\b`
  + String.raw`|mph\b|km/h\b|degrees?\b|(?:percentage )?points?\b|times\b|fold\b|pence\b|cents?\b|pounds\b|kg\b|kilos?\b|lbs?\b)`,
  'i',
);
/** Words before a number that make it a date, a label, an age or a rank ("page 5", "No. 2", "aged 45", "top 10"). */
const NOT_A_COUNT_BEFORE = new RegExp(
  String.raw`(?:\b(?:${MONTHS})\.?|\b(?:page|pages|pp?\.|no\.|nos\.|number|chapter|section|article|paragraph|clause|room|flight|route|channel|episode|season|volume|vol\.|part|phase|stage|gate|platform|exit|highway|interstate|apartment|suite|level|category|grade|tier|aged|age|ages|age of|top|bottom|ranked|ranking|No|tel\.?|phone|fax|call|dial)|\b(?:people|those|anyone|adults|voters|children|men|women)\s+(?:under|over|aged))\s*$`,
  'i',
);
/** A capitalised word just before the number. */
const CAPITAL_BEFORE = /(?:^|[\s(])([A-Z][\p{L}\d-]*)\s$/u;
/** "one of every nine", "eight of 10", "$4 of every $5": the whole a share is taken of. */
const SHARE_OF_BEFORE = /(?:\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an))\s+(?:out\s+)?(?:of|in)\s+(?:every\s+)?[$€£]?\s*$/i;
/** Currencies written out after the number: "59.2 trillion rupiah". Weight "pounds" only with a scale. */
const CURRENCY_AFTER = /^\s+(?:of\s+)?(?:dollars|euros|rupiah|yuan|roubles|rubles|yen|rupees|shillings|hryvnias?|pounds sterling)\b/i;
const SCALED = /\s(?:million|billion|trillion|thousand)$/i;

/** "the death toll at", "the number of dead rose to", "toll stands at": the count that follows is of the dead. */
const TOLL_BEFORE = /\b((?:death|casualty|fatality|injury|civilian)\s+)?(toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|victims|injured|wounded|casualties|missing|displaced))\b(?:\s+[\w’'-]+){0,4}?\s+(?:at|to|of|is|was|reached|hit|topped|passed|exceeded|stood|stands)(?:\s+at)?\s*$/i;
const TOLL_CATEGORY: [RegExp, FigureCategory][] = [
  [/injur|wounded|casualt/i, 'injured'],
  [/missing/i, 'missing'],
  [/displaced/i, 'displaced'],
];
/** "death row", "death penalty": the word is not a count of the dead. */
const NOT_A_DEATH = /^(?:row|penalty|penalties|sentence|sentences|threat|threats|squad|squads|certificates?|march)\b/i;
/** Auxiliaries between a counted noun and its outcome ("12 soldiers were wounded", "were left homeless"). */
const AUXILIARY = /^(?:were|was|have|had|has|been|are|is|be|being|reportedly|also|later|all|left|now|so|far|initially|confirmed|believed|feared|thought|said|to)$/i;
/** Active verbs before a count whose past participle names what happened to it ("arrested 224 people" → "people arrested"). */
const IRREGULAR_PARTICIPLE = /^(?:cut|shut|sent|held|hit|shot|freed|taken|took|lost|built|sold|fired|seized|downed|laid|struck|caught|sank|sunk|won|brought|drew|drawn|led|fought|beaten|found|kept)$/i;
/** Words after a participle that show it modifies the noun ("drones launched at", "avocados consumed in"). */
const PARTICIPLE_FOLLOWER = /^\s*(?:$|[,.;:)]|(?:in|on|at|by|for|from|to|into|during|over|across|near|since|after|before|overnight|so|last|this|yesterday|today|earlier|against|toward|towards|under|with|without|and)\b)/i;
const MEASURE = /^(?:tons|tonnes|acres|hectares|barrels|litres|liters|gallons|cubic|square|megawatts|gigawatts|doses|rounds|pages)$/i;
/** Nouns that name people only by what they belong to: "1,000 members" says little without "of the union". */
const MEMBERS = /^(?:members|supporters|employees|staff|citizens|customers|users|subscribers|shareholders|followers|adherents)$/i;
/** What a measure measures: "of (the) forest", "of coal reserves" — up to three noun words. */
function measuredAfter(text: string): { words: string; end: number } | null {
  const words = wordsIn(text).slice(0, 5);
  if (words[0]?.word !== 'of' || !/^\s+$/.test(text.slice(0, words[0].start))) return null;
  // "of the forest" reads as "of forest"; "of an entire religion" keeps its article.
  const determiner = words[1] && DETERMINER.test(words[1].word) && /^\s+$/.test(text.slice(words[0].end, words[1].start)) ? words[1] : null;
  let k = determiner ? 2 : 1;
  const kept: WordAt[] = [];
  for (; k < words.length && kept.length < 3; k++) {
    const w = words[k]!;
    if (!/^[a-z][a-z-]*$/.test(w.word) || NOT_A_NOUN.test(w.word) || AUXILIARY.test(w.word) || /(?:ing|ly|[^e]ed)$/.test(w.word)) break;
    if (!/^\s+$/.test(text.slice((kept[kept.length - 1] ?? words[k - 1]!).end, w.start))) break;
    kept.push(w);
    if (isPlural(w.word)) break;
  }
  if (!kept.length) return null;
  const from = determiner && !/^the$/i.test(determiner.word) ? determiner.start : kept[0]!.start;
  return { words: text.slice(from, kept[kept.length - 1]!.end), end: kept[kept.length - 1]!.end };
}

/** A clause in commas after the counted noun ("1.5 million people, mainly Jews, were killed"). */
const APPOSITION = /^,\s[^,.;:"“”]{1,40},/;
const LOST_LIVES = /^\s+(?:have\s+|had\s+)?lost\s+their\s+lives\b/i;

export interface FigureContext {
  qualifier: string | null;
  qualifierStart: number;
  category: FigureCategory;
  /** What the figure counts, as a short noun phrase ("missiles", "civilian lives", "people arrested"). */
  noun: string | null;
  /** Span of the figure as worded, relative to the sentence. */
  start: number;
  end: number;
  isCount: boolean;
}

function categoryOf(word: string): FigureCategory | null {
  for (const [cat, re] of CATEGORY_WORDS) if (re.test(word)) return cat;
  return null;
}

/** A past participle: regular "-ed" or a common irregular one. */
function isParticiple(word: string): boolean {
  return /^[a-z]{3,}ed$/.test(word) || IRREGULAR_PARTICIPLE.test(word);
}

/** Whether the number stands for something other than a count (see NOT_A_COUNT_*). */
function notACount(sentence: string, start: number, end: number, before: string, afterText: string, raw: string): boolean {
  const after = afterText.trimStart().replace(/^of\s+/i, '');
  // "a 911 caller", "a 30-second spot": a number after an article modifies a noun; it counts nothing.
  if (/\b(?:a|an)\s$/i.test(before) && !/^[$€£]/.test(raw) && !/%|percent|per cent/i.test(raw)) return true;
  if (NOT_A_COUNT_AFTER.test(after) && !(/^pounds\b/i.test(after) && SCALED.test(raw))) return true;
  // The end-anchored patterns only ever need the last few words: testing a short tail keeps them cheap.
  const tail = before.slice(-28);
  const justBefore = sentence.slice(Math.max(0, start - 28), start);
  if (NOT_A_COUNT_BEFORE.test(tail) || (justBefore !== tail && NOT_A_COUNT_BEFORE.test(justBefore)) || SHARE_OF_BEFORE.test(tail)) return true;
  // "a 3 to 1 margin", "a 2-to-1 majority": a ratio, not a count.
  if (/\d\s*(?:to|-to-)\s*$/i.test(sentence.slice(Math.max(0, start - 8), start)) && /^\s+(?:margin|ratio|majority|edge|lead|split|odds)\b/i.test(afterText)) return true;
  // Phone numbers and codes: digit groups in a row ("020 7946 0018", "(020) 7946").
  if (/\d[\s-]?$|\)\s?$/.test(sentence.slice(Math.max(0, start - 2), start)) || /^[\s-]\d/.test(sentence.slice(end, end + 2))) return true;
  // An age after a name: "Anna Petrova, 45, said".
  if (/^\d{1,3}$/.test(raw) && /[A-Z][\p{L}’'-]+,\s?$/u.test(before) && /^,/.test(afterText)) return true;
  // A model or title number: "PlayStation 3", "Channel 4", "Fortune 500" — a capitalised word just before,
  // not at the sentence start ("Some 83 MPs") and not a verb of a headline ("Strike Kills 12").
  const cap = CAPITAL_BEFORE.exec(tail);
  if (cap && /\d/.test(raw) && !/^[$€£]/.test(raw) && !(/%|percent|per cent/i.test(raw) && leadBefore(before))) {
    const ahead = before.slice(0, before.length - cap[0].length).trimEnd();
    const sentenceStart = ahead === '' || /[.!?:;"“”]$/.test(ahead);
    const word = cap[1]!;
    const ordinaryWord = categoryOf(word) || QUALIFIER_BEFORE.test(` ${word}`) || NOT_A_NOUN.test(word) || DETERMINER.test(word);
    // At a sentence start only an ordinary word ("All 12 crew", "Another 3") may lead a count; "PlayStation 3" may not.
    if (!ordinaryWord && (!sentenceStart || /[A-Z]/.test(word.slice(1)) || /\d/.test(word))) return true;
  }
  return false;
}

function reading(qualifier: string | null, qualifierStart: number, category: FigureCategory, noun: string | null, start: number, end: number, isCount = true): FigureContext {
  return { qualifier, qualifierStart, category, noun, start, end, isCount };
}

/** The text between word i-1 (or the number) and word i. */
function gapBefore(text: string, words: readonly WordAt[], i: number): string {
  return text.slice(i === 0 ? 0 : words[i - 1]!.end, words[i]!.start);
}

/** Reads the words around the number at [start, end) of `sentence`. */
export function readFigure(sentence: string, start: number, end: number, raw: string, value: number | null = parseNumber(raw)): FigureContext {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const afterText = sentence.slice(end, end + 80);
  const q = QUALIFIER_BEFORE.exec(before);
  const qualifier = q ? q[1]!.toLowerCase() : null;
  const qualifierStart = q ? start - (before.length - q.index - (q[0].length - q[0].trimStart().length)) : start;
  if (notACount(sentence, start, end, sentence.slice(Math.max(0, qualifierStart - 40), qualifierStart), afterText, raw)) {
    return reading(qualifier, qualifierStart, 'other', null, start, end, false);
  }

  let category: FigureCategory = /[%]|percent|per cent/i.test(raw) ? 'percentage' : /[$€£]/.test(raw) ? 'money' : 'other';
  let figStart = Math.min(qualifierStart, start);
  let figEnd = end;
  const currency = category === 'other' ? CURRENCY_AFTER.exec(afterText) : null;
  if (currency) { category = 'money'; figEnd = end + currency[0].length; }

  if (category === 'money' || category === 'percentage') {
    // "from £6 to £10", "from just over 5% in 2003": the value a change started from.
    if (/\bfrom\s*$/i.test(sentence.slice(Math.max(0, figStart - 6), figStart))) return reading(qualifier, qualifierStart, category, null, figStart, figEnd, false);
    const summed = labelSum(sentence, figStart, figEnd, category);
    // A bare share or "support" in a race says nothing until it names whom it backs.
    const sum = category === 'percentage' && (!summed || /^support$/i.test(summed.label)) ? (pollShare(sentence, figStart, figEnd) ?? summed) : summed;
    if (!sum) return reading(qualifier, qualifierStart, category, null, figStart, figEnd, false);
    return reading(qualifier, qualifierStart, category, sum.label, Math.min(figStart, sum.start), Math.max(figEnd, sum.end));
  }

  // "puts the death toll at 5", "the number of dead rose to 40"
  const lead = sentence.slice(Math.max(0, figStart - 70), figStart);
  const toll = /toll|number/i.test(lead) ? TOLL_BEFORE.exec(lead) : null;
  if (toll) {
    const words = toll[0];
    const cat = TOLL_CATEGORY.find(([re]) => re.test(`${toll[1] ?? ''} ${toll[2]!}`))?.[1] ?? 'killed';
    return reading(qualifier, qualifierStart, cat, null, Math.max(0, figStart - 70) + toll.index, end);
  }

  const after = wordsIn(afterText).slice(0, 6);
  // "12 people", "70 missiles", "90 more", "hundreds of civilian lives"
  let k = 0;
  if (after[k]?.word === 'of' && /^(?:dozens|scores|hundreds|thousands|millions|tens of thousands|hundreds of thousands)$/i.test(raw)) k++;
  const nounWords: string[] = [];
  let deathCompound = false;
  for (; k < after.length && nounWords.length < 3; k++) {
    const w = after[k]!;
    if (!/^\s+$/.test(gapBefore(afterText, after, k))) break;
    if (afterText[w.end] === '-') break; // "1,500 coal- and gas-fired plants": the noun is further on
    const next = after[k + 1];
    const modifier = /^[a-z]+(?:ly|ing)$/.test(w.word) && !categoryOf(w.word) && next !== undefined && /^[a-z]/.test(next.word)
      && !NOT_A_NOUN.test(next.word) && isPlural(next.word) && /^\s$/.test(afterText.slice(w.end, next.start));
    if (NOT_A_NOUN.test(w.word) || (/(?:ing|ly)$/i.test(w.word) && !modifier)) {
      if (w.word.toLowerCase() === 'more' && nounWords.length === 0) figEnd = end + w.end;
      break;
    }
    const capital = !/^[a-z]/.test(w.word);
    if (capital) {
      // "31 Latinos", "100 Russian stations"; not "131 West" or "29 New".
      const nextWord = after[k + 1];
      const adjective = nextWord && /^[a-z]/.test(nextWord.word) && !NOT_A_NOUN.test(nextWord.word) && /^\s$/.test(afterText.slice(w.end, nextWord.start));
      if (nounWords.length > 0 || (!isPlural(w.word) && !adjective)) break;
    }
    // "12 death row inmates": "death" modifies the noun; it counts no dead.
    const compound = /^deaths?$/i.test(w.word) && NOT_A_DEATH.test(afterText.slice(w.end).trimStart());
    if (compound) deathCompound = true;
    nounWords.push(w.word);
    figEnd = end + w.end;
    const cat = compound ? null : categoryOf(w.word);
    if (cat) { if (category === 'other') category = cat; break; }
    if (capital && isPlural(w.word)) break;
    if (isPlural(w.word) && nounWords.length > 0) break;
  }
  // What is counted is plural ("12 vessels"); a singular word after a number other than one is a
  // name or a modifier ("PlayStation 3 chip", "45 contemporary, impressionist…"), not a count.
  const head = nounWords[nounWords.length - 1];
  // "hundreds of billions of dollars": an amount with no unit a brief can state.
  if (head && /^(?:thousands|millions|billions|trillions)$/i.test(head)) return reading(qualifier, qualifierStart, 'other', null, start, end, false);
  if (head && !categoryOf(head) && !isPlural(head) && value !== 1) return reading(qualifier, qualifierStart, 'other', null, start, end, false);
  let noun = nounWords.length ? nounWords.join(' ') : null;
  // A measure says little without what it measures: "300,000 acres of forest", "156 tons of carbon".
  const measure = head && (MEASURE.test(head) || MEMBERS.test(head)) ? measuredAfter(sentence.slice(figEnd, figEnd + 50)) : null;
  if (measure) {
    noun = `${noun} of ${measure.words}`;
    figEnd += measure.end;
  }

  let acted = false;
  if (category === 'people' || category === 'other' || category === 'weapons') {
    // "12 soldiers were wounded", "35 people died", "1.5 million people, mainly Jews, were killed"
    const apposition = APPOSITION.exec(sentence.slice(figEnd));
    const restFrom = figEnd + (apposition && noun ? apposition[0].length : 0);
    if (LOST_LIVES.test(sentence.slice(restFrom, restFrom + 40))) {
      category = 'killed';
      figEnd = restFrom + LOST_LIVES.exec(sentence.slice(restFrom))![0].length;
    } else {
      const rest = wordsIn(sentence.slice(restFrom, restFrom + 50)).slice(0, 5);
      let r = 0;
      while (r < rest.length && AUXILIARY.test(rest[r]!.word)) r++;
      const word = rest[r];
      const cat = word ? categoryOf(word.word) : null;
      if (word && cat && cat !== 'people' && cat !== 'weapons' && category !== 'weapons') {
        category = cat;
        figEnd = restFrom + word.end;
      } else if (word && noun && r > 0 && /^(?:were|was|are|is|have been|had been|been)$/i.test(rest[r - 1]!.word) && isParticiple(word.word.toLowerCase())
        && !/^\s+to\b/i.test(sentence.slice(restFrom + word.end, restFrom + word.end + 5))) {
        // Passive outcome: "5,300 employees were fired" → "employees fired" (but "40 ships were
        // ordered to hold position" says what they were told, not what happened to them).
        noun = `${noun} ${word.word.toLowerCase()}`;
        figEnd = restFrom + word.end;
      } else if (word && noun && r === 0 && isPlural(nounWords[nounWords.length - 1]!) && isParticiple(word.word.toLowerCase())
        && PARTICIPLE_FOLLOWER.test(sentence.slice(restFrom + word.end, restFrom + word.end + 12))) {
        // Reduced relative clause: "145 drones launched overnight", "10 authors shortlisted for".
        noun = `${noun} ${word.word.toLowerCase()}`;
        figEnd = restFrom + word.end;
      } else if (noun && EMPTY_NOUN.test(noun)) {
        // "100,000 people took part in a walk-in": the noun alone says nothing of what was counted.
        const phrase = verbPhraseAfter(sentence.slice(restFrom, restFrom + 120));
        if (phrase) {
          noun = `${noun} ${phrase.text}`;
          figEnd = restFrom + phrase.end;
          acted = true;
        }
      }
    }
  }
  if (!acted && (category === 'other' || category === 'people' || category === 'weapons')) {
    // "killed at least 12", "injured 90 more": the casualty verb just before the number.
    const prev = wordsIn(sentence.slice(Math.max(0, figStart - 25), figStart));
    const last = prev[prev.length - 1];
    const gap = last ? sentence.slice(Math.max(0, figStart - 25) + last.end, figStart) : '';
    const cat = last ? categoryOf(last.word) : null;
    if (last && cat && cat !== 'people' && cat !== 'weapons' && category !== 'weapons' && /^\s+$/.test(gap)) {
      category = cat;
      figStart = Math.max(0, figStart - 25) + last.start;
    } else if (last && noun && /^\s+$/.test(gap) && isParticiple(last.word) && !isParticiple(noun.split(' ').pop()!)) {
      // "arrested 224 people" → "people arrested".
      noun = `${noun} ${last.word.toLowerCase()}`;
    } else if (last && noun && /^(?:down|up|off|out)$/i.test(last.word) /* "shut down 700 websites" */ && !isParticiple(noun.split(' ').pop()!) && prev.length >= 2 && isParticiple(prev[prev.length - 2]!.word) && /^\s+$/.test(gap)) {
      noun = `${noun} ${prev[prev.length - 2]!.word.toLowerCase()} ${last.word.toLowerCase()}`;
    } else if (last && noun && EMPTY_NOUN.test(noun) && /^by$/i.test(last.word) && prev.length >= 2 && /^[a-z]{3,}ed$/.test(prev[prev.length - 2]!.word)
      && /^\s+$/.test(gap) && /^\s+$/.test(sentence.slice(Math.max(0, figStart - 25) + prev[prev.length - 2]!.end, Math.max(0, figStart - 25) + last.start))) {
      // "a forum viewed by 14.7 million people" → "people who viewed".
      noun = `${noun} who ${prev[prev.length - 2]!.word}`;
    } else if (nounWords.length === 0 && !deathCompound && category !== 'weapons') {
      const next = after[0];
      const cat2 = next ? categoryOf(next.word) : null;
      if (cat2) category = cat2;
    }
  }
  return reading(qualifier, qualifierStart, category, noun, figStart, figEnd);
}
