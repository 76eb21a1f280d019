/** Claims: who makes them, and reporting verbs that make no claim of a party. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findClaims } from '../../core/analyse/claims.js';
import { rawSource } from '../../bench/quality-quotes.js';

function claimsOf(text: string) {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findClaims(ctx, findActors(ctx));
}

describe('claim speaker', () => {
  it('names the person an apposition holds off from the verb', () => {
    const [claim] = claimsOf('Ines Vala, senior counsel at the Harbour Trust, said the pier had never been inspected.');
    expect(claim?.speaker.name).toBe('Ines Vala');
    const [qualified] = claimsOf('But the report’s author, Norvalan engineer Ines Vala, says the pier was built on sand.');
    expect(qualified?.speaker.name).toBe('Ines Vala');
  });

  it('prefers the name that opens the clause to one inside a long apposition', () => {
    const [claim] = claimsOf('Ines Vala, policy director at Portco, a shipping firm in the north, said the pier had never been inspected.');
    expect(claim?.speaker.name).toBe('Ines Vala');
  });

  it('gives a verb joined to a clause that clause’s subject', () => {
    const [claim] = claimsOf('The harbour board toured the pier on Monday and said the repairs would take a year.');
    expect(claim).toMatchObject({ text: 'the repairs would take a year', speaker: { role: 'The harbour board' } });
  });

  it('steps over adverbs and times between the speaker and the verb', () => {
    const [claim] = claimsOf('Ines Vala has long insisted the pier was never inspected.');
    expect(claim).toMatchObject({ text: 'the pier was never inspected', speaker: { name: 'Ines Vala' } });
    const [dated] = claimsOf('The Coastal Courier on Saturday wrote that the ministry had lost the inspection reports.');
    expect(dated?.speaker.name).toBe('Coastal Courier');
  });

  it('reads a plain noun phrase that opens the clause as the speaker', () => {
    const [claim] = claimsOf('But opponents of the harbour bill said that it would raise fares for islanders.');
    expect(claim?.speaker).toEqual({ name: null, role: 'opponents of the harbour bill' });
    const [relative] = claimsOf('There are some economists who argue that port fees should be abolished altogether.');
    expect(relative?.speaker).toEqual({ name: null, role: 'some economists' });
  });

  it('names the clause’s first name for a verb joined on after other words', () => {
    const [claim] = claimsOf('Norvalan skipper Tomas Reyes won the regatta last week and then claimed the new course was too short.');
    expect(claim).toMatchObject({ text: 'the new course was too short', speaker: { name: 'Tomas Reyes' } });
  });

  it('reads no claim after a verb that closes a quotation', () => {
    expect(claimsOf('“The harbour is a cynical place,” said Tomas Reyes, a skipper from the north, who sold his boat last year.')).toEqual([]);
  });

  it('reads what a speaker "continues to" say', () => {
    const [claim] = claimsOf('Ines Vala continues to suggest the ministry is hiding the inspection reports.');
    expect(claim).toMatchObject({ text: 'the ministry is hiding the inspection reports', speaker: { name: 'Ines Vala' } });
  });

  it('reads no claim from a relative gap, but does from a whole relative clause', () => {
    expect(claimsOf('That was what Vala said when she resigned from the harbour board.')).toEqual([]);
    expect(claimsOf('The board has a list of repairs which it says the ministry must pay for.')).toEqual([]);
    expect(claimsOf('Vala gave an interview in which she said the pier had never been inspected.').map((c) => c.text))
      .toEqual(['the pier had never been inspected']);
  });

  it('reads no claim from the writer’s own "I" or "we"', () => {
    expect(claimsOf('I told myself that the ferry would come back to the island.')).toEqual([]);
    expect(claimsOf('We argue that the harbour board has failed the island.')).toEqual([]);
  });

  it('resolves "they" only to the party that spoke just before', () => {
    const claims = claimsOf('The fishing unions deny that the catch was underreported. They also say the quota was set too low.');
    expect(claims.map((c) => c.speaker.role)).toEqual(['The fishing unions', 'The fishing unions']);
    const alone = claimsOf('The Harbour Trust met the ministry on Monday.\n\nThey say the quota was set too low for the season.');
    expect(alone.map((c) => c.speaker)).toEqual([{ name: null, role: null }]);
  });

  it('reads no claim from the reporting clause of a quotation', () => {
    expect(claimsOf('“The pier is safe,” she said last week, and the board agreed with the inspectors.')).toEqual([]);
  });

  it('reads no claim from a speaker’s own wishes or feelings', () => {
    expect(claimsOf('Vala said she hopes to return to the harbour board next year.')).toEqual([]);
    expect(claimsOf('Vala said she was pleased with the outcome of the vote.')).toEqual([]);
  });
});

describe('claims in the seed article', () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'dev', 'kyiv-strike.txt'), 'utf8');
  const claims = claimsOf(text);

  it('holds each side’s contested assertion with its speaker', () => {
    expect(claims.map((c) => [c.speaker.name, c.text])).toEqual([
      ['Donald Trump', 'Ukrainian President Volodymyr Zelenskyy is blocking negotiations by refusing to recognize Russia’s annexation of Crimea'],
      ['Russia', 'the recent strikes were aimed at military infrastructure, specifically plants producing rocket fuel and gunpowder'],
    ]);
  });
});
