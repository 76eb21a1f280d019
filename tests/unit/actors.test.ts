/** Actors: people with roles, organisations, countries and places, with name variants merged. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { rawSource, runSeed } from '../../bench/quality-quotes.js';

const apostrophes = (s: string | null) => (s ?? '').replace(/’/g, "'");

describe('seed article actors', () => {
  it('finds every gold actor with its kind and role', async () => {
    const run = await runSeed();
    for (const gold of run.gold.actors) {
      const actor = run.actors.find((a) => a.name === gold.name);
      expect(actor, gold.name).toBeDefined();
      expect(actor!.kind).toBe(gold.kind);
      if (gold.role) expect(apostrophes(actor!.role)).toBe(apostrophes(gold.role));
    }
  });

  it('finds every gold place', async () => {
    const run = await runSeed();
    const places = run.actors.filter((a) => a.kind === 'place' || a.kind === 'country').map((a) => a.name);
    for (const place of run.gold.places) expect(places).toContain(place);
  });

  it('merges short names into the full name and counts every mention', async () => {
    const run = await runSeed();
    const trump = run.actors.find((a) => a.name === 'Donald Trump')!;
    expect(trump.aliases).toContain('Trump');
    expect(run.actors.filter((a) => a.name.endsWith('Trump'))).toHaveLength(1);
    const zelenskyy = run.actors.find((a) => a.name === 'Volodymyr Zelenskyy')!;
    expect(zelenskyy.mentions).toBe(3);
    expect(zelenskyy.aliases).toContain('Zelenskyy');
  });

  it('cites a mention of each actor', async () => {
    const run = await runSeed();
    for (const actor of run.actors) {
      const cite = actor.cites[0]!;
      const written = run.source.text.slice(cite.start, cite.end);
      expect([actor.name, ...actor.aliases].some((n) => written.includes(n) || n.includes(written)), `${actor.name}: ${written}`).toBe(true);
    }
  });
});

describe('actor kinds', () => {
  it('tells people, organisations, countries and places apart', () => {
    const text = 'Defence Minister Rustem Umerov visited Kharkiv on Friday. The Ukrainian Air Force said Umerov met officials from the European Commission and Poland.';
    const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
    const byName = new Map(findActors(ctx).map((a) => [a.name, a]));
    expect(byName.get('Rustem Umerov')).toMatchObject({ kind: 'person', role: 'Defence Minister', mentions: 2 });
    expect(byName.get('Ukrainian Air Force')?.kind).toBe('organization');
    expect(byName.get('European Commission')?.kind).toBe('organization');
    expect(byName.get('Poland')?.kind).toBe('country');
    expect(byName.get('Kharkiv')?.kind).toBe('place');
    expect(byName.has('Friday')).toBe(false);
  });
});

describe('actor misfires', () => {
  const actorsOf = (text: string) => {
    const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
    return new Map(findActors(ctx).map((a) => [a.name, a]));
  };

  it('reads a geographic feature as a place and a direction word as nobody', () => {
    const byName = actorsOf([
      'Two tankers collided in the Southern Gulf on Monday, near Pellor Bay.',
      'Western diplomats said the Gulf would stay open. Ships waiting in the Gulf were told to anchor.',
    ].join('\n\n'));
    expect(byName.get('Southern Gulf')?.kind).toBe('place');
    expect(byName.get('Pellor Bay')?.kind).toBe('place');
    expect(byName.has('Western')).toBe(false);
  });

  it('keeps an invented nationality adjective out and reads its country as a place', () => {
    const byName = actorsOf([
      'A Norvalan navy frigate shadowed the convoy, and Norvalan state television called it a provocation.',
      'Officials in the capital said Norvala would answer any further incursion. The Norvalan ambassador was summoned.',
    ].join('\n\n'));
    expect([...byName.keys()].some((n) => n.startsWith('Norvalan'))).toBe(false);
    expect(byName.get('Norvala')?.kind).toBe('place');
  });

  it('takes neither shouted capitals nor a party word for a person', () => {
    const byName = actorsOf([
      'TRAINING NOTICE: this text is for a drill.',
      'The rally was held at the Dane County Republican office. Republican volunteers handed out leaflets, and a NOTICE was posted.',
    ].join('\n\n'));
    for (const a of byName.values()) expect(a.kind === 'person', a.name).toBe(false);
  });

  it('finds a name that only ever opens a sentence when a reporting verb follows it', () => {
    const byName = actorsOf('Voters queued for hours. McAllen said the wait was worth it. Okafor said she would vote again.');
    expect(byName.get('McAllen')?.kind).toBe('person');
    expect(byName.get('Okafor')?.kind).toBe('person');
  });

  it('reads a capitalised hyphened adjective as no name', () => {
    const byName = actorsOf('“The port will reopen,” said Ana Ruiz, a Lisbon-based analyst. Kremlin-backed media disagreed, and Ban Ki-moon urged calm.');
    expect([...byName.keys()].some((n) => n.includes('-based') || n.includes('-backed'))).toBe(false);
    expect(byName.get('Ban Ki-moon')?.kind ?? 'person').toBe('person');
  });
});
