/**
 * Whether a time expression dates an event. Many do not: "this year's election" and "today's
 * earnings report" name things, "so far this year" and "the three months to 31 December" are
 * spans, a birth date is no news event, and "today" in a sentence about how things stand
 * ("Today the mine is owned by …") dates nothing that happened.
 */
import { FUTURE_CONTEXT, PAST_CONTEXT, type DateMention } from './find.js';

/** Periods too broad to be the day of an event when used to describe a thing. */
const GENERIC_PERIOD = /^(?:(?:this|last|next|past|coming)\s+)?(?:year|month|season|decade|century)$|^(?:today|tonight|this week)$/i;
const PERIOD_END_BEFORE = /\b(?:year|months?|quarter|weeks?|period|half|half-year|days?|results|figures|accounts)\s+(?:to|ending|ended|through)\s+$/i;
const SO_FAR_BEFORE = /\b(?:so far|until now|to date)\s+(?:in\s+)?$/i;
/** "down from 23% in February", "compared with 8% last year": the date of the figure compared against, not of an event. */
const COMPARED_BEFORE = /\b(?:(?:up|down|rising|falling|rose|fell|climbed|dropped)\s+from|compared\s+(?:with|to))\s+[^,;()]{1,40}?\s+(?:in|on|at|by)?\s*$/i;
const BIRTH = /\b(born|birthday|birth date|date of birth)\b/i;
const STATE_NOW = /^(today|tonight|this month|this week|nowadays)$/i;
/** The current year is too broad to place an event and mostly frames a state ("its second test this year"). */
const THIS_YEAR = /^(?:so far\s+)?this year$/i;

/** "If the case reaches the court, …": a condition, not something that happened. */
const CONDITIONAL = /^["\u201c]?(if|unless|should|were)\b/i;

export function datesAnEvent(sentence: string, mention: DateMention): boolean {
  if (CONDITIONAL.test(sentence)) return false;
  const before = sentence.slice(Math.max(0, mention.start - 40), mention.start);
  const after = sentence.slice(mention.end, mention.end + 3);
  if (/^[\u2019']s\b/.test(after) && GENERIC_PERIOD.test(mention.when)) return false;
  if (PERIOD_END_BEFORE.test(before) || SO_FAR_BEFORE.test(before) || COMPARED_BEFORE.test(sentence.slice(Math.max(0, mention.start - 60), mention.start))) return false;
  if (BIRTH.test(sentence.slice(Math.max(0, mention.start - 50), mention.start).split(/[,;]/).pop()!) || /^\S*\s+birthday\b/i.test(sentence.slice(mention.end, mention.end + 12))) return false;
  if (THIS_YEAR.test(mention.when)) return false;
  if (STATE_NOW.test(mention.when) && !PAST_CONTEXT.test(sentence) && !FUTURE_CONTEXT.test(sentence)) return false;
  return true;
}
