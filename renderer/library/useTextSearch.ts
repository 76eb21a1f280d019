/**
 * Full-text library search: briefs whose title and source titles do not match are loaded
 * once (cached by their last change) and searched in their source text and items.
 */
import { useEffect, useRef, useState } from 'react';
import { SECTION_KEYS, type Briefing } from '../../core/model/briefing.js';
import type { BriefListing } from '../../core/ipc/contract.js';
import { bridge } from '../bridge.js';
import { listingMatches } from './LibraryRail.js';
import { SECTIONS } from '../brief/sections.js';

const MIN_QUERY = 3;
const DELAY_MS = 250;

function haystack(brief: Briefing): string {
  const parts: string[] = [brief.preparedFor, brief.preparedBy, ...brief.sources.map((s) => s.text), ...brief.notes.map((n) => n.text)];
  for (const key of SECTION_KEYS) {
    const fields = SECTIONS[key].fields as { read(item: unknown): string }[];
    for (const item of brief[key]) {
      for (const field of fields) parts.push(field.read(item));
      if (item.note) parts.push(item.note);
    }
  }
  return parts.join('\n').toLowerCase();
}

export function useTextSearch(listings: BriefListing[], query: string): Set<string> {
  const cache = useRef(new Map<string, { updatedAt: string; text: string }>());
  const [matches, setMatches] = useState<Set<string>>(new Set());

  useEffect(() => {
    const q = query.trim().toLowerCase();
    if (q.length < MIN_QUERY) {
      setMatches(new Set());
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      const found = new Set<string>();
      for (const listing of listings) {
        if (cancelled) return;
        if (listingMatches(listing, q)) continue;
        let entry = cache.current.get(listing.id);
        if (!entry || entry.updatedAt !== listing.updatedAt) {
          const brief = await bridge().getBrief(listing.id);
          if (!brief) continue;
          entry = { updatedAt: listing.updatedAt, text: haystack(brief) };
          cache.current.set(listing.id, entry);
        }
        if (entry.text.includes(q)) found.add(listing.id);
      }
      if (!cancelled) setMatches(found);
    }, DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [listings, query]);

  return matches;
}
