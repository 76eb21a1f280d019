/**
 * What the printed brief contains, decided once for every format (PDF, DOCX, Markdown, print
 * HTML): which items appear (rejected and held-back ones never do), in the analyst's order and wording,
 * which sections are left out because they are empty, and which source number each item cites.
 * Renderers only decide how a section looks, never what is in it.
 */
import { citedSourceNumbers, type Actor, type ActorKind, type Briefing, type Cite, type Claim, type Figure, type Quote, type TimelineEntry } from '../model/briefing.js';
import { dateTimeGroup, formatDay, formatStamp } from './dates.js';
import { ACTOR_KINDS, figureContext, speakerLabel, timelineDate, UNATTRIBUTED } from '../model/item-text.js';

/** An item's words, the sources it cites (1-based numbers, ascending) and the analyst's note. */
export interface LayoutItem {
  text: string;
  cites: number[];
  note: string | null;
}

export interface LayoutQuote extends LayoutItem {
  /** The name; else the description the sources give ("The union"); "Unattributed" when they say nothing. */
  speaker: string;
  role: string | null;
}

export interface LayoutClaim extends LayoutItem {
  /** Who made the claim, shown only when the claim's own words do not already name them. */
  attribution: string | null;
}

export interface LayoutFigure extends LayoutItem {
  /** What is counted. */
  label: string;
  /** Place and time, joined; null when the source gives neither. */
  context: string | null;
}

export interface LayoutActor extends LayoutItem {
  kind: string;
  role: string | null;
  mentions: number;
  aliases: string[];
}

export interface LayoutTimelineEntry extends LayoutItem {
  when: string;
  /** The resolved date, shown beside `when` when `when` does not already say it. */
  date: string | null;
}

export interface LayoutNote {
  text: string;
  written: string;
}

export interface LayoutSource {
  number: number;
  title: string;
  origin: string;
  published: string | null;
  byline: string | null;
}

export type LayoutSection =
  | { kind: 'bottomLine'; heading: string; item: LayoutItem }
  | { kind: 'situation'; heading: string; items: LayoutItem[] }
  | { kind: 'figures'; heading: string; rows: LayoutFigure[] }
  | { kind: 'quotes'; heading: string; rows: LayoutQuote[] }
  | { kind: 'claims'; heading: string; items: LayoutClaim[] }
  | { kind: 'actors'; heading: string; rows: LayoutActor[] }
  | { kind: 'timeline'; heading: string; rows: LayoutTimelineEntry[] }
  | { kind: 'questions'; heading: string; items: LayoutItem[] }
  | { kind: 'notes'; heading: string; items: LayoutNote[] }
  | { kind: 'sources'; heading: string; items: LayoutSource[]; unlisted: number };

export type SectionKind = LayoutSection['kind'];

export const SECTION_HEADINGS: Record<SectionKind, string> = {
  bottomLine: 'Bottom line',
  situation: 'Situation',
  figures: 'Key facts and figures',
  quotes: 'Key quotes',
  claims: 'Claims',
  actors: 'Actors',
  timeline: 'Timeline',
  questions: 'Open questions',
  notes: 'Analyst notes',
  sources: 'Sources',
};

export interface TitleField {
  label: string;
  value: string;
}

export interface BriefLayout {
  marking: string;
  title: string;
  /** Prepared for / by, date-time group and date; empty values are left out. */
  fields: TitleField[];
  /** `DDHHMMZ MON YY` in UTC, or null when `issuedAt` is not a date. */
  dtg: string | null;
  date: string;
  /** Only the sections that have something in them, in print order. */
  sections: LayoutSection[];
}

/** Actor kinds as the printed brief (and the preview's table) names them. */

/** "[1]", "[1, 2]", or "" for an item that cites nothing the sources list holds. */
export function citeLabel(numbers: readonly number[]): string {
  return numbers.length ? `[${numbers.join(', ')}]` : '';
}

/**
 * Sources the analyst read but nothing printed cites stay listed while they are few (the
 * reader sees what was consulted); past that they are only counted, or a 500-source corpus
 * would print 28 pages of titles behind a four-page brief. Numbers never change, so [42] on
 * paper is source 42 in the editor.
 */
const UNCITED_LISTED_UP_TO = 10;

function listedSources(count: number, cited: ReadonlySet<number>): (n: number) => boolean {
  const uncited = count - [...cited].filter((n) => n >= 1 && n <= count).length;
  return uncited <= UNCITED_LISTED_UP_TO ? () => true : (n) => cited.has(n);
}

/** The line under a sources list that leaves some out. */
export function unlistedSourcesLine(unlisted: number): string {
  return `${unlisted} further source${unlisted === 1 ? ' was' : 's were'} read for this brief but ${unlisted === 1 ? 'is' : 'are'} not cited in it; the full list stays with the brief in Sitbrief.`;
}

export function briefLayout(brief: Briefing): BriefLayout {
  const numbers = new Map(brief.sources.map((source, index) => [source.id, index + 1]));
  // Every number a printed item cites, so the sources list knows which sources paper refers to.
  const cited = new Set<number>();
  const citeNumbers = (cites: readonly Cite[]): number[] => {
    const own = citedSourceNumbers(cites, numbers);
    for (const n of own) cited.add(n);
    return own;
  };
  const base = (item: { text: string; cites: Cite[]; note: string | null }): LayoutItem => ({
    text: item.text,
    cites: citeNumbers(item.cites),
    note: item.note?.trim() || null,
  });
  // Held items are findings the draft length left out (core/brief/draft-length.ts): like
  // rejected ones they stay in the brief but never reach paper.
  const kept = <T extends { status: string; held?: boolean }>(items: readonly T[]): T[] => items.filter((i) => i.status !== 'rejected' && !i.held);

  const summary = kept(brief.summary).map(base);
  const [bottomLine, ...situation] = summary;
  const dtg = dateTimeGroup(brief.issuedAt);
  const date = formatDay(brief.issuedAt);

  const sections: LayoutSection[] = [];
  const add = (section: LayoutSection, size: number): void => {
    if (size > 0) sections.push(section);
  };
  if (bottomLine) add({ kind: 'bottomLine', heading: SECTION_HEADINGS.bottomLine, item: bottomLine }, 1);
  add({ kind: 'situation', heading: SECTION_HEADINGS.situation, items: situation }, situation.length);
  const figures = kept(brief.figures).map((f) => figureRow(f, base));
  add({ kind: 'figures', heading: SECTION_HEADINGS.figures, rows: figures }, figures.length);
  const quotes = kept(brief.quotes).map((q) => quoteRow(q, base));
  add({ kind: 'quotes', heading: SECTION_HEADINGS.quotes, rows: quotes }, quotes.length);
  const claims = kept(brief.claims).map((c) => claimRow(c, base));
  add({ kind: 'claims', heading: SECTION_HEADINGS.claims, items: claims }, claims.length);
  const actors = kept(brief.actors).map((a) => actorRow(a, base));
  add({ kind: 'actors', heading: SECTION_HEADINGS.actors, rows: actors }, actors.length);
  const timeline = kept(brief.timeline).map((t) => timelineRow(t, base));
  add({ kind: 'timeline', heading: SECTION_HEADINGS.timeline, rows: timeline }, timeline.length);
  const questions = kept(brief.questions).map(base);
  add({ kind: 'questions', heading: SECTION_HEADINGS.questions, items: questions }, questions.length);
  const notes = brief.notes
    .filter((n) => n.text.trim())
    .map((n) => ({ text: n.text.trim(), written: formatStamp(n.createdAt) }));
  add({ kind: 'notes', heading: SECTION_HEADINGS.notes, items: notes }, notes.length);
  const listed = listedSources(brief.sources.length, cited);
  const sources = brief.sources.flatMap((s, index) => listed(index + 1) ? [{
    number: index + 1,
    title: s.title.trim() || s.origin,
    origin: s.origin,
    published: s.publishedAt ? formatDay(s.publishedAt) : null,
    byline: s.byline?.trim() || null,
  }] : []);
  const unlisted = brief.sources.length - sources.length;
  add({ kind: 'sources', heading: SECTION_HEADINGS.sources, items: sources, unlisted }, brief.sources.length);

  const fields: TitleField[] = [
    { label: 'Prepared for', value: brief.preparedFor.trim() },
    { label: 'Prepared by', value: brief.preparedBy.trim() },
    { label: 'DTG', value: dtg ?? '' },
    { label: 'Date', value: date },
  ].filter((f) => f.value);

  return { marking: brief.marking.trim(), title: brief.title.trim() || 'Untitled brief', fields, dtg, date, sections };
}

type Base = (item: { text: string; cites: Cite[]; note: string | null }) => LayoutItem;

function quoteRow(q: Quote, base: Base): LayoutQuote {
  const { lead, sub } = speakerLabel(q.speaker);
  return { ...base(q), speaker: lead, role: sub };
}

function claimRow(c: Claim, base: Base): LayoutClaim {
  const { lead, sub } = speakerLabel(c.speaker);
  const known = lead !== UNATTRIBUTED;
  const named = known && c.text.toLowerCase().includes(lead.toLowerCase());
  const attribution = known && !named ? (sub ? `${lead}, ${sub}` : lead) : null;
  return { ...base(c), attribution };
}


function figureRow(f: Figure, base: Base): LayoutFigure {
  return { ...base(f), label: f.label.trim(), context: figureContext(f) };
}

function actorRow(a: Actor, base: Base): LayoutActor {
  const aliases = a.aliases.map((x) => x.trim()).filter((x) => x && x !== a.name);
  return { ...base({ ...a, text: a.name }), kind: ACTOR_KINDS[a.kind], role: a.role?.trim() || null, mentions: a.mentions, aliases };
}


function timelineRow(t: TimelineEntry, base: Base): LayoutTimelineEntry {
  return { ...base({ ...t, text: t.label }), when: t.when, date: timelineDate(t) };
}
