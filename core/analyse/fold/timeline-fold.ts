/**
 * One timeline entry per event across sources. Syndicated copy and follow-ups carry the same
 * sentence ("On Tuesday the ministry confirmed…") in several articles; unfolded, each copy is a
 * line of its own and a large corpus yields a timeline of a thousand near-repeats.
 *
 * Entries fold when they come from different sources, fall on the same day and say much the
 * same thing. The same day is the same resolved date; for an entry whose time stays relative
 * ("on Tuesday", "last week") it is the same wording of the time in sources published on the
 * same day (or both undated), since "Tuesday" in articles of different days is another day —
 * and as the time then says less, the words must agree more. The first entry stays where it is
 * with its wording and id, and cites every source.
 */
import type { TimelineEntry } from '../../model/briefing.js';
import { contentTerms, cosine, norm, termCounts, type TermVector } from '../summary/terms.js';
import { mergeCites } from '../fold.js';

/** Cosine of the label terms above which two entries on one day are one event. */
const SAME_EVENT_DATED = 0.6;
const SAME_EVENT_RELATIVE = 0.8;

interface Folding { index: number; entry: TimelineEntry; terms: TermVector; norm: number; sources: Set<string> }

function dayKey(entry: TimelineEntry, publishedAt: ReadonlyMap<string, string | null>): string {
  if (entry.date) return `date:${entry.date}`;
  const published = publishedAt.get(entry.cites[0]?.source ?? '') ?? 'undated';
  return `when:${entry.when.toLowerCase().replace(/\s+/g, ' ').trim()}|${published}`;
}

export function foldTimeline(entries: readonly TimelineEntry[], publishedAt: ReadonlyMap<string, string | null>): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const byDay = new Map<string, Folding[]>();
  for (const entry of entries) {
    const key = dayKey(entry, publishedAt);
    const terms = termCounts(contentTerms(entry.label));
    const size = norm(terms);
    const sources = new Set(entry.cites.map((c) => c.source));
    const threshold = entry.date ? SAME_EVENT_DATED : SAME_EVENT_RELATIVE;
    const sameDay = byDay.get(key) ?? [];
    const same = sameDay.find((f) => [...sources].every((s) => !f.sources.has(s)) && cosine(f.terms, terms, f.norm, size) >= threshold);
    if (same) {
      same.entry = { ...same.entry, cites: mergeCites(same.entry.cites, entry.cites) };
      for (const s of sources) same.sources.add(s);
      out[same.index] = same.entry;
      continue;
    }
    sameDay.push({ index: out.length, entry, terms, norm: size, sources });
    byDay.set(key, sameDay);
    out.push(entry);
  }
  return out;
}
