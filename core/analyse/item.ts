/** Shared construction of engine items, so every section gets ids and provenance the same way. */
import { createHash } from 'node:crypto';
import type { Cite, SectionKey } from '../model/briefing.js';

/**
 * A content-derived id: the same finding in a re-analysis gets the same id,
 * which is how an update recognises items the analyst already reviewed.
 */
export function itemId(section: SectionKey, key: string): string {
  const digest = createHash('sha1').update(`${section}\u0000${key.toLowerCase().replace(/\s+/g, ' ').trim()}`).digest('hex');
  return `${section}-${digest.slice(0, 12)}`;
}

export function engineItem(section: SectionKey, key: string, cites: Cite[]) {
  return {
    id: itemId(section, key),
    cites,
    status: 'draft' as const,
    origin: 'engine' as const,
    edited: false,
    note: null,
    addedInVersion: 1,
  };
}
