/**
 * Folds a fresh analysis into an existing brief without losing the analyst's work.
 *
 * Items the analyst has touched — rewritten (`edited`), accepted, rejected, or written by hand
 * (`origin: 'analyst'`) — stay exactly as they are, at the index they hold, so a reordering
 * survives too. Every other slot is filled by the fresh engine items in the engine's order:
 * untouched engine items are refreshed (same id, new content and cites), findings that no
 * longer come out are dropped (nobody reviewed them), and findings the brief has never held
 * are marked as added in the new version. Sources first analysed now are marked the same way.
 */
import { SECTION_KEYS, type AnyItem, type BriefContent, type Briefing, type SectionKey, type SourceDoc } from '../model/briefing.js';

/** The analyst has made this item theirs: a re-analysis must leave it alone. */
export function isAnalystTouched(item: AnyItem): boolean {
  return item.origin === 'analyst' || item.edited || item.status !== 'draft';
}

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

function mergeSection<K extends SectionKey>(
  kept: readonly BriefContent[K][number][],
  fresh: readonly BriefContent[K][number][],
  version: number,
  limit: number | null,
): BriefContent[K][number][] {
  const touched = new Map<number, BriefContent[K][number]>();
  kept.forEach((item, index) => {
    if (isAnalystTouched(item)) touched.set(index, item);
  });
  const touchedIds = new Set([...touched.values()].map((item) => item.id));
  const previous = new Map(kept.map((item) => [item.id, item]));
  let engine = fresh
    .filter((item) => !touchedIds.has(item.id))
    .map((item) => ({ ...item, addedInVersion: previous.get(item.id)?.addedInVersion ?? version }));
  if (limit !== null) {
    const visibleTouched = [...touched.values()].filter((item) => item.status !== 'rejected').length;
    engine = engine.slice(0, Math.max(0, limit - visibleTouched));
  }
  // Touched items keep their index; engine items fill the remaining slots in order.
  const total = touched.size + engine.length;
  const out: BriefContent[K][number][] = [];
  const overflow: BriefContent[K][number][] = [];
  for (const [index, item] of touched) if (index >= total) overflow.push(item);
  let e = 0;
  for (let i = 0; out.length < total; i++) {
    const pinned = touched.get(i);
    if (pinned && i < total) out.push(pinned);
    else if (e < engine.length) out.push(engine[e++]!);
    else out.push(overflow.shift()!);
  }
  return out;
}

export function applyAnalysis(brief: Briefing, content: BriefContent): Briefing {
  const version = brief.version + 1;
  const next: Briefing = { ...brief, version, updatedAt: new Date().toISOString(), sources: markNewSources(brief, version) };
  for (const key of SECTION_KEYS) {
    const limit = key === 'summary' ? brief.summarySentences : null;
    (next[key] as AnyItem[]) = mergeSection<typeof key>(brief[key], content[key], version, limit);
  }
  return next;
}
