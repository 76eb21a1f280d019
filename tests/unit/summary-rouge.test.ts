/** The ROUGE scorer used by the summary benchmark, checked against hand-computed values. */
import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeL, rougeN } from '../../bench/rouge.js';

describe('rouge', () => {
  const reference = 'the cat sat on the mat'.split(' ');
  const candidate = 'the cat lay on the mat'.split(' ');

  it('counts clipped unigram and bigram overlap', () => {
    // unigrams: 5 of 6 match each way → F1 5/6
    expect(rougeN(candidate, reference, 1)).toBeCloseTo(5 / 6, 6);
    // bigrams: "the cat", "on the", "the mat" match, 3 of 5 → F1 0.6
    expect(rougeN(candidate, reference, 2)).toBeCloseTo(0.6, 6);
    // clipping: repeating a word does not earn more than the reference has
    expect(rougeN(['the', 'the', 'the'], ['the', 'cat'], 1)).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2), 6);
  });

  it('uses the longest common subsequence for ROUGE-L', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])).toBe(3);
    expect(rougeL(candidate, reference)).toBeCloseTo(5 / 6, 6);
  });

  it('is zero for nothing in common and one for identical text', () => {
    expect(rouge('alpha beta', 'gamma delta')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
    const same = rouge('The Cat, sat.', 'the cat sat');
    expect(same.rouge1).toBe(1);
    expect(same.rouge2).toBe(1);
    expect(same.rougeL).toBe(1);
  });
});
