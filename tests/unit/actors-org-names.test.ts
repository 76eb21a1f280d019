/** Actors: organisation, law and place names written across lower-case connectors come out whole. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { rawSource } from '../../bench/quality-quotes.js';

const actorsOf = (text: string) => {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findActors(ctx);
};
const byName = (text: string) => new Map(actorsOf(text).map((a) => [a.name, a]));

describe('organisation names across connectors', () => {
  it('joins "of", "for", "for the" and "of the" parts after an organisation word', () => {
    const actors = byName([
      'Monitors from the Organisation for Security and Co-operation in Europe said the count was slow.',
      'The Ministry of Defence said the Bank of England had been told. The Office for the Coordination of Humanitarian Affairs',
      'warned that the Court of Justice of the European Union would rule in May. The Brenmoor Institute for Coastal Renewal agreed.',
    ].join(' '));
    for (const name of ['Organisation for Security and Co-operation in Europe', 'Ministry of Defence', 'Bank of England',
      'Office for the Coordination of Humanitarian Affairs', 'Court of Justice of the European Union', 'Brenmoor Institute for Coastal Renewal']) {
      expect(actors.get(name)?.kind, name).toBe('organization');
    }
    // No fragment survives as a person, place or shorter organisation.
    for (const fragment of ['Coastal Renewal', 'Europe', 'England', 'Defence', 'Humanitarian Affairs', 'Ministry', 'Brenmoor Institute']) {
      expect(actors.has(fragment), fragment).toBe(false);
    }
  });

  it('joins "X and Y Commission" and a purpose phrase with "to"', () => {
    const actors = byName('The Securities and Exchange Commission fined the firm. The Committee to Protect Harbour Workers said it would appeal, and the Campaign for a Fairer Harbour agreed.');
    expect(actors.get('Campaign for a Fairer Harbour')?.kind).toBe('organization');
    expect(actors.get('Securities and Exchange Commission')?.kind).toBe('organization');
    expect(actors.get('Committee to Protect Harbour Workers')?.kind).toBe('organization');
    expect(actors.has('Securities')).toBe(false);
  });

  it('joins "U.S. X and Y Services" and "House X and Y Committee"', () => {
    const actors = byName('U.S. Citizenship and Harbour Services said forms changed. The House Oversight and Port Reform Committee met, as oversight had been weak.');
    expect(actors.get('U.S. Citizenship and Harbour Services')?.kind).toBe('organization');
    expect(actors.get('House Oversight and Port Reform Committee')?.kind).toBe('organization');
  });

  it('stops at a second organisation, a person after "and" and a place where the body sits', () => {
    const actors = byName([
      'The Ministry of Defence and the Foreign Office disagreed.',
      'The Caldera Institute for Ocean Research in Norvala published the data.',
      'The Council for Trade and Mark Bellamy met on Friday.',
    ].join(' '));
    expect(actors.get('Ministry of Defence')?.kind).toBe('organization');
    expect(actors.get('Caldera Institute for Ocean Research')?.kind).toBe('organization');
    expect(actors.get('Council for Trade')?.kind).toBe('organization');
    expect([...actors.keys()].some((n) => n.includes('Mark Bellamy') && n.includes('Council'))).toBe(false);
  });

  it('follows "of" with "for the" and knows institutions, forums and museums', () => {
    const actors = byName('The Court of Appeals for the Ninth Circuit ruled. Analysts at the Marlow Institution and the Civic Action Forum agreed; the Pellor Museum of Maritime History lent papers.');
    for (const name of ['Court of Appeals for the Ninth Circuit', 'Marlow Institution', 'Civic Action Forum', 'Pellor Museum of Maritime History']) {
      expect(actors.get(name)?.kind, name).toBe('organization');
    }
  });

  it('makes a bracketed acronym an alias of the full name', () => {
    const actors = actorsOf('The Alliance to Reclaim Our Harbours (AROH) organised the march. AROH said 4,000 people came. Marchers thanked AROH.');
    const org = actors.find((a) => a.name === 'Alliance to Reclaim Our Harbours');
    expect(org?.kind).toBe('organization');
    // The bracketed definition is no mention of its own: the full name and the two later "AROH".
    expect(org?.mentions).toBe(3);
    expect(org?.aliases).toContain('AROH');
    expect(actors.filter((a) => a.name === 'AROH')).toHaveLength(0);
    expect(actors.some((a) => a.name === 'Reclaim' || a.name === 'Harbours')).toBe(false);
  });

  it('merges a short form into the one longer name it starts', () => {
    const actors = actorsOf('Pell Harmon of the Corvin Institute for Tidal Economics said costs would rise. A Corvin Institute study agreed.');
    const org = actors.find((a) => a.name === 'Corvin Institute for Tidal Economics');
    expect(org?.mentions).toBe(2);
    expect(org?.aliases).toContain('Corvin Institute');
    expect(actors.some((a) => a.name === 'Corvin Institute')).toBe(false);
  });

  it('reads a name described as a company or group as an organisation', () => {
    const actors = byName('Marden Haulage, a trucking company in Pellor, said it would appeal. Ostrava Mining, the region\'s largest coal producer group, agreed.');
    expect(actors.get('Marden Haulage')?.kind).toBe('organization');
    expect(actors.get('Ostrava Mining')?.kind).toBe('organization');
  });

  it('joins an acronym to the one organisation whose capitals it spells', () => {
    const actors = actorsOf('The Pellor Audit Office said costs doubled. The board thanked PAO staff. The P.A.O. report follows.');
    const org = actors.find((a) => a.name === 'Pellor Audit Office');
    expect(org?.mentions).toBe(3);
    expect(actors.some((a) => a.name === 'PAO' || a.name === 'P.A.O.')).toBe(false);
  });

  it('counts an acronym in a role before a name as a mention of a body named elsewhere', () => {
    const actors = actorsOf('The Pellor Audit Office said costs doubled. PAO head Ines Varga said the board was told. QRX official Tom Hale agreed.');
    expect(actors.find((a) => a.name === 'Pellor Audit Office')?.mentions).toBe(2);
    expect(actors.find((a) => a.name === 'Ines Varga')?.role).toBe('PAO head');
    expect(actors.some((a) => a.name === 'QRX')).toBe(false);
  });

  it('reads a title with a name after the organisation as a person whose role is the organisation', () => {
    const actors = byName('Bank of England Governor Andrew Tolland said rates would rise.');
    expect(actors.get('Andrew Tolland')).toMatchObject({ kind: 'person', role: 'Bank of England Governor' });
    expect(actors.get('Bank of England')?.kind).toBe('organization');
    expect(actors.has('England')).toBe(false);
  });

  it('reads a newspaper title as an organisation', () => {
    const actors = actorsOf('The Pellor Observer found that one in four residents left. The Observer said rents had doubled.');
    expect(actors.find((a) => a.name === 'Pellor Observer')?.kind).toBe('organization');
    expect(actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('keeps a number that belongs to a school name', () => {
    const actors = byName('Pupils at Intermediate School 412 in Marlow staged a walk-in on Thursday.');
    expect(actors.get('Intermediate School 412')?.kind).toBe('organization');
    expect(actors.has('Intermediate School')).toBe(false);
  });
});

describe('laws, events and places', () => {
  it('drops laws, wars and events instead of reading them as people or places', () => {
    const actors = byName([
      'Members are covered by the Family and Medical Leave Act, the union said.',
      'The Freedom of Information Act came into force. Veterans of the Cold War marched on Labor Day.',
      'The Harbour Safety Bill passed. It was safely his from Day 1.',
    ].join(' '));
    for (const name of ['Family', 'Family and Medical Leave Act', 'Freedom', 'Information Act', 'Cold War', 'Labor Day', 'Harbour Safety Bill', 'Day']) {
      expect(actors.has(name), name).toBe(false);
    }
  });

  it('still counts the country or place an event is named after', () => {
    const actors = byName('Veterans of the Iraq War met in Boston. They later toured Iraq.');
    expect(actors.get('Iraq')).toMatchObject({ kind: 'country', mentions: 2 });
    expect(actors.has('Iraq War')).toBe(false);
    expect(actors.has('War')).toBe(false);
  });

  it('reads one word after place, organisation or nationality words as a compound name, not a person', () => {
    const actors = byName('The Kharkiv Harriers beat the visitors on Sunday. Norwegian Americans marched in Boston, and U.N. Habitat sent observers. Moldovan Rail said trains would run.');
    expect(actors.get('Kharkiv Harriers')?.kind).toBe('organization');
    expect(actors.get('U.N. Habitat')?.kind).toBe('organization');
    expect(actors.get('Moldovan Rail')?.kind).toBe('organization');
    expect([...actors.values()].filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
    expect(actors.has('Norwegian Americans')).toBe(false);
  });

  it('reads no plural acronym as a person', () => {
    const actors = byName('Women MPs said the rules were unfair. Pupils sitting GCSEs said so too, and Super PACs said nothing. MPs voted.');
    expect([...actors.values()].filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('keeps "City" and "County" in a place name', () => {
    const actors = byName('Parents from Oklahoma City and Orange County joined the rally. Others came from Dunmore City and Colorado Springs.');
    expect(actors.get('Oklahoma City')?.kind).toBe('place');
    expect(actors.get('Orange County')?.kind).toBe('place');
    expect(actors.get('Dunmore City')?.kind).toBe('place');
    expect(actors.get('Colorado Springs')?.kind).toBe('place');
    expect(actors.has('Oklahoma')).toBe(false);
  });
});

describe('an acronym the sources spell out differently', () => {
  const actorsOfSources = (...texts: string[]) =>
    findActors(createContext(texts.map((t, i) => rawSource(`s${i}`, t)), { summarySentences: 5 }));

  it('means, in each source, what that source spelled it out as', () => {
    const actors = actorsOfSources(
      'The Harbour Pilots Association (HPA) said on Monday that the strike would go ahead. The HPA called it a last resort.',
      'The Highland Poultry Association (HPA) met in Dunmore. The HPA said it would wait.',
    );
    const mentions = new Map(actors.map((a) => [a.name, a.mentions]));
    expect(mentions.get('Harbour Pilots Association')).toBe(2);
    expect(mentions.get('Highland Poultry Association')).toBe(2);
  });

  it('joins one agreed spelling to every source that uses the acronym', () => {
    const actors = actorsOfSources(
      'The Harbour Pilots Association (HPA) said on Monday that the strike would go ahead.',
      'The HPA said talks had failed. Later the HPA said it would wait.',
    );
    expect(actors.find((a) => a.name === 'Harbour Pilots Association')?.mentions).toBe(3);
  });
});
