/**
 * Pure helpers for the analyst's correction of a source's extracted text.
 * The renderer may not import engine code, so the paragraph rule is restated here;
 * it must stay the same as `splitParagraphs` in core/analyse/text/sentences.ts
 * (tests/unit/renderer-text-correction.test.ts pins the two together).
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** One paragraph per non-empty line, trimmed. */
export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return spans;
}

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
