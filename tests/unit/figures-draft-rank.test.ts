/** Which figures lead the draft: a handful of people ranks low, a side's share in a race high. */
import { describe, expect, it } from 'vitest';
import { DRAFT_RANKS } from '../../core/brief/draft-rank.js';
import { FigureSchema, type Figure } from '../../core/model/briefing.js';

function figure(value: number, label: string, category: Figure['category']): Figure {
  return FigureSchema.parse({ id: `f-${label}`, cites: [{ source: 's1', start: 0, end: 1 }], value, label, text: `${value} ${label}`, category });
}

const score = (f: Figure) => DRAFT_RANKS.figures.score(f);

describe('figure draft rank', () => {
  it('ranks a handful of people below a count of thousands', () => {
    expect(score(figure(6, 'women', 'people'))).toBeLessThan(score(figure(4000, 'teachers', 'people')));
    expect(score(figure(3, 'words', 'other'))).toBeLessThan(score(figure(300, 'schools', 'other')));
  });

  it('ranks a share that names the side it backs above other shares', () => {
    expect(score(figure(46, 'support for Moreno', 'percentage'))).toBeGreaterThan(score(figure(46, 'share of editorial staff', 'percentage')));
  });

  it('keeps casualties first', () => {
    expect(score(figure(3, 'people killed', 'killed'))).toBeGreaterThan(score(figure(46, 'support for Moreno', 'percentage')));
  });
});
