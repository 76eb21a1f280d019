/** Open questions on the seed article, and the clause-to-question rules on their own. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findQuestions } from '../../core/analyse/questions.js';
import { whQuestion, yesNoQuestion } from '../../core/analyse/questions/invert.js';
import { sourceFromText } from '../../core/ingest/index.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const dataDir = join(repoRoot, '..', 'shared', 'data', 'dev');
const seed = sourceFromText(readFileSync(join(dataDir, 'kyiv-strike.txt'), 'utf8'), { origin: 'seed', kind: 'text', publishedAt: '2025-04-24' });
const gold = JSON.parse(readFileSync(join(dataDir, 'kyiv-strike.gold.json'), 'utf8')) as { questions: string[] };

function questionsOf(text: string) {
  const source = sourceFromText(text, { origin: 'test', kind: 'text' });
  return findQuestions(createContext([source], { summarySentences: 5 }), { claims: [], figures: [], quotes: [] });
}

describe('findQuestions on the seed article', () => {
  const questions = findQuestions(createContext([seed], { summarySentences: 5 }), { claims: [], figures: [], quotes: [] });
  const texts = questions.map((q) => q.text);

  // The gold topics in the order of the gold file; wording is free, so each is recognised by its substance.
  const topics: [string, RegExp][] = [
    ['genuine policy shift or tactic', /policy shift/i],
    ['Witkoff visit / ceasefire progress', /Witkoff|peace efforts|ceasefire/i],
    ['strikes aimed at military infrastructure?', /military infrastructure/i],
    ['North Korean missile and arms deals', /North Korean|Pyongyang/i],
    ['sanctions or stronger pressure on Russia', /pressure on (Moscow|Russia)|sanctions/i],
    ['recognition of the annexation of Crimea', /Crimea/i],
  ];

  it.each(topics)('covers the gold topic: %s', (_name, pattern) => {
    expect(gold.questions).toHaveLength(topics.length);
    expect(texts.some((t) => pattern.test(t))).toBe(true);
  });

  it('phrases each as a real question and cites its basis', () => {
    for (const q of questions) {
      expect(q.text).toMatch(/^[A-Z].*\?$/);
      expect(q.cites.length).toBeGreaterThan(0);
      for (const cite of q.cites) expect(cite.end).toBeGreaterThan(cite.start);
    }
  });

  it('sets the kind from what raised the question', () => {
    const kindOf = (pattern: RegExp) => questions.find((q) => pattern.test(q.text))?.kind;
    expect(kindOf(/military infrastructure/)).toBe('contested');
    expect(kindOf(/Witkoff/)).toBe('pending');
    expect(kindOf(/policy shift/)).toBe('uncertainty');
  });

  it('cites both the claim and the sentence that contradicts it', () => {
    const contested = questions.find((q) => /military infrastructure/.test(q.text))!;
    const cited = contested.cites.map((c) => seed.text.slice(c.start, c.end));
    expect(cited[0]).toMatch(/^Russia claimed/);
    expect(cited[1]).toMatch(/^However, the destruction/);
  });

  it('reads naturally', () => {
    expect(texts).toContain('Were the recent strikes aimed at military infrastructure, as Russia claimed?');
    expect(texts).toContain('Will Western allies apply stronger pressure on Moscow?');
  });
});

describe('question rules on fictional sentences', () => {
  it('turns stated uncertainty into the open question', () => {
    const [q] = questionsOf('It remains unclear when the bridge will reopen to traffic.');
    expect(q).toMatchObject({ text: 'When will the bridge reopen to traffic?', kind: 'uncertainty' });
  });

  it('asks whether an unconfirmed report can be confirmed', () => {
    const [q] = questionsOf('There were reports that the governor had resigned overnight.');
    expect(q).toMatchObject({ text: 'Can it be confirmed that the governor had resigned overnight?', kind: 'unconfirmed' });
  });

  it('asks whether an expected event will happen', () => {
    const [q] = questionsOf('The committee is expected to publish its findings in June.');
    expect(q).toMatchObject({ text: 'Will the committee publish its findings in June?', kind: 'pending' });
  });

  it('does not ask questions about plain statements of fact', () => {
    expect(questionsOf('The council approved the budget on Monday. Work starts in May.')).toEqual([]);
  });

  it('cuts a pending question before a second clause or an attribution', () => {
    expect(questionsOf('The envoy is expected in Oslo next week for the talks, according to officials close to the mission.').map((q) => q.text))
      .toEqual(['Is the envoy still expected in Oslo next week for the talks?']);
    expect(questionsOf('The union has called on the owners to reopen the mill and repeatedly says it will strike.').map((q) => q.text))
      .toEqual(['Will the owners reopen the mill?']);
  });

  it('asks a contested claim about "they" of the speakers by name', () => {
    const texts = questionsOf('The harbour board insists they will keep control of the new terminal. But the ministry says that will not happen.').map((q) => q.text);
    expect(texts).toContain('Will the harbour board keep control of the new terminal?');
  });

  it('does not ask about a speaker\u2019s own state of mind or an unnamed "it"', () => {
    expect(questionsOf('Dr Moss said she expects the patient to recover fully. But the hospital gave no details.')).toEqual([]);
    expect(questionsOf('The auditor says it would cut costs in the first year. But ministers disagree.')).toEqual([]);
  });

  it('does not take "pressed by" someone for a call to act, nor a narrated scene', () => {
    expect(questionsOf('The minister was pressed by reporters about how he would pay to repair the bridge.')).toEqual([]);
    expect(questionsOf('In the video she then urges the driver to stay in the car.')).toEqual([]);
  });
});

describe('clause inversion', () => {
  it.each([
    ['the talks will resume next week', 'Will the talks resume next week'],
    ['the army shelled the town', 'Did the army shell the town'],
    ['this signals a shift in policy', 'Does this signal a shift in policy'],
    ['the strikes were aimed at fuel depots', 'Were the strikes aimed at fuel depots'],
    ['Donald Trump has the support of the party', 'Does Donald Trump have the support of the party'],
    ['The mayor has resigned', 'Has the mayor resigned'],
    ['the fund, run by the central bank, has lost money', 'Has the fund lost money'],
    ['yields - the average fare per passenger - were expected to fall', 'Were yields expected to fall'],
  ])('%s → %s', (clause, question) => {
    expect(yesNoQuestion(clause)).toBe(question);
  });

  it('makes no question of a clause cut loose from an embedded question', () => {
    expect(yesNoQuestion('his plan would do and how experts say it would work has been debated')).toBeNull();
  });

  it('moves the auxiliary after a wh-word but not in a subject question', () => {
    expect(whQuestion('why the minister resigned')).toBe('Why did the minister resign');
    expect(whQuestion('who ordered the strike')).toBe('Who ordered the strike');
    expect(whQuestion('how to make the case')).toBeNull();
  });
});

describe('question wording details', () => {
  it('keeps a negative claim negative and names a lone speaker with a capital', () => {
    const texts = questionsOf('Okafor said the inspectors had not visited the site. But the ministry published photographs of the visit.').map((q) => q.text);
    expect(texts).toContain('Had the inspectors not visited the site, as Okafor said?');
    expect(yesNoQuestion('the rules haven\u2019t changed since 1990')).toBe('Have the rules not changed since 1990');
  });

  it('keeps a name that opens a pending event, and asks nothing of title-case headlines', () => {
    expect(questionsOf('Mendez and Ruth Abara of the port board are expected to sign the lease in May.').map((q) => q.text))
      .toEqual(['Will Mendez and Ruth Abara of the port board sign the lease in May?']);
    expect(questionsOf('Harbour Board Reportedly Weighing Sale Of Northern Terminal')).toEqual([]);
  });

  it('asks no rhetorical first-person question', () => {
    expect(questionsOf('It is unclear how we pay for the new sea wall.')).toEqual([]);
  });
});
