/** A new, empty brief with the analyst's defaults. */
import { randomUUID } from 'node:crypto';
import { BRIEFING_SCHEMA_VERSION, type Briefing } from '../model/briefing.js';

export interface NewBriefOptions {
  title?: string;
  marking?: string;
  preparedFor?: string;
  preparedBy?: string;
  summarySentences?: number;
  now?: Date;
}

export function newBriefing(options: NewBriefOptions = {}): Briefing {
  const now = (options.now ?? new Date()).toISOString();
  return {
    schemaVersion: BRIEFING_SCHEMA_VERSION,
    id: `brief-${randomUUID()}`,
    title: options.title?.trim() || 'Untitled brief',
    marking: options.marking ?? 'OFFICIAL',
    preparedFor: options.preparedFor ?? '',
    preparedBy: options.preparedBy ?? '',
    issuedAt: now,
    createdAt: now,
    updatedAt: now,
    version: 0,
    summarySentences: options.summarySentences ?? 5,
    sources: [],
    summary: [], quotes: [], claims: [], figures: [], actors: [], timeline: [], questions: [],
    notes: [],
  };
}
