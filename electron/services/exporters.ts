/**
 * The PDF and Word exporters (core/export), loaded on first use. pdfmake and docx take about
 * 300 ms to load, which every app start would otherwise pay for a feature used later or not
 * at all; the bundle keeps this import in a chunk of its own (scripts/build-electron.mjs), so
 * main does not import those packages until an export asks for them.
 *
 * Loading is only part of a cold export: the first PDF also parses the fonts and runs the
 * layout and text shaping code for the first time (about 0.5 s for a typical brief, against
 * about 0.1 s once warm). warmExporters() pays all that in the background, once the window
 * is up, by rehearsing an export of the brief the user had open, so the first real export is
 * as quick as a repeat one.
 */
import { SECTION_KEYS, type Briefing, type SectionKey } from '../../core/model/briefing.js';
import { newBriefing } from '../../core/brief/create.js';

export type Exporters = typeof import('../../core/export/index.js');

let loading: Promise<Exporters> | null = null;
/** A real export has asked for the exporters: any rehearsal still going stops, so it never competes for main. */
let exportAsked = false;

/** The exporters for a real export. */
export function loadExporters(): Promise<Exporters> {
  exportAsked = true;
  return importExporters();
}

function importExporters(): Promise<Exporters> {
  // A failed load is not remembered: the next export tries again and reports its own error.
  loading ??= import('../../core/export/index.js').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * A rehearsal renders all of a typical brief but only so much of a huge one: it blocks main
 * while it lays out, and a brief that size is the exception.
 */
const REHEARSAL_ITEMS = 25;

export function rehearsalBrief(brief: Briefing): Briefing {
  const sections = Object.fromEntries(SECTION_KEYS.map((key) => [key, brief[key].slice(0, REHEARSAL_ITEMS)])) as Pick<Briefing, SectionKey>;
  return { ...brief, ...sections, sources: brief.sources.slice(0, REHEARSAL_ITEMS) };
}

/**
 * The rehearsal in pieces: pdfmake lays a document out in one synchronous run, and the whole
 * brief at once would hold main, and every IPC call waiting on it, for most of a second. The
 * first piece has no content and pays the fixed first-document costs (fonts, pdfkit's set-up),
 * the second adds the sources list, and each after that one section with its sources (for the
 * cite numbers), so no piece holds main for long.
 */
export function rehearsalPieces(brief: Briefing): Briefing[] {
  const whole = rehearsalBrief(brief);
  const none: Pick<Briefing, SectionKey> = { summary: [], quotes: [], claims: [], figures: [], actors: [], timeline: [], questions: [] };
  const sections = SECTION_KEYS.filter((key) => whole[key].length > 0).map((key): Briefing => ({ ...whole, ...none, [key]: whole[key] }));
  return [{ ...whole, ...none, sources: [] }, ...(whole.sources.length > 0 ? [{ ...whole, ...none }] : []), ...sections];
}

/** Each step blocks main for a moment; between steps, waiting IPC calls get answered. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Loads the exporters and rehearses a PDF (in pieces) and a Word export of `brief` (bytes
 * discarded), or of an empty brief when there is none. Does nothing if something has already
 * loaded them: an export has then run or is running, and is the warm-up itself; stops between
 * pieces once a real export asks for them. Resolves true if it started warming.
 */
export async function warmExporters(brief: Briefing | null, onStep: (format: 'pdf' | 'docx') => void = () => {}): Promise<boolean> {
  if (loading) return false;
  const exporters = await importExporters();
  const whole = rehearsalBrief(brief ?? newBriefing());
  for (const piece of rehearsalPieces(whole)) {
    await nextTurn();
    if (exportAsked) return true;
    onStep('pdf');
    await exporters.exportBrief(piece, 'pdf');
  }
  await nextTurn();
  if (exportAsked) return true;
  onStep('docx');
  await exporters.exportBrief(whole, 'docx');
  return true;
}
