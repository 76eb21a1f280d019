/**
 * How each brief section reads and edits: its heading, the fields the analyst can rewrite,
 * a blank item for analyst additions, and how an item is shown in the memo.
 */
import type { Claim, Quote, SectionItem, SectionKey } from '../../core/model/briefing.js';
import { ACTOR_KINDS, COLUMNS, figureContext, speakerLabel, timelineDate } from '../../core/model/item-text.js';

export interface FieldSpec<T> {
  name: string;
  label: string;
  multiline?: boolean;
  read(item: T): string;
  write(item: T, value: string): T;
}

/** What every new analyst item shares, whatever its section. */
export interface ItemBase {
  id: string;
  cites: [];
  status: 'accepted';
  origin: 'analyst';
  edited: true;
  note: null;
  addedInVersion: number;
}

export interface ItemDisplay {
  main: string;
  /** Who said it, the role, the kind: the quieter second line. */
  meta: string | null;
  quoted: boolean;
  /**
   * For a section that prints as a table, the row's other cells as paper sets them: `lead`
   * is the column before the item's words (speaker, when), `cells` the columns after them.
   */
  row?: { lead: { text: string; sub: string | null } | null; cells: string[] };
}

export interface SectionSpec<K extends SectionKey> {
  key: K;
  title: string;
  /** Singular noun for buttons and labels ("Add quote"). */
  noun: string;
  /** The printed table's column titles (the last is the source), for sections that print as a table. */
  columns?: readonly string[];
  fields: FieldSpec<SectionItem<K>>[];
  blank(base: ItemBase): SectionItem<K>;
  display(item: SectionItem<K>): ItemDisplay;
}

const nullable = (value: string): string | null => (value.trim() ? value.trim() : null);
const joinMeta = (...parts: (string | null | undefined)[]): string | null => parts.filter((p) => p && p.trim()).join(', ') || null;

type WithText = { text: string };
type WithSpeaker = { speaker: { name: string | null; role: string | null } };

function textField<T extends WithText>(label: string): FieldSpec<T> {
  return { name: 'text', label, multiline: true, read: (i) => i.text, write: (i, text) => ({ ...i, text }) };
}

function speakerFields<T extends WithSpeaker>(): FieldSpec<T>[] {
  return [
    { name: 'speaker', label: 'Speaker', read: (i) => i.speaker.name ?? '', write: (i, v) => ({ ...i, speaker: { ...i.speaker, name: nullable(v) } }) },
    { name: 'role', label: 'Role', read: (i) => i.speaker.role ?? '', write: (i, v) => ({ ...i, speaker: { ...i.speaker, role: nullable(v) } }) },
  ];
}

export const SECTIONS: { [K in SectionKey]: SectionSpec<K> } = {
  summary: {
    key: 'summary',
    title: 'Situation',
    noun: 'sentence',
    fields: [textField('Sentence')],
    blank: (base) => ({ ...base, text: '' }),
    display: (i) => ({ main: i.text, meta: null, quoted: false }),
  },
  figures: {
    key: 'figures',
    title: 'Key facts and figures',
    noun: 'figure',
    fields: [
      textField('Figure as worded'),
      { name: 'label', label: 'What is counted', read: (i) => i.label, write: (i, label) => ({ ...i, label }) },
    ],
    columns: COLUMNS.figures,
    blank: (base) => ({ ...base, value: null, label: '', text: '', qualifier: null, category: 'other', place: null, when: null }),
    display: (i) => ({
      main: i.text,
      meta: joinMeta(i.label !== i.text ? i.label : null, i.place, i.when),
      quoted: false,
      row: { lead: null, cells: [i.label, figureContext(i) ?? '—'] },
    }),
  },
  quotes: {
    key: 'quotes',
    title: 'Key quotes',
    noun: 'quote',
    fields: [textField('Quoted words'), ...speakerFields<Quote>()],
    columns: COLUMNS.quotes,
    blank: (base) => ({ ...base, text: '', speaker: { name: null, role: null } }),
    display: (i) => {
      const { lead, sub } = speakerLabel(i.speaker);
      return { main: i.text, meta: joinMeta(lead, sub), quoted: true, row: { lead: { text: lead, sub }, cells: [] } };
    },
  },
  claims: {
    key: 'claims',
    title: 'Claims',
    noun: 'claim',
    fields: [textField('Claim'), ...speakerFields<Claim>()],
    blank: (base) => ({ ...base, text: '', speaker: { name: null, role: null } }),
    display: (i) => ({ main: i.text, meta: joinMeta(i.speaker.name, i.speaker.role), quoted: false }),
  },
  actors: {
    key: 'actors',
    title: 'Actors',
    noun: 'actor',
    fields: [
      { name: 'name', label: 'Name', read: (i) => i.name, write: (i, name) => ({ ...i, name }) },
      { name: 'role', label: 'Role', read: (i) => i.role ?? '', write: (i, v) => ({ ...i, role: nullable(v) }) },
    ],
    columns: COLUMNS.actors,
    blank: (base) => ({ ...base, name: '', kind: 'person', role: null, mentions: 0, aliases: [] }),
    display: (i) => ({
      main: i.name,
      meta: joinMeta(i.role, i.kind, i.mentions > 0 ? `${i.mentions} mention${i.mentions === 1 ? '' : 's'}` : null),
      quoted: false,
      row: { lead: null, cells: [ACTOR_KINDS[i.kind], i.role?.trim() || '—', String(i.mentions)] },
    }),
  },
  timeline: {
    key: 'timeline',
    title: 'Timeline',
    noun: 'event',
    fields: [
      { name: 'when', label: 'When', read: (i) => i.when, write: (i, when) => ({ ...i, when }) },
      { name: 'label', label: 'What happened', multiline: true, read: (i) => i.label, write: (i, label) => ({ ...i, label }) },
    ],
    columns: COLUMNS.timeline,
    blank: (base) => ({ ...base, when: '', date: null, label: '' }),
    display: (i) => ({
      main: i.label,
      meta: i.date && i.date !== i.when ? `${i.when} (${i.date})` : i.when,
      quoted: false,
      row: { lead: { text: i.when, sub: timelineDate(i) }, cells: [] },
    }),
  },
  questions: {
    key: 'questions',
    title: 'Open questions',
    noun: 'question',
    fields: [textField('Question')],
    blank: (base) => ({ ...base, text: '', kind: 'other' }),
    display: (i) => ({ main: i.text, meta: null, quoted: false }),
  },
};

/** The memo's order, after the bottom line (which is the first summary sentence). */
export const MEMO_ORDER: SectionKey[] = ['summary', 'figures', 'quotes', 'claims', 'actors', 'timeline', 'questions'];
