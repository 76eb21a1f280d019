/**
 * Sentence ranking for an extractive, bottom-line-first summary.
 *
 * News puts the key facts first, so position counts; centrality (how well a sentence matches
 * the term profile of all the sources) keeps the summary on topic; with several sources,
 * sentences whose content words recur across sources are preferred because several
 * sources confirm them. Centrality is computed against one corpus vector rather than all
 * sentence pairs, so ranking is linear in the number of sentences; redundancy is removed
 * with maximal marginal relevance, which only compares against the few sentences chosen.
 */
import { cosine, norm, termCounts, type TermVector } from './terms.js';
import type { Candidate } from './candidates.js';

export interface RankWeights {
  centrality: number;
  position: number;
  confirmation: number;
  /** MMR trade-off: 1 ignores redundancy, 0 only avoids it. */
  relevance: number;
}

export const DEFAULT_WEIGHTS: RankWeights = { centrality: 0.55, position: 0.25, confirmation: 0.35, relevance: 0.85 };

/**
 * Several sources retell the same lead in their own words, so redundancy weighs more there;
 * within one article sentences rarely repeat each other and relevance can dominate.
 */
export function weightsFor(sourceCount: number): RankWeights {
  return sourceCount > 1 ? { ...DEFAULT_WEIGHTS, relevance: 0.7 } : DEFAULT_WEIGHTS;
}

interface Scored {
  candidate: Candidate;
  vector: TermVector;
  norm: number;
  score: number;
}

function inverseFrequencies(candidates: readonly Candidate[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const idf = new Map<string, number>();
  for (const [t, k] of df) idf.set(t, Math.log(1 + n / k));
  return idf;
}

/** For each term, in how many distinct sources it occurs. */
function sourceFrequencies(candidates: readonly Candidate[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const c of candidates) {
    for (const t of c.terms) {
      let sources = seen.get(t);
      if (!sources) seen.set(t, (sources = new Set()));
      for (const cite of c.cites) sources.add(cite.source);
    }
  }
  return seen;
}

function weighted(c: Candidate, idf: Map<string, number>): TermVector {
  const v = termCounts(c.terms);
  for (const [t, x] of v) v.set(t, x * (idf.get(t) ?? 0));
  return v;
}

/** Short fragments and run-on paragraphs make poor summary lines. */
function lengthFactor(words: number): number {
  if (words < 10) return 0.6 + 0.04 * words;
  if (words > 55) return Math.max(0.5, 1 - (words - 55) / 60);
  return 1;
}

function score(candidates: readonly Candidate[], sourceCount: number, w: RankWeights): Scored[] {
  const idf = inverseFrequencies(candidates);
  const vectors = candidates.map((c) => weighted(c, idf));
  const corpus: TermVector = new Map();
  for (const v of vectors) for (const [t, x] of v) corpus.set(t, (corpus.get(t) ?? 0) + x);
  const corpusNorm = norm(corpus);
  const inSources = sourceCount > 1 ? sourceFrequencies(candidates) : null;

  const centrality = vectors.map((v) => cosine(v, corpus, norm(v), corpusNorm));
  const maxCentrality = Math.max(1e-9, ...centrality);
  return candidates.map((c, i) => {
    const vector = vectors[i]!;
    const position = 1 / Math.sqrt(1 + c.rank);
    let confirmation = 0;
    if (inSources) {
      let total = 0;
      let shared = 0;
      for (const [t, x] of vector) {
        total += x;
        shared += x * Math.min(1, (inSources.get(t)!.size - 1) / (sourceCount - 1));
      }
      confirmation = total > 0 ? shared / total : 0;
    }
    const base = w.centrality * (centrality[i]! / maxCentrality) + w.position * position + w.confirmation * confirmation;
    return { candidate: c, vector, norm: norm(vector), score: base * lengthFactor(c.words) };
  });
}

/** Picks up to `count` sentences, best first, by MMR over the ranking scores. */
export function rankSentences(
  candidates: readonly Candidate[],
  count: number,
  sourceCount: number,
  weights: RankWeights = weightsFor(sourceCount),
): Candidate[] {
  if (count <= 0 || candidates.length === 0) return [];
  const pool = score(candidates, sourceCount, weights);
  const maxScore = Math.max(1e-9, ...pool.map((s) => s.score));
  const chosen: Scored[] = [];
  const remaining = new Set(pool);
  while (chosen.length < count && remaining.size > 0) {
    let best: Scored | null = null;
    let bestValue = -Infinity;
    for (const s of remaining) {
      let redundancy = 0;
      for (const c of chosen) redundancy = Math.max(redundancy, cosine(s.vector, c.vector, s.norm, c.norm));
      const value = weights.relevance * (s.score / maxScore) - (1 - weights.relevance) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = s;
      }
    }
    if (!best) break;
    chosen.push(best);
    remaining.delete(best);
  }
  return chosen.map((s) => s.candidate);
}
