/**
 * The people, organisations, countries and places of a set of sources, with name variants
 * merged: "Zelenskyy" and "Ukrainian President Volodymyr Zelenskyy" are one person.
 * Built once per analysis and shared by the actor, quote and claim layers.
 */
import type { Cite } from '../../model/briefing.js';
import type { AnalysisContext } from '../context.js';
import { docIndex, type DocIndex } from './doc.js';
import type { NameChunk } from './names.js';
import { readChunk, gazetteerReading, type Kind, type Reading } from './classify.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from './lexicon.js';

export interface Entity {
  key: string;
  name: string;
  kind: Exclude<Kind, 'unknown'>;
  roles: Map<string, number>;
  aliases: Set<string>;
  mentions: number;
  cites: Cite[];
  gender: 'male' | 'female' | null;
}

export interface Registry {
  entities: Entity[];
  /** The entity a name phrase refers to, if any. */
  entityOf(doc: DocIndex, chunk: NameChunk): Entity | null;
  /** The best role for a person: the fullest one the sources give. */
  roleOf(entity: Entity): string | null;
}

/** `quoted`: inside a quotation, where capitals may be shouting ("STOP") and prove nothing new. */
interface Seen { doc: DocIndex; chunk: NameChunk; reading: Reading; quoted: boolean }

const cache = new WeakMap<AnalysisContext, Registry>();

export function registryFor(ctx: AnalysisContext): Registry {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const registry = buildRegistry(ctx.docs.map((d) => docIndex(d.source)));
  cache.set(ctx, registry);
  return registry;
}

function surname(name: string): string {
  const parts = name.split(' ');
  return (parts[parts.length - 1] ?? name).toLowerCase();
}

export function buildRegistry(docs: DocIndex[]): Registry {
  const seen: Seen[] = [];
  for (const doc of docs) {
    for (const chunk of doc.chunks) {
      const reading = readChunk(doc.tokens, chunk);
      if (reading) seen.push({ doc, chunk, reading, quoted: doc.tokenQuoted[chunk.first] === true });
    }
  }
  const byKey = new Map<string, Entity>();
  const assigned = new Map<NameChunk, Entity>();
  const make = (kind: Entity['kind'], name: string): Entity => {
    const key = `${kind}:${name.toLowerCase()}`;
    let e = byKey.get(key);
    if (!e) {
      e = { key, name, kind, roles: new Map(), aliases: new Set(), mentions: 0, cites: [], gender: null };
      byKey.set(key, e);
    }
    return e;
  };

  // Named with certainty first: gazetteer entries, organisations, places, people with a title.
  for (const s of seen) {
    if (s.reading.kind === 'unknown' || ((s.chunk.headline || s.quoted) && !gazetteerReading(s.reading.name))) continue;
    const e = make(s.reading.kind, s.reading.name);
    assigned.set(s.chunk, e);
    if (s.reading.role) e.roles.set(s.reading.role, (e.roles.get(s.reading.role) ?? 0) + 1);
  }
  // Full names without a title are people when they speak, or when their surname is used alone.
  const surnamesAlone = new Set(seen.filter((s) => !s.chunk.name.includes(' ')).map((s) => s.chunk.name.toLowerCase()));
  const unknown = seen.filter((s) => s.reading.kind === 'unknown' && !s.chunk.headline && !s.quoted);
  for (const s of unknown) {
    const multi = s.reading.name.includes(' ');
    if (multi && (s.reading.speaks || surnamesAlone.has(surname(s.reading.name)) || s.chunk.honorific)) {
      assigned.set(s.chunk, make('person', s.reading.name));
    }
  }
  const people = [...byKey.values()].filter((e) => e.kind === 'person');
  const peopleBySurname = new Map<string, Entity[]>();
  for (const p of people) {
    const list = peopleBySurname.get(surname(p.name)) ?? [];
    list.push(p);
    peopleBySurname.set(surname(p.name), list);
  }
  const fullest = (list: Entity[]): Entity => list.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  // Short names join the fullest person with that surname ("Zelenskyy", "President Trump").
  for (const s of seen) {
    if (assigned.has(s.chunk) && s.reading.kind !== 'person') continue;
    const candidates = peopleBySurname.get(surname(s.chunk.name));
    if (!candidates || s.reading.kind === 'country' || s.reading.kind === 'place' || s.reading.kind === 'organization') continue;
    const target = fullest(candidates);
    const own = assigned.get(s.chunk);
    if (own && own !== target && own.name.includes(' ') && own.name !== target.name) {
      // A different full name with the same surname ("Chelsea Clinton") stays its own person.
      if (!target.name.toLowerCase().endsWith(own.name.toLowerCase())) continue;
    }
    assigned.set(s.chunk, target);
    if (s.reading.role) target.roles.set(s.reading.role, (target.roles.get(s.reading.role) ?? 0) + 1);
  }
  // Single words still unexplained: a speaker is a person, a word after "in"/"from" a place.
  for (const s of unknown) {
    if (assigned.has(s.chunk)) continue;
    if (s.reading.speaks) assigned.set(s.chunk, make('person', s.reading.name));
    else if (s.reading.afterPlacePreposition && !s.reading.name.includes(' ')) assigned.set(s.chunk, make('place', s.reading.name));
  }
  // Merge people whose name is the tail of a fuller name created above.
  for (const [chunk, e] of assigned) {
    if (e.kind !== 'person' || e.name.includes(' ')) continue;
    const candidates = [...byKey.values()].filter((p) => p.kind === 'person' && p !== e && surname(p.name) === e.name.toLowerCase());
    if (candidates.length) {
      const target = fullest(candidates);
      assigned.set(chunk, target);
      for (const [r, n] of e.roles) target.roles.set(r, (target.roles.get(r) ?? 0) + n);
      byKey.delete(e.key);
    }
  }

  for (const s of seen) {
    const e = assigned.get(s.chunk);
    if (e) count(e, s);
    for (const name of s.reading.roleEntities) {
      const known = gazetteerReading(name);
      if (known && known.kind !== 'unknown') {
        const r = make(known.kind, known.name);
        r.mentions++;
        if (r.cites.length === 0) r.cites.push({ source: s.doc.source.id, start: s.chunk.start, end: s.chunk.end });
      }
    }
  }
  const entities = [...byKey.values()].filter((e) => e.mentions > 0).sort((a, b) => b.mentions - a.mentions);
  const live = new Set(entities);
  return {
    entities,
    entityOf: (_doc, chunk) => {
      const e = assigned.get(chunk);
      return e && live.has(e) ? e : null;
    },
    roleOf: bestRole,
  };
}

function count(e: Entity, s: Seen): void {
  e.mentions++;
  const from = e.kind === 'person' ? s.chunk.nameStart : s.chunk.start;
  const written = s.doc.source.text.slice(from, s.chunk.end);
  if (written !== e.name && !/\s{2,}|\n/.test(written)) e.aliases.add(written);
  if (e.cites.length === 0) e.cites.push({ source: s.doc.source.id, start: from, end: s.chunk.end });
  const h = s.chunk.honorific?.toLowerCase() ?? '';
  if (MALE_HONORIFICS.has(h)) e.gender = 'male';
  else if (FEMALE_HONORIFICS.has(h)) e.gender = 'female';
}

/** The fullest role wins ("U.S. President" over "President"); ties go to the most used. */
function bestRole(e: Entity): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const [role, n] of e.roles) {
    const score = role.split(' ').length * 10 + n;
    if (score > bestScore) { best = role; bestScore = score; }
  }
  return best;
}
