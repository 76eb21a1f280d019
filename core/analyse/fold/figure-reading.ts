/**
 * What a figure is about, read from the figure and the sentence around it: what is counted
 * (a "people" figure followed by "were killed" counts the dead), where, on which day, who the
 * source credits with the number ("…, according to the coast guard", "state media reported
 * 3 dead") and whether it is worded as a revision ("now puts the toll at 5").
 * Grouping and disagreement questions read figures through this one view.
 */
import type { Figure, FigureCategory, SourceDoc } from '../../model/briefing.js';
import { findDates } from '../dates/find.js';

/** The sources the figures cite; without it only what the figure itself says is read. */
export interface FigureSources {
  texts: ReadonlyMap<string, string>;
  published: ReadonlyMap<string, string | null>;
}

export const NO_SOURCES: FigureSources = { texts: new Map(), published: new Map() };

export function figureSources(sources: readonly Pick<SourceDoc, 'id' | 'text' | 'publishedAt'>[]): FigureSources {
  return {
    texts: new Map(sources.map((s) => [s.id, s.text])),
    published: new Map(sources.map((s) => [s.id, s.publishedAt])),
  };
}

export interface FigureReading {
  category: FigureCategory;
  /** Lower-cased place words, empty when the figure names no place. */
  place: string[];
  /** ISO day the figure refers to, when it can be resolved. */
  date: string | null;
  /** Who the source credits with the number, as written ("Valdorian Coast Guard"). */
  reporter: string | null;
  /** Worded as a revision of an earlier count ("now puts the toll at", "rose to"). */
  update: boolean;
}

/** Casualty counts: figures of one such category about one event count the same people. */
export const CASUALTIES: ReadonlySet<FigureCategory> = new Set(['killed', 'injured', 'missing', 'displaced']);

const OUTCOME_AFTER = /^\s+(?:were|was|have been|had been|are|are now|remain)\s+(killed|dead|injured|wounded|missing|displaced)\b/i;
const OUTCOME_CATEGORY: Record<string, FigureCategory> = {
  killed: 'killed', dead: 'killed', injured: 'injured', wounded: 'injured', missing: 'missing', displaced: 'displaced',
};

const REPORTING_VERB = String.raw`(?:said|says|say|reported|reports|report|puts|put|estimated|estimates|estimate|confirmed|confirms|counted|counts|told|announced)`;
const VERB = new RegExp(String.raw`\b${REPORTING_VERB}\b`, 'gi');
const ACCORDING = /\baccording to\s+(?:the\s+)?([^,.;:()"“”]+)/i;
/** "…, the coastguard said." — the speaker after the figure. */
const VERB_AFTER = new RegExp(String.raw`,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”]{3,60}?)\s+${REPORTING_VERB}\s*[.,;]?$`, 'i');
/** Words between the reporter and its verb ("now puts", "has said"). */
const AUXILIARY = /^(now|also|later|has|have|had|then|previously|separately)$/i;
/** Where a reporter's name cannot reach back past. */
const BOUNDARY = /^(the|a|an|and|or|but|that|which|who|after|when|as|while|since|because|its|their|his|her|of|in|on|at|to|for|with|by|from)$/i;
const PRONOUN = /^(he|she|it|they|we|i|you|this|that|these|those|there)$/i;
const UPDATE = /\bnow\s+(?:puts|put|says|say|reports|counts|stands|gives)\b|\b(?:rose|risen|climbed|increased|revised|raised|updated)\b[^.;]{0,30}\bto\b/i;

/** The sentence, then the clause between semicolons, that holds the span. */
function clauseAround(text: string, start: number, end: number): { text: string; at: number; atEnd: number } {
  let from = start;
  while (from > 0 && !/[.!?;\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?;\n]/.test(text[to]!)) to++;
  if (to < text.length) to++;
  return { text: text.slice(from, to), at: start - from, atEnd: end - from };
}

/** The noun phrase just before a reporting verb: "The Valdorian Coast Guard now puts" → "Valdorian Coast Guard". */
function reporterBefore(before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  while (words.length > 0 && AUXILIARY.test(words.at(-1)!)) words.pop();
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 5; i--) {
    const w = words[i]!;
    if (!/^[\p{L}][\p{L}’'.-]*$/u.test(w) || BOUNDARY.test(w)) break;
    kept.unshift(w);
  }
  if (kept.length === 0 || (kept.length === 1 && PRONOUN.test(kept[0]!))) return null;
  return kept.join(' ');
}

/** The reporter credited nearest before the figure in its clause, else one credited around it. */
function creditedReporter(clause: { text: string; at: number; atEnd: number }): string | null {
  const before = clause.text.slice(0, clause.at);
  let best: string | null = null;
  for (const m of before.matchAll(VERB)) best = reporterBefore(before.slice(0, m.index)) ?? best;
  if (best) return best;
  const according = ACCORDING.exec(clause.text);
  if (according) return according[1]!.trim().replace(/\s+/g, ' ');
  const after = VERB_AFTER.exec(clause.text.slice(clause.atEnd).trim());
  return after ? after[1]!.trim() : null;
}

/** "two more bodies", "another 3": an increment to a count, not the count itself. */
const INCREMENT = /^(?:another|an additional|additional|a further|further)\b|^\S+\s+(?:more|additional|further|new)\s+\S/i;

export function isIncrement(figure: { text: string }): boolean {
  return INCREMENT.test(figure.text.trim());
}

function countedCategory(figure: Figure, text: string, end: number): FigureCategory {
  if (figure.category !== 'people' && figure.category !== 'other') return figure.category;
  const m = OUTCOME_AFTER.exec(text.slice(end, end + 40));
  return m ? (OUTCOME_CATEGORY[m[1]!.toLowerCase()] ?? figure.category) : figure.category;
}

export function readFigure(figure: Figure, sources: FigureSources): FigureReading {
  const cite = figure.cites[0];
  const text = cite ? (sources.texts.get(cite.source) ?? '') : '';
  const clause = cite && text ? clauseAround(text, cite.start, cite.end) : null;
  const published = cite ? (sources.published.get(cite.source) ?? null) : null;
  const date = figure.when ? (findDates(figure.when, published)[0]?.date ?? null) : null;
  return {
    category: cite && text ? countedCategory(figure, text, cite.end) : figure.category,
    place: figure.place ? figure.place.toLowerCase().split(/\s+/) : [],
    date,
    reporter: clause ? creditedReporter(clause) : null,
    update: clause ? UPDATE.test(clause.text) : false,
  };
}
