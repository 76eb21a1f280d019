/** The analyst's edits as pure Briefing → Briefing functions; history and autosave see only their results. */
import { isAnalystTouched, type Briefing, type ItemStatus, type Note, type SectionItem, type SectionKey, type SourceDoc } from '../../core/model/briefing.js';
import { SECTIONS } from '../brief/sections.js';
import { splitParagraphs } from '../../core/model/paragraphs.js';
import { remapSpan } from '../sources/textCorrection.js';

type Items<K extends SectionKey> = SectionItem<K>[];

function withItems<K extends SectionKey>(brief: Briefing, key: K, items: Items<K>): Briefing {
  return { ...brief, [key]: items };
}

function mapItem<K extends SectionKey>(brief: Briefing, key: K, id: string, change: (item: SectionItem<K>) => SectionItem<K>): Briefing {
  const items = brief[key] as Items<K>;
  const index = items.findIndex((item) => item.id === id);
  const current = items[index];
  if (!current) return brief;
  const changed = change(current);
  // Unchanged stays identical, so saving an untouched editor adds no undo step and no save.
  if (changed === current) return brief;
  const next = items.slice();
  next[index] = changed;
  return withItems(brief, key, next);
}

/**
 * Accepting or rejecting makes an item the analyst's, and what is theirs is never held back:
 * accepting a held finding is how "Add to brief" brings it into the draft (and keeps it there
 * through re-analysis); rejecting one moves it to the rejected list.
 */
export function setItemStatus(brief: Briefing, key: SectionKey, id: string, status: ItemStatus): Briefing {
  return mapItem(brief, key, id, (item) => {
    if (item.status === status) return item;
    return item.held ? { ...item, status, held: status === 'draft' } : { ...item, status };
  });
}

/** Rewrites fields; the item is marked edited so a re-analysis leaves it alone. */
export function rewriteItem<K extends SectionKey>(brief: Briefing, key: K, id: string, values: Record<string, string>): Briefing {
  const fields = SECTIONS[key].fields as { name: string; read(i: SectionItem<K>): string; write(i: SectionItem<K>, v: string): SectionItem<K> }[];
  return mapItem(brief, key, id, (item) => {
    let next = item;
    for (const field of fields) {
      const value = values[field.name];
      if (value !== undefined && value !== field.read(next)) next = field.write(next, value);
    }
    return next === item ? item : { ...next, edited: true };
  });
}

export function setItemNote(brief: Briefing, key: SectionKey, id: string, note: string | null): Briefing {
  const clean = note && note.trim() ? note : null;
  return mapItem(brief, key, id, (item) => (item.note === clean ? item : { ...item, note: clean }));
}

/** Moves an item to `toIndex` in the full list (rejected items included). */
export function moveItem(brief: Briefing, key: SectionKey, id: string, toIndex: number): Briefing {
  const items = brief[key] as Items<SectionKey>;
  const from = items.findIndex((item) => item.id === id);
  const to = Math.max(0, Math.min(items.length - 1, toIndex));
  if (from < 0 || from === to) return brief;
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return withItems(brief, key, next);
}

/**
 * Moves an item past its visible neighbour, so hidden items — rejected, or held back from the
 * draft (listed apart) — never swallow a keypress.
 */
export function stepItem(brief: Briefing, key: SectionKey, id: string, direction: -1 | 1, visible: (status: ItemStatus) => boolean): Briefing {
  const items = brief[key] as Items<SectionKey>;
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return brief;
  for (let i = from + direction; i >= 0 && i < items.length; i += direction) {
    if (visible(items[i]!.status) && !items[i]!.held) return moveItem(brief, key, id, i);
  }
  return brief;
}

export function addAnalystItem<K extends SectionKey>(brief: Briefing, key: K, id: string, values: Record<string, string>): Briefing {
  const spec = SECTIONS[key];
  let item = spec.blank({ id, cites: [], status: 'accepted', origin: 'analyst', edited: true, note: null, addedInVersion: brief.version });
  for (const field of spec.fields) {
    const value = values[field.name];
    if (value !== undefined) item = field.write(item, value);
  }
  return withItems(brief, key, [...(brief[key] as Items<K>), item]);
}

export function removeAnalystItem(brief: Briefing, key: SectionKey, id: string): Briefing {
  const items = brief[key] as Items<SectionKey>;
  return withItems(brief, key, items.filter((item) => !(item.id === id && item.origin === 'analyst')));
}

export type BriefMeta = Pick<Briefing, 'title' | 'preparedFor' | 'preparedBy' | 'marking' | 'issuedAt' | 'summarySentences'>;

export function setMeta<F extends keyof BriefMeta>(brief: Briefing, field: F, value: BriefMeta[F]): Briefing {
  return brief[field] === value ? brief : { ...brief, [field]: value };
}

export function addNote(brief: Briefing, note: Note): Briefing {
  return { ...brief, notes: [...brief.notes, note] };
}

export function editNote(brief: Briefing, id: string, text: string): Briefing {
  return { ...brief, notes: brief.notes.map((n) => (n.id === id ? { ...n, text } : n)) };
}

export function deleteNote(brief: Briefing, id: string): Briefing {
  return { ...brief, notes: brief.notes.filter((n) => n.id !== id) };
}

/** New sources wait for the next analysis, which bumps the version. */
export function addSources(brief: Briefing, sources: SourceDoc[]): Briefing {
  if (sources.length === 0) return brief;
  return { ...brief, sources: [...brief.sources, ...sources.map((s) => ({ ...s, addedInVersion: brief.version + 1 }))] };
}

export function setSourceDate(brief: Briefing, id: string, publishedAt: string | null): Briefing {
  return { ...brief, sources: brief.sources.map((s) => (s.id === id ? { ...s, publishedAt } : s)) };
}

/**
 * The analyst's correction of a source's extracted text (Readability sometimes drops a
 * paragraph). Every cite into the source follows its words to their new place, or is dropped
 * when the words are gone; the source is marked for re-analysis.
 */
export function correctSourceText(brief: Briefing, id: string, text: string): Briefing {
  const source = brief.sources.find((s) => s.id === id);
  if (!source || source.text === text) return brief;
  const next: Briefing = {
    ...brief,
    sources: brief.sources.map((s) => (s.id === id ? { ...s, text, paragraphs: splitParagraphs(text), addedInVersion: brief.version + 1 } : s)),
  };
  for (const key of Object.keys(SECTIONS) as SectionKey[]) {
    (next[key] as Items<SectionKey>) = (brief[key] as Items<SectionKey>).map((item) => {
      if (!item.cites.some((c) => c.source === id)) return item;
      const cites = item.cites.flatMap((c) => {
        if (c.source !== id) return [c];
        const moved = remapSpan(source.text, text, c);
        return moved ? [{ source: id, ...moved }] : [];
      });
      return { ...item, cites };
    });
  }
  return next;
}

export function removeSource(brief: Briefing, id: string): Briefing {
  return { ...brief, sources: brief.sources.filter((s) => s.id !== id) };
}

/**
 * Folds an analysis result into a brief the analyst edited while the engine ran: their
 * edits are kept, and only items the brief does not have yet are added (at the end). Items
 * still untouched take the analysis's say on whether they are held back from the draft.
 */
export function mergeAnalysis(current: Briefing, analysed: Briefing): Briefing {
  const next: Briefing = { ...current, version: Math.max(current.version, analysed.version) };
  for (const key of Object.keys(SECTIONS) as SectionKey[]) {
    const mine = current[key] as Items<SectionKey>;
    const theirs = new Map((analysed[key] as Items<SectionKey>).map((item) => [item.id, item]));
    const have = new Set(mine.map((item) => item.id));
    const synced = mine.map((item) => {
      const held = theirs.get(item.id)?.held;
      return held === undefined || isAnalystTouched(item) || !!item.held === held ? item : { ...item, held };
    });
    const fresh = [...theirs.values()].filter((item) => !have.has(item.id));
    if (fresh.length > 0 || synced.some((item, i) => item !== mine[i])) (next[key] as Items<SectionKey>) = [...synced, ...fresh];
  }
  return next;
}
