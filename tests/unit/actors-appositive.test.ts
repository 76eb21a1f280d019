/** Actors: a role set off by commas after a person's name becomes that person's role. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { rawSource } from '../../bench/quality-quotes.js';

const rolesOf = (text: string) => {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return new Map(findActors(ctx).filter((a) => a.kind === 'person').map((a) => [a.name, a.role]));
};

describe('appositive roles', () => {
  it('reads "Name, <role phrase>, verb" with the organisation in the role', () => {
    const roles = rolesOf([
      'Dorian Plaskett, executive director of the harbour alliance, called for more dredging on Thursday.',
      'Lena Okafor, senior associate for tenant organizing at the Marrow Institute for Housing Reform, said rents had doubled.',
      '"We will not stop," said Plaskett.',
    ].join('\n\n'));
    expect(roles.get('Dorian Plaskett')).toBe('executive director of the harbour alliance');
    expect(roles.get('Lena Okafor')).toBe('senior associate for tenant organizing at the Marrow Institute for Housing Reform');
  });

  it('cuts the role before a relative clause and drops a leading article or "now"', () => {
    const roles = rolesOf([
      'Tomas Greave, president of the Federation of Dock Workers, which represents 9,000 members, said talks had failed.',
      'Ida Marchetti, the mayor of Pellor, said the port would stay open.',
      'Owen Drabble, now a consultant on shipping in the private sector, disagreed.',
    ].join(' '));
    expect(roles.get('Tomas Greave')).toBe('president of the Federation of Dock Workers');
    expect(roles.get('Ida Marchetti')).toBe('mayor of Pellor');
    expect(roles.get('Owen Drabble')).toBe('consultant on shipping in the private sector');
  });

  it('keeps the first of two coordinated roles and stops before "whom"', () => {
    const roles = rolesOf([
      'Nils Brandt, an outside adviser to the council on budget and harbour issues and an associate professor at Pellor University, said the plan was sound.',
      'Ada Kovacs, chief of staff to Governor Tam Oduya whom the council appointed last year, declined to comment.',
    ].join(' '));
    expect(roles.get('Nils Brandt')).toBe('outside adviser to the council on budget and harbour issues');
    expect(roles.get('Ada Kovacs')).toBe('chief of staff to Governor Tam Oduya');
  });

  it('leaves a sentence opener out of a title role', () => {
    const roles = rolesOf('Vera Lindqvist spoke first. But Attorney General Vera Lindqvist said the case was closed. As Governor Tam Oduya said, the port is open.');
    expect(roles.get('Vera Lindqvist')).toBe('Attorney General');
    expect(roles.get('Tam Oduya')).toBe('Governor');
  });

  it('keeps a person whose only title word after the opener is a party word, without a role', () => {
    const roles = rolesOf('If Republican Corin Vale wins the seat, the bill dies. Supporters cheered.');
    expect(roles.has('Corin Vale')).toBe(true);
    expect(roles.get('Corin Vale')).toBeNull();
  });

  it('reads a plural title before a name as the title of that person', () => {
    const roles = rolesOf('Sens. Ola Brekke and Ivo Marsh wrote to the board. Brekke said it had ignored them.');
    expect(roles.get('Ola Brekke')).toBe('Sen.');
    expect(roles.has('Sens. Ola Brekke')).toBe(false);
  });

  it('gives a bare title only when nothing fuller is written, however often it is used', () => {
    const fuller = ['Ola Brekke, committee chair, opened the session.'];
    for (let i = 0; i < 12; i++) fuller.push(`Sen. Brekke spoke on item ${i + 1}.`);
    expect(rolesOf(fuller.join(' ')).get('Ola Brekke')).toBe('committee chair');
    expect(rolesOf('Sen. Ola Brekke opened the session. Brekke spoke twice.').get('Ola Brekke')).toBe('Sen.');
  });

  it('takes no bare courtesy title from inside a quotation', () => {
    const roles = rolesOf('Lisa Varga spoke on Monday. "Secretary Varga has failed every family in Pellor," the union said. Varga declined to comment.');
    expect(roles.has('Lisa Varga')).toBe(true);
    expect(roles.get('Lisa Varga')).toBeNull();
  });

  it('prefers a fuller phrase after the name to a bare title before it, and reads party-and-state', () => {
    const roles = rolesOf('Critics, like Senators Ola Brekke, Republican of Marlow, and Ivo Marsh, Democrat of Pellor, want changes. Mr. Brekke and Mr. Marsh wrote to the board.');
    expect(roles.get('Ola Brekke')).toBe('Republican of Marlow');
    expect(roles.get('Ivo Marsh')).toBe('Democrat of Pellor');
    expect([...roles.keys()].some((n) => n.startsWith('Senators'))).toBe(false);
  });

  it('takes no role from a clause, a place description or a list of names', () => {
    const roles = rolesOf([
      'Rufus Amberley, who succeeded the union president in May, said little.',
      'Carla Benning, the first woman elected to the board, spoke next.',
      'Marta Vinsky, Paul Orrin and Sade Kwan signed the letter. Vinsky said it was overdue.',
      'Hal Brisco, the oldest man to sail the strait, spoke last. Brisco said nothing.',
    ].join(' '));
    for (const name of ['Rufus Amberley', 'Carla Benning', 'Marta Vinsky', 'Hal Brisco']) expect(roles.get(name) ?? null, name).toBeNull();
  });
});

describe('full names addressed by honorific and surname', () => {
  it('makes a full name a person when the surname comes back with an honorific of the same sex', () => {
    const ctx = createContext([rawSource('t', [
      'The report, written by Orla Penhaligon and Ravi Stenmark, was published on Monday.',
      '"It is overdue," said Ms. Penhaligon. Mr. Stenmark agreed.',
      'Rachel Brannock attended. Mr. Brannock, her brother, did not.',
    ].join('\n\n'))], { summarySentences: 5 });
    const people = findActors(ctx).filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toContain('Orla Penhaligon');
    expect(people).toContain('Ravi Stenmark');
    expect(people).not.toContain('Penhaligon');
    // "Mr." says another sex than "Rachel": he is not her.
    expect(people).not.toContain('Rachel Brannock');
  });
});
