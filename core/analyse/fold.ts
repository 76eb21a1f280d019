/**
 * Folding findings across sources: the same quotation carried by several articles becomes one
 * quote citing every one of them; the same figure reported by several sources becomes one
 * figure citing all. Figures that differ between sources are kept side by side — the
 * questions layer asks which is right (see questions/disagreement.ts).
 */
import type { Cite, Figure, Quote, Speaker } from '../model/briefing.js';
import { groupFigures } from './fold/figure-groups.js';
import { NO_SOURCES, type FigureSources } from './fold/figure-reading.js';
import { wordTokens } from './summary/terms.js';

function quoteKey(text: string): string {
  return wordTokens(text).join(' ');
}

function fullerSpeaker(a: Speaker, b: Speaker): Speaker {
  const name = (b.name?.length ?? 0) > (a.name?.length ?? 0) ? b.name : a.name;
  const role = (b.role?.length ?? 0) > (a.role?.length ?? 0) ? b.role : a.role;
  return { name, role };
}

/** Cites of both, in order, each span once. */
export function mergeCites(a: readonly Cite[], b: readonly Cite[]): Cite[] {
  const seen = new Set(a.map((c) => `${c.source}:${c.start}:${c.end}`));
  return [...a, ...b.filter((c) => !seen.has(`${c.source}:${c.start}:${c.end}`))];
}

/** Neither name nor role: words quoted without a speaker (a headline, a later echo). */
function unattributed(quote: Quote): boolean {
  return !quote.speaker.name && !quote.speaker.role;
}

/**
 * Whether two quotes of the same words are one quotation. Quotes from different sources are;
 * within one article a short quote repeated inside a longer one ("STOP" and "Vladimir, STOP!") is
 * a separate quotation, unless one copy has no speaker and the other a name: then it is the
 * named quote again.
 */
function sameQuotation(a: Quote, b: Quote): boolean {
  if ((unattributed(a) && b.speaker.name) || (unattributed(b) && a.speaker.name)) return true;
  const sources = new Set(b.cites.map((c) => c.source));
  return a.cites.every((c) => !sources.has(c.source));
}

/** One quote per quotation; the named copy of the words leads, keeping its id, place and cites first. */
export function foldQuotes(quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const byKey = new Map<string, Quote>();
  for (const quote of quotes) {
    const key = quoteKey(quote.text);
    const same = key ? byKey.get(key) : undefined;
    if (same && sameQuotation(same, quote)) {
      const ownerIsNew = unattributed(same) && Boolean(quote.speaker.name);
      const [owner, echo] = ownerIsNew ? [quote, same] : [same, quote];
      const merged: Quote = { ...owner, cites: mergeCites(owner.cites, echo.cites), speaker: fullerSpeaker(owner.speaker, echo.speaker) };
      if (ownerIsNew) {
        out.splice(out.indexOf(same), 1);
        out.push(merged);
      } else {
        out[out.indexOf(same)] = merged;
      }
      byKey.set(key, merged);
      continue;
    }
    if (!same) byKey.set(key, quote);
    out.push(quote);
  }
  return out;
}

/** One figure per (thing counted, value) across sources; differing values stay separate. */
export function reconcileFigures(figures: readonly Figure[], sources: FigureSources = NO_SOURCES): Figure[] {
  const folded = new Map<Figure, Figure>();
  for (const group of groupFigures(figures, sources)) {
    const byValue = new Map<number, Figure[]>();
    for (const { figure } of group.members) {
      if (figure.value === null) continue;
      byValue.set(figure.value, [...(byValue.get(figure.value) ?? []), figure]);
    }
    for (const same of byValue.values()) {
      const [first, ...rest] = same;
      if (!first || rest.length === 0) continue;
      const merged: Figure = { ...first, cites: rest.reduce((cites, f) => mergeCites(cites, f.cites), first.cites) };
      for (const member of same) folded.set(member, merged);
    }
  }
  const out: Figure[] = [];
  const emitted = new Set<Figure>();
  for (const figure of figures) {
    const kept = folded.get(figure) ?? figure;
    if (emitted.has(kept)) continue;
    emitted.add(kept);
    out.push(kept);
  }
  return out;
}

/**
 * Ids must be unique within a section for updates to recognise items; the same wording in two
 * sources that did not fold (say, one quote attributed to two speakers) gets a source-specific id.
 */
export function uniqueIds<T extends { id: string; cites: Cite[] }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.map((item) => {
    let id = item.id;
    for (let n = 2; seen.has(id); n++) id = `${item.id}-${n}`;
    seen.add(id);
    return id === item.id ? item : { ...item, id };
  });
}
