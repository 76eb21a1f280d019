/**
 * Time expressions in a sentence ("late Wednesday night", "Thursday", "this week", "April 13"),
 * found with chrono-node and resolved against the source's publication date.
 *
 * chrono alone misses the words news puts around a day ("late", "earlier"), picks the
 * nearest weekday even when the sentence is plainly about the past, and reads "now" as a
 * date; those are corrected here. Without a publication date only fully stated dates
 * (day, month and year) are resolved; everything else keeps the words as written.
 */
import * as chrono from 'chrono-node';
import { MONTHS, MONTH_ABBREVIATIONS as MONTH_ABBREVIATION_WORDS, alternation } from '../text/function-words.js';

export interface DateMention {
  /** Offsets relative to the text that was searched. */
  start: number;
  end: number;
  /** The expression as the source words it. */
  when: string;
  /** ISO date when it could be resolved, else null. */
  date: string | null;
}

/** The months as news writes them, as regex alternations: full names, and abbreviations. */
export const MONTH_NAMES = alternation(MONTHS, true);
export const MONTH_ABBREVIATIONS = alternation(MONTH_ABBREVIATION_WORDS, true);

/** Words chrono does not treat as part of the expression but a reader does. */
const LEADING_MODIFIER = /\b(late|early|mid|earlier|later|since|until)\s+$/i;
/** "last December", "next March": chrono takes only the month, but the word says which one. */
const MONTH_MODIFIER = /\b(last|next|this|coming|past)\s+$/i;
const MONTH_NAME = new RegExp(`^(${MONTH_NAMES})\\b`, 'i');
/** "sat", "sun", "wed": chrono reads these as weekdays, news uses them as words. */
const WEEKDAY_ABBREVIATION = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
/** "now" is no date; a bare part of the day ("in the morning") says nothing about which day. */
const NOT_A_DATE = /^(now|right now|currently|present|the present|(early |late )?(morning|afternoon|evening|night|noon|midnight))$/i;
export const FUTURE_CONTEXT = /\b(will|would|expected|plans?|planned|scheduled|due|set to|next|upcoming|to be held|is to|are to|going to)\b/i;
/** Weaker signs that a month named without a year is still to come ("could be pivotal on Nov. 8"). */
const MAYBE_FUTURE = /\b(could|might|should|likely|unlikely|until|soon|ahead)\b/i;
export const PAST_CONTEXT = /\b(was|were|had|did|said|told|began|ended|last|ago|took|went|came|saw|met|left|fell|hit)\b|(?<!\b(?:is|are|be|been|being|was|were)\s)\b\w{3,}ed\b/i;
/** "the past 50 years", "next three days": spans of time, not moments an event happened. */
const DURATION = /^(?:(?:after|for|in|within|over|about)\s+)?(the\s+)?((past|last|next|coming)\s+)?(\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|months?|weeks?|days?|hours?|minutes?)$/i;
const LEADING_PREPOSITION = /^(on|in|at|by|during|from)\s+/i;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_ONLY = new RegExp(`^(${MONTH_NAMES.toLowerCase()})$`);
/** A capitalised month after a date word ("Sunday March 5") makes the two one date, not a name. */
const MONTH_NEXT = new RegExp(`^ (${MONTH_NAMES})\\b`);

/**
 * A lone date word that is part of a name ("Fox News Sunday", "Morning Consult") or a modal
 * verb ("if I may") rather than a time.
 */
function isPartOfName(text: string, start: number, end: number, when: string): boolean {
  if (/\s/.test(when)) return false;
  if (MONTH_ONLY.test(when)) return true; // months are capitalised; lower-case "may"/"march" are verbs
  const before = /([A-Z][\w\u2019'.-]*) $/.exec(text.slice(Math.max(0, start - 30), start));
  const sentenceInitial = before ? /^\s*$|[.!?:]\s*$/.test(text.slice(0, start - before[0].length)) : false;
  if (before && !sentenceInitial && !/^(On|By|Since|Until|Last|Next|This|Early|Late)$/.test(before[1]!)) return true;
  return /^ [A-Z][a-z]/.test(text.slice(end, end + 3)) && !MONTH_NEXT.test(text.slice(end, end + 12));
}

/** Midday on the publication date, so time-zone shifts can never move the day. */
export function referenceDate(publishedAt: string | null): Date | null {
  if (publishedAt === lastReference.publishedAt) return lastReference.date && new Date(lastReference.date);
  const m = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
  lastReference = { publishedAt, date };
  return date && new Date(date);
}

/** Every sentence of a source asks for the same day: the last answer is kept. */
let lastReference: { publishedAt: string | null; date: Date | null } = { publishedAt: null, date: null };

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

/**
 * A bare weekday ("on Saturday") is ambiguous; chrono takes the nearest one. News uses the
 * past for what happened and the future for what is expected, so the sentence's tense decides.
 */
function alignWeekday(resolved: Date, ref: Date, sentence: string): Date {
  const future = FUTURE_CONTEXT.test(sentence);
  const past = PAST_CONTEXT.test(sentence);
  // Compared by day: "Friday evening" in a Friday paper is that Friday, not a week before.
  const day = (d: Date): number => d.getFullYear() * 10_000 + d.getMonth() * 100 + d.getDate();
  // Reports tell what has happened: a weekday ahead of the publication day is last week's
  // unless the sentence looks ahead ("is raising questions about Monday's debate" is the past one,
  // "said the river would peak on Sunday" the coming one).
  if (day(resolved) > day(ref) && !future) return addDays(resolved, -7);
  if (day(resolved) < day(ref) && future && !past) return addDays(resolved, 7);
  return resolved;
}

function resolve(result: chrono.ParsedResult, ref: Date | null, sentence: string, when: string): string | null {
  const start = result.start;
  const fullyStated = start.isCertain('year') && start.isCertain('month') && start.isCertain('day');
  // chrono calls "next week" certain against today's clock; only a written year makes a date absolute.
  if (!ref) return fullyStated && /\d{4}|'\d\d\b/.test(result.text) ? iso(start.get('year')!, start.get('month')!, start.get('day')!) : null;
  if (/\byears?\b/i.test(result.text)) return null; // a year is no day: keep it as written
  // A week is no day either. chrono dates "this week" to its Sunday, which put a pending visit
  // before the events that prompted it; dating it from the publication day keeps the order true.
  const week = /\b(this|next|coming|last|past)\s+week\b/i.exec(result.text);
  if (week) {
    const shift = { this: 0, next: 7, coming: 7, last: -7, past: -7 }[week[1]!.toLowerCase() as 'this'] ?? 0;
    const day = addDays(ref, shift);
    return iso(day.getFullYear(), day.getMonth() + 1, day.getDate());
  }
  let date = start.date();
  // chrono takes the nearest "January 1". News looks back: in an article from September it is the
  // January gone by, unless the sentence looks ahead or, a few months off and told in the
  // present, it is the coming one ("voters are counting on Nov. 8"). "last"/"next" settle it.
  const yearGuessed = start.isCertain('month') && !start.isCertain('year');
  if (yearGuessed) {
    const days = (date.getTime() - ref.getTime()) / 86_400_000;
    const past = PAST_CONTEXT.test(sentence);
    const future = FUTURE_CONTEXT.test(sentence) || (MAYBE_FUTURE.test(sentence) && !past);
    const modifier = /^(last|next|coming|past)\b/i.exec(when)?.[1]?.toLowerCase();
    const shift = (years: number): Date => new Date(date.getFullYear() + years, date.getMonth(), date.getDate(), 12);
    if (modifier === 'last' || modifier === 'past') date = days > 0 ? shift(-1) : date;
    else if (modifier) date = days < 0 ? shift(1) : date;
    else if (days > 14 && !future && (past || days >= 120)) date = shift(-1);
  }
  if (/\bmonths?\b/i.test(result.text)) date = new Date(date.getFullYear(), date.getMonth(), 1, 12);
  const bareWeekday = start.isCertain('weekday') && !start.isCertain('day');
  if (bareWeekday && !/\b(next|last|this|coming|past)\b/i.test(result.text)) date = alignWeekday(date, ref, sentence);
  return iso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Words without which chrono finds nothing the timeline keeps; checking them first spares most
 * sentences the parser. Case matters: news capitalises days and months, and "may" is a verb.
 */
const MAY_HOLD_DATE = new RegExp(
  [
    '\\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\\b',
    // News capitalises months; lower-case "may" and "march" are verbs, and decimals ("8.1") no dates.
    `\\b(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\b`,
    '\\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ww]eekend)\\b',
    '\\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious)\\s+(?:week|month|year|morning|afternoon|evening|night)\\b',
    '\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b',
  ].join('|'),
);

/**
 * chrono's casual English parser without the duration parsers ("within 3 days", "3 days later",
 * "3 days ago"): they are most of its running time on long texts, and "later"/"within" are
 * spans, not dates. "N days/weeks ago" is matched here instead (see AGO).
 */
const parser = (() => {
  const config = chrono.casual.clone();
  const skip = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser']);
  config.parsers = config.parsers.filter((p) => !skip.has(p.constructor.name));
  return new chrono.Chrono(config);
})();

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
const AGO = /\b(a|an|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)\s+ago\b/gi;

function agoMentions(text: string, ref: Date | null): DateMention[] {
  const out: DateMention[] = [];
  if (!text.includes(' ago')) return out;
  for (const m of text.matchAll(AGO)) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const days = /^week/i.test(m[2]!) ? n * 7 : n;
    const date = ref ? addDays(ref, -days) : null;
    out.push({ start: m.index, end: m.index + m[0].length, when: m[0], date: date && iso(date.getFullYear(), date.getMonth() + 1, date.getDate()) });
  }
  return out;
}

/** How far around a date word chrono is shown: enough for "2 a.m. on Friday, April 13, 2022". */
const WINDOW = 48;
const DATE_WORD = new RegExp(MAY_HOLD_DATE.source, 'g');

/**
 * chrono's results for the stretches of `text` around its date words. Every one of chrono's
 * parsers scans all the text it is given, so a long sentence costs it dearly for the one
 * date it holds; the windows it reads are cut at spaces and merged where they meet.
 */
function parsedNear(text: string, ref: Date): { result: chrono.ParsedResult; offset: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(DATE_WORD)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = spans.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans.flatMap(({ start, end }) => parser.parse(text.slice(start, end), ref).map((result) => ({ result, offset: start })));
}

/** Time expressions in `text`, in text order. `publishedAt` is the source's YYYY-MM-DD or null. */
export function findDates(text: string, publishedAt: string | null): DateMention[] {
  const ref = referenceDate(publishedAt);
  const mentions: DateMention[] = agoMentions(text, ref);
  if (!MAY_HOLD_DATE.test(text)) return mentions;
  for (const { result, offset } of parsedNear(text, ref ?? new Date())) {
    let start = result.index + offset;
    let end = start + result.text.length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    // "early-morning tweets", "late-night calls": a part of a compound word, not a date.
    if (text[start - 1] === '-' || text[end] === '-') continue;
    while (end > start && /[\s,.;:)]/.test(text[end - 1] ?? '')) end--;
    const modifier = LEADING_MODIFIER.exec(text.slice(Math.max(0, start - 12), start)) ??
      (MONTH_NAME.test(text.slice(start, end)) ? MONTH_MODIFIER.exec(text.slice(Math.max(0, start - 12), start)) : null);
    if (modifier) start -= modifier[0].length;
    // "by March of next year": chrono stops at "of", the year follows.
    const trailingOf = /\s+of$/i.exec(text.slice(start, end));
    if (trailingOf) end -= trailingOf[0].length;
    const ofYear = /^\s+of\s+(next|last|this)\s+year\b/i.exec(text.slice(end));
    if (ofYear) end += ofYear[0].length;
    const preposition = LEADING_PREPOSITION.exec(text.slice(start, end));
    if (preposition) start += preposition[0].length;
    const when = text.slice(start, end);
    if (NOT_A_DATE.test(when) || DURATION.test(when) || WEEKDAY_ABBREVIATION.test(when) || isPartOfName(text, start, end, when)) continue;
    const known = result.start;
    const onlyClock = !['year', 'month', 'day', 'weekday'].some((c) => known.isCertain(c as chrono.Component)) && /\d/.test(when);
    if (onlyClock) continue;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    let date = resolve(result, ref, text, when);
    if (date && ref && ofYear) date = `${ref.getFullYear() + ({ next: 1, last: -1, this: 0 } as Record<string, number>)[ofYear[1]!.toLowerCase()]!}${date.slice(4)}`;
    mentions.push({ start, end, when, date });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
