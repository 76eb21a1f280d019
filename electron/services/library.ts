/** The library of briefs, kept in a key-value store (electron-store in the app). */
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

export function createLibrary(store: KeyValueStore): Library {
  const all = (): Record<string, unknown> => {
    const parsed = BriefMapSchema.safeParse(store.get(BRIEFS_KEY) ?? {});
    return parsed.success ? parsed.data : {};
  };
  const parse = (raw: unknown): Briefing | null => {
    const result = BriefingSchema.safeParse(raw);
    return result.success ? result.data : null;
  };
  return {
    list() {
      return Object.values(all())
        .map(parse)
        .filter((b): b is Briefing => b !== null)
        .map(listingOf)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    get(id) {
      return parse(all()[id]);
    },
    put(brief) {
      store.set(BRIEFS_KEY, { ...all(), [brief.id]: BriefingSchema.parse(brief) });
    },
    remove(id) {
      const { [id]: _gone, ...rest } = all();
      store.set(BRIEFS_KEY, rest);
    },
  };
}
