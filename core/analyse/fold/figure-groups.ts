/**
 * Which figures count the same thing. Casualty counts (killed, injured, missing, displaced)
 * are about the same event when their places and days do not conflict, however the label
 * words it ("crew members killed", "dead", "death toll"); other figures must also agree on
 * what their labels say is counted, and a bare "money" or "percentage" never does. Both the cross-source fold (same value → one figure) and the
 * disagreement questions (different values → "sources disagree") rest on this one judgement.
 */
import type { Figure } from '../../model/briefing.js';
import { contentTerms } from '../summary/terms.js';
import { CASUALTIES, NO_SOURCES, isIncrement, readFigure, type FigureReading, type FigureSources } from './figure-reading.js';

export interface GroupMember {
  figure: Figure;
  reading: FigureReading;
}

export interface FigureGroup {
  /** In order of first appearance. */
  members: GroupMember[];
}

const NUMERIC_WORDS = /^\d|^(at|least|more|than|over|about|some|around|nearly|almost|up)$/;
/**
 * Words the figure labeller puts around what a sum or share measures ("amount raised", "share
 * of voters", "rise in prices"): they say how it is measured, not what, so they never make two
 * figures count the same thing.
 */
const MEASURE_TERMS: ReadonlySet<string> = new Set(
  contentTerms('amount share rise fall increase growth cut gain loss income cost fine').filter((t) => t.length > 0),
);

function labelTerms(figure: Figure): Set<string> {
  return new Set(contentTerms(figure.label).filter((t) => !NUMERIC_WORDS.test(t) && !MEASURE_TERMS.has(t)));
}

/** "Kestran" and "Kestran state" name the same place; "Kyiv" and "Sumy" do not; no place conflicts with none. */
function placesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w, i) => long[i] === w);
}

/** Sums and shares carry labels too generic ("money", "percentage") to say what they measure. */
const GENERIC: ReadonlySet<string> = new Set(['money', 'percentage', 'other']);

function sameThing(a: GroupMember, b: GroupMember): boolean {
  if (a.reading.category !== b.reading.category) return false;
  if (!placesAgree(a.reading.place, b.reading.place)) return false;
  if (a.reading.date && b.reading.date && a.reading.date !== b.reading.date) return false;
  if (CASUALTIES.has(a.reading.category)) return true;
  // Place words say where, not what: the label must agree on what is counted.
  const places = new Set([...a.reading.place, ...b.reading.place].flatMap((p) => contentTerms(p)));
  const ta = new Set([...labelTerms(a.figure)].filter((t) => !places.has(t)));
  const tb = new Set([...labelTerms(b.figure)].filter((t) => !places.has(t)));
  if (ta.size === 0 || tb.size === 0) return false;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  if (shared / Math.min(ta.size, tb.size) < 0.5) return false;
  // One shared word ("missiles") is enough only for a specific category with matching labels.
  // Shares need more: "54% of likely voters" and "44% of likely voters" are usually two answers.
  if (a.reading.category === 'percentage') return shared >= 3;
  return shared >= 2 || (!GENERIC.has(a.reading.category) && ta.size === tb.size && shared === ta.size);
}

export function sourcesOf(figure: Figure): Set<string> {
  return new Set(figure.cites.map((c) => c.source));
}

/**
 * Two figures from one article count different things (two strikes, a lede and a later
 * total) unless the article credits them to different reporters ("the coast guard puts the
 * toll at 5; state media reported 3"). Only casualty counts pair so: sums and shares in one
 * article credited to different people are almost always sums and shares of different things.
 */
function mayShareGroup(a: GroupMember, b: GroupMember): boolean {
  const own = sourcesOf(a.figure);
  if ([...sourcesOf(b.figure)].every((s) => !own.has(s))) return true;
  if (!CASUALTIES.has(a.reading.category)) return false;
  const ra = a.reading.reporter?.toLowerCase();
  const rb = b.reading.reporter?.toLowerCase();
  return Boolean(ra && rb && ra !== rb);
}

/** Prefer the group naming the same place, then one already holding the same value. */
function fit(group: FigureGroup, member: GroupMember): number {
  const samePlace = group.members.some((m) => m.reading.place.length > 0 && m.reading.place.join(' ') === member.reading.place.join(' '));
  const sameValue = group.members.some((m) => m.figure.value === member.figure.value);
  return (samePlace ? 2 : 0) + (sameValue ? 1 : 0);
}

/**
 * Groups figures that count the same thing. Vague amounts ("dozens") have no value to compare
 * and increments ("two more bodies") add to a count rather than state it: both stay out.
 */
export function groupFigures(figures: readonly Figure[], sources: FigureSources = NO_SOURCES): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    if (figure.value === null || isIncrement(figure)) continue;
    const member: GroupMember = { figure, reading: readFigure(figure, sources) };
    const homes = groups.filter((g) => g.members.every((m) => mayShareGroup(m, member) && sameThing(m, member)));
    const home = homes.reduce<FigureGroup | undefined>((best, g) => (!best || fit(g, member) > fit(best, member) ? g : best), undefined);
    if (home) home.members.push(member);
    else groups.push({ members: [member] });
  }
  return groups;
}
