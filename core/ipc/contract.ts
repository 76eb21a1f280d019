/**
 * The one IPC contract between the renderer and main.
 *
 * Every operation has one method on `SitbriefApi`, one channel (`domain:verb`) and one
 * zod schema for its arguments. The preload builds `window.sitbrief` from `API_CHANNELS`,
 * main validates every call with `API_ARGS` before its handler runs, and the browser
 * test harness routes the same methods to the same handlers. Add an operation here first.
 *
 * This file must stay free of Node and Electron: the renderer imports its types.
 */
import { z } from 'zod';
import { BriefingSchema, SourceDocSchema } from '../model/briefing.js';
import type { Briefing, SourceDoc } from '../model/briefing.js';

export const SUMMARY_LENGTHS = { short: 3, standard: 5, long: 8 } as const;
export type SummaryLength = keyof typeof SUMMARY_LENGTHS;

export const SettingsSchema = z.object({
  defaultMarking: z.string().max(80).default('OFFICIAL'),
  organisation: z.string().max(200).default(''),
  author: z.string().max(200).default(''),
  summaryLength: z.enum(['short', 'standard', 'long']).default('standard'),
  theme: z.enum(['light', 'dark', 'system']).default('system'),
  lastBriefId: z.string().nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;
/**
 * The same fields without their defaults: zod 4 still applies `.default()` inside `.partial()`,
 * so a patch of one setting would otherwise reset every other setting to its default.
 */
const settingsShape = SettingsSchema.shape;
export const SettingsPatchSchema = z
  .object({
    defaultMarking: settingsShape.defaultMarking.unwrap(),
    organisation: settingsShape.organisation.unwrap(),
    author: settingsShape.author.unwrap(),
    summaryLength: settingsShape.summaryLength.unwrap(),
    theme: settingsShape.theme.unwrap(),
    lastBriefId: settingsShape.lastBriefId.unwrap(),
  })
  .partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export interface BriefListing {
  id: string;
  title: string;
  updatedAt: string;
  sourceCount: number;
  /** Source titles, so the library can be searched without loading every brief. */
  sourceTitles: string[];
  marking: string;
}

export type IngestResult =
  | { ok: true; source: SourceDoc }
  | { ok: false; name: string; error: string };

export type ExportFormat = 'pdf' | 'docx' | 'md';
export type ExportResult =
  | { ok: true; path: string; bytes: number }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; error: string };

export type PrintResult = { ok: true } | { ok: false; error: string };

export type AnalyseResult = { ok: true; brief: Briefing } | { ok: false; error: string };

export interface AppInfo {
  version: string;
  dataPath: string;
  platform: string;
  /** A message to show once, e.g. that a corrupt library was backed up and reset. */
  startupNotice: string | null;
}

/** Commands that the app menu (main) sends to the renderer. */
export const MENU_COMMANDS = [
  'new-brief', 'add-sources', 'add-url', 'export-pdf', 'export-docx', 'export-md', 'print',
  'undo', 'redo', 'find', 'settings', 'reanalyse', 'open-brief',
  /** Main holds a closing window until the renderer has saved; the renderer then closes it. */
  'prepare-close',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export interface MenuEvent { command: MenuCommand; briefId?: string }

export interface SitbriefApi {
  listBriefs(): Promise<BriefListing[]>;
  getBrief(id: string): Promise<Briefing | null>;
  createBrief(title: string): Promise<Briefing>;
  /** Builds (and stores) the brief of the built-in fictional demo scenario; first run opens it. */
  createDemoBrief(): Promise<Briefing>;
  saveBrief(brief: Briefing): Promise<{ savedAt: string }>;
  deleteBrief(id: string): Promise<void>;
  duplicateBrief(id: string): Promise<Briefing>;
  ingestText(text: string, title: string): Promise<IngestResult>;
  ingestFile(name: string, bytes: Uint8Array): Promise<IngestResult>;
  /** Opens the native "Add sources" dialog and ingests the chosen files. */
  pickSourceFiles(): Promise<IngestResult[]>;
  fetchUrl(url: string): Promise<IngestResult>;
  /** Analyses the brief's sources and folds the result into the brief, keeping analyst edits. */
  analyseBrief(brief: Briefing): Promise<AnalyseResult>;
  /** Builds the export and writes it where the user picks in the native save dialog. */
  exportBrief(brief: Briefing, format: ExportFormat): Promise<ExportResult>;
  printBrief(brief: Briefing): Promise<PrintResult>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  openExternal(url: string): Promise<boolean>;
  getAppInfo(): Promise<AppInfo>;
}

export type ApiMethod = keyof SitbriefApi;

export const API_CHANNELS = {
  listBriefs: 'library:list',
  getBrief: 'library:get',
  createBrief: 'library:create',
  createDemoBrief: 'library:createDemo',
  saveBrief: 'library:save',
  deleteBrief: 'library:delete',
  duplicateBrief: 'library:duplicate',
  ingestText: 'sources:ingestText',
  ingestFile: 'sources:ingestFile',
  pickSourceFiles: 'sources:pick',
  fetchUrl: 'sources:fetchUrl',
  analyseBrief: 'brief:analyse',
  exportBrief: 'export:save',
  printBrief: 'print:brief',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  openExternal: 'shell:openExternal',
  getAppInfo: 'app:info',
} as const satisfies Record<ApiMethod, `${string}:${string}`>;

/** Main → renderer event channel for menu commands. */
export const MENU_CHANNEL = 'menu:command';

const id = z.string().min(1).max(200);
/** 60 MB: above the ingest cap, so the ingester (not IPC) says what is wrong with a big file. */
const MAX_FILE_BYTES = 60 * 1024 * 1024;

export const API_ARGS = {
  listBriefs: z.tuple([]),
  getBrief: z.tuple([id]),
  createBrief: z.tuple([z.string().max(500)]),
  createDemoBrief: z.tuple([]),
  saveBrief: z.tuple([BriefingSchema]),
  deleteBrief: z.tuple([id]),
  duplicateBrief: z.tuple([id]),
  ingestText: z.tuple([z.string().max(60_000_000), z.string().max(500)]),
  ingestFile: z.tuple([z.string().min(1).max(1000), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large')]),
  pickSourceFiles: z.tuple([]),
  fetchUrl: z.tuple([z.string().min(1).max(4000)]),
  analyseBrief: z.tuple([BriefingSchema]),
  exportBrief: z.tuple([BriefingSchema, z.enum(['pdf', 'docx', 'md'])]),
  printBrief: z.tuple([BriefingSchema]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([SettingsPatchSchema]),
  openExternal: z.tuple([z.string().max(4000)]),
  getAppInfo: z.tuple([]),
} as const satisfies Record<ApiMethod, z.ZodTypeAny>;

export { BriefingSchema, SourceDocSchema };

/** What the preload exposes as `window.sitbrief`: the API plus the menu event subscription. */
export interface SitbriefBridge extends SitbriefApi {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (event: MenuEvent) => void): () => void;
}
