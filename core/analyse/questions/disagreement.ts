/**
 * Sources that disagree on a figure: "How many people were killed in Kyiv: at least 12
 * (Kyiv Daily) or 9 (Harbour Times)?", citing every figure involved.
 */
import type { Cite, Figure, FigureCategory } from '../../model/briefing.js';
import { groupFigures } from '../fold/figure-groups.js';

export interface Disagreement { text: string; cites: Cite[] }

const LEADS: Partial<Record<FigureCategory, string>> = {
  killed: 'How many people were killed',
  injured: 'How many people were injured',
  missing: 'How many people are missing',
  displaced: 'How many people were displaced',
};

function lead(figure: Figure): string {
  const base = LEADS[figure.category] ?? `What is the right figure for ${figure.label.replace(/[.?!]+$/, '')}`;
  return figure.place && LEADS[figure.category] ? `${base} in ${figure.place}` : base;
}

/** `titles` maps source ids to the names shown to the reader. */
export function figureDisagreements(figures: readonly Figure[], titles: ReadonlyMap<string, string>): Disagreement[] {
  const out: Disagreement[] = [];
  for (const group of groupFigures(figures)) {
    const values = new Set(group.members.map((m) => m.value).filter((v) => v !== null));
    if (group.members.length < 2 || values.size < 2) continue;
    const versions = group.members.map((m) => {
      const names = [...new Set(m.cites.map((c) => titles.get(c.source) ?? c.source))].join(', ');
      return `${m.text} (${names})`;
    });
    const options = versions.length === 2 ? versions.join(' or ') : `${versions.slice(0, -1).join(', ')} or ${versions.at(-1)}`;
    out.push({ text: `${lead(group.members[0]!)}: ${options}?`, cites: group.members.flatMap((m) => m.cites) });
  }
  return out;
}
