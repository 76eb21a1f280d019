/** Whether the analyst has made an item theirs, which every automatic pass must respect. */
import type { AnyItem } from '../model/briefing.js';

/** The analyst has made this item theirs: a re-analysis must leave it alone. */
export function isAnalystTouched(item: AnyItem): boolean {
  return item.origin === 'analyst' || item.edited || item.status !== 'draft';
}
