/**
 * The Briefing model: the one shape every part of Sitbrief agrees on.
 * The zod schemas are the truth (they guard the store, IPC and JSON files);
 * the TypeScript types are inferred from them so the two can never drift.
 *
 * Offsets in a Cite are UTF-16 code-unit indices into SourceDoc.text, i.e. plain
 * JavaScript string indices: `source.text.slice(start, end)` is the cited span.
 */
import { z } from 'zod';

export const BRIEFING_SCHEMA_VERSION = 1;

export const CiteSchema = z.object({
  source: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Cite = z.infer<typeof CiteSchema>;

/** Where the analyst stands on an item. Rejected items are hidden, never deleted, so they can be restored. */
export const ItemStatusSchema = z.enum(['draft', 'accepted', 'rejected']);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

const itemFields = {
  /** Stable id; engine items use a content hash so a re-analysis can recognise them. */
  id: z.string().min(1),
  cites: z.array(CiteSchema),
  status: ItemStatusSchema.default('draft'),
  /** `engine` items came from analysis; `analyst` items were written by hand. */
  origin: z.enum(['engine', 'analyst']).default('engine'),
  /** True once the analyst rewrote the item: a re-analysis must not overwrite it. */
  edited: z.boolean().default(false),
  note: z.string().nullable().default(null),
  /** The brief version (see Briefing.version) in which this item first appeared. */
  addedInVersion: z.number().int().nonnegative().default(1),
  /**
   * Held back from the draft: the engine found it but ranked it below the section's draft
   * length (core/brief/draft-length.ts). A held item stays in the brief and the JSON, is never
   * printed or exported, and the editor lists it under "N more found" until the analyst adds
   * it. Only untouched engine items are ever held; each analysis decides afresh and writes the
   * flag on every item. Optional (absent means in the draft), not defaulted, so briefs stored
   * before the field existed parse unchanged and code that builds items need not name it.
   */
  held: z.boolean().optional(),
};

export const SpeakerSchema = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const SummaryItemSchema = z.object({ ...itemFields, text: z.string() });
export type SummaryItem = z.infer<typeof SummaryItemSchema>;

/** A direct quotation. `text` is the quoted words without the quotation marks. */
export const QuoteSchema = z.object({ ...itemFields, text: z.string(), speaker: SpeakerSchema });
export type Quote = z.infer<typeof QuoteSchema>;

/** Reported speech: "Russia claimed the strikes were aimed at military infrastructure". */
export const ClaimSchema = z.object({ ...itemFields, text: z.string(), speaker: SpeakerSchema });
export type Claim = z.infer<typeof ClaimSchema>;

export const FigureCategorySchema = z.enum([
  'killed', 'injured', 'missing', 'displaced', 'weapons', 'money', 'people', 'percentage', 'other',
]);
export type FigureCategory = z.infer<typeof FigureCategorySchema>;

export const FigureSchema = z.object({
  ...itemFields,
  /** The number itself; null for vague amounts ("dozens") that have no single value. */
  value: z.number().nullable(),
  /** What is counted, e.g. "killed in the Kyiv strike". */
  label: z.string(),
  /** The figure as the source words it, e.g. "at least 12 killed". */
  text: z.string(),
  qualifier: z.string().nullable().default(null),
  category: FigureCategorySchema.default('other'),
  place: z.string().nullable().default(null),
  when: z.string().nullable().default(null),
});
export type Figure = z.infer<typeof FigureSchema>;

export const ActorKindSchema = z.enum(['person', 'organization', 'country', 'place']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const ActorSchema = z.object({
  ...itemFields,
  name: z.string(),
  kind: ActorKindSchema,
  role: z.string().nullable(),
  mentions: z.number().int().nonnegative(),
  aliases: z.array(z.string()).default([]),
});
export type Actor = z.infer<typeof ActorSchema>;

export const TimelineEntrySchema = z.object({
  ...itemFields,
  /** The time as the source says it ("late Wednesday night"), or the resolved date when that reads better. */
  when: z.string(),
  /** ISO date (YYYY-MM-DD) when the expression could be resolved; null when it stays relative. */
  date: z.string().nullable().default(null),
  label: z.string(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const QuestionKindSchema = z.enum([
  'uncertainty', 'pending', 'contested', 'unconfirmed', 'disagreement', 'other',
]);
export const QuestionSchema = z.object({
  ...itemFields,
  text: z.string(),
  kind: QuestionKindSchema.default('other'),
});
export type Question = z.infer<typeof QuestionSchema>;

export const NoteSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof NoteSchema>;

export const SourceKindSchema = z.enum(['paste', 'text', 'markdown', 'html', 'pdf', 'docx', 'url', 'demo']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const ParagraphSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const SourceDocSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** File path, URL, or "pasted text". */
  origin: z.string(),
  kind: SourceKindSchema,
  /** Publication date (YYYY-MM-DD) used to resolve relative dates; null when unknown. */
  publishedAt: z.string().nullable().default(null),
  byline: z.string().nullable().default(null),
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
  addedAt: z.string(),
  /** Brief version in which the source was added (for "new since last version"). */
  addedInVersion: z.number().int().nonnegative().default(1),
});
export type SourceDoc = z.infer<typeof SourceDocSchema>;

/** The engine's output: every generated section, before the analyst touches it. */
export const BriefContentSchema = z.object({
  summary: z.array(SummaryItemSchema),
  quotes: z.array(QuoteSchema),
  claims: z.array(ClaimSchema),
  figures: z.array(FigureSchema),
  actors: z.array(ActorSchema),
  timeline: z.array(TimelineEntrySchema),
  questions: z.array(QuestionSchema),
});
export type BriefContent = z.infer<typeof BriefContentSchema>;

export const SECTION_KEYS = ['summary', 'quotes', 'claims', 'figures', 'actors', 'timeline', 'questions'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type SectionItem<K extends SectionKey> = BriefContent[K][number];
export type AnyItem = SectionItem<SectionKey>;

/**
 * The analyst has made this item theirs (written, rewritten, accepted or rejected it): a
 * re-analysis must leave it alone and the draft length never holds it back. Here, beside the
 * model, because the engine's update and the editor's edits must agree on it.
 */
export function isAnalystTouched(item: AnyItem): boolean {
  return item.origin === 'analyst' || item.edited || item.status !== 'draft';
}

/**
 * The numbers of the sources an item cites, ascending and without repeats: "[1, 3]" on screen
 * and on paper. A cite whose source is not numbered (removed from the brief) gives none.
 */
export function citedSourceNumbers(cites: readonly Cite[], numbers: ReadonlyMap<string, number>): number[] {
  return [...new Set(cites.map((c) => numbers.get(c.source)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
}

export const BriefingSchema = BriefContentSchema.extend({
  schemaVersion: z.literal(BRIEFING_SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  marking: z.string().default('OFFICIAL'),
  preparedFor: z.string().default(''),
  preparedBy: z.string().default(''),
  /** When the brief is dated (ISO date-time); the PDF shows it and its date-time group. */
  issuedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Increments each time analysis runs over new sources. */
  version: z.number().int().nonnegative().default(1),
  summarySentences: z.number().int().min(1).max(20).default(5),
  sources: z.array(SourceDocSchema),
  notes: z.array(NoteSchema).default([]),
});
export type Briefing = z.infer<typeof BriefingSchema>;

export interface AnalysisOptions {
  /** How many sentences the situation summary may have. */
  summarySentences: number;
}
