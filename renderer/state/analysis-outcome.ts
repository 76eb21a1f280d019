/**
 * The status line after an analysis. It counts what this analysis added (items stamped with
 * the brief's new version) and splits them into those in the draft and those the draft length
 * held back, so "370 new items" never suggests 370 lines were added to a two-page brief.
 */
import { SECTION_KEYS, type Briefing } from '../../core/model/briefing.js';

export function analysisOutcome(brief: Briefing, which: string): string {
  let inDraft = 0;
  let held = 0;
  for (const key of SECTION_KEYS) {
    for (const item of brief[key]) {
      if (item.addedInVersion !== brief.version) continue;
      if (item.held) held += 1;
      else inDraft += 1;
    }
  }
  if (inDraft + held === 0) return `${which} updated: nothing new found.`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const draft = `${plural(inDraft, 'new item')} in the draft`;
  return held > 0 ? `${which} updated: ${draft}, ${held} more found and held back.` : `${which} updated: ${draft}.`;
}
