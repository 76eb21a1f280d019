/**
 * The implementation of every SitbriefApi method, as plain functions over injected services.
 * Main wires these to ipcMain (with real dialogs, printing and the analysis worker); the
 * browser tests wire the very same functions to Playwright bindings. Nothing here imports
 * electron, so everything but the dialogs is exercised for real in Node and Chromium tests.
 */
import { basename } from 'node:path';
import type { AnalysisOptions, BriefContent, Briefing, SourceDoc } from '../../core/model/briefing.js';
import { SUMMARY_LENGTHS, type AppInfo, type ExportFormat, type IngestResult, type PrintResult, type SitbriefApi } from '../../core/ipc/contract.js';
import { IngestError, ingestText } from '../../core/ingest/index.js';
import { newBriefing } from '../../core/brief/create.js';
import { applyAnalysis } from '../../core/brief/update.js';
import type { Library } from './library.js';
import type { SettingsService } from './settings.js';
import { writeFileAtomic } from './atomic-write.js';
import { loadExporters, type Exporters } from './exporters.js';
import type { IngestRequest } from './ingest-request.js';

import { DEMO_TITLE } from '../../core/brief/demo.js';

export interface Dialogs {
  /** Paths the user chose in the "Add sources" dialog; empty when cancelled. */
  pickSourceFiles(): Promise<string[]>;
  /** Where to save an export; null when cancelled. */
  chooseSavePath(defaultName: string, format: ExportFormat): Promise<string | null>;
}

export interface MainServices {
  library: Library;
  settings: SettingsService;
  /** Runs the engine; in the app this happens in a worker so main never blocks. */
  analyse(sources: SourceDoc[], options: AnalysisOptions): Promise<BriefContent>;
  /**
   * Reads a file or an address into a source, throwing IngestError with the reason; in the app
   * this happens in a worker, elsewhere `readSource` (ingest-request.ts) does it in-process.
   */
  ingest(request: IngestRequest): Promise<SourceDoc>;
  dialogs: Dialogs;
  print(brief: Briefing): Promise<PrintResult>;
  openExternal(url: string): Promise<boolean>;
  appInfo(): AppInfo;
  /** The built-in demo sources (assets/demo), read from wherever the app keeps its assets. */
  demoSources(): Promise<SourceDoc[]>;
}

function describeFailure(error: unknown): string {
  if (error instanceof IngestError) return error.message;
  return error instanceof Error ? `unexpected error: ${error.message}` : 'unexpected error';
}

async function ingestSafely(name: string, run: () => Promise<SourceDoc> | SourceDoc): Promise<IngestResult> {
  try {
    return { ok: true, source: await run() };
  } catch (error) {
    return { ok: false, name, error: describeFailure(error) };
  }
}

export function createApiHandlers(services: MainServices): SitbriefApi {
  const { library, settings } = services;
  return {
    async listBriefs() {
      return library.list();
    },
    async getBrief(id) {
      return library.get(id);
    },
    async createBrief(title) {
      const prefs = settings.get();
      const brief = newBriefing({
        title,
        marking: prefs.defaultMarking,
        preparedBy: prefs.author,
        summarySentences: SUMMARY_LENGTHS[prefs.summaryLength],
      });
      library.put(brief);
      settings.update({ lastBriefId: brief.id });
      return brief;
    },
    async createDemoBrief() {
      const sources = await services.demoSources();
      const prefs = settings.get();
      const empty = newBriefing({ title: DEMO_TITLE, marking: prefs.defaultMarking, preparedBy: prefs.author, summarySentences: SUMMARY_LENGTHS[prefs.summaryLength] });
      const content = await services.analyse(sources, { summarySentences: empty.summarySentences });
      const brief = applyAnalysis({ ...empty, sources }, content);
      library.put(brief);
      settings.update({ lastBriefId: brief.id });
      return brief;
    },
    async saveBrief(brief) {
      const savedAt = new Date().toISOString();
      library.put({ ...brief, updatedAt: savedAt });
      settings.update({ lastBriefId: brief.id });
      return { savedAt };
    },
    async deleteBrief(id) {
      library.remove(id);
      if (settings.get().lastBriefId === id) settings.update({ lastBriefId: null });
    },
    async duplicateBrief(id) {
      const original = library.get(id);
      if (!original) throw new Error('That brief no longer exists.');
      const copy = newBriefing({ title: `${original.title} (copy)` });
      const duplicate: Briefing = { ...original, id: copy.id, title: copy.title, createdAt: copy.createdAt, updatedAt: copy.updatedAt };
      library.put(duplicate);
      return duplicate;
    },
    async ingestText(text, title) {
      // Pasted text only needs normalising and splitting (linear, capped): main does it at once.
      return ingestSafely(title || 'pasted text', () => ingestText(text, title));
    },
    async ingestFile(name, bytes) {
      return ingestSafely(name, () => services.ingest({ kind: 'bytes', name, bytes }));
    },
    async pickSourceFiles() {
      const paths = await services.dialogs.pickSourceFiles();
      return Promise.all(
        // ingestFile checks the size before reading, so a huge file is refused without loading it.
        paths.map((path) => ingestSafely(basename(path), () => services.ingest({ kind: 'file', path }))),
      );
    },
    async fetchUrl(url) {
      return ingestSafely(url, () => services.ingest({ kind: 'url', url }));
    },
    async analyseBrief(brief) {
      try {
        const content = await services.analyse(brief.sources, { summarySentences: brief.summarySentences });
        return { ok: true, brief: applyAnalysis(brief, content) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : 'analysis failed' };
      }
    },
    async exportBrief(brief, format) {
      let exporters: Exporters;
      try {
        exporters = await loadExporters();
      } catch (error) {
        return { ok: false, cancelled: false, error: `the exporter could not be loaded (${error instanceof Error ? error.message : String(error)})` };
      }
      const { exportBrief, exportFileName } = exporters;
      const path = await services.dialogs.chooseSavePath(exportFileName(brief, format), format);
      if (!path) return { ok: false, cancelled: true };
      try {
        const bytes = await exportBrief(brief, format);
        await writeFileAtomic(path, bytes);
        return { ok: true, path, bytes: bytes.byteLength };
      } catch (error) {
        return { ok: false, cancelled: false, error: error instanceof Error ? error.message : 'export failed' };
      }
    },
    async printBrief(brief) {
      return services.print(brief);
    },
    async getSettings() {
      return settings.get();
    },
    async updateSettings(patch) {
      return settings.update(patch);
    },
    async openExternal(url) {
      return services.openExternal(url);
    },
    async getAppInfo() {
      return services.appInfo();
    },
  };
}
