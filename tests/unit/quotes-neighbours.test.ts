/**
 * Quotations attributed by what stands around them: the quotation after, a scare quote inside
 * the reporting clause, the paragraph before. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { rawSource } from '../../bench/quality-quotes.js';

function speakerName(text: string, fragment: string): string | null | undefined {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx)).find((q) => q.text.includes(fragment))?.speaker.name;
}

describe('neighbouring text', () => {
  it('an unattributed quotation right before an attributed one is the same speaker’s', () => {
    const text = 'The valley depends on its canals. "Water is what holds the valley together." "It is scarce here, so every drop is shared," Mr Okoro told the paper.';
    expect(speakerName(text, 'holds the valley')).toBe('Okoro');
  });

  it('a few words in marks inside the reporting clause do not cut it', () => {
    const text = 'Hanna Lindqvist, one of the so-called "Class of 98" elected that spring, told researchers: "We were mocked every single day in the chamber."';
    expect(speakerName(text, 'mocked every')).toBe('Hanna Lindqvist');
  });

  it('markup values in marks are not skipped over', () => {
    const text = 'Fans cheered.\n\n<tweet pic="pic.example.com/" author="jdoe" timestamp="1474387200" tweet_id="7782579435">Great news</tweet>.';
    expect(speakerName(text, '7782579435')).toBeUndefined();
  });

  it('a paragraph that moves on to other people ends the last speaker’s turn', () => {
    const text = [
      'Councillor Greta Holm told the inquiry: "We warned them twice." Engineer Tomas Reid recalled a series of failures at the pumping station.',
      '"Nobody listened to the engineers at all, and the pumps failed."',
    ].join('\n\n');
    expect(speakerName(text, 'Nobody listened')).not.toBe('Greta Holm');
  });

  it('a paragraph ending in its reporting clause hands the floor to the next one', () => {
    const text = [
      '"The records must be kept," Greta Holm said at the hearing. All letters are covered by the new law, said Ms Holm.',
      '"If in doubt, keep it. That has always been the rule in this office."',
    ].join('\n\n');
    expect(speakerName(text, 'If in doubt')).toBe('Greta Holm');
  });

  it('a place written like a name is nobody a pronoun points to', () => {
    const text = [
      'Problems are growing, Ms Diaz says.',
      'There are "no big differences" between call centres in Europe or North America and the rest.',
      '"Good management works anywhere," she says.',
    ].join('\n\n');
    expect(speakerName(text, 'Good management')).toBe('Diaz');
  });
});

describe('names after a description or a qualifier', () => {
  it('a description with a tail, then the name after a comma', () => {
    const text = '"The reform is a mess," said the chairman of the regional transport board, Councillor Ida Berg.';
    expect(speakerName(text, 'reform is a mess')).toBe('Ida Berg');
  });

  it('a qualifier naming two ("Ant and Dec producer Jo Ames") before the person', () => {
    const text = '"We had three hundred entries," said Fischer and Lund executive producer Mara Quist.';
    expect(speakerName(text, 'three hundred entries')).toBe('Mara Quist');
  });
});

describe('a reporting clause after a long apposition', () => {
  it('opens with an unknown title and the name', () => {
    const text = 'Critics want him to apologise. Prince Albert should visit the museum to see "what the symbol he wore really stands for", Imam Yusuf Deniz, founder of the interfaith group the Harbour Forum said.';
    expect(speakerName(text, 'what the symbol')).toBe('Yusuf Deniz');
  });
});

describe('a name, then its title without an article, before the verb', () => {
  it('is the speaker, not the organisation in the title', () => {
    const text = 'Jonas Wirth, regional outreach coordinator for rights group Open Harbour Forum, said that the firm should not be punished. "Of course it may choose its partners freely."';
    expect(speakerName(text, 'choose its partners')).toBe('Jonas Wirth');
  });
});
