/**
 * Facts and figures: every count the sources give, with what it counts, its qualifier
 * ("at least"), whether it is a casualty figure, and the place and date the sentence gives.
 */
import type { Cite, Figure, FigureCategory } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { docIndex } from './people/doc.js';
import { registryFor } from './people/registry.js';
import { placeIn, type FigurePlace } from './numbers/figure-place.js';
import { NUMBER_PATTERN, parseNumber } from './numbers/number-words.js';
import { readFigure } from './numbers/figure-context.js';
import { personalCount } from './numbers/personal-count.js';
import type { Sentence } from './text/sentences.js';
import { chunkMap } from './quotes/speaker-phrase.js';
import { figureWhen, type DateCache } from './numbers/figure-when.js';
import { CASUALTIES } from './fold/figure-reading.js';

const CATEGORY_LABEL: Partial<Record<FigureCategory, string>> = {
  killed: 'killed', injured: 'injured', missing: 'missing', displaced: 'displaced',
};

export function findFigures(ctx: AnalysisContext): Figure[] {
  const registry = registryFor(ctx);
  const out = new Map<string, Figure>();
  for (const { source, sentences } of ctx.docs) {
    const doc = docIndex(source);
    const chunks = chunkMap(doc);
    const quoted = doc.quotes.flatMap((q) => q.pieces).sort((a, b) => a.start - b.start);
    const quotedEnds = runningMaxEnds(quoted);
    /** The place of each sentence's last casualty count, null when it named none. */
    const casualtyPlace = new Map<number, FigurePlace | null>();
    // The sentence before often says where a strike or a flood happened ("…an assault on Kyiv. The
    // strike killed 12"): when it gives a casualty count of its own, that count's place carries over;
    // else the last place it names. Other counts take no place from another sentence: one named
    // there is as often about something else.
    const placeBefore = (si: number, category: FigureCategory): FigurePlace | null => {
      const previous = sentences[si - 1];
      if (!CASUALTIES.has(category) || !previous || previous.paragraph !== sentences[si]!.paragraph) return null;
      if (casualtyPlace.has(si - 1)) return casualtyPlace.get(si - 1)!;
      return placeIn(doc, chunks, registry, previous, previous.end, true);
    };
    sentences.forEach((sentence, si) => {
      const dates: DateCache = {};
      NUMBER_PATTERN.lastIndex = 0;
      for (let m = NUMBER_PATTERN.exec(sentence.text); m; m = NUMBER_PATTERN.exec(sentence.text)) {
        const figure = figureAt(sentence, m.index, m[0]);
        if (!figure) continue;
        const absStart = sentence.start + figure.start;
        if (insideQuote(quoted, quotedEnds, absStart)) continue;
        const cite: Cite = { source: source.id, start: absStart, end: sentence.start + figure.end };
        const place = placeIn(doc, chunks, registry, sentence, absStart, CASUALTIES.has(figure.category), sentence.start + figure.end) ?? placeBefore(si, figure.category);
        const when = figureWhen(sentence.text, source.publishedAt, figure.start, figure.end, dates);
        if (CASUALTIES.has(figure.category)) casualtyPlace.set(si, place);
        const named = place !== null && figure.label.toLowerCase().includes(place.name.toLowerCase());
        const label = place && !named ? `${figure.label} ${place.preposition} ${place.name}` : figure.label;
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
          place: place?.name ?? null,
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
  if (isYear(text, at, end, raw)) return null;
  const value = parseNumber(raw);
  const reading = readFigure(text, at, end, raw, value);
  if (!reading.isCount) return null;
  const spelled = !/\d/.test(raw);
  const counted = reading.category !== 'other' || reading.noun !== null;
  if (!counted) return null;
  // Spelled-out small numbers are ordinary words ("one of the most…") unless they count something plural.
  if (spelled && value !== null && reading.category === 'other') return null;
  if (spelled && /^(?:one|a dozen)$/i.test(raw) && reading.category === 'other') return null;
  if (personalCount(text, reading.start, reading.end, raw, value, reading.noun, reading.category)) return null;
  const label = labelOf(reading.category, reading.noun);
  if (!/\p{L}/u.test(label)) return null;
  return {
    value, label, text: text.slice(reading.start, reading.end), qualifier: reading.qualifier,
    category: reading.category, start: reading.start, end: reading.end,
  };
}

/** For each quoted piece (sorted by start), the furthest end among it and those before it. */
function runningMaxEnds(pieces: readonly { start: number; end: number }[]): number[] {
  let max = -1;
  return pieces.map((p) => (max = Math.max(max, p.end)));
}

/** Whether `offset` lies inside a quotation: a binary search, since a brief may hold thousands of both. */
function insideQuote(pieces: readonly { start: number; end: number }[], maxEnds: readonly number[], offset: number): boolean {
  let lo = 0;
  for (let hi = pieces.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start <= offset) lo = mid + 1; else hi = mid;
  }
  // Pieces [0, lo) start at or before the offset; one of them covers it if the furthest end passes it.
  return lo > 0 && maxEnds[lo - 1]! > offset;
}

/**
 * What a casualty figure counts reads "people killed", "crew members killed", "civilian lives
 * lost"; a noun that already says it ("Syrian refugees", "bodies") stands alone.
 */
function labelOf(category: FigureCategory, noun: string | null): string {
  const casualty = CATEGORY_LABEL[category];
  if (!casualty) return noun ?? category;
  if (!noun || /^(?:killed|dead|injured|wounded|missing|displaced|hurt)$/i.test(noun)) return `people ${casualty}`;
  if (/\blives$/i.test(noun)) return `${noun} lost`;
  if (/\b(?:refugees|evacuees|bodies|casualties|fatalities|deaths|victims|homeless)$/i.test(noun)) return noun;
  return `${noun} ${casualty}`;
}

/**
 * A year ("in 2022", "the 2016 election") rather than a count; a four-digit count of plural
 * things ("1500 troops") not led by a preposition stays a count.
 */
function isYear(text: string, at: number, end: number, raw: string): boolean {
  if (!/^\d{4}$/.test(raw) || Number(raw) < 1800 || Number(raw) > 2100) return false;
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 30))?.[1];
  const led = /\b(?:in|since|by|until|till|from|before|after|of|the|during|early|late|mid|and|to|between|around|for|below|above|than|year|summer|winter|spring|autumn|fall)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
  return led || !next || !/[^s]s$/.test(next);
}
