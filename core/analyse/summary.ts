/**
 * The situation summary, bottom line up front: extractive, so every line is a sentence a
 * source actually wrote and cites where it stands. The best-ranked sentence comes first as
 * the bottom line; the rest follow in reading order (source by source) so the paragraph flows.
 */
import type { SummaryItem } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { summaryCandidates, type Candidate } from './summary/candidates.js';
import { rankSentences } from './summary/rank.js';

function readingOrder(a: Candidate, b: Candidate): number {
  return a.doc - b.doc || a.sentence.start - b.sentence.start;
}

export function summarise(ctx: AnalysisContext): SummaryItem[] {
  const count = Math.max(0, Math.floor(ctx.options.summarySentences));
  const chosen = rankSentences(summaryCandidates(ctx), count, ctx.docs.length);
  const [bottomLine, ...rest] = chosen;
  if (!bottomLine) return [];
  return [bottomLine, ...rest.sort(readingOrder)].map((c) => ({
    ...engineItem('summary', c.sentence.text, c.cites),
    text: c.sentence.text,
  }));
}
