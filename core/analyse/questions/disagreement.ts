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

const OUTCOME_AFTER = /^\s+(?:were|was|have been|had been|are|are now|remain)\s+(killed|dead|injured|wounded|missing|displaced)\b/i;
const OUTCOME_CATEGORY: Record<string, FigureCategory> = {
  killed: 'killed', dead: 'killed', injured: 'injured', wounded: 'injured', missing: 'missing', displaced: 'displaced',
};

/**
 * What the figure counts, read from the words that follow it when its own category is only
 * "people" ("12 people were killed" counts the dead).
 */
function countedOutcome(figure: Figure, texts: ReadonlyMap<string, string>): FigureCategory {
  if (figure.category !== 'people' && figure.category !== 'other') return figure.category;
  const cite = figure.cites[0];
  const after = cite ? (texts.get(cite.source) ?? '').slice(cite.end, cite.end + 40) : '';
  const m = OUTCOME_AFTER.exec(after);
  return m ? (OUTCOME_CATEGORY[m[1]!.toLowerCase()] ?? figure.category) : figure.category;
}

function lead(figure: Figure, texts: ReadonlyMap<string, string>): string {
  const lead = LEADS[countedOutcome(figure, texts)];
  if (!lead) return `What is the right figure for ${figure.label.replace(/[.?!]+$/, '')}`;
  return figure.place ? `${lead} in ${figure.place}` : lead;
}

/** `titles` maps source ids to the names shown to the reader, `texts` to the source text. */
export function figureDisagreements(
  figures: readonly Figure[],
  titles: ReadonlyMap<string, string>,
  texts: ReadonlyMap<string, string> = new Map(),
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const group of groupFigures(figures)) {
    const values = new Set(group.members.map((m) => m.value).filter((v) => v !== null));
    if (group.members.length < 2 || values.size < 2) continue;
    const versions = group.members.map((m) => {
      const names = [...new Set(m.cites.map((c) => titles.get(c.source) ?? c.source))].join(', ');
      const text = /^[A-Z][a-z]/.test(m.text) ? m.text.charAt(0).toLowerCase() + m.text.slice(1) : m.text;
      return `${text} (${names})`;
    });
    const options = versions.length === 2 ? versions.join(' or ') : `${versions.slice(0, -1).join(', ')} or ${versions.at(-1)}`;
    out.push({ text: `${lead(group.members[0]!, texts)}: ${options}?`, cites: group.members.flatMap((m) => m.cites) });
  }
  return out;
}
