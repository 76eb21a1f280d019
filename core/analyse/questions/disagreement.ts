/**
 * Figures on which the sources disagree: "Sources disagree on the death toll: at least 4
 * (Valdorian Coast Guard), now 5 (Valdorian Coast Guard) and 3 (Kestran state media).",
 * citing every figure involved.
 *
 * Any two different values are flagged, even when they could both be true ("at least 4" and
 * 5): a principal wants to know the count moved or is reported differently, and the brief
 * shows the qualifier so the reader can judge. A figure worded as a revision ("now puts the
 * toll at 5") is marked "now" so an update does not read as a contradiction.
 */
import type { Cite, FigureCategory } from '../../model/briefing.js';
import { groupFigures, type GroupMember } from '../fold/figure-groups.js';
import type { FigureSources } from '../fold/figure-reading.js';

export interface Disagreement { text: string; cites: Cite[] }

const SUBJECTS: Partial<Record<FigureCategory, string>> = {
  killed: 'the death toll',
  injured: 'the number of injured',
  missing: 'the number of missing',
  displaced: 'the number of displaced',
};

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The place, when every member that names one names it the same way. */
function sharedPlace(members: readonly GroupMember[]): string | null {
  const places = new Set(members.map((m) => m.figure.place).filter((p): p is string => Boolean(p)));
  return places.size === 1 ? [...places][0]! : null;
}

function subject(members: readonly GroupMember[]): string {
  const first = members[0]!;
  const what = SUBJECTS[first.reading.category] ?? `the figure for ${first.figure.label.replace(/[.?!]+$/, '')}`;
  const place = sharedPlace(members);
  return place && !what.toLowerCase().includes(place.toLowerCase()) ? `${what} in ${place}` : what;
}

/** "at least 4 (Valdorian Coast Guard)": the number as qualified, credited to its reporter or else its source. */
function version(member: GroupMember, titles: ReadonlyMap<string, string>): string {
  const { figure, reading } = member;
  const amount = `${figure.qualifier ? `${figure.qualifier} ` : ''}${NUMBER.format(figure.value ?? 0)}`;
  const credit = reading.reporter ?? [...new Set(figure.cites.map((c) => titles.get(c.source) ?? c.source))].join(', ');
  return `${reading.update ? 'now ' : ''}${amount} (${credit})`;
}

function list(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `titles` maps source ids to the names shown to the reader. */
export function figureDisagreements(
  figures: Parameters<typeof groupFigures>[0],
  titles: ReadonlyMap<string, string>,
  sources?: FigureSources,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const group of groupFigures(figures, sources)) {
    const values = new Set(group.members.map((m) => m.figure.value));
    if (values.size < 2) continue;
    const versions = [...new Set(group.members.map((m) => version(m, titles)))];
    const oneSource = new Set(group.members.flatMap((m) => m.figure.cites.map((c) => c.source))).size === 1;
    const text = `${oneSource ? 'Reports' : 'Sources'} disagree on ${subject(group.members)}: ${list(versions)}.`;
    out.push({ text, cites: group.members.flatMap((m) => m.figure.cites) });
  }
  return out;
}
