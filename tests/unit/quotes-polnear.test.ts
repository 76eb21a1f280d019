/** Regression floors on PolNeAR dev (84 articles, 488 gold quotes), just under what the engine reaches; the benchmark prints the exact figures. */
import { describe, expect, it } from 'vitest';
import { namesSomeone, scorePolnear } from '../../bench/quality-quotes.js';

describe('PolNeAR dev quotes', () => {
  it('keeps recall, precision and speaker accuracy above their floors', async () => {
    const scores = await scorePolnear();
    expect(scores.gold).toBe(488);
    expect(scores.recall).toBeGreaterThanOrEqual(0.98);
    expect(scores.precision).toBeGreaterThanOrEqual(0.93);
    expect(scores.speakerAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(scores.speakerAccuracyNamesOnly).toBeGreaterThanOrEqual(0.87);
    expect(scores.speakerAccuracyNamedGold).toBeGreaterThanOrEqual(0.97);
    // 49 gold speakers ("the announcer", "Few people") name nobody: the ceiling a naming engine can reach.
    expect(scores.namedGold).toBe(432);
  }, 60_000);
});

describe('namesSomeone', () => {
  it('tells a name from a description by its last word', () => {
    expect(namesSomeone('NATO Secretary-General Mark Rutte')).toBe(true);
    expect(namesSomeone('the IMF')).toBe(true);
    expect(namesSomeone('the announcer')).toBe(false);
    expect(namesSomeone("Obama's former campaign strategist")).toBe(false);
  });
});
