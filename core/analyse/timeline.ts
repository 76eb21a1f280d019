/**
 * The timeline: every dated or relatively dated event in the sources, each citing its sentence.
 * Resolved dates are ordered chronologically; entries whose date stays relative keep their
 * place in source order (they take the slots they had, the resolved ones are sorted around them).
 * The same event reported by several sources on the same day becomes one entry citing all:
 * syndicated copy and follow-ups repeat a sentence in many articles, and unfolded a large corpus
 * yields a timeline of near-repeats.
 */
import type { Cite, TimelineEntry } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { findDates } from './dates/find.js';
import { eventLabel } from './dates/label.js';
import { datesAnEvent } from './dates/event.js';
import { LabelSubjects } from './dates/pronoun-subject.js';
import { contentTerms } from './summary/terms.js';
import { wholeSentences } from './text/whole-sentences.js';
import type { Sentence } from './text/sentences.js';

interface Found { when: string; date: string | null; label: string; terms: Set<string>; cites: Cite[] }
interface Dated { when: string; date: string | null; label: string; terms: Set<string> }

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * The day an event falls on, for folding: its resolved date; for a time that stays relative,
 * the same wording in sources published the same day (or both undated), since "Tuesday" in
 * articles of different days is another day.
 */
function dayKey(when: string, date: string | null, publishedAt: string | null): string {
  return date ?? `${when.toLowerCase().replace(/\s+/g, ' ').trim()}\u0000${publishedAt ?? ''}`;
}

/**
 * Share of the shorter label's terms two reports of one day must share to be one event. Another
 * source with a resolved date needs half; a relative time says less, so it needs nearly all, as
 * does a repeat within one source, where only a near-repeat of the same words is the same event.
 */
function sameEventShare(crossSource: boolean, date: string | null): number {
  return crossSource && date ? 0.5 : 0.8;
}

/** Chronological among resolved entries; relative entries stay in their source-order slots. */
function orderEntries(found: Found[]): Found[] {
  const resolved = found.filter((f) => f.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  let next = 0;
  return found.map((f) => (f.date === null ? f : resolved[next++]!));
}

/** The reporter speaking ("I spoke to", "told me"): the writing of the story, not an event in it. */
function reportersOwn(label: string): boolean {
  const outsideQuotes = label.replace(/[\u201c"][^\u201d"]*[\u201d"]/g, '');
  return /\b(I|me|my colleagues?)\b|\b[Tt]his (reporter|correspondent|writer)\b/.test(outsideQuotes);
}

/**
 * Each sentence as split, with the span to cite: the whole sentence when a quotation runs on
 * past the split, so the cite shows the full quote while the label reads one sentence.
 */
function* citedSentences(text: string, sentences: readonly Sentence[]): Generator<{ sentence: Sentence; cite: { start: number; end: number }; previous: string | null }> {
  const whole = wholeSentences(text, sentences);
  let w = 0;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    while (whole[w] && whole[w]!.end < sentence.end) w++;
    const span = whole[w] ?? sentence;
    const before = sentences[i - 1];
    yield { sentence, cite: { start: span.start, end: span.end }, previous: before && before.paragraph >= sentence.paragraph - 1 ? before.text : null };
  }
}

/** The dated events one sentence tells, with their labels. */
function datedEvents(text: string, publishedAt: string | null, previous: string | null): Dated[] {
  const out: Dated[] = [];
  const mentions = findDates(text, publishedAt);
  for (const mention of mentions) {
    if (!datesAnEvent(text, mention)) continue;
    const others = mentions.filter((m) => m !== mention);
    const label = eventLabel(text, mention.start, mention.end, { others, previous });
    if (!label || reportersOwn(label)) continue;
    out.push({ when: mention.when, date: mention.date, label, terms: new Set(contentTerms(label)) });
  }
  return out;
}

export function buildTimeline(ctx: AnalysisContext): TimelineEntry[] {
  const found: Found[] = [];
  const byDay = new Map<string, Found[]>();
  // Wire copy carried by several sources repeats sentences word for word: each is read once.
  const read = new Map<string, Dated[]>();
  for (const analysed of ctx.docs) {
    const { source, sentences } = analysed;
    const subjects = new LabelSubjects(ctx, analysed);
    for (const { sentence, cite: span, previous } of citedSentences(source.text, sentences)) {
      const key = `${source.publishedAt ?? ''}\u0000${previous ?? ''}\u0000${sentence.text}`;
      let events = read.get(key);
      if (!events) read.set(key, (events = datedEvents(sentence.text, source.publishedAt, previous)));
      for (const event of events) {
        // Who "he" or "they" is depends on the document around the sentence, not on its words alone.
        const label = subjects.name(event.label, sentence);
        if (!label) continue;
        const terms = label === event.label ? event.terms : new Set(contentTerms(label));
        const cite: Cite = { source: source.id, ...span };
        const day = dayKey(event.when, event.date, source.publishedAt);
        const sameDay = byDay.get(day);
        const same = sameDay?.find((f) => overlap(f.terms, terms) >= sameEventShare(f.cites.every((c) => c.source !== source.id), event.date));
        if (same) {
          if (!same.cites.some((c) => c.source === cite.source && c.start === cite.start)) same.cites.push(cite);
          continue;
        }
        const entry: Found = { when: event.when, date: event.date, label, terms, cites: [cite] };
        found.push(entry);
        if (sameDay) sameDay.push(entry);
        else byDay.set(day, [entry]);
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
