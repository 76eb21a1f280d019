/**
 * The people, organisations, countries and places of a set of sources, with name variants
 * merged: "Zelenskyy" and "Ukrainian President Volodymyr Zelenskyy" are one person.
 * Built once per analysis and shared by the actor, quote and claim layers.
 */
import type { Cite } from '../../model/briefing.js';
import type { AnalysisContext } from '../context.js';
import { docIndex, type DocIndex } from './doc.js';
import { isRoleToken, type NameChunk } from './names.js';
import { attributiveWords, demonymCountries } from './demonyms.js';
import { readChunk, gazetteerReading, type Kind, type Reading } from './classify.js';
import { acronymsOf, initialismsOf, isBracketed, shortOrgForms } from './org-names.js';
import { FEMALE_GIVEN_NAMES, FEMALE_HONORIFICS, MALE_GIVEN_NAMES, MALE_HONORIFICS } from './lexicon.js';

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
  genderOf(entity: Entity): 'male' | 'female' | null;
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

/**
 * Whether a phrase's words can make a personal name: not shouted in capitals ("FICTIONAL
 * EXERCISE") and not ending in a title or party word ("Kent County Republican").
 */
function personalWords(doc: DocIndex, chunk: NameChunk): boolean {
  const words = doc.tokens.slice(chunk.first, chunk.last);
  if (words.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) return false;
  return !isRoleToken(words[words.length - 1]!);
}

function surname(name: string): string {
  const space = name.lastIndexOf(' ');
  return (space < 0 ? name : name.slice(space + 1)).toLowerCase();
}

export function buildRegistry(docs: DocIndex[]): Registry {
  const seen: Seen[] = [];
  const attributive = attributiveWords(docs);
  const demonymCountry = demonymCountries(attributive);
  for (const doc of docs) {
    for (const chunk of doc.chunks) {
      if (chunk.last === chunk.first + 1 && attributive.has(doc.tokens[chunk.first]!.lower)) continue;
      const reading = readChunk(doc.source.text, doc.tokens, chunk);
      if (reading) seen.push({ doc, chunk, reading, quoted: doc.tokenQuoted[chunk.first] === true });
    }
  }
  // "AROS" alone is the "Alliance to Reclaim Our Schools (AROS)" the sources spelled out.
  const acronymOf = spelledAcronyms(docs);
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
    // In headlines and quotations capitals prove little: only the gazetteer counts there.
    const weak = s.chunk.headline || s.quoted;
    if (s.reading.kind === 'unknown' || (weak && !gazetteerReading(s.reading.name))) continue;
    const e = make(s.reading.kind, (s.reading.kind === 'organization' && acronymOf(s.doc, s.reading.name)) || s.reading.name);
    // "(AROS)" right after the full name defines the alias; it is not another mention.
    if (e.name !== s.reading.name && isBracketed(s.doc.source.text, s.chunk)) { e.aliases.add(s.reading.name); continue; }
    assigned.set(s.chunk, e);
    if (s.reading.role) e.roles.set(s.reading.role, (e.roles.get(s.reading.role) ?? 0) + 1);
  }
  // "Annenberg Institute" is the "Annenberg Institute for School Reform" the sources also name; "NAO" the "National Audit Office".
  const orgs = [...byKey.values()].filter((e) => e.kind === 'organization');
  const shortForms = new Map([...shortOrgForms(orgs.map((e) => e.name)), ...initialismsOf(orgs.map((e) => e.name))]);
  for (const [chunk, e] of assigned) {
    const long = e.kind === 'organization' ? shortForms.get(e.name) : undefined;
    if (long) { assigned.set(chunk, make('organization', long)); byKey.delete(e.key); }
  }
  // Full names without a title are people when they speak, or when their surname is used alone;
  // a single word is a person when it speaks.
  const unknown = seen.filter((s) => s.reading.kind === 'unknown' && !s.reading.event && !s.chunk.headline && !s.quoted);
  const surnamesAlone = new Set(unknown.filter((s) => !s.chunk.name.includes(' ')).map((s) => s.chunk.name.toLowerCase()));
  // "Ms. Tanden" makes "Neera Tanden" a person too, unless the honorific says another sex ("Mr. Obama", "Michelle Obama").
  const honorificAlone = new Map<string, Set<string>>();
  for (const s of seen) {
    if (s.reading.kind !== 'person' || !s.chunk.honorific || s.chunk.name.includes(' ') || s.chunk.headline || s.quoted) continue;
    const h = s.chunk.honorific.toLowerCase();
    const sex = MALE_HONORIFICS.has(h) ? 'male' : FEMALE_HONORIFICS.has(h) ? 'female' : 'either';
    honorificAlone.set(s.chunk.name.toLowerCase(), (honorificAlone.get(s.chunk.name.toLowerCase()) ?? new Set()).add(sex));
  }
  const addressedAlone = (name: string): boolean => {
    const sexes = honorificAlone.get(surname(name));
    const given = givenGenderOf(name);
    return Boolean(sexes && (!given || sexes.has(given) || sexes.has('either')));
  };
  for (const s of unknown) {
    const multi = s.reading.name.includes(' ');
    if (/\d/.test(s.reading.name) || !personalWords(s.doc, s.chunk)) continue;
    // "said Norvala would answer": beside its own nationality adjective, a country, whatever it does.
    if (!multi && demonymCountry.has(s.reading.name.toLowerCase())) continue;
    const evidence = s.reading.speaks || s.chunk.honorific
      || (multi && (surnamesAlone.has(surname(s.reading.name)) || addressedAlone(s.reading.name)) && !s.reading.afterPlacePreposition);
    if (evidence) assigned.set(s.chunk, make('person', s.reading.name));
  }
  // Every other mention joins the person it names: the same full name, or the surname alone
  // ("Zelenskyy", "President Trump") joins the fullest name with that surname.
  const people = () => [...byKey.values()].filter((e) => e.kind === 'person');
  const index = new Map<string, Entity[]>();
  for (const p of people()) {
    for (const key of new Set([p.name.toLowerCase(), surname(p.name)])) {
      const list = index.get(key) ?? [];
      list.push(p);
      index.set(key, list);
    }
  }
  // How often each name is written in full, to prefer "Hillary Clinton" over a rarer "Bill Clinton".
  const written = new Map<string, number>();
  for (const s of seen) written.set(s.chunk.name.toLowerCase(), (written.get(s.chunk.name.toLowerCase()) ?? 0) + 1);
  // Names do not change in the loop below, roles do: the name's part of the weight is worked out once per person.
  const nameWeights = new Map<Entity, number>();
  const nameWeight = (e: Entity): number => {
    let w = nameWeights.get(e);
    if (w === undefined) nameWeights.set(e, (w = e.name.split(' ').length * 1000 + (written.get(e.name.toLowerCase()) ?? 0)));
    return w;
  };
  const weight = (e: Entity) => nameWeight(e) + e.roles.size;
  const fullest = (list: Entity[]): Entity => list.reduce((a, b) => (weight(b) > weight(a) ? b : a));
  for (const s of seen) {
    const own = assigned.get(s.chunk);
    if (own && own.kind !== 'person') continue;
    if ((s.reading.kind !== 'unknown' && s.reading.kind !== 'person') || s.reading.event) continue;
    const lower = s.chunk.name.toLowerCase();
    const exact = index.get(lower)?.filter((p) => p.name.toLowerCase() === lower || surname(p.name) === lower);
    const bySurname = !s.chunk.name.includes(' ') || own ? index.get(surname(s.chunk.name)) : undefined;
    const candidates = exact?.length ? exact : bySurname;
    if (!candidates?.length) continue;
    const target = fullest(candidates);
    // A different full name with the same surname ("Chelsea Clinton") stays its own person.
    if (own && own !== target && !target.name.toLowerCase().endsWith(own.name.toLowerCase())) continue;
    assigned.set(s.chunk, target);
    if (own && own !== target) {
      for (const [r, n] of own.roles) target.roles.set(r, (target.roles.get(r) ?? 0) + n);
      byKey.delete(own.key);
    } else if (s.reading.role && !own && !(s.quoted && !s.reading.role.includes(' '))) {
      // "Secretary Clinton's record", said inside a quotation, is a courtesy title, not the role the brief should give.
      target.roles.set(s.reading.role, (target.roles.get(s.reading.role) ?? 0) + 1);
    }
  }
  // Single words still unexplained after "in", "from", "to" are places, and so are the
  // countries behind a nationality adjective ("Valdoria" beside "Valdorian").
  for (const s of unknown) {
    if (assigned.has(s.chunk) || s.reading.name.includes(' ')) continue;
    if (s.reading.afterPlacePreposition || demonymCountry.has(s.reading.name.toLowerCase())) assigned.set(s.chunk, make('place', s.reading.name));
  }
  for (const s of seen) {
    if (assigned.has(s.chunk) || s.reading.kind !== 'unknown' || s.reading.event) continue;
    const place = byKey.get(`place:${s.chunk.name.toLowerCase()}`);
    if (place) assigned.set(s.chunk, place);
  }

  // "PAO head …" beside "Pellor Audit Office": acronyms written only inside roles, spelled out.
  const roleAcronyms = seen.flatMap((s) => s.reading.roleEntities.filter((n) => !n.includes(' ')));
  const spelled = initialismsOf([...[...byKey.values()].filter((e) => e.kind === 'organization').map((e) => e.name), ...new Set(roleAcronyms)]);
  for (const s of seen) {
    const e = assigned.get(s.chunk);
    if (e) count(e, s);
    for (const name of s.reading.roleEntities) {
      // Role entities are gazetteer names, organisation names joined across connectors ("Bank of England"),
      // or acronyms ("NUJ official"), which count only for a body the sources name elsewhere.
      const full = acronymOf(s.doc, name) ?? shortForms.get(name) ?? spelled.get(name) ?? name;
      const known = gazetteerReading(name) ?? { kind: 'organization' as const, name: full };
      const counts = name.includes(' ') || byKey.has(`organization:${full.toLowerCase()}`) || gazetteerReading(name);
      if (known.kind !== 'unknown' && counts) {
        const r = make(known.kind, known.name);
        r.mentions++;
        if (r.cites.length === 0) r.cites.push({ source: s.doc.source.id, start: s.chunk.start, end: s.chunk.end });
      }
    }
  }
  const pronounVotes = votePronouns(docs, assigned);
  const entities = [...byKey.values()].filter((e) => e.mentions > 0).sort((a, b) => b.mentions - a.mentions);
  const live = new Set(entities);
  return {
    entities,
    entityOf: (_doc, chunk) => {
      const e = assigned.get(chunk);
      return e && live.has(e) ? e : null;
    },
    roleOf: bestRole,
    // A known given name outweighs pronoun votes, which another person in the sentence can cast.
    genderOf: (e) => e.gender ?? givenNameGender(e) ?? votedGender(e, pronounVotes),
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

/**
 * The fullest role wins ("U.S. President" over "President"); ties go to the most used. A bare
 * title ("Secretary", "Sen.") is the role only when nothing fuller is given, however often used.
 */
function bestRole(e: Entity): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const [role, n] of e.roles) {
    const words = role.split(' ').length;
    const score = (words > 1 ? 1e6 : 0) + words * 10 + n;
    if (score > bestScore) { best = role; bestScore = score; }
  }
  return best;
}

/**
 * Gender as the sources show it: the first personal pronoun after a person's name, outside
 * quotations and within the next sentence, is a vote ("Clinton said her plan …").
 */
function votePronouns(docs: DocIndex[], assigned: Map<NameChunk, Entity>): Map<Entity, { male: number; female: number }> {
  const votes = new Map<Entity, { male: number; female: number }>();
  for (const doc of docs) {
    for (const chunk of doc.chunks) {
      const e = assigned.get(chunk);
      if (!e || e.kind !== 'person' || doc.tokenQuoted[chunk.first]) continue;
      let stops = 0;
      for (let i = chunk.last; i < Math.min(doc.tokens.length, chunk.last + 25); i++) {
        const t = doc.tokens[i]!;
        if (doc.tokenQuoted[i]) continue;
        if (/[.!?]/.test(doc.source.text.slice(doc.tokens[i - 1]!.end, t.start)) && ++stops > 1) break;
        if (i > chunk.last && doc.chunks.length && t.cap && !t.sentStart && /^[A-Z]/.test(t.text) && t.lower !== 'i' && stops > 0) break;
        // Subject pronouns only: "scolded him" says nothing about the scolder.
        const g = t.lower === 'he' || t.lower === 'his' ? 'male' : t.lower === 'she' || t.lower === 'hers' ? 'female' : null;
        if (!g) continue;
        const v = votes.get(e) ?? { male: 0, female: 0 };
        v[g]++;
        votes.set(e, v);
        break;
      }
    }
  }
  return votes;
}

const MIN_VOTES = 2;

function votedGender(e: Entity, votes: Map<Entity, { male: number; female: number }>): 'male' | 'female' | null {
  const v = votes.get(e);
  if (!v) return null;
  // One pronoun can belong to someone else in the sentence; ask for a clear majority.
  if (v.male >= MIN_VOTES && v.male > 2 * v.female) return 'male';
  if (v.female >= MIN_VOTES && v.female > 2 * v.male) return 'female';
  return null;
}

function givenNameGender(e: Entity): 'male' | 'female' | null {
  return e.kind === 'person' ? givenGenderOf(e.name) : null;
}

function givenGenderOf(name: string): 'male' | 'female' | null {
  if (!name.includes(' ')) return null;
  const given = name.split(' ')[0]!.toLowerCase();
  if (MALE_GIVEN_NAMES.has(given)) return 'male';
  if (FEMALE_GIVEN_NAMES.has(given)) return 'female';
  return null;
}

/**
 * Acronyms the sources spell out in brackets ("Alliance to Reclaim Our Schools (AROS)"): in a
 * source that spells one out, that spelling; elsewhere the spelling all sources agree on. One
 * that two sources spell out differently ("AP": Associated Press, Andhra Pradesh) stays as
 * written where it is not spelled out, rather than take whichever spelling came last.
 */
function spelledAcronyms(docs: DocIndex[]): (doc: DocIndex, short: string) => string | undefined {
  const own = new Map<DocIndex, Map<string, string>>();
  const spellings = new Map<string, Set<string>>();
  for (const doc of docs) {
    const found = acronymsOf(doc.source.text, doc.tokens, doc.chunks);
    own.set(doc, found);
    for (const [short, full] of found) spellings.set(short, (spellings.get(short) ?? new Set<string>()).add(full));
  }
  const agreed = new Map([...spellings].filter(([, fulls]) => fulls.size === 1).map(([short, fulls]) => [short, [...fulls][0]!]));
  return (doc, short) => own.get(doc)?.get(short) ?? agreed.get(short);
}
