/**
 * The day a figure refers to: the time expression nearest the figure in its clause, never one
 * that dates the report rather than the event ("officials said on Friday that…", "Published:").
 * A figure whose clause gives only the reporting day has no date of its own.
 */
import type { DateMention } from '../dates/find.js';

const REPORTING = String.raw`(?:said|says|say|told|announced|reported|reports|confirmed|confirms|added|stated|wrote|tweeted|posted|published|updated|briefed|declared|warned|estimated|estimates)`;
/** "said on Friday", "told reporters on Friday", "confirmed late Friday". */
const REPORTING_BEFORE = new RegExp(String.raw`\b${REPORTING}(?:\s+\w+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$`, 'i');
/** "on Friday said", "Friday's statement said". */
const REPORTING_AFTER = new RegExp(String.raw`^(?:['’]s\s+(?:statement|briefing|report|update|announcement)|,?\s+(?:he|she|they|it|officials?|the\s+\w+)?\s*${REPORTING})\b`, 'i');
const PUBLISHED_LINE = /\b(?:published|updated|posted|dated?)\s*:?\s*$/i;

/**
 * Words without which a sentence gives a figure no day: checked first, it spares most figure
 * sentences the date parser ("a year", "the morning" alone date nothing).
 */
const MAY_DATE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|yesterday|today|tonight|overnight|weekend|(?:last|this|next|past|earlier|later)\s+(?:night|week|month|year)|ago)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

export function mayDateFigures(sentence: string): boolean {
  return MAY_DATE.test(sentence);
}

/** The clause around [start, end): the text between semicolons or dashes of the sentence. */
function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[;—–]/.test(sentence[from - 1]!)) from--;
  let to = end;
  while (to < sentence.length && !/[;—–]/.test(sentence[to]!)) to++;
  return [from, to];
}

/** `mentions` are findDates() of the sentence; [start, end) is the figure's span in it. */
export function whenOfFigure(sentence: string, mentions: readonly DateMention[], start: number, end: number): string | null {
  const [from, to] = clauseBounds(sentence, start, end);
  let best: { when: string; distance: number } | null = null;
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
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

/** Whether a number outside the figure's span, in the clause, stands nearer the date mention than the figure. */
function nearerNumber(sentence: string, from: number, to: number, m: DateMention, start: number, end: number, distance: number): boolean {
  const clause = sentence.slice(from, to);
  NUMBER.lastIndex = 0;
  for (let n = NUMBER.exec(clause); n; n = NUMBER.exec(clause)) {
    const at = from + n.index;
    const stop = at + n[0].length;
    if ((at >= start && at < end) || (at >= m.start && at < m.end)) continue;
    const gap = stop <= m.start ? m.start - stop : at >= m.end ? at - m.end : 0;
    if (gap < distance) return true;
  }
  return false;
}
