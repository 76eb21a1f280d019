/**
 * Which figures from different sources count the same thing: the same category (killed,
 * injured, …), the same place when both name one, and labels that share their content words.
 * Both the cross-source fold (same value → one figure) and the disagreement questions
 * (different values → "which is right?") rest on this one judgement.
 */
import type { Figure } from '../../model/briefing.js';
import { contentTerms } from '../summary/terms.js';

export interface FigureGroup {
  /** One figure per source, in source order of first appearance. */
  members: Figure[];
}

const NUMERIC_WORDS = /^\d|^(at|least|more|than|over|about|some|around|nearly|almost|up)$/;

function labelTerms(figure: Figure): Set<string> {
  return new Set(contentTerms(figure.label).filter((t) => !NUMERIC_WORDS.test(t)));
}

function sameThing(a: Figure, b: Figure): boolean {
  if (a.category !== b.category) return false;
  if (a.place && b.place && a.place.toLowerCase() !== b.place.toLowerCase()) return false;
  const ta = labelTerms(a);
  const tb = labelTerms(b);
  if (ta.size === 0 || tb.size === 0) return a.category !== 'other';
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.min(ta.size, tb.size) >= 0.5;
}

export function sourcesOf(figure: Figure): Set<string> {
  return new Set(figure.cites.map((c) => c.source));
}

/**
 * Groups figures on the same thing across sources. A group takes at most one figure per
 * source, so two different counts in one article (two separate strikes) never pair up.
 */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    const own = sourcesOf(figure);
    const home = groups.find(
      (g) => g.members.every((m) => [...sourcesOf(m)].every((s) => !own.has(s))) && sameThing(g.members[0]!, figure),
    );
    if (home) home.members.push(figure);
    else groups.push({ members: [figure] });
  }
  return groups;
}
