/**
 * The timeline: every dated or relatively dated event in the sources, each citing its sentence.
 * Resolved dates are ordered chronologically; entries whose date stays relative keep their
 * place in source order (they take the slots they had, the resolved ones are sorted around them).
 * The same event reported by several sources on the same date becomes one entry citing all.
 */
import type { Cite, TimelineEntry } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { findDates } from './dates/find.js';
import { eventLabel } from './dates/label.js';
import { contentTerms } from './summary/terms.js';
import { wholeSentences } from './text/whole-sentences.js';

interface Found { when: string; date: string | null; label: string; terms: Set<string>; cites: Cite[] }

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Chronological among resolved entries; relative entries stay in their source-order slots. */
function orderEntries(found: Found[]): Found[] {
  const resolved = found.filter((f) => f.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  let next = 0;
  return found.map((f) => (f.date === null ? f : resolved[next++]!));
}

export function buildTimeline(ctx: AnalysisContext): TimelineEntry[] {
  const found: Found[] = [];
  const byDate = new Map<string, Found[]>();
  for (const { source, sentences } of ctx.docs) {
    for (const sentence of wholeSentences(source.text, sentences)) {
      for (const mention of findDates(sentence.text, source.publishedAt)) {
        const cite: Cite = { source: source.id, start: sentence.start, end: sentence.end };
        const label = eventLabel(sentence.text, mention.start, mention.end);
        const terms = new Set(contentTerms(label));
        const sameDay = mention.date ? byDate.get(mention.date) : undefined;
        // Another source on the same day with much the same words is the same event; within one
        // source only a near-repeat of the same words is.
        const same = sameDay?.find((f) => overlap(f.terms, terms) >= (f.cites.every((c) => c.source !== source.id) ? 0.5 : 0.8));
        if (same) {
          if (!same.cites.some((c) => c.source === cite.source && c.start === cite.start)) same.cites.push(cite);
          continue;
        }
        const entry: Found = { when: mention.when, date: mention.date, label, terms, cites: [cite] };
        found.push(entry);
        if (!mention.date) continue;
        if (sameDay) sameDay.push(entry);
        else byDate.set(mention.date, [entry]);
      }
    }
  }
  return orderEntries(found).map((f) => ({
    ...engineItem('timeline', `${f.date ?? f.when}|${f.label}`, f.cites),
    when: f.when,
    date: f.date,
    label: f.label,
  }));
}
