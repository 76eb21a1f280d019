/** Speaker attribution patterns news text uses, each on sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import type { Quote } from '../../core/model/briefing.js';
import { rawSource } from '../../bench/quality-quotes.js';

function quotesOf(text: string): Quote[] {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx));
}

function speakerOf(text: string, fragment: string): { name: string | null; role: string | null } | undefined {
  return quotesOf(text).find((q) => q.text.includes(fragment))?.speaker;
}

function speakerName(text: string, fragment: string): string | null | undefined {
  return speakerOf(text, fragment)?.name;
}

describe('pronoun speakers', () => {
  it('take the subject of the nearest sentence, not a speaker it mentions', () => {
    const text = [
      '“We will not back down,” said Mark Olsen, the union leader.',
      'Peter Haines, a factory manager, disagreed with Olsen about the timetable.',
      '“The plant cannot close in June,” he said.',
    ].join('\n\n');
    expect(speakerName(text, 'cannot close')).toBe('Peter Haines');
  });

  it('follow a pronoun chain past names the chain only mentions', () => {
    const text = [
      '“The talks are over,” said Daniel Reeve, the mediator.',
      'That, he argued, left both sides angry at Carl Moss and Victor Hale.',
      '“Nobody wants another strike,” he said.',
    ].join('\n\n');
    expect(speakerName(text, 'another strike')).toBe('Daniel Reeve');
  });

  it('skip a leading subordinate clause and prefer a name introduced with its role', () => {
    const text = [
      'Governor Paul Dent spoke at the opening on Monday.',
      'While Dent promised new funding, the money never reached Samuel Ortiz, director of the city shelter.',
      '“We are still waiting for a single cheque,” he said.',
    ].join('\n\n');
    expect(speakerName(text, 'still waiting')).toBe('Samuel Ortiz');
  });

  it('read the person after an organisation and a lower-case title', () => {
    const text = [
      '“The audit is complete,” said Harold Kemp, the treasurer.',
      'Kemp campaign communications director Ellen Marsh said the figures were wrong. “We have every receipt,” she said.',
    ].join('\n\n');
    expect(speakerName(text, 'every receipt')).toBe('Ellen Marsh');
  });

  it('never resolve to a nationality written as a group', () => {
    const text = [
      'Attorney General Ruth Calder spoke about the case on Tuesday.',
      'She has called the treatment of Nigerian Americans in the city a disgrace.',
      '“People rarely say those things to my face,” she said.',
    ].join('\n\n');
    expect(speakerName(text, 'rarely say')).toBe('Ruth Calder');
  });
});

describe('clause subjects', () => {
  it('give a participle its clause subject, not the noun before the comma', () => {
    const text = 'At a rally in the port city, Senator Alan Booth attacked the harbour board over its contract with Norway, saying, “They have wasted every cent we gave them.”';
    expect(speakerName(text, 'wasted every cent')).toBe('Alan Booth');
  });

  it('give a participle a pronoun subject resolved as usual', () => {
    const text = [
      '“We expected more,” said Nora Quist, the council leader.',
      'She then defended the vote, saying, “Nobody on this council voted for delay.”',
    ].join('\n\n');
    expect(speakerName(text, 'voted for delay')).toBe('Nora Quist');
  });

  it('do not read a subordinate clause after a quotation as its reporting clause', () => {
    const text = [
      'The advert shows Governor Ellis Crane saying during a debate, “That makes me careful,” when Senator Ruth Obi criticised him for the cuts.',
    ].join('\n\n');
    expect(speakerName(text, 'makes me careful')).toBe('Ellis Crane');
  });

  it('attribute a partial quotation to the subject of its sentence', () => {
    const text = 'Governor Ellis Crane spoke on Monday. Later, Crane dismissed the audit as “a political stunt with no basis in fact.”';
    expect(speakerName(text, 'political stunt')).toBe('Ellis Crane');
  });

  it('attribute a bare quotation to the subject of the sentence before it', () => {
    const text = 'On the evening news, Senator Mara Dune, who chairs the budget committee, described the cuts as a mistake. “The schools will pay for this for a decade.”';
    expect(speakerName(text, 'pay for this')).toBe('Mara Dune');
  });

  it('keep short scare quotes out when only a sentence subject suggests a speaker', () => {
    const text = 'Crane called the plan “a joke.” Officials said the plan stands.';
    expect(quotesOf(text).find((q) => q.text.includes('joke'))).toBeUndefined();
  });
});

describe('described speakers', () => {
  it('keep a possessive description as the role with no name', () => {
    const text = 'Paul Hart met reporters on Tuesday.\n\n“The numbers are simply wrong,” the mayor’s former budget adviser said.';
    expect(speakerOf(text, 'simply wrong')).toEqual({ name: null, role: 'the mayor’s former budget adviser' });
  });

  it('read any noun opening the clause before the verb as a description', () => {
    const text = 'The retired engineer says of the bridge, “It was never built to carry this much traffic.”';
    expect(speakerOf(text, 'never built')).toEqual({ name: null, role: 'The retired engineer' });
  });

  it('carry a description over a preposition', () => {
    const text = '“Who will you trust with your savings?” a narrator in the new advert asks.';
    expect(speakerOf(text, 'your savings')?.role).toBe('a narrator in the new advert');
  });

  it('do not turn a place or an event before the verb into a speaker', () => {
    const text = 'Senator Ruth Obi, at a later news conference, said, “We will hold hearings in the spring.”';
    expect(speakerName(text, 'hold hearings')).toBe('Ruth Obi');
  });

  it('read a description after the verb only when it names a speaker', () => {
    const text = '“Voters cannot be removed for not voting,” said the ruling. Critics describe their actions as “a purge of the rolls by another name.”';
    expect(speakerOf(text, 'cannot be removed')).toEqual({ name: null, role: 'the ruling' });
  });
});

describe('repeated quotations', () => {
  it('fold an unattributed copy (a headline) into the attributed quote', () => {
    const text = '‘A long hard winter ahead for the port’\n\n“A long hard winter ahead for the port,” said Mayor Tom Reyes on Friday.';
    const copies = quotesOf(text).filter((q) => q.text.startsWith('A long hard winter'));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.speaker.name).toBe('Tom Reyes');
    expect(copies[0]!.cites).toHaveLength(2);
  });
});

describe('names after a dash', () => {
  it('keep the given name of a name with an initial that opens a sentence', () => {
    const text = 'Readers wrote in after the debate.\n\n“The queues were endless and nobody explained anything.” ― Rosa T. Delgado Ruiz\n\n“I will vote early this time.” ― Ken Obara';
    expect(speakerName(text, 'queues were endless')).toBe('Rosa T. Delgado Ruiz');
  });
});

describe('definite descriptions', () => {
  it('name the one person who holds the role', () => {
    const text = 'Mayor Lena Hartwig opened the shelter on Sunday, with Vice Mayor Otto Brenn and former Mayor Carl Vos.\n\n“Nobody will sleep outside this winter,” the mayor said.';
    expect(speakerOf(text, 'sleep outside')).toEqual({ name: 'Lena Hartwig', role: 'Mayor' });
  });

  it('stay descriptions when two people hold the role', () => {
    const text = 'Mayor Lena Hartwig met Mayor Jonas Pell on Sunday.\n\n“We agreed on the bridge,” the mayor said.';
    expect(speakerOf(text, 'agreed on the bridge')).toEqual({ name: null, role: 'the mayor' });
  });
});

describe('appositions around the speaker', () => {
  it('take the clause subject past a relative clause', () => {
    const text = 'Nadia Ferrer, founder of Open Ledger Media, which funds local reporting, said the ruling was “a gift to every censor in the region.”';
    expect(speakerName(text, 'gift to every censor')).toBe('Nadia Ferrer');
  });

  it('take the person beside an organisation before the verb', () => {
    const text = 'Martin Oakes, Harbourside Traders Association said: “We have lost half our customers since the bridge closed.”';
    expect(speakerName(text, 'lost half our customers')).toBe('Martin Oakes');
  });

  it('name the person set beside a description after the verb', () => {
    const text = '“A ruling is now expected in the spring,” said one of their lawyers, Petra Lindqvist.';
    expect(speakerName(text, 'expected in the spring')).toBe('Petra Lindqvist');
  });

  it('describe a speaker held off by a relative clause full of titles and names', () => {
    const text = 'The award-winning actor, whose films include Harbour Lights, Anna Berg and The Long Road, said: “This theatre gave me my start.”';
    expect(speakerOf(text, 'gave me my start')).toEqual({ name: null, role: 'The award-winning actor' });
  });
});

describe('titles in quotation marks', () => {
  it('are names of shows and slogans, not quotes, even with short joining words', () => {
    const text = 'Senator Ruth Obi told “Ask the Mayor” on Monday that the plan was dead, and later repeated the line on “Good Day.” “We will not fund it,” Obi said.';
    const texts = quotesOf(text).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('Ask the Mayor'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Good Day'))).toBe(false);
    expect(texts).toContain('We will not fund it,');
  });
});

describe('"it" speakers', () => {
  it('resolve to the organisation the text last put forward', () => {
    const text = 'Critics, including the writer Sam Oduya, called the filter a mistake.\n\nIn a statement the Brightline Media Group said the feature was still a trial. It said: “Users can switch the filter off at any time.”';
    expect(speakerName(text, 'switch the filter off')).toBe('Brightline Media Group');
  });

  it('go on with a described speaker just quoted', () => {
    const text = '“Ten years ago the city honoured the developer,” the article read.\n\n“He has managed to erase much of his debt,” it added.';
    expect(speakerOf(text, 'erase much of his debt')).toEqual({ name: null, role: 'the article' });
  });
});

describe('dummy "it"', () => {
  it('gives a bare quotation no speaker', () => {
    const text = 'The Harbour Authority closed the port on Monday.\n\nIt was a long night on the quay. “We waited for hours and nobody came to tell us anything.”';
    expect(speakerOf(text, 'waited for hours')).toEqual({ name: null, role: null });
  });
});

describe('nicknames in quotation marks inside a name', () => {
  it('belong to the name: no one-word quote, and the speaker keeps given name and surname', () => {
    const text = '“The depot stays open,” county Commissioner Delia "Dee" Hartwell told reporters on Tuesday.\n\nThe board meets again in May.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['The depot stays open,']);
    expect(quotes[0]!.speaker.name).toBe('Delia Hartwell');
  });

  it('hold for several words in curly marks, and for a speaker written before the quote', () => {
    const text = 'Wrestler Owen “The Anvil” Brackett said after the match: “I came here to win and I won.”';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.text.startsWith('The Anvil'))).toBe(false);
    expect(speakerName(text, 'came here to win')).toBe('Owen Brackett');
  });

  it('leave a quoted answer before a day of the week a quotation', () => {
    const text = 'Asked whether the deal would pass, Senator Ada Moss told Channel Nine "Never" Tuesday.';
    expect(speakerName(text, 'Never')).toBe('Ada Moss');
  });

  it('leave a quoted word between lower-case words a quotation', () => {
    const text = 'The mayor called the plan "reckless and rushed" in a letter. “It cannot pass as written,” Mayor Ines Varga said.';
    expect(quotesOf(text).some((q) => q.text.startsWith('reckless and rushed'))).toBe(true);
  });
});

describe('a long description with the name set beside it', () => {
  it('gives the name to the quotation that follows the sentence', () => {
    const text = 'Her old research partner at Halden Labs, Tobias K. Wren, called her a stubborn experimenter. "She would run a test forty times before she believed it."';
    expect(speakerName(text, 'forty times')).toBe('Tobias K. Wren');
  });
});

describe('a few words in marks after a determiner', () => {
  it('are a phrase held at arm’s length, while a sentence in marks stays a quote', () => {
    const text = 'The council sent its “special liaison officer” Mara Lind to the harbour on Monday. She met the fishing crews there.\n\n“We will pay for the damage,” Lind said.';
    const texts = quotesOf(text).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('special liaison officer'))).toBe(false);
    expect(texts).toContain('We will pay for the damage,');
  });
});

describe('"state" before a title', () => {
  it('qualifies the title and is no reporting verb', () => {
    const text = '“We need that bridge by winter,” Brook’s cousin, state Sen. Lara Voss (D-Eastfield), told the crowd.';
    expect(speakerName(text, 'need that bridge')).toBe('Lara Voss');
  });
});

describe('"they" speakers', () => {
  it('stay unknown rather than pick one of the two people a sentence names', () => {
    const text = [
      'Helen Marsh, a councillor, called the new tariff unfair. Victor Quell, her colleague, agreed.',
      'Marsh and Quell wrote to the minister on Friday.',
      '“The tariff will hurt every small farm in the valley,” they wrote.',
    ].join('\n\n');
    expect(speakerOf(text, 'hurt every small farm')?.name ?? null).toBeNull();
  });

  it('still resolve to an organisation', () => {
    const text = 'The Coastal Fishers Union rejected the quota on Monday.\n\n“Nobody asked the crews,” they said.';
    expect(speakerName(text, 'Nobody asked the crews')).toBe('Coastal Fishers Union');
  });
});
