/**
 * What makes a finding worth a line in a minister's brief, per section: a score (higher is
 * better) and a group whose repeats are worth less (a brief of ten quotes from one speaker,
 * or of ten timeline entries on one day, says less than its length suggests).
 *
 * Weights are on one scale so they can be read against each other: cross-source support
 * counts as 2·log2(1 + sources), so a finding carried by 3 sources (+4) outranks a lone one
 * (+2) by about as much as a named speaker outranks an unnamed one (+3), and ten sources
 * (+6.9) do not bury everything else.
 */
import type { Figure, FigureCategory, Question, SectionItem, SectionKey, Speaker } from '../model/briefing.js';
import { wordCount } from '../analyse/text/words.js';

export type RankedKey = Exclude<SectionKey, 'summary'>;

export interface DraftRank<K extends RankedKey> {
  score(item: SectionItem<K>): number;
  /** Items of one group lose `repeatPenalty` for each member already in the draft. */
  group(item: SectionItem<K>): string;
  repeatPenalty: number;
}

/** Distinct sources a finding cites: the analyst trusts what several outlets report. */
export function support(item: { cites: readonly { source: string }[] }): number {
  return new Set(item.cites.map((c) => c.source)).size;
}

const supportScore = (item: { cites: readonly { source: string }[] }): number => 2 * Math.log2(1 + support(item));

/** A quotation nobody can be named for prints as "Unattributed": weak in a brief. */
const speakerScore = (speaker: Speaker): number => (speaker.name ? 3 : 0) + (speaker.role ? 1 : 0);
const speakerGroup = (speaker: Speaker): string => speaker.name?.toLowerCase() ?? '(unnamed)';

/**
 * A few quoted words ("absolutely right") read poorly out of their article, and words that
 * start mid-sentence (called it "a reckless act") lean on the paraphrase around them: a whole
 * quoted sentence is what a reader can take in at a glance.
 */
function fragmentPenalty(text: string): number {
  return (wordCount(text) < 5 ? 2 : 0) + (/^\p{Ll}/u.test(text.trim()) ? 1 : 0);
}

/** Casualties lead a situation brief, then people affected, then means and money. */
const FIGURE_WEIGHT: Record<FigureCategory, number> = {
  killed: 8, injured: 7, missing: 6, displaced: 5, weapons: 3, money: 2.5, people: 2, percentage: 1.5, other: 0,
};

/**
 * A handful of people or things ("six women", "30 words") is rarely a fact of the situation;
 * a share that names the side it backs ("support for X") is the outcome of a race.
 */
function figureWeight(f: Figure): number {
  const handful = f.value !== null && f.value < 10 && (f.category === 'people' || f.category === 'other') ? -1.5 : 0;
  const side = f.category === 'percentage' && /^(?:support for|share of (?:the )?vote)\b/i.test(f.label) ? 1.5 : 0;
  return FIGURE_WEIGHT[f.category] + handful + side;
}

/** Open questions where the sources disagree are what the reader must weigh first. */
const QUESTION_WEIGHT: Record<Question['kind'], number> = {
  disagreement: 4, contested: 3.5, unconfirmed: 3, pending: 2.5, uncertainty: 2, other: 0,
};

export const DRAFT_RANKS: { [K in RankedKey]: DraftRank<K> } = {
  quotes: {
    score: (q) => supportScore(q) + speakerScore(q.speaker) - fragmentPenalty(q.text),
    group: (q) => speakerGroup(q.speaker),
    repeatPenalty: 1.5,
  },
  claims: {
    score: (c) => supportScore(c) + speakerScore(c.speaker),
    group: (c) => speakerGroup(c.speaker),
    repeatPenalty: 1.5,
  },
  figures: {
    // A vague amount ("dozens") or one without place or time says less than an exact, placed count.
    score: (f) => supportScore(f) + figureWeight(f) + (f.value === null ? 0 : 0.5) + (f.place || f.when ? 0.5 : 0),
    group: (f) => f.category,
    repeatPenalty: 0.75,
  },
  actors: {
    // Mentions are the engine's measure of who the story is about; places matter less as actors.
    score: (a) => 2 * Math.log2(1 + a.mentions) + supportScore(a) + (a.role ? 1 : 0) + (a.kind === 'place' ? -1.5 : 0),
    group: (a) => a.kind,
    repeatPenalty: 0.25,
  },
  timeline: {
    // A dated entry can be placed on the reader's calendar; one per day first spreads the picks.
    score: (t) => supportScore(t) + (t.date ? 3 : 0),
    group: (t) => t.date ?? t.when.toLowerCase(),
    repeatPenalty: 2,
  },
  questions: {
    score: (q) => supportScore(q) + QUESTION_WEIGHT[q.kind],
    group: (q) => q.kind,
    repeatPenalty: 0.5,
  },
};
