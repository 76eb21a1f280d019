/**
 * "The Oscar-nominated actor said": news refers back to a person it has named with a definite
 * description; the speaker is that person. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { rawSource } from '../../bench/quality-quotes.js';

function speakerOf(text: string, fragment: string): { name: string | null; role: string | null } | undefined {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx)).find((q) => q.text.includes(fragment))?.speaker;
}

describe('a definite description of a person already named', () => {
  it('names the person the earlier sentence was about', () => {
    const text = [
      'Helga Brandt, the opera singer, will return to the Vienna stage next spring.',
      'Ms Brandt said the hall on Ring Street needed repairs. Festival director Otto Lang agreed.',
      'The Grammy-winning singer, whose roles include Tosca and Carmen, said: "This house made me who I am."',
    ].join('\n\n');
    expect(speakerOf(text, 'made me who I am')?.name).toBe('Helga Brandt');
  });

  it('passes over people a sentence only mentions', () => {
    const text = [
      'Novelist Ruth Adler has died at her home in Bergen, aged 84.',
      'Her first novel was filmed in 1990, starring Paul Dorn and Vera Sandt as the lovers.',
      'The writer was known for long research trips. "I am never satisfied," the writer said.',
    ].join('\n\n');
    expect(speakerOf(text, 'never satisfied')?.name).toBe('Ruth Adler');
  });

  it('leaves a spokesman unnamed', () => {
    const text = 'Mayor Ilse Kron opened the bridge on Monday.\n\n"The repairs are finished," the spokesman said.';
    expect(speakerOf(text, 'repairs are finished')).toEqual({ name: null, role: 'the spokesman' });
  });
});
