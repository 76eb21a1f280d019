/**
 * Facts and figures: every count the sources give, with what it counts, its qualifier
 * ("at least"), whether it is a casualty figure, and the place and date the sentence gives.
 */
import type { Cite, Figure, FigureCategory } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { docIndex, tokenAt, type DocIndex } from './people/doc.js';
import { registryFor, type Registry } from './people/registry.js';
import { NUMBER_PATTERN, parseNumber } from './numbers/number-words.js';
import { readFigure } from './numbers/figure-context.js';
import type { Sentence } from './text/sentences.js';
import type { NameChunk } from './people/names.js';
import { chunkMap } from './quotes/speaker-phrase.js';

const CATEGORY_LABEL: Partial<Record<FigureCategory, string>> = {
  killed: 'killed', injured: 'injured', missing: 'missing', displaced: 'displaced',
};
const WHEN = /\b(?:(?:late|early)\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s(?:night|morning|afternoon|evening))?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s\d{1,2}(?:,\s\d{4})?\b|\b(?:yesterday|today|last night|overnight|this week|last week|this month|last month|this year|last year)\b/i;

export function findFigures(ctx: AnalysisContext): Figure[] {
  const registry = registryFor(ctx);
  const out = new Map<string, Figure>();
  for (const { source, sentences } of ctx.docs) {
    const doc = docIndex(source);
    const chunks = chunkMap(doc);
    const quoted = doc.quotes.flatMap((q) => q.pieces);
    sentences.forEach((sentence, si) => {
      NUMBER_PATTERN.lastIndex = 0;
      for (let m = NUMBER_PATTERN.exec(sentence.text); m; m = NUMBER_PATTERN.exec(sentence.text)) {
        const figure = figureAt(sentence, m.index, m[0]);
        if (!figure) continue;
        const absStart = sentence.start + figure.start;
        if (quoted.some((p) => p.start <= absStart && absStart < p.end)) continue;
        const cite: Cite = { source: source.id, start: absStart, end: sentence.start + figure.end };
        const place = placeNear(doc, chunks, registry, sentences, si, absStart);
        const when = WHEN.exec(sentence.text)?.[0] ?? null;
        const label = [figure.label, place ? `in ${place}` : null].filter(Boolean).join(' ');
        const key = `${figure.value ?? figure.text}|${figure.category}|${label}`;
        const existing = out.get(key);
        if (existing) { existing.cites.push(cite); continue; }
        out.set(key, {
          ...engineItem('figures', key, [cite]),
          value: figure.value,
          label,
          text: figure.text,
          qualifier: figure.qualifier,
          category: figure.category,
          place,
          when,
        });
      }
    });
  }
  return [...out.values()];
}

interface FigureReading { value: number | null; label: string; text: string; qualifier: string | null; category: FigureCategory; start: number; end: number }

function figureAt(sentence: Sentence, at: number, raw: string): FigureReading | null {
  const text = sentence.text;
  const end = at + raw.length;
  const prevChar = text[at - 1] ?? '';
  const nextChar = text[end] ?? '';
  // Part of a name or code ("EB-5", "9/11", "G7") or a decimal split by the pattern.
  if (/[\p{L}\-/.]/u.test(prevChar) || /[\p{L}/]/u.test(nextChar) || (nextChar === '-' && /^\d/.test(raw))) return null;
  if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100) return null;
  const value = parseNumber(raw);
  const reading = readFigure(text, at, end, raw);
  if (!reading.isCount) return null;
  const spelled = !/\d/.test(raw);
  const counted = reading.category !== 'other' || reading.noun !== null;
  if (!counted) return null;
  // Spelled-out small numbers are ordinary words ("one of the most…") unless they count something plural.
  if (spelled && value !== null && reading.category === 'other') return null;
  if (spelled && /^(?:one|a dozen)$/i.test(raw) && reading.category === 'other') return null;
  const casualty = CATEGORY_LABEL[reading.category];
  const noun = reading.noun && !/^(?:killed|dead|injured|wounded|missing|displaced|lives)$/i.test(reading.noun) ? reading.noun : null;
  const label = casualty
    ? (/lives$/i.test(reading.noun ?? '') ? `${reading.noun} lost` : `${noun ?? 'people'} ${casualty}`)
    : noun ?? reading.category;
  return {
    value, label, text: text.slice(reading.start, reading.end), qualifier: reading.qualifier,
    category: reading.category, start: reading.start, end: reading.end,
  };
}

/** The place named nearest the figure in its sentence, else in the sentences before it in the paragraph. */
function placeNear(doc: DocIndex, chunks: (NameChunk | undefined)[], registry: Registry, sentences: Sentence[], si: number, offset: number): string | null {
  const here = sentences[si]!;
  for (let s = si; s >= 0 && s >= si - 2; s--) {
    const sentence = sentences[s]!;
    if (sentence.paragraph !== here.paragraph) break;
    let best: { name: string; distance: number } | null = null;
    for (let i = tokenAt(doc, sentence.start); i < doc.tokens.length && doc.tokens[i]!.start < sentence.end; i++) {
      const chunk = chunks[i];
      if (!chunk || chunk.first !== i) continue;
      const e = registry.entityOf(doc, chunk);
      if (!e || (e.kind !== 'place' && e.kind !== 'country')) continue;
      const distance = Math.abs(chunk.start - offset);
      if (!best || distance < best.distance) best = { name: e.name, distance };
    }
    if (best) return best.name;
  }
  return null;
}
