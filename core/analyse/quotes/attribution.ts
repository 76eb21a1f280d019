/**
 * Who said a quotation: the reporting clause after it ("…,” Rutte said), before it
 * (Trump said, “…”), the paragraph that introduces it ("Caddell continued:"), or the
 * quotation it continues. Pronouns are resolved to the person the text last put forward.
 */
import type { Speaker } from '../../model/briefing.js';
import type { DocIndex } from '../people/doc.js';
import { tokenAt } from '../people/doc.js';
import type { NameChunk } from '../people/names.js';
import { TITLE_WORDS } from '../people/lexicon.js';
import type { Entity, Registry } from '../people/registry.js';
import type { QuoteSpan } from './marks.js';
import { CLAIM_VERBS, reportingBase } from './verbs.js';
import { Antecedents } from './antecedent.js';
import { clauseSubject } from './clause-subject.js';
import { backReference, descriptionHead } from './description.js';
import { chunkMap, personAfterQualifier, possessiveSpeaker, subjectAfter, subjectBefore, type SpeakerRef } from './speaker-phrase.js';
import { SUBORDINATORS } from '../text/function-words.js';

export interface Attributed {
  speaker: Speaker;
  entity: Entity | null;
  /** How the speaker was found: a reporting verb beside the quote is the strongest evidence. */
  evidence: 'verb' | 'context' | 'none';
}

/** A stop ends a sentence unless a comma or bracket follows it ("Sen. McCaskill (D-Mo.) said", "R-Ky., said"). */
const SENTENCE_END = /[.!?](?![,;)])/;
const DASH_ATTRIBUTION = /^[\s,]*[―—–-]\s*$/;
const NOBODY: Speaker = { name: null, role: null };
/** Words in marks a reporting clause may hold ("… the so-called “Blair Babes”, told"). */
const MAX_EMBEDDED = 4;
/** "…, saying", "before asking": a participle whose subject is the clause's own. */
const PARTICIPLE_LEAD = new Set(['before', 'after', 'while', 'when', 'by', 'without']);

export class Attributor {
  private readonly chunks: (NameChunk | undefined)[];
  /** Sentence number of each token, counted across paragraphs. */
  private readonly sentence: number[];
  private readonly text: string;
  private readonly antecedents: Antecedents;

  constructor(private readonly doc: DocIndex, private readonly registry: Registry) {
    this.chunks = chunkMap(doc);
    this.text = doc.source.text;
    this.sentence = [];
    let n = 0;
    doc.tokens.forEach((t, i) => {
      if (i > 0 && (doc.tokenParagraph[i] !== doc.tokenParagraph[i - 1] || SENTENCE_END.test(this.gap(i)))) n++;
      this.sentence.push(n);
    });
    this.antecedents = new Antecedents(doc, registry, this.chunks, this.sentence);
  }

  private gap(i: number): string {
    const prev = this.doc.tokens[i - 1];
    const cur = this.doc.tokens[i]!;
    return prev ? this.text.slice(prev.end, cur.start) : '';
  }

  /** Tokens of the clause right after the closing mark, up to the sentence end or the next quote. */
  private afterClause(q: QuoteSpan): number[] {
    const out: number[] = [];
    const first = tokenAt(this.doc, q.close);
    const para = this.paragraphOf(q.close);
    for (let i = first; i < this.doc.tokens.length && out.length < 30; i++) {
      if (this.doc.tokenParagraph[i] !== para || this.doc.tokenQuoted[i]) break;
      const gap = i === first ? this.text.slice(q.close, this.doc.tokens[i]!.start) : this.gap(i);
      // A mark opens another quotation, unless it holds a nickname inside a name (joined, see tokens.ts).
      if (SENTENCE_END.test(gap) || (/[“"‘]/.test(gap) && !this.doc.tokens[i]!.joined)) break;
      out.push(i);
    }
    return out;
  }

  /** Tokens of the clause before the opening mark, back to the sentence start or the previous quote. */
  private beforeClause(offset: number, para: number): number[] {
    const out: number[] = [];
    const end = tokenAt(this.doc, offset);
    for (let i = end - 1; i >= 0 && out.length < 40; i--) {
      if (this.doc.tokenParagraph[i] !== para) break;
      if (this.doc.tokenQuoted[i]) {
        // "Jo Ames, one of the so-called “Blair Babes” elected in 1997, told …": a few words in
        // marks inside the clause are part of it; a quotation ending a sentence is not.
        let j = i;
        while (j > 0 && i - j < MAX_EMBEDDED && this.doc.tokenQuoted[j - 1] && this.doc.tokenParagraph[j - 1] === para) j--;
        // Values in markup (author="…") are no words of the clause.
        if (i === end - 1 || i - j >= MAX_EMBEDDED || SENTENCE_END.test(this.gap(i + 1)) || this.gap(j).includes('=')) break;
        i = j;
        continue;
      }
      const gap = i === end - 1 ? this.text.slice(this.doc.tokens[i]!.end, offset) : this.gap(i + 1);
      if (SENTENCE_END.test(gap.replace(/[:,]\s*$/, '')) && i !== end - 1) break;
      if (i === end - 1 && SENTENCE_END.test(gap)) break;
      out.unshift(i);
    }
    return out;
  }

  private paragraphOf(offset: number): number {
    const i = Math.min(tokenAt(this.doc, offset), this.doc.tokens.length - 1);
    if (i < 0) return -1;
    const t = this.doc.tokens[i]!;
    const p = this.doc.tokenParagraph[i]!;
    return t.start >= offset && this.doc.paragraphs[p]!.span.start > offset && p > 0 ? p - 1 : p;
  }

  /** Finds the reporting verb and its subject in the clauses around a quotation. */
  findRef(q: QuoteSpan): SpeakerRef | null {
    const after = this.afterClause(q);
    const dashed = after.length > 0 && DASH_ATTRIBUTION.test(this.text.slice(q.close, this.doc.tokens[after[0]!]!.start));
    if (after.length && (dashed || !this.newSentenceAfter(q, after))) {
      const a0 = after[0]!;
      const chunk = this.chunks[a0];
      if (dashed && chunk && chunk.first === a0) return { type: 'name', chunk };
      // "…,” when Clinton blasted him": a clause of its own, not the quotation's reporting clause.
      const subordinate = SUBORDINATORS.has(this.doc.tokens[a0]!.lower);
      // "…,” Malkia Cyril, the director of …, told": an apposition may hold the verb off.
      const reach = chunk && chunk.first === a0 && /^,/.test(this.gap(chunk.last)) ? 30 : 14;
      for (const k of subordinate ? [] : after.slice(0, reach)) {
        if (!reportingBase(this.doc.tokens[k]!.lower) || this.qualifiesTitle(k)) continue;
        const ceiling = after[after.length - 1]! + 1;
        if (k === a0) return subjectAfter(this.doc, this.chunks, k, ceiling);
        // The subject must open the clause: "…,” White House press secretary Josh Earnest said".
        const between = after.slice(1, after.indexOf(k) + 1);
        const joined = between.every((i) => this.doc.tokens[i]!.joined || /^[\s()]+$/.test(this.gap(i)));
        // "…,” the play's organiser in Lyon, Jo Ames, told": commas set a name beside its description.
        const apposed = k - a0 <= 8 && between.every((i) => this.doc.tokens[i]!.joined || /^[\s(),]+$/.test(this.gap(i)));
        const ref = joined && k - a0 <= 8
          ? subjectBefore(this.doc, this.chunks, k, a0) ?? subjectAfter(this.doc, this.chunks, k, ceiling)
          : this.opensWithName(a0) || apposed ? this.firstChunkRef(after, k) : null;
        if (ref) return ref;
        break;
      }
    }
    const para = this.paragraphOf(q.open);
    const before = this.beforeClause(q.open, para);
    return this.refBefore(before, q.open) ?? (before.length ? possessiveSpeaker(this.doc, this.chunks, before) : null);
  }

  /**
   * "…the teeth." Jo Ames recalled a stream of remarks: a quotation that ends its sentence with a
   * full stop inside the marks is followed by a new sentence, not by its reporting clause, unless
   * that sentence is only a short reporting clause ("…." Ames said.).
   */
  private newSentenceAfter(q: QuoteSpan, after: number[]): boolean {
    const last = q.pieces[q.pieces.length - 1]!;
    if (!/[^.]\.$/.test(this.text.slice(Math.max(last.start, last.end - 2), last.end))) return false;
    const end = this.doc.tokens[after[after.length - 1]!]!.end;
    const next = this.doc.tokens[after[after.length - 1]! + 1];
    const tail = this.text.slice(end, next ? next.start : end + 3);
    return after.length > 8 || !/^[\s)]*[.!?]/.test(tail);
  }

  /** The clause opens with a name, or a capitalised title the lexicon does not know and a name ("Rabbi Jo Ames"). */
  private opensWithName(a0: number): boolean {
    if (this.chunks[a0]?.first === a0) return true;
    const next = this.doc.tokens[a0 + 1];
    return this.doc.tokens[a0]!.cap && next !== undefined && next.joined && this.chunks[a0 + 1]?.first === a0 + 1;
  }

  /** "state Sen. Jo Ames", "state Del. …": a bare verb form written before a title is a noun qualifying it. */
  private qualifiesTitle(k: number): boolean {
    const t = this.doc.tokens[k]!;
    const next = this.doc.tokens[k + 1];
    return reportingBase(t.lower) === t.lower && next !== undefined && next.joined && next.cap
      && (TITLE_WORDS.has(next.lower) || TITLE_WORDS.has(next.lower.replace(/\.$/, '')));
  }

  /** The reporting clause of a paragraph that ends with a colon and introduces the next one. */
  introRef(q: QuoteSpan): SpeakerRef | null {
    const para = this.doc.paragraphs[q.firstParagraph];
    const prev = this.doc.paragraphs[q.firstParagraph - 1];
    if (!para || !prev || q.open > para.span.start + 1) return null;
    if (!/[:,]\s*$/.test(this.text.slice(prev.span.start, prev.span.end))) return null;
    return this.refBefore(this.beforeClause(prev.span.end, q.firstParagraph - 1), prev.span.end);
  }

  /** "…, Schiff said. “The other factor …”": the sentence just before (ending the paragraph before, for a quotation opening its own) names the speaker. */
  previousSentenceRef(q: QuoteSpan): SpeakerRef | null {
    const end = tokenAt(this.doc, q.open);
    const last = end - 1;
    // A quotation opening its paragraph reads the last sentence of the paragraph before.
    const opensParagraph = q.open <= this.doc.paragraphs[q.firstParagraph]!.span.start + 1;
    const paragraph = opensParagraph ? q.firstParagraph - 1 : q.firstParagraph;
    if (last < 0 || this.doc.tokenParagraph[last] !== paragraph || this.doc.tokenQuoted[last]) return null;
    const clause: number[] = [];
    for (let i = last; i >= 0 && this.sentence[i] === this.sentence[last] && !this.doc.tokenQuoted[i]; i--) clause.unshift(i);
    const lastVerb = clause.length - 1 - [...clause].reverse().findIndex((i) => reportingBase(this.doc.tokens[i]!.lower) !== null);
    // A clause that ends in its reporting verb ("Schiff said.") hands the floor to the next quote;
    // so does a sentence that reports a claim in its own words ("Ames said she was shocked. “…”"),
    // unless it quoted someone itself: its verb is then that quotation's.
    if (lastVerb < 0 || lastVerb >= clause.length) return null;
    const quotedBefore = clause[0]! > 0 && this.sentence[clause[0]! - 1] === this.sentence[last];
    const claim = CLAIM_VERBS.has(reportingBase(this.doc.tokens[clause[lastVerb]!]!.lower)!) && !quotedBefore;
    if (clause.length - lastVerb > 3 && !claim) return null;
    return this.refBefore(clause, this.doc.tokens[last]!.end);
  }

  /**
   * A quotation with no reporting verb: inside a sentence, its speaker is the sentence's subject
   * ("Tribe likened the rules to “…”"); opening one, the subject of the sentence before it in
   * the paragraph, or of the previous paragraph's last sentence when it opens the paragraph.
   */
  subjectRef(q: QuoteSpan): SpeakerRef | null {
    const para = this.paragraphOf(q.open);
    const before = this.beforeClause(q.open, para);
    if (before.length) return clauseSubject(this.doc, this.chunks, before[0]!, before[before.length - 1]!);
    const end = tokenAt(this.doc, q.open) - 1;
    if (end < 0) return null;
    const paragraphStart = this.doc.paragraphs[q.firstParagraph]!.span.start;
    if (this.doc.tokenParagraph[end] !== q.firstParagraph && q.open > paragraphStart + 1) return null;
    let from = end;
    while (from > 0 && this.sentence[from - 1] === this.sentence[end]) from--;
    while (from <= end && this.doc.tokenQuoted[from]) from++;
    // A sentence that was all quotation has no subject of its own.
    if (from > end || this.doc.tokenQuoted[end]) return null;
    return clauseSubject(this.doc, this.chunks, from, end);
  }

  private refBefore(before: number[], offset: number): SpeakerRef | null {
    let verbsTried = 0;
    for (let x = before.length - 1; x >= 0 && verbsTried < 2; x--) {
      const k = before[x]!;
      const t = this.doc.tokens[k]!;
      if (t.lower === 'to' && this.doc.tokens[k - 1]?.lower === 'according') {
        const chunk = this.chunks[k + 1] ?? (this.doc.tokens[k + 1]?.lower === 'the' ? this.chunks[k + 2] : undefined);
        if (chunk) return { type: 'name', chunk };
        continue;
      }
      if (!reportingBase(t.lower)) continue;
      verbsTried++;
      // "Trump attacked Clinton over Libya, saying, “…”": the participle's subject opens the clause.
      if (t.lower.endsWith('ing') && x > 0 && (/,/.test(this.gap(k)) || PARTICIPLE_LEAD.has(this.doc.tokens[k - 1]!.lower))) {
        const subject = clauseSubject(this.doc, this.chunks, before[0]!, k - 1);
        if (subject) return subject;
        continue;
      }
      const ref = subjectBefore(this.doc, this.chunks, k, before[0]!)
        // "The actor, whose films include …, said", "Protesters marching through the streets chanted":
        // a subject held off from its verb opens the clause.
        ?? (k > before[0]! ? clauseSubject(this.doc, this.chunks, before[0]!, k - 1) : null)
        ?? this.firstChunkRef(before, k)
        ?? subjectAfter(this.doc, this.chunks, k, tokenAt(this.doc, offset));
      if (ref) return ref;
    }
    return null;
  }

  /** "Schiff, 56, who has served …, told": the clause's first name when nothing stands right before the verb. */
  private firstChunkRef(clause: number[], verb: number): SpeakerRef | null {
    for (const k of clause) {
      if (k >= verb) break;
      const found = this.chunks[k];
      if (found && !found.possessive && found.first === k) {
        const chunk = personAfterQualifier(this.doc, this.chunks, found);
        const e = this.registry.entityOf(this.doc, chunk);
        if (!e || e.kind === 'person' || e.kind === 'organization') return { type: 'name', chunk };
      }
      if (k === clause[0] && !this.chunks[k] && !/^(?:the|a|an)$/.test(this.doc.tokens[k]!.lower)) continue;
    }
    return null;
  }

  /**
   * Turns a reference into a speaker: names resolved to full names, pronouns to a person.
   * `described`: the previous quotation's speaker when known only by description (see Antecedents).
   */
  resolve(ref: SpeakerRef | null, beforeOffset: number, recent: Entity[], described: Speaker | null = null): Attributed {
    if (!ref) return { speaker: NOBODY, entity: null, evidence: 'none' };
    if (ref.type === 'description') {
      // "the mayor said": named when exactly one person in the sources holds that role.
      const holder = /^the\s/i.test(ref.text) ? this.soleHolder(descriptionHead(ref.text)) : null;
      if (holder) return { speaker: this.speakerOf(holder), entity: holder, evidence: 'verb' };
      // "…,” the Oscar-nominated actor said": the person the text named before, as a pronoun would.
      const role = backReference(ref.text);
      const found = role ? this.antecedents.resolve('someone', Math.min(ref.at, tokenAt(this.doc, beforeOffset)), recent) : null;
      if (found && !('described' in found)) {
        const speaker = 'chunk' in found ? { name: found.chunk.name, role: found.chunk.role } : this.speakerOf(found);
        return { speaker: { name: speaker.name, role: speaker.role ?? role }, entity: 'chunk' in found ? null : found, evidence: 'verb' };
      }
      return { speaker: { name: null, role: ref.text }, entity: null, evidence: 'verb' };
    }
    if (ref.type === 'name') return { ...this.named(ref.chunk), evidence: 'verb' };
    const at = Math.min(this.doc.tokens[ref.at]?.start ?? beforeOffset, beforeOffset);
    const found = this.antecedents.resolve(ref.pronoun, tokenAt(this.doc, at), recent, described);
    // "…,” they wrote" with no group to point to: spoken, by people we cannot name as one; guessing
    // a subject from nearby sentences would only pick one of them.
    if (!found) return { speaker: NOBODY, entity: null, evidence: ref.pronoun === 'they' ? 'verb' : 'none' };
    if ('described' in found) return { speaker: found.described, entity: null, evidence: 'context' };
    if ('chunk' in found) return { speaker: { name: found.chunk.name, role: found.chunk.role }, entity: null, evidence: 'context' };
    return { speaker: this.speakerOf(found), entity: found, evidence: 'context' };
  }

  /** The one person whose role has this head noun ("mayor" for "Mayor", "New York mayor"), if only one does. */
  private soleHolder(head: string | null): Entity | null {
    if (!head) return null;
    const list = holdersOf(this.registry).get(head);
    return list?.length === 1 ? list[0]! : null;
  }

  named(chunk: NameChunk): { speaker: Speaker; entity: Entity | null } {
    const entity = this.registry.entityOf(this.doc, chunk);
    if (entity) return { speaker: this.speakerOf(entity), entity };
    return { speaker: { name: chunk.name, role: chunk.role }, entity: null };
  }

  speakerOf(entity: Entity): Speaker {
    return { name: entity.name, role: entity.kind === 'person' ? this.registry.roleOf(entity) : null };
  }
}

/** People by the head noun of their current roles, built once per registry (an attribution is made per document). */
const HOLDERS = new WeakMap<Registry, Map<string, Entity[]>>();

function holdersOf(registry: Registry): Map<string, Entity[]> {
  let holders = HOLDERS.get(registry);
  if (holders) return holders;
  holders = new Map();
  for (const e of registry.entities) {
    if (e.kind !== 'person') continue;
    // A former mayor is not "the mayor".
    const current = [...e.roles.keys()].filter((r) => !/\b(?:former|ex|retired|late)\b/i.test(r));
    for (const h of new Set(current.map(descriptionHead))) {
      if (!h) continue;
      const list = holders.get(h) ?? [];
      list.push(e);
      holders.set(h, list);
    }
  }
  HOLDERS.set(registry, holders);
  return holders;
}
