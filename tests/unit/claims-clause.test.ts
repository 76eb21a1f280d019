/** Claims: where what was said starts and stops, and words after a reporting verb that are no clause. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findClaims } from '../../core/analyse/claims.js';
import { rawSource } from '../../bench/quality-quotes.js';

function claimsOf(text: string) {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findClaims(ctx, findActors(ctx));
}
const textsOf = (text: string) => claimsOf(text).map((c) => c.text);

describe('claim clause', () => {
  it('reads no claim from a reporting verb with a plain object', () => {
    expect(claimsOf('The port authority announced its budget on Monday, and several unions welcomed it.')).toEqual([]);
    expect(claimsOf('The new ferry company noted the complaints of residents on its website.')).toEqual([]);
    expect(textsOf('The mayor claimed broad support and said the ferry would run all winter.')).toEqual(['the ferry would run all winter']);
    expect(claimsOf('Vala wrote a memoir of her years at the harbour entitled The Last Pier.')).toEqual([]);
    expect(textsOf('The ministry confirmed it is reviewing the harbour contract.')).toEqual(['it is reviewing the harbour contract']);
  });

  it('reads an object followed by a new clause, or by a relative clause, as no claim', () => {
    expect(claimsOf('Even before the board announced this latest repair plan it was the largest owner on the coast.')).toEqual([]);
    expect(claimsOf('Vala stressed her support of the inquiry that followed the collapse of the pier last winter.')).toEqual([]);
  });

  it('does not take a plural noun that looks like a verb for one', () => {
    expect(claimsOf('Coastal states have to approve the new fishing quota by June.')).toEqual([]);
    expect(claimsOf('The agency rated most Republican claims as misleading during the long campaign.')).toEqual([]);
  });

  it('starts after the addressee of "told"', () => {
    const [claim] = claimsOf('Harbour master Ines Vala told the Coastal Courier that the pier had never been inspected.');
    expect(claim?.text).toBe('the pier had never been inspected');
    expect(claim?.speaker.name).toBe('Ines Vala');
    expect(textsOf('Harbour master Ines Vala told reporters on Friday the ferry would resume in May.')).toEqual(['the ferry would resume in May']);
    expect(claimsOf('Vala told the Coastal Courier on Thursday.')).toEqual([]);
  });

  it('steps over words of time and setting between the verb and the clause', () => {
    expect(textsOf('The ministry said last week it was reviewing the tender process.')).toEqual(['it was reviewing the tender process']);
    expect(textsOf('The board insisted in June that the harbour would stay open.')).toEqual(['the harbour would stay open']);
    expect(textsOf('The council said in a statement that the bridge was safe to cross.')).toEqual(['the bridge was safe to cross']);
  });

  it('reads a clause opened by an aside or a gerund after "that"', () => {
    expect(textsOf('Vala said that, if elected, she would reopen the northern pier.')).toEqual(['if elected, she would reopen the northern pier']);
    expect(textsOf('Vala claimed that rebuilding the pier would cost far less than the ministry said.')).toEqual(['rebuilding the pier would cost far less than the ministry said']);
  });

  it('reads no claim from a verb of speech with a short object and no clause', () => {
    expect(claimsOf('Most residents backed the plan, while 40 percent said the same of the ferry.')).toEqual([]);
  });

  it('keeps "that" when it is the subject of the clause', () => {
    expect(textsOf('Vala said that would delay the harbour works by a year.')).toEqual(['that would delay the harbour works by a year']);
  });

  it('splits two reporting clauses joined in one sentence', () => {
    const claims = claimsOf('The mayor said the ferry would resume in May, but the union said the crews had not been paid.');
    expect(claims.map((c) => [c.text, c.speaker.role])).toEqual([
      ['the ferry would resume in May', 'The mayor'],
      ['the crews had not been paid', 'the union'],
    ]);
    expect(textsOf('The board said the repairs were finished and the union accused the board of hiding the costs.'))
      .toEqual(['the repairs were finished']);
    expect(textsOf('The auditor said the accounts were late and added that two payments were missing.'))
      .toEqual(['the accounts were late', 'two payments were missing']);
  });

  it('stops at the dash that closes the aside the verb stands in', () => {
    expect(textsOf('Ines Vala — who says the pier was never inspected — has resigned from the board.')).toEqual(['the pier was never inspected']);
  });

  it('stops at the comma that ends an opening subordinate clause', () => {
    expect(textsOf('After the union insisted that the crews had not been paid, the ministry opened an inquiry.'))
      .toEqual(['the crews had not been paid']);
  });

  it('keeps reported speech with a few quoted words, but not a quotation with its own reporting clause', () => {
    const text = 'The inspector said the pier was in a “very poor state” after the winter storms.';
    const [claim] = claimsOf(text);
    expect(claim?.text).toBe('the pier was in a “very poor state” after the winter storms');
    expect(textsOf('The inspector said the pier was in a “very poor state.”')).toEqual(['the pier was in a “very poor state.”']);
    expect(textsOf('The inspector said the pier was in a "very poor state."')).toEqual(['the pier was in a "very poor state."']);
    expect(claimsOf('Vala said the inspectors had left early, and the mayor added, “They never came back to the pier.”')
      .some((c) => c.text.includes('never came back'))).toBe(false);
  });

  it('keeps symbols that belong to the last word', () => {
    expect(textsOf('The ministry said fares would rise by 30%, but the union said the crews had not been paid.'))
      .toEqual(['fares would rise by 30%', 'the crews had not been paid']);
  });

  it('reads a claim whose attribution closes the sentence', () => {
    const [tagged] = claimsOf('The pier was never inspected after the storm, the harbour board said.');
    expect(tagged).toMatchObject({ text: 'The pier was never inspected after the storm', speaker: { name: null, role: 'the harbour board' } });
    const [inverted] = claimsOf('The pier was never inspected after the storm, said Ines Vala, a lawyer for the trust.');
    expect(inverted).toMatchObject({ text: 'The pier was never inspected after the storm', speaker: { name: 'Ines Vala' } });
    expect(claimsOf('In her memoir about the harbour, Vala noted the pier’s long history.')).toEqual([]);
    const [afterQuoted] = claimsOf('The rules say piers may only close if they serve "no current purpose", Mr Vala said.');
    expect(afterQuoted).toMatchObject({ text: 'The rules say piers may only close if they serve "no current purpose"', speaker: { name: 'Vala' } });
    expect(claimsOf('When the council cut the ferry budget two years later, the island said enough.')).toEqual([]);
  });
});
