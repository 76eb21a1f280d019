/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004) on lower-cased word tokens, no stemming and no
 * stop-word removal, the usual settings for comparing extractive summaries with a reference.
 * ROUGE-L is the summary-level LCS of the whole token sequences.
 */
import { wordTokens } from '../core/analyse/summary/terms.js';

export interface RougeScores { rouge1: number; rouge2: number; rougeL: number }

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, k] of c) overlap += Math.min(k, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  return f1(lcsLength(candidate, reference), candidate.length, reference.length);
}

export function rouge(candidateText: string, referenceText: string): RougeScores {
  const c = wordTokens(candidateText);
  const r = wordTokens(referenceText);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}
