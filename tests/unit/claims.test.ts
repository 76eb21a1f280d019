/** Claims: reported speech with its speaker. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findClaims } from '../../core/analyse/claims.js';
import { rawSource } from '../../bench/quality-quotes.js';

function claimsOf(text: string) {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findClaims(ctx, findActors(ctx));
}

describe('claims', () => {
  it('reads "X claimed (that) …" with the speaker and the claim cited', () => {
    const text = 'Russia claimed the strikes were aimed at military infrastructure. Officials in Kyiv denied that any base was hit.';
    const claims = claimsOf(text);
    const russia = claims.find((c) => c.speaker.name === 'Russia')!;
    expect(russia.text).toBe('the strikes were aimed at military infrastructure');
    expect(text.slice(russia.cites[0]!.start, russia.cites[0]!.end)).toBe(russia.text);
  });

  it('resolves full names and skips sentences that carry a quotation', () => {
    const text = 'Foreign Minister Andrii Sybiha said talks would resume next week in Geneva. Sybiha said, “We are ready.”';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).toEqual({ name: 'Andrii Sybiha', role: 'Foreign Minister' });
    expect(claims[0]!.text).toBe('talks would resume next week in Geneva');
  });

  it('does not read a reporting word used as a noun as the verb of a claim', () => {
    const text = [
      'Norvalan state media reported heavy damage to the harbour and three ships sunk overnight.',
      'The statement follows reports that the navy had been put on alert before the attack began.',
    ].join('\n\n');
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).not.toContain('media reported heavy damage to the harbour and three ships sunk overnight');
    expect(claims.every((c) => c.speaker.role !== 'The statement follows')).toBe(true);
  });

  it('reads no claim from a negated reporting verb, contracted or not', () => {
    expect(claimsOf('His aides haven’t said the schedule would change before the summit next month.')).toEqual([]);
    expect(claimsOf('The ministry did not say the harbour would close before the summit.')).toEqual([]);
    expect(claimsOf('The ministry declined to say the harbour would close before the summit.')).toEqual([]);
  });

  it('reads no claim from a passive reporting verb', () => {
    const claims = claimsOf('The Harbour Authority met on Monday. It was reported that the port would close for a week in March.');
    expect(claims).toHaveLength(0);
  });
});
