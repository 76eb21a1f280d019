/**
 * Counts a brief never lists: someone's family ("who has four children", "two of his six
 * sons"), a group already introduced and named again by its size ("the two men", "both
 * women"), and a handful of people the sentence then names ("two voters, Ann Lee and Bo
 * Park"). A casualty count is never one of them: "killed two of his children" is news.
 */
import type { FigureCategory } from '../../model/briefing.js';
import { CASUALTIES } from '../fold/figure-reading.js';

const KIN = /^(?:children|kids|sons|daughters|grandchildren|grandsons|granddaughters|great-grandchildren|siblings|brothers|sisters|wives|husbands|stepchildren|nephews|nieces|cousins)$/i;
/** "his", "Maria's", "has", "with", "two of her": the family is someone's. */
const OWNER_BEFORE = /(?:\b(?:his|her|their|my|our|your|its|has|have|had|having|with|raising|raised)|\p{L}['’]s?)\s+$/iu;
/** "the two men", "these three", "both women": a known group named by its size. */
const DEFINITE_BEFORE = /\b(?:the|these|those|both)\s+$/i;
const SPELLED_SMALL = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
/** ", Ann Lee and Bo Park": the people counted, named one by one. */
const NAMES_AFTER = /^,\s+\p{Lu}[\p{L}’'.-]+\s+\p{Lu}[\p{L}’'.-]+(?:,|\s+and\b)/u;

/**
 * Whether the figure at [start, end) of `sentence` — the number as written is `raw`, what it
 * counts `noun` — is a personal detail rather than a figure of the situation.
 */
export function personalCount(sentence: string, start: number, end: number, raw: string, value: number | null, noun: string | null, category: FigureCategory): boolean {
  if (CASUALTIES.has(category) || category === 'money' || category === 'percentage' || !noun) return false;
  const head = noun.split(' ')[0]!;
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (KIN.test(head) && OWNER_BEFORE.test(before)) return true;
  if (SPELLED_SMALL.test(raw) && DEFINITE_BEFORE.test(before)) return true;
  return value !== null && value <= 5 && NAMES_AFTER.test(sentence.slice(end, end + 60));
}
