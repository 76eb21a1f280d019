/**
 * The library of briefs, kept in a key-value store (electron-store in the app).
 * Main is the store's only writer, so the briefs are read and validated once and then
 * served from memory: conf re-reads and re-parses its whole file on every get, which made
 * each autosave of a large brief read the file twice before writing it.
 */
import { z } from 'zod';
import { BriefingSchema, type Briefing } from '../../core/model/briefing.js';
import type { BriefListing } from '../../core/ipc/contract.js';
import type { KeyValueStore } from './kv-store.js';

const BRIEFS_KEY = 'briefs';
const BriefMapSchema = z.record(z.string(), z.unknown());

export interface Library {
  list(): BriefListing[];
  get(id: string): Briefing | null;
  put(brief: Briefing): void;
  remove(id: string): void;
}

export function listingOf(brief: Briefing): BriefListing {
  return {
    id: brief.id,
    title: brief.title,
    updatedAt: brief.updatedAt,
    sourceCount: brief.sources.length,
    sourceTitles: brief.sources.map((s) => s.title),
    marking: brief.marking,
  };
}

interface LoadedBriefs {
  valid: Map<string, Briefing>;
  /** Entries that no longer validate: hidden from the app but written back untouched, never dropped. */
  invalid: Record<string, unknown>;
}

function loadBriefs(store: KeyValueStore): LoadedBriefs {
  const parsed = BriefMapSchema.safeParse(store.get(BRIEFS_KEY) ?? {});
  const loaded: LoadedBriefs = { valid: new Map(), invalid: {} };
  if (!parsed.success) return loaded;
  for (const [id, raw] of Object.entries(parsed.data)) {
    const brief = BriefingSchema.safeParse(raw);
    if (brief.success) loaded.valid.set(id, brief.data);
    else loaded.invalid[id] = raw;
  }
  return loaded;
}

export function createLibrary(store: KeyValueStore): Library {
  let cache: LoadedBriefs | null = null;
  const loaded = (): LoadedBriefs => (cache ??= loadBriefs(store));
  const briefs = (): Map<string, Briefing> => loaded().valid;
  const persist = (): void => store.set(BRIEFS_KEY, { ...loaded().invalid, ...Object.fromEntries(briefs()) });
  return {
    list() {
      return [...briefs().values()].map(listingOf).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    get(id) {
      return briefs().get(id) ?? null;
    },
    put(brief) {
      briefs().set(brief.id, BriefingSchema.parse(brief));
      persist();
    },
    remove(id) {
      const hadInvalid = id in loaded().invalid;
      delete loaded().invalid[id];
      if (briefs().delete(id) || hadInvalid) persist();
    },
  };
}
