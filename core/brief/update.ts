/**
 * Folds a fresh analysis into an existing brief without losing the analyst's work.
 * OWNER: engine helper B (issue 4) — keep every analyst edit, mark what is new.
 */
import { SECTION_KEYS, type BriefContent, type Briefing } from '../model/briefing.js';

export function applyAnalysis(brief: Briefing, content: BriefContent): Briefing {
  const version = brief.version + 1;
  const next: Briefing = { ...brief, version, updatedAt: new Date().toISOString() };
  for (const key of SECTION_KEYS) {
    const kept = brief[key] as BriefContent[typeof key];
    const keptIds = new Set(kept.map((item) => item.id));
    const fresh = (content[key] as BriefContent[typeof key])
      .filter((item) => !keptIds.has(item.id))
      .map((item) => ({ ...item, addedInVersion: version }));
    (next[key] as unknown[]) = [...kept, ...fresh];
  }
  return next;
}
