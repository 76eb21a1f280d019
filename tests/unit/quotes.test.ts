/** Direct quotations and their speakers: the seed article's gold, and the forms news text uses. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import type { Quote } from '../../core/model/briefing.js';
import { rawSource, runSeed } from '../../bench/quality-quotes.js';

function quotesOf(text: string): Quote[] {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx));
}

function speakerOf(quotes: Quote[], fragment: string): { name: string | null; role: string | null } | undefined {
  return quotes.find((q) => q.text.includes(fragment))?.speaker;
}

describe('seed article quotes', () => {
  it('finds exactly the 7 gold quotes with their speakers and roles', async () => {
    const run = await runSeed();
    const found = run.quotes.map((q) => ({ text: q.text, speaker: q.speaker.name, role: q.speaker.role }));
    expect(found).toHaveLength(run.gold.quotes.length);
    for (const gold of run.gold.quotes) {
      expect(found).toContainEqual({ text: gold.text, speaker: gold.speaker, role: gold.role });
    }
  });

  it('cites exactly the quoted words', async () => {
    const run = await runSeed();
    for (const q of run.quotes) {
      expect(q.cites.length).toBeGreaterThan(0);
      const sliced = q.cites.map((c) => run.source.text.slice(c.start, c.end)).join(' ');
      expect(sliced).toBe(q.text);
      for (const c of q.cites) expect(c.source).toBe(run.source.id);
    }
  });
});

describe('quotation marks', () => {
  it('reads straight, curly and single marks', () => {
    const quotes = quotesOf('The minister said, "We will not retreat from this city." She added: “The line holds.”\n\n‘Nothing is decided yet,’ the spokesman said.');
    expect(quotes.map((q) => q.text)).toEqual(['We will not retreat from this city.', 'The line holds.', 'Nothing is decided yet,']);
  });

  it('continues a quote over paragraphs when the next paragraph reopens it', () => {
    const quotes = quotesOf('Mayor Anna Berg said: “We lost power in the east of the city overnight.\n\n“Crews are working to restore it before the weekend,” she said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We lost power in the east of the city overnight. Crews are working to restore it before the weekend,');
    expect(quotes[0]!.cites).toHaveLength(2);
    expect(quotes[0]!.speaker.name).toBe('Anna Berg');
  });

  it('keeps a nested quotation inside the outer one', () => {
    const quotes = quotesOf('"They told us, \'Leave now or stay for good,\' and we left," said Olena Kravets, a resident.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe("They told us, 'Leave now or stay for good,' and we left,");
    expect(quotes[0]!.speaker.name).toBe('Olena Kravets');
  });

  it('does not read apostrophes as quotation marks', () => {
    const quotes = quotesOf("Russia’s army and the Ukrainians’ defences met at Pokrovsk, where it's quiet now.");
    expect(quotes).toEqual([]);
  });

  it('drops short scare quotes with no speaker but keeps short quotes someone said', () => {
    const quotes = quotesOf('The so-called “peace plan” was criticised. The president told the envoy to “STOP” at once.');
    expect(quotes.map((q) => q.text)).toEqual(['STOP']);
  });
});

describe('speakers', () => {
  const text = [
    'NATO Secretary-General Mark Rutte met ministers in Brussels on Monday.',
    '“We stand with our allies,” Rutte said.',
    '“Sanctions will follow,” warned Foreign Minister Radoslaw Sikorski.',
    'According to the Kremlin, “the operation continues as planned.”',
    'Sikorski later spoke again. “We are not afraid,” he insisted.',
    '“Nobody will say who fired first,” a senior official told reporters.',
  ].join('\n');
  const quotes = quotesOf(text);

  it('joins a surname to the full name and its role', () => {
    expect(speakerOf(quotes, 'We stand')).toEqual({ name: 'Mark Rutte', role: 'NATO Secretary-General' });
  });
  it('reads "said X" with the title split from the name', () => {
    expect(speakerOf(quotes, 'Sanctions')).toEqual({ name: 'Radoslaw Sikorski', role: 'Foreign Minister' });
  });
  it('reads organisations as speakers', () => {
    expect(speakerOf(quotes, 'operation continues')?.name).toBe('Kremlin');
  });
  it('resolves a pronoun to the person named before it', () => {
    expect(speakerOf(quotes, 'not afraid')?.name).toBe('Radoslaw Sikorski');
  });
  it('leaves the name empty for an unnamed speaker', () => {
    expect(speakerOf(quotes, 'Nobody will say')).toEqual({ name: null, role: 'a senior official' });
  });
});
