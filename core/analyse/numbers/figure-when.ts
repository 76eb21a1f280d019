/**
 * The day a figure refers to: the time expression nearest the figure in its clause, never one
 * that dates the report rather than the event ("officials said on Friday that…", "Published:").
 * A figure whose clause gives only the reporting day has no date of its own.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, findDates, type DateMention } from '../dates/find.js';
import { reportingWords } from '../reporting-words.js';
import { CONTRAST_OPENERS, WEEKDAYS, alternation } from '../text/function-words.js';

const REPORTING = `(?:${[
  reportingWords(['say'], ['base', 'third', 'past']),
  reportingWords(['report', 'confirm'], ['third', 'past']),
  reportingWords(['tell', 'announce', 'add', 'state', 'write', 'tweet', 'post', 'declare', 'warn'], ['past']),
  // Not speech, so not in quotes/verbs.ts, but a day beside them dates the report all the same.
  'published|updated|briefed|estimated|estimates',
].join('|')})`;
/** "said on Friday", "told reporters on Friday", "confirmed late Friday". */
const REPORTING_BEFORE = new RegExp(String.raw`\b${REPORTING}(?:\s+\w+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$`, 'i');
/** "on Friday said", "On Sunday, the New York Times published", "Friday's statement said". */
const REPORTING_AFTER = new RegExp(String.raw`^(?:['’]s\s+(?:statement|briefing|report|update|announcement)|,?(?:\s+(?!that\b|which\b|who\b)[\w’'.-]+){0,4}?\s+${REPORTING})\b`, 'i');
const PUBLISHED_LINE = /\b(?:published|updated|posted|dated?)\s*:?\s*$/i;

/**
 * Words without which a sentence gives a figure no day: checked first, it spares most figure
 * sentences the date parser ("a year", "the morning" alone date nothing). Not find.ts's own
 * pre-check, which also lets through "9/11" (the attacks, not a day: a slashed date needs its
 * year here) and "tomorrow", neither of which dates a figure in this reader.
 */
const MAY_DATE = new RegExp(String.raw`\b(?:${alternation(WEEKDAYS)}|${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\.|yesterday|today|tonight|overnight|weekend|(?:last|this|next|past|earlier|later)\s+(?:night|week|month|year)|ago)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`, 'i');

/** Past this length a "sentence" is a run-on (a table, a list) and is read in windows around each figure. */
const LONG_SENTENCE = 2000;

/**
 * The day the figure at [start, end) of `sentence` refers to. `cache` keeps the sentence's date
 * mentions for its other figures; a run-on sentence is read in overlapping blocks, each parsed
 * once, so the date parser's work stays linear in the text.
 */
export function figureWhen(sentence: string, publishedAt: string | null, start: number, end: number, cache: DateCache): string | null {
  if (sentence.length <= LONG_SENTENCE) {
    cache.dates ??= MAY_DATE.test(sentence) ? findDates(sentence, publishedAt) : [];
    return whenOfFigure(sentence, cache.dates, start, end);
  }
  const k = Math.max(0, Math.floor((start - REACH) / BLOCK_STEP));
  const from = k * BLOCK_STEP;
  const block = sentence.slice(from, from + BLOCK);
  cache.blocks ??= new Map();
  let dates = cache.blocks.get(k);
  if (!dates) {
    dates = MAY_DATE.test(block) ? findDates(block, publishedAt) : [];
    cache.blocks.set(k, dates);
  }
  return whenOfFigure(block, dates, start - from, Math.min(end - from, block.length));
}

/** Date mentions of one sentence, worked out once for all its figures. */
export interface DateCache { dates?: DateMention[]; blocks?: Map<number, DateMention[]> }
/** Blocks overlap by more than two reaches, so every figure's clause window lies inside one. */
const BLOCK = 4000;
const BLOCK_STEP = 3000;

/** Clause ends: semicolons, dashes (also "―" and a spaced "--"). */
const CLAUSE_END = /[;—–―]/;
/**
 * A sentence opening with a subordinate clause ("Though he has given $60 million, he met X in
 * May"): a date past the comma that closes it belongs to the main clause, and the reverse. Not
 * "since" or "as of": those give the day a count runs from or stands at.
 */
const LEADING_SUBORDINATE = new RegExp(String.raw`^\W*(?:${alternation(CONTRAST_OPENERS)})\b[^,;]*,`, 'i');

/** The clause around [start, end): the text between semicolons or dashes of the sentence. */
function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  // Capped, so a run-on "sentence" of thousands of figures and dates stays linear.
  const floor = Math.max(0, start - REACH);
  const ceiling = Math.min(sentence.length, end + REACH);
  let from = start;
  while (from > floor && !CLAUSE_END.test(sentence[from - 1]!) && !(sentence[from - 1] === '-' && sentence.startsWith(' -- ', from - 3))) from--;
  let to = end;
  while (to < ceiling && !CLAUSE_END.test(sentence[to]!) && !sentence.startsWith(' -- ', to)) to++;
  // Only the opening words can hold the clause: a run-on sentence with no comma is not read to its end per figure.
  const leading = LEADING_SUBORDINATE.exec(sentence.slice(0, 400));
  if (leading) {
    const comma = leading[0].length;
    if (end <= comma) to = Math.min(to, comma); else if (start >= comma) from = Math.max(from, comma);
  }
  return [from, to];
}
const REACH = 240;

/** `mentions` are findDates() of the sentence; [start, end) is the figure's span in it. */
export function whenOfFigure(sentence: string, mentions: readonly DateMention[], start: number, end: number): string | null {
  const [from, to] = clauseBounds(sentence, start, end);
  let best: { when: string; distance: number } | null = null;
  // Mentions are in text order: start at the first that can lie in the clause.
  let lo = 0;
  for (let hi = mentions.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < from) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++) {
    const m = mentions[i]!;
    if (m.end > to) continue;
    const before = sentence.slice(Math.max(0, m.start - 40), m.start);
    const after = sentence.slice(m.end, m.end + 30);
    if (REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(after) || PUBLISHED_LINE.test(before)) continue;
    // "this year's winner" names a thing, not when the count happened.
    if (/^(?:this|last|next)\s+(?:year|month|week)$/i.test(m.when) && /^['’]s\b/.test(after)) continue;
    const distance = m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0;
    // "down from 23% in February, and inflation slowed to 4.3%": a date nearer another number is that number's.
    if (distance > 0 && nearerNumber(sentence, from, to, m, start, end, distance)) continue;
    if (!best || distance < best.distance) best = { when: m.when, distance };
  }
  return best?.when ?? null;
}

const NUMBER = /\d[\d,.]*/g;

/** Whether a number beyond the date mention, in the clause, stands nearer it than the figure does. */
function nearerNumber(sentence: string, from: number, to: number, m: DateMention, start: number, end: number, distance: number): boolean {
  const clause = sentence.slice(from, to);
  NUMBER.lastIndex = 0;
  for (let n = NUMBER.exec(clause); n; n = NUMBER.exec(clause)) {
    const at = from + n.index;
    const stop = at + n[0].length;
    // Only a number on the far side of the date competes for it: in "…late Wednesday night, with
    // 70 missiles and 145 drones" both counts share the night; in "fell 9% in May, and rose 4%" May is the 9%'s.
    const farSide = m.end <= start ? stop <= m.start : at >= m.end;
    if (!farSide) continue;
    const gap = stop <= m.start ? m.start - stop : at - m.end;
    if (gap < distance) return true;
  }
  return false;
}
