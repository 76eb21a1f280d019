/**
 * Sources that disagree on a figure are flagged as an open question; figures about different
 * things (another place, another day, injured rather than killed) are not.
 * Texts are fictional and written for these tests; the seed article is read at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure, SourceDoc } from '../../core/model/briefing.js';
import { analyseSources } from '../../core/analyse/index.js';
import { groupFigures } from '../../core/analyse/fold/figure-groups.js';
import { figureSources, readFigure } from '../../core/analyse/fold/figure-reading.js';
import { figureDisagreements } from '../../core/analyse/questions/disagreement.js';
import { engineItem } from '../../core/analyse/item.js';
import { sourceFromText } from '../../core/ingest/index.js';

const repoRoot = join(import.meta.dirname, '..', '..');

const FIRST = `Dam Breach Floods Tarnow Valley
A dam on the Ilva gave way early Friday, leaving at least 6 farm workers dead and 20 injured, according to the Tarnow Fire Service.
Engineers had warned about cracks in the wall last year.`;

const SECOND = `Tarnow Valley Counts Its Losses
Divers found two more bodies downstream on Saturday. Regional television reported 7 dead.
The fire service says 8 people were killed; a local mayor said 10 people died.
Officials said 300 homes were flooded.`;

const first = sourceFromText(FIRST, { origin: 'first', kind: 'text', publishedAt: '2026-05-08' });
const second = sourceFromText(SECOND, { origin: 'second', kind: 'text', publishedAt: '2026-05-09' });

function span(source: SourceDoc, words: string) {
  const start = source.text.indexOf(words);
  if (start < 0) throw new Error(`text lacks: ${words}`);
  return { source: source.id, start, end: start + words.length };
}

type Extra = Partial<Pick<Figure, 'qualifier' | 'place' | 'when'>>;
function figure(source: SourceDoc, text: string, value: number, category: Figure['category'], label: string, extra: Extra = {}): Figure {
  return {
    ...engineItem('figures', `${source.id}|${text}`, [span(source, text)]),
    value, label, text, qualifier: null, category, place: null, when: null, ...extra,
  };
}

const disagreements = (sources: SourceDoc[], figures: Figure[]) =>
  figureDisagreements(figures, new Map(sources.map((s) => [s.id, s.title])), figureSources(sources));

describe('reading who a figure is credited to', () => {
  const both = figureSources([first, second]);

  it('finds the reporter before the verb, after "according to", and in each clause of a shared sentence', () => {
    expect(readFigure(figure(first, 'at least 6 farm workers dead', 6, 'killed', 'farm workers killed'), both).reporter).toBe('Tarnow Fire Service');
    expect(readFigure(figure(second, '7 dead', 7, 'killed', 'people killed'), both).reporter).toBe('Regional television');
    expect(readFigure(figure(second, '8 people were killed', 8, 'killed', 'people killed'), both).reporter).toBe('fire service');
    expect(readFigure(figure(second, '10 people died', 10, 'killed', 'people killed'), both).reporter).toBe('local mayor');
  });

  it('marks a count worded as a revision', () => {
    const revised = sourceFromText('The harbour authority now puts the number of dead at 9.', { origin: 'r', kind: 'text' });
    const reading = readFigure(figure(revised, '9', 9, 'killed', 'death toll'), figureSources([revised]));
    expect(reading.update).toBe(true);
    expect(reading.reporter).toBe('harbour authority');
  });
});

describe('grouping figures that count the same thing', () => {
  it('puts casualty counts of one category in one group whatever the label wording', () => {
    const groups = groupFigures([
      figure(first, 'at least 6 farm workers dead', 6, 'killed', 'farm workers killed', { qualifier: 'at least', place: 'Ilva' }),
      figure(second, '7 dead', 7, 'killed', 'death toll'),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('keeps killed apart from injured, and counts in different places or on different days apart', () => {
    const sources = figureSources([first, second]);
    expect(groupFigures([
      figure(first, '20 injured', 20, 'injured', 'people injured'),
      figure(second, '7 dead', 7, 'killed', 'people killed'),
    ], sources)).toHaveLength(2);
    expect(groupFigures([
      figure(first, 'at least 6 farm workers dead', 6, 'killed', 'people killed', { place: 'Tarnow' }),
      figure(second, '7 dead', 7, 'killed', 'people killed', { place: 'Ostrava' }),
    ], sources)).toHaveLength(2);
    expect(groupFigures([
      figure(first, 'at least 6 farm workers dead', 6, 'killed', 'people killed', { when: 'May 3' }),
      figure(second, '7 dead', 7, 'killed', 'people killed', { when: 'May 9' }),
    ], sources)).toHaveLength(2);
  });

  it('never pairs bare sums or shares, nor two differently credited sums in one article', () => {
    const one = sourceFromText('The ministry said growth was 5 percent; the bank said inflation was 15 percent.', { origin: 'o', kind: 'text' });
    const other = sourceFromText('Analysts put unemployment at 8 percent.', { origin: 'p', kind: 'text' });
    const sources = figureSources([one, other]);
    expect(groupFigures([
      figure(one, '5 percent', 5, 'percentage', 'percentage'),
      figure(one, '15 percent', 15, 'percentage', 'percentage'),
      figure(other, '8 percent', 8, 'percentage', 'percentage'),
    ], sources)).toHaveLength(3);
  });

  it('pairs sums by what they measure, not by how the labeller words the measure', () => {
    const a = sourceFromText('The party raised $12 million in March. About 46 percent of likely voters backed the mayor. Donors pledged $2 billion in reconstruction aid.', { origin: 'a', kind: 'text' });
    const b = sourceFromText('The party raised $15 million over the summer. About 44 percent of likely voters backed the governor. Donors pledged $2.5 billion in reconstruction aid.', { origin: 'b', kind: 'text' });
    const content = analyseSources([a, b], { summarySentences: 3 });
    expect(content.figures.map((f) => f.label)).toEqual(expect.arrayContaining(['amount raised', 'share of likely voters', 'reconstruction aid']));
    const asked = content.questions.filter((q) => q.kind === 'disagreement').map((q) => q.text);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/reconstruction aid/);
    expect(asked[0]).toMatch(/2,500,000,000|2\.5/);
  });

  it('pairs other figures across sources only when their labels agree on what is counted', () => {
    const sources = figureSources([first, second]);
    expect(groupFigures([
      figure(first, 'at least 6 farm workers dead', 40, 'people', 'survivors pulled from the water'),
      figure(second, '7 dead', 38, 'people', 'survivors pulled from the river'),
    ], sources)).toHaveLength(1);
    expect(groupFigures([
      figure(first, 'at least 6 farm workers dead', 40, 'people', 'survivors pulled from the water'),
      figure(second, '7 dead', 38, 'people', 'volunteers at the shelter'),
    ], sources)).toHaveLength(2);
  });

  it('leaves increments out: "two more bodies" adds to the toll rather than stating it', () => {
    const groups = groupFigures([
      figure(first, 'at least 6 farm workers dead', 6, 'killed', 'people killed'),
      figure(second, 'two more bodies', 2, 'killed', 'people killed'),
    ], figureSources([first, second]));
    expect(groups.flatMap((g) => g.members.map((m) => m.figure.value))).toEqual([6]);
  });
});

describe('disagreement questions', () => {
  it('flags differing counts across sources and within one, each credited to its reporter', () => {
    const found = disagreements([first, second], [
      figure(first, 'at least 6 farm workers dead', 6, 'killed', 'farm workers killed', { qualifier: 'at least' }),
      figure(first, '20 injured', 20, 'injured', 'people injured'),
      figure(second, '7 dead', 7, 'killed', 'people killed'),
      figure(second, '8 people were killed', 8, 'killed', 'people killed'),
      figure(second, '10 people died', 10, 'killed', 'people killed'),
      figure(second, '300 homes', 300, 'other', 'homes'),
    ]);
    expect(found.map((d) => d.text)).toEqual([
      'Sources disagree on the death toll: at least 6 (Tarnow Fire Service), 7 (Regional television), 8 (fire service) and 10 (local mayor).',
    ]);
    const cited = found[0]!.cites.map((c) => (c.source === first.id ? first : second).text.slice(c.start, c.end));
    expect(cited).toEqual(['at least 6 farm workers dead', '7 dead', '8 people were killed', '10 people died']);
  });

  it('flags two reporters credited with different counts in one article as reports that disagree', () => {
    const one = sourceFromText('The port authority puts the toll at 5; the seafarers union reported 3 dead.', { origin: 'o', kind: 'text' });
    expect(disagreements([one], [
      figure(one, '5', 5, 'killed', 'death toll'),
      figure(one, '3 dead', 3, 'killed', 'people killed'),
    ]).map((d) => d.text)).toEqual(['Reports disagree on the death toll: 5 (port authority) and 3 (seafarers union).']);
  });

  it('does not pair two counts in one article that credits nobody different', () => {
    const one = sourceFromText('Nine people died in the first blast. Later, 4 people died in a second blast.', { origin: 'o', kind: 'text' });
    expect(disagreements([one], [
      figure(one, 'Nine people', 9, 'killed', 'people killed'),
      figure(one, '4 people', 4, 'killed', 'people killed'),
    ])).toEqual([]);
  });

  it('names a source by its title when no reporter is credited, and marks a revised count "now"', () => {
    const early = sourceFromText('Quake in Lenport\nAt least 3 people died in the quake.', { origin: 'e', kind: 'text' });
    const late = sourceFromText('Lenport Toll Rises\nThe toll has now risen to 5, rescuers said.', { origin: 'l', kind: 'text' });
    const found = disagreements([early, late], [
      figure(early, 'At least 3 people', 3, 'killed', 'people killed', { qualifier: 'at least', place: 'Lenport' }),
      figure(late, '5', 5, 'killed', 'death toll', { place: 'Lenport' }),
    ]);
    expect(found.map((d) => d.text)).toEqual(['Sources disagree on the death toll in Lenport: at least 3 (Quake in Lenport) and now 5 (rescuers).']);
  });
});

describe('whole analyses', () => {
  it('flags the fictional dam breach from extracted figures without flagging injured or homes', () => {
    const questions = analyseSources([first, second], { summarySentences: 3 }).questions.filter((q) => q.kind === 'disagreement');
    expect(questions).toHaveLength(1);
    expect(questions[0]!.text).toMatch(/^Sources disagree on the death toll\b/);
    expect(questions[0]!.text).toContain('at least 6 (Tarnow Fire Service)');
    expect(questions[0]!.text).toContain('7 (Regional television)');
    expect(questions[0]!.text).not.toMatch(/\b(20|300|2)\b \(/);
  });

  it('flags the demo brief: the collision toll differs between the coast guard and state media', () => {
    const demo = join(repoRoot, 'assets', 'demo');
    const read = (name: string, publishedAt: string) =>
      sourceFromText(readFileSync(join(demo, name), 'utf8'), { origin: name, kind: 'text', publishedAt });
    const sources = [read('01-strait-collision.txt', '2026-03-12'), read('02-strait-diplomacy.txt', '2026-03-13')];
    const questions = analyseSources(sources, { summarySentences: 5 }).questions.filter((q) => q.kind === 'disagreement');
    expect(questions).toHaveLength(1);
    expect(questions[0]!.text).toContain('at least 4 (Valdorian Coast Guard)');
    expect(questions[0]!.text).toContain('3 (Kestran state media)');
    expect(new Set(questions[0]!.cites.map((c) => c.source))).toEqual(new Set(sources.map((s) => s.id)));
  });

  it('extracts the demo revision "now puts the death toll at 5" and asks about it as an update', () => {
    const demo = join(repoRoot, 'assets', 'demo');
    const read = (name: string, publishedAt: string) =>
      sourceFromText(readFileSync(join(demo, name), 'utf8'), { origin: name, kind: 'text', publishedAt });
    const sources = [read('01-strait-collision.txt', '2026-03-12'), read('02-strait-diplomacy.txt', '2026-03-13')];
    const content = analyseSources(sources, { summarySentences: 5 });
    expect(content.figures.find((f) => f.value === 5)).toMatchObject({ category: 'killed', text: 'death toll at 5', label: 'people killed' });
    const questions = content.questions.filter((q) => q.kind === 'disagreement').map((d) => d.text);
    expect(questions).toHaveLength(1);
    // The later toll is read in its own clause ("…at 5, after one of the injured sailors died in
    // hospital in Marrow Bay" does not place the toll in Marrow Bay), so all three count one collision.
    expect(questions[0]).toMatch(/^Sources disagree on the death toll(?: in [^:]+)?: at least 4 \(Valdorian Coast Guard\), now 5 \(Valdorian Coast Guard\) and 3 \(Kestran state media\)\.$/);
  });

  const seedPath = join(repoRoot, '..', 'shared', 'data', 'dev', 'kyiv-strike.txt');
  it.skipIf(!existsSync(seedPath))('raises no disagreement on the seed article: 12 killed in Kyiv and 35 in Sumy are different strikes', () => {
    const seed = sourceFromText(readFileSync(seedPath, 'utf8'), { origin: 'seed', kind: 'text', publishedAt: '2025-04-25' });
    const content = analyseSources([seed], { summarySentences: 5 });
    const killed = content.figures.filter((f) => f.category === 'killed' && f.value !== null).map((f) => f.value);
    expect(killed).toEqual(expect.arrayContaining([12, 35]));
    expect(content.questions.filter((q) => q.kind === 'disagreement')).toEqual([]);
    const groups = groupFigures(content.figures, figureSources([seed]));
    expect(groups.find((g) => g.members.some((m) => m.figure.value === 12))?.members.map((m) => m.figure.value)).toEqual([12]);
  });

  it.skipIf(!existsSync(seedPath))('beside a second report, pairs Kyiv only with Kyiv and Sumy only with Sumy', () => {
    const seed = sourceFromText(readFileSync(seedPath, 'utf8'), { origin: 'seed', kind: 'text', publishedAt: '2025-04-25' });
    const other = sourceFromText(
      'Capital Mourns\nCity officials said on Friday that 14 people were killed in Kyiv. The April 13 strike in Sumy killed 35 people.',
      { origin: 'other', kind: 'text', publishedAt: '2025-04-25' },
    );
    const questions = analyseSources([seed, other], { summarySentences: 5 }).questions.filter((q) => q.kind === 'disagreement');
    expect(questions.map((q) => q.text)).toHaveLength(1);
    expect(questions[0]!.text).toMatch(/^Sources disagree on the death toll in Kyiv: at least 12 \(.+\) and 14 \(City officials\)\.$/);
    expect(questions[0]!.text).not.toContain('35');
  });
});
