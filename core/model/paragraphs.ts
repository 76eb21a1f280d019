/**
 * The paragraph rule every side shares: one paragraph per non-empty line, trimmed. It lives
 * beside the model (no Node, no DOM) because both ingest and the renderer's text correction
 * must cut paragraphs identically, or cites would drift between them.
 */
export interface Span {
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return spans;
}
