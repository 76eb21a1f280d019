/**
 * Pure helpers for the analyst's correction of a source's extracted text.
 * Paragraphs are cut by `splitParagraphs` from core/model/paragraphs.ts, the rule ingest uses.
 */

import type { Span as TextSpan } from '../../core/model/paragraphs.js';

export type { TextSpan };

/**
 * Where a cited span lives in the corrected text: the occurrence of the old cited string
 * nearest the old offset, or null when the analyst's correction removed it.
 */
export function remapSpan(oldText: string, newText: string, span: TextSpan): TextSpan | null {
  const cited = oldText.slice(span.start, span.end);
  if (!cited) return null;
  let best: number | null = null;
  for (let at = newText.indexOf(cited); at !== -1; at = newText.indexOf(cited, at + 1)) {
    if (best === null || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + cited.length };
}
