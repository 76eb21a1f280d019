/**
 * Briefing fixtures for export, store and UI tests: a fictional scenario (invented text, not
 * the evaluation data) with every section filled, Cyrillic and accented names, rejected and
 * edited items, item notes, brief notes and several sources whose cites point at real spans.
 * `sampleBrief({ repeat })` multiplies every section to make long briefs for page-break tests
 * and the benchmark.
 */
import {
  BRIEFING_SCHEMA_VERSION,
  type Actor, type Briefing, type Cite, type Claim, type Figure, type Question, type SourceDoc,
  type Speaker, type SummaryItem, type TimelineEntry, type Quote,
} from '../../core/model/briefing.js';

const SOURCE_TEXTS = [
  {
    id: 'src-grid',
    title: 'Київ: blackout after substation fire leaves districts without power',
    origin: 'https://news.example.org/kyiv-grid-fire',
    publishedAt: '2026-11-25',
    byline: 'Олена Коваленко',
    text:
      'A fire at the Darnytsia substation cut power to four districts of Київ late on Tuesday, the city administration said.\n\n' +
      'At least 230,000 households were without electricity by midnight, and 14 hospitals switched to backup generators.\n\n' +
      '"Crews are working through the night and we expect partial supply by Thursday morning," said Олена Коваленко, head of the city energy department.\n\n' +
      'The grid operator said the cause of the fire was not yet known and that sabotage had not been ruled out.',
  },
  {
    id: 'src-trams',
    title: 'Škoda tram deliveries delayed as Kyiv depot loses power',
    origin: 'Transport Weekly, print edition',
    publishedAt: '2026-11-26',
    byline: null,
    text:
      'Škoda Transportation said on Wednesday that the delivery of 12 new trams to Kyiv would slip by at least three weeks.\n\n' +
      '"We will not ship vehicles into a depot that has no power to test them," said Tomáš Dvořák, the company\'s project director.\n\n' +
      'The city had planned to put the trams into service before the end of December.',
  },
  {
    id: 'src-statement',
    title: 'Statement by the Office of the President',
    origin: '/home/analyst/sources/statement-2026-11-26.txt',
    publishedAt: null,
    byline: null,
    text:
      'President Zelenskyy said the government would release 1.2 billion hryvnia for emergency repairs.\n\n' +
      'The Office of the President claimed the fire had been set deliberately, without giving evidence.\n\n' +
      '"Київ will have light again, and whoever did this will answer for it," Zelenskyy said.',
  },
] as const;

type SourceId = (typeof SOURCE_TEXTS)[number]['id'];

function sourceDoc(s: (typeof SOURCE_TEXTS)[number]): SourceDoc {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of s.text.split('\n\n')) {
    paragraphs.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return {
    id: s.id, title: s.title, origin: s.origin, kind: 'url', publishedAt: s.publishedAt, byline: s.byline,
    text: s.text, paragraphs, addedAt: '2026-11-26T09:00:00.000Z', addedInVersion: 1,
  };
}

/** A cite of the first occurrence of `phrase` in a source; throws if the fixture text lacks it. */
function cite(source: SourceId, phrase: string): Cite {
  const text = SOURCE_TEXTS.find((s) => s.id === source)?.text ?? '';
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not in ${source}: ${phrase}`);
  return { source, start, end: start + phrase.length };
}

interface ItemOptions {
  status?: 'draft' | 'accepted' | 'rejected';
  note?: string | null;
  edited?: boolean;
}

let counter = 0;
function fields(cites: Cite[], options: ItemOptions = {}) {
  counter += 1;
  return {
    id: `item-${counter}`,
    cites,
    status: options.status ?? 'accepted',
    origin: 'engine' as const,
    edited: options.edited ?? false,
    note: options.note ?? null,
    addedInVersion: 1,
  };
}

const speaker = (name: string | null, role: string | null): Speaker => ({ name, role });

/** Words the tests look for: wording the analyst wrote, and items the analyst rejected. */
export const SAMPLE = {
  editedSummary: 'Power should return to most of Київ by Thursday, but the cause of the fire is still unexplained.',
  rejectedTexts: [
    'Residents queued for water at several pumping stations in the Obolon district.',
    'This rejected quote must never be printed',
    'Rejected figure of ninety-nine generators',
  ],
  itemNote: 'Check the household figure against the grid operator before the 1600 meeting.',
  briefNote: 'Ministry of Energy liaison asked for an update by 0900 tomorrow.',
  cyrillic: ['Київ', 'Олена Коваленко'],
  accented: ['Škoda', 'Tomáš Dvořák', 'Zelenskyy'],
} as const;

function sections(round: number): Pick<Briefing, 'summary' | 'quotes' | 'claims' | 'figures' | 'actors' | 'timeline' | 'questions'> {
  // Later rounds vary the words so long briefs are not one block repeated verbatim.
  const r = round === 0 ? '' : ` (update ${round + 1})`;
  const summary: SummaryItem[] = [
    { ...fields([cite('src-grid', 'A fire at the Darnytsia substation cut power to four districts')], { edited: true }), text: round === 0 ? SAMPLE.editedSummary : `Power supply in Київ remains partial${r}.` },
    { ...fields([cite('src-grid', 'At least 230,000 households'), cite('src-statement', '1.2 billion hryvnia')]), text: `At least 230,000 households lost electricity and the government has released 1.2 billion hryvnia for repairs${r}.` },
    { ...fields([], { status: 'rejected' }), text: SAMPLE.rejectedTexts[0] },
    { ...fields([cite('src-trams', 'would slip by at least three weeks')], { note: round === 0 ? 'Škoda has not confirmed a new date.' : null }), text: `Škoda Transportation has delayed delivery of 12 trams by at least three weeks because the depot cannot test them${r}.` },
    { ...fields([cite('src-statement', 'claimed the fire had been set deliberately')]), text: `The Office of the President blames sabotage but has offered no evidence; the grid operator has not ruled it out${r}.` },
  ];
  const quotes: Quote[] = [
    { ...fields([cite('src-grid', 'Crews are working through the night')]), text: `Crews are working through the night and we expect partial supply by Thursday morning${r}`, speaker: speaker('Олена Коваленко', 'head of the city energy department') },
    { ...fields([cite('src-trams', 'We will not ship vehicles')]), text: 'We will not ship vehicles into a depot that has no power to test them', speaker: speaker('Tomáš Dvořák', 'project director, Škoda Transportation') },
    { ...fields([], { status: 'rejected' }), text: SAMPLE.rejectedTexts[1], speaker: speaker(null, null) },
    { ...fields([cite('src-statement', 'will have light again')]), text: 'Київ will have light again, and whoever did this will answer for it', speaker: speaker('Volodymyr Zelenskyy', 'President of Ukraine') },
  ];
  const claims: Claim[] = [
    { ...fields([cite('src-statement', 'claimed the fire had been set deliberately')]), text: `The fire was set deliberately${r}`, speaker: speaker('Office of the President', null) },
    { ...fields([cite('src-grid', 'sabotage had not been ruled out')]), text: 'The grid operator said sabotage had not been ruled out', speaker: speaker('grid operator', null) },
  ];
  const figures: Figure[] = [
    { ...fields([cite('src-grid', 'At least 230,000 households')], { note: round === 0 ? SAMPLE.itemNote : null }), value: 230000, label: 'households without electricity', text: 'at least 230,000 households', qualifier: 'at least', category: 'people', place: 'Київ', when: `by midnight on Tuesday${r}` },
    { ...fields([cite('src-grid', '14 hospitals')]), value: 14, label: 'hospitals on backup generators', text: '14 hospitals', qualifier: null, category: 'other', place: 'Київ', when: null },
    { ...fields([cite('src-statement', '1.2 billion hryvnia')]), value: 1.2e9, label: 'released for emergency repairs', text: '1.2 billion hryvnia', qualifier: null, category: 'money', place: null, when: null },
    { ...fields([], { status: 'rejected' }), value: 99, label: 'generators', text: SAMPLE.rejectedTexts[2], qualifier: null, category: 'other', place: null, when: null },
    { ...fields([cite('src-trams', '12 new trams')]), value: 12, label: 'Škoda trams delayed', text: '12 new trams', qualifier: null, category: 'other', place: 'Kyiv', when: null },
  ];
  const actors: Actor[] = [
    { ...fields([cite('src-grid', 'Олена Коваленко')]), name: round === 0 ? 'Олена Коваленко' : `Олена Коваленко${r}`, kind: 'person', role: 'Head of the Київ city energy department', mentions: 2, aliases: ['Коваленко'] },
    { ...fields([cite('src-statement', 'President Zelenskyy')]), name: 'Volodymyr Zelenskyy', kind: 'person', role: 'President of Ukraine', mentions: 2, aliases: [] },
    { ...fields([cite('src-trams', 'Škoda Transportation')]), name: 'Škoda Transportation', kind: 'organization', role: 'Tram manufacturer', mentions: 1, aliases: ['Škoda'] },
    { ...fields([cite('src-trams', 'Tomáš Dvořák')]), name: 'Tomáš Dvořák', kind: 'person', role: 'Project director, Škoda Transportation', mentions: 1, aliases: [] },
    { ...fields([cite('src-grid', 'Київ')]), name: 'Київ', kind: 'place', role: null, mentions: 4, aliases: ['Kyiv'] },
  ];
  const timeline: TimelineEntry[] = [
    { ...fields([cite('src-grid', 'late on Tuesday')]), when: 'late on Tuesday', date: '2026-11-24', label: `Fire at the Darnytsia substation cuts power to four districts${r}` },
    { ...fields([cite('src-trams', 'on Wednesday')]), when: 'Wednesday', date: '2026-11-25', label: 'Škoda announces a delay of at least three weeks to tram deliveries' },
    { ...fields([cite('src-grid', 'by Thursday morning')]), when: 'Thursday morning', date: null, label: 'Expected return of partial power supply' },
  ];
  const questions: Question[] = [
    { ...fields([cite('src-grid', 'the cause of the fire was not yet known')]), text: `What caused the substation fire, and was it sabotage${r}?`, kind: 'uncertainty' },
    { ...fields([cite('src-grid', 'partial supply by Thursday morning')]), text: 'Will partial supply return by Thursday morning as promised?', kind: 'pending' },
    { ...fields([cite('src-trams', 'before the end of December'), cite('src-trams', 'at least three weeks')]), text: 'Can the new trams still enter service before the end of December?', kind: 'pending' },
  ];
  return { summary, quotes, claims, figures, actors, timeline, questions };
}

export interface SampleOptions {
  /** How many times every section is filled (1 gives a brief of about three pages). */
  repeat?: number;
  marking?: string;
  issuedAt?: string;
}

export function sampleBrief(options: SampleOptions = {}): Briefing {
  const rounds = Array.from({ length: Math.max(1, options.repeat ?? 1) }, (_, i) => sections(i));
  const merged = rounds.reduce((all, part) => ({
    summary: [...all.summary, ...part.summary],
    quotes: [...all.quotes, ...part.quotes],
    claims: [...all.claims, ...part.claims],
    figures: [...all.figures, ...part.figures],
    actors: [...all.actors, ...part.actors],
    timeline: [...all.timeline, ...part.timeline],
    questions: [...all.questions, ...part.questions],
  }));
  return {
    schemaVersion: BRIEFING_SCHEMA_VERSION,
    id: 'brief-sample',
    title: 'Київ power outage and its knock-on effects',
    marking: options.marking ?? 'OFFICIAL-SENSITIVE',
    preparedFor: 'Director, Eastern Europe Department',
    preparedBy: 'Situation Analysis Unit',
    issuedAt: options.issuedAt ?? '2026-11-26T14:30:00.000Z',
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T14:25:00.000Z',
    version: 1,
    summarySentences: 5,
    sources: SOURCE_TEXTS.map(sourceDoc),
    ...merged,
    notes: [
      { id: 'note-1', text: SAMPLE.briefNote, createdAt: '2026-11-26T13:05:00.000Z' },
      { id: 'note-2', text: 'Embassy reporting expected overnight; reissue if the cause is confirmed.', createdAt: '2026-11-26T14:10:00.000Z' },
    ],
  };
}
