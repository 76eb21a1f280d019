/**
 * Folds a fresh analysis into an existing brief without losing the analyst's work.
 *
 * Items the analyst has touched — rewritten (`edited`), accepted, rejected, or written by hand
 * (`origin: 'analyst'`) — stay exactly as they are. The section keeps the analyst's order
 * (moving an item sets no flag, so every surviving item keeps its place): untouched engine
 * items are refreshed where they stand (same id, new content and cites), findings that no
 * longer come out are dropped (nobody reviewed them), and findings the brief has never held
 * are slotted in and marked as added in the new version. Sources first analysed now are
 * marked the same way.
 *
 * Then each section's draft length is decided afresh (see draft-length.ts): the analyst's
 * items stay in the draft, the engine's best untouched findings fill the rest, and the others
 * are held back — kept, listed in the editor, not printed. The summary is cut to the analyst's
 * `summarySentences` instead, since its length is theirs to set.
 */
import { SECTION_KEYS, isAnalystTouched, type AnyItem, type BriefContent, type Briefing, type SectionKey, type SourceDoc } from '../model/briefing.js';
import { holdBeyondDraft, holdNone } from './draft-length.js';

export { isAnalystTouched };

function citedSources(brief: Briefing): Set<string> {
  const cited = new Set<string>();
  for (const key of SECTION_KEYS) for (const item of brief[key]) for (const cite of item.cites) cited.add(cite.source);
  return cited;
}

/**
 * A source is new in this version when it says so (its addedInVersion is past the brief's
 * version) or when the brief has been analysed before and nothing in it cites the source yet.
 */
function markNewSources(brief: Briefing, version: number): SourceDoc[] {
  const cited = citedSources(brief);
  return brief.sources.map((source) => {
    const isNew = brief.version === 0 || source.addedInVersion > brief.version || !cited.has(source.id);
    return isNew ? { ...source, addedInVersion: version } : source;
  });
}

type Item<K extends SectionKey> = BriefContent[K][number];

/**
 * The section as the analyst left it, with engine findings refreshed in place, stale ones
 * dropped and new ones slotted in after the finding that precedes them in the fresh analysis
 * (so a new timeline entry lands beside its date, a new summary line beside its neighbour).
 */
function mergeSection<K extends SectionKey>(kept: readonly Item<K>[], fresh: readonly Item<K>[], version: number, limit: number | null): Item<K>[] {
  const freshById = new Map(fresh.map((item) => [item.id, item]));
  const keptIds = new Set(kept.map((item) => item.id));
  const out: Item<K>[] = [];
  for (const item of kept) {
    if (isAnalystTouched(item)) out.push(item);
    else {
      const refreshed = freshById.get(item.id);
      if (refreshed) out.push({ ...refreshed, addedInVersion: item.addedInVersion });
    }
  }
  const visible = (items: readonly Item<K>[]) => items.filter((item) => item.status !== 'rejected').length;
  // Walked in rank order, so the nearest earlier-ranked finding already placed is simply the
  // last one seen; the nearest later-ranked one is only needed before anything is placed.
  const placed = new Set(out.map((item) => item.id));
  let shown = visible(out);
  let previous: string | null = null;
  fresh.forEach((item, rank) => {
    if (keptIds.has(item.id)) {
      if (placed.has(item.id)) previous = item.id;
      return;
    }
    if (limit !== null && shown >= limit) return;
    const added = { ...item, addedInVersion: version };
    if (previous !== null) {
      const anchor = previous;
      out.splice(out.findIndex((o) => o.id === anchor) + 1, 0, added);
    } else {
      const after = fresh.slice(rank + 1).find((f) => placed.has(f.id));
      if (after) out.splice(out.findIndex((o) => o.id === after.id), 0, added);
      else out.push(added);
    }
    placed.add(added.id);
    previous = added.id;
    if (added.status !== 'rejected') shown += 1;
  });
  if (limit !== null) {
    // Over the limit after refreshing: drop the lowest-ranked untouched engine lines.
    const byRank = [...fresh].reverse();
    for (const item of byRank) {
      if (visible(out) <= limit) break;
      const at = out.findIndex((o) => o.id === item.id && !isAnalystTouched(o));
      if (at >= 0) out.splice(at, 1);
    }
  }
  return out;
}

export function applyAnalysis(brief: Briefing, content: BriefContent): Briefing {
  const version = brief.version + 1;
  const next: Briefing = { ...brief, version, updatedAt: new Date().toISOString(), sources: markNewSources(brief, version) };
  for (const key of SECTION_KEYS) {
    const limit = key === 'summary' ? brief.summarySentences : null;
    const merged = mergeSection<typeof key>(brief[key], content[key], version, limit);
    (next[key] as AnyItem[]) = key === 'summary' ? holdNone(merged) : holdBeyondDraft(key, merged as Item<typeof key>[], next.sources.length);
  }
  return next;
}
