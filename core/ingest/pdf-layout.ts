/**
 * Rebuilds paragraphs from positioned PDF text. A PDF has lines, not paragraphs: lines of one
 * paragraph are joined (with line-end hyphens mended), and a paragraph ends at a vertical gap
 * wider than the usual line spacing, a change of font size, a first-line indent, or a line
 * that stops short (a sentence end well before the margin, or under 70% of the width). Page numbers are dropped; a paragraph running over a page break
 * is joined when its page ends mid-sentence.
 */
import { joinLines } from './text-lines.js';

export interface PositionedText {
  str: string;
  /** Baseline origin in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, from the text matrix. */
  size: number;
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

const SENTENCE_END = /[.!?…:;"”’»)\]]$/;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

function linesOf(items: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const item of items) {
    if (!item.str) continue;
    const size = item.size || 10;
    if (line && Math.abs(item.y - line.y) <= size * 0.5 && item.x >= line.right - size) {
      const gap = item.x - line.right;
      const needsSpace = gap > size * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str);
      line.text += (needsSpace ? ' ' : '') + item.str;
      line.right = Math.max(line.right, item.x + item.width);
      continue;
    }
    line = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, size };
    lines.push(line);
  }
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text && !PAGE_NUMBER.test(l.text));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function startsParagraph(prev: Line, line: Line, lineGap: number, rightEdge: number): boolean {
  const gap = prev.y - line.y;
  if (Math.abs(prev.size - line.size) > 0.5) return true;
  if (gap <= 0) return SENTENCE_END.test(prev.text); // a new column: continue a sentence that runs over
  if (gap > lineGap * 1.35) return true;
  if (line.x > prev.x + line.size * 0.8) return true; // first-line indent
  // A paragraph's last line stops short; ragged-right lines stop a word short at most, so a
  // sentence end then, or a line under 70% of the width (a heading), ends the paragraph.
  const lineStart = Math.min(prev.x, line.x);
  const width = rightEdge - lineStart;
  if (prev.right - lineStart < width * 0.7) return true;
  return prev.right < rightEdge - prev.size * 4 && SENTENCE_END.test(prev.text);
}

/**
 * The right margin of the column a line sits in: the furthest right any line starting near the
 * same x reaches (so the lines of a two-column page are measured against their own column).
 */
function columnRightEdges(lines: Line[]): (line: Line) => number {
  const BUCKET = 24;
  const edges = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.x / BUCKET);
    edges.set(key, Math.max(edges.get(key) ?? 0, l.right));
  }
  return (line) => {
    const key = Math.round(line.x / BUCKET);
    return Math.max(edges.get(key - 1) ?? 0, edges.get(key) ?? 0, edges.get(key + 1) ?? 0);
  };
}

/** Paragraph texts for one page. */
export function pageParagraphs(items: PositionedText[]): string[] {
  const lines = linesOf(items);
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g, i) => g > 0 && Math.abs(lines[i]!.size - lines[i + 1]!.size) <= 0.5);
  const lineGap = median(gaps) || (lines[0]?.size ?? 10) * 1.2;
  const rightEdge = columnRightEdges(lines);
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (!prev || startsParagraph(prev, line, lineGap, rightEdge(prev))) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] = joinLines(paragraphs[paragraphs.length - 1]!, line.text);
  });
  return paragraphs;
}

/** All pages' paragraphs, one per line, joining a paragraph cut by a page break mid-sentence. */
export function documentText(pages: PositionedText[][]): string {
  const paragraphs: string[] = [];
  for (const page of pages) {
    const found = pageParagraphs(page);
    const last = paragraphs[paragraphs.length - 1];
    const first = found[0];
    if (last !== undefined && first !== undefined && !SENTENCE_END.test(last) && /^\p{Ll}/u.test(first)) {
      paragraphs[paragraphs.length - 1] = joinLines(last, first);
      found.shift();
    }
    paragraphs.push(...found);
  }
  return paragraphs.join('\n');
}
