/**
 * Draft length: how many findings of each section go into the draft the analyst reviews and
 * the reader gets. The engine finds everything (on a large corpus, hundreds of quotes and a
 * thousand timeline entries); a brief that prints all of it runs to a hundred pages nobody
 * reads. So each section keeps its best findings in the draft and holds the rest back
 * (`held`): still in the brief, the editor and the JSON, never printed, one click from the draft.
 *
 * Caps are sized for a brief body of two to four A4 pages: one source gives the lower number,
 * and they grow with the logarithm of the source count up to the upper number at
 * FULL_AT_SOURCES, because ten sources on one situation repeat far more than they add.
 * Measured on real news: one article prints in 3 pages, eight in 3, 523 (1 MB) in 4 before
 * the source list. The timeline gets the most room (one line an event, and the reader's
 * calendar); quotes and figures a dozen each (a quote runs to two or three lines); actors a
 * dozen or more (one short row each; one article's quoted speakers each mention once, so a
 * tighter cap left them out); open questions eight to ten, as they are what the reader must
 * weigh (with five, a single article's draft lost two of its six key questions); claims the least, as
 * reported speech often restates the quotes beside it.
 */
import { isAnalystTouched, type AnyItem, type SectionItem } from '../model/briefing.js';
import { DRAFT_RANKS, type DraftRank, type RankedKey } from './draft-rank.js';

export interface DraftCap { min: number; max: number }

export const DRAFT_CAPS: Record<RankedKey, DraftCap> = {
  quotes: { min: 8, max: 12 },
  figures: { min: 8, max: 12 },
  actors: { min: 12, max: 14 },
  timeline: { min: 10, max: 14 },
  claims: { min: 4, max: 6 },
  questions: { min: 8, max: 10 },
};

/** Source count at which every cap reaches its upper number. */
export const FULL_AT_SOURCES = 32;

export function draftCap(key: RankedKey, sourceCount: number): number {
  const { min, max } = DRAFT_CAPS[key];
  const growth = Math.min(1, Math.log2(Math.max(1, sourceCount)) / Math.log2(FULL_AT_SOURCES));
  return Math.round(min + (max - min) * growth);
}

/**
 * The ids of the `slots` best items, picked one at a time: each pick is the highest score
 * after a penalty for every member of its group already picked; ties go to the engine's order.
 */
export function pickForDraft<K extends RankedKey>(rank: DraftRank<K>, items: readonly SectionItem<K>[], slots: number): Set<string> {
  const candidates = items.map((item, order) => ({ id: item.id, order, score: rank.score(item), group: rank.group(item) }));
  const picked = new Set<string>();
  const inGroup = new Map<string, number>();
  while (picked.size < Math.min(slots, candidates.length)) {
    let best: (typeof candidates)[number] | null = null;
    let bestValue = -Infinity;
    for (const c of candidates) {
      if (picked.has(c.id)) continue;
      const value = c.score - rank.repeatPenalty * (inGroup.get(c.group) ?? 0);
      if (value > bestValue) {
        best = c;
        bestValue = value;
      }
    }
    if (!best) break;
    picked.add(best.id);
    inGroup.set(best.group, (inGroup.get(best.group) ?? 0) + 1);
  }
  return picked;
}

function withHeld<T extends AnyItem>(item: T, held: boolean): T {
  return item.held === held ? item : { ...item, held };
}

/**
 * The section with `held` decided on every untouched engine item, in the order it came in.
 * What the analyst made theirs is in the draft and takes a slot (unless rejected: it prints
 * nothing); the engine's best findings fill the slots left. Touched items are returned as they
 * are, so their objects stay identical.
 */
export function holdBeyondDraft<K extends RankedKey>(key: K, items: readonly SectionItem<K>[], sourceCount: number): SectionItem<K>[] {
  const touched = items.filter((item) => isAnalystTouched(item));
  const inDraft = touched.filter((item) => item.status !== 'rejected').length;
  const untouched = items.filter((item) => !isAnalystTouched(item));
  const chosen = pickForDraft(DRAFT_RANKS[key] as DraftRank<K>, untouched, Math.max(0, draftCap(key, sourceCount) - inDraft));
  return items.map((item) => (isAnalystTouched(item) ? (item.held ? withHeld(item, false) : item) : withHeld(item, !chosen.has(item.id))));
}

/** Every item in the draft: the summary, whose length the analyst sets, is never held back. */
export function holdNone<T extends AnyItem>(items: readonly T[]): T[] {
  return items.map((item) => (isAnalystTouched(item) && !item.held ? item : withHeld(item, false)));
}
