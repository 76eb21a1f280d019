/** The library of briefs: newest change first, searchable by title, marking, source titles and text. */
import { forwardRef, useId } from 'react';
import type { BriefListing } from '../../core/ipc/contract.js';
import { shortDate } from '../brief/dtg.js';

export interface LibraryRailProps {
  listings: BriefListing[];
  query: string;
  /** Ids whose full text matched the query (loaded lazily), beyond title and source titles. */
  textMatches: Set<string>;
  currentId: string | null;
  onQuery(query: string): void;
  onOpen(id: string): void;
  onNew(): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
}

export function listingMatches(listing: BriefListing, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [listing.title, listing.marking, ...listing.sourceTitles].some((s) => s.toLowerCase().includes(q));
}

export const LibraryRail = forwardRef<HTMLInputElement, LibraryRailProps>(function LibraryRail(props, searchRef) {
  const id = useId();
  const shown = props.listings.filter((l) => listingMatches(l, props.query) || props.textMatches.has(l.id));
  return (
    <nav className="library-rail" aria-label="Library">
      <div className="panel-head">
        <h2>Briefs</h2>
        <button type="button" onClick={props.onNew} title="New brief (Ctrl+N)">New</button>
      </div>
      <label htmlFor={`${id}-search`} className="visually-hidden">Search briefs</label>
      <input
        id={`${id}-search`}
        ref={searchRef}
        type="search"
        className="search"
        placeholder="Search briefs"
        value={props.query}
        onChange={(e) => props.onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onQuery('');
        }}
      />
      <ul className="brief-list" aria-label="Briefs">
        {shown.map((l) => {
          const current = l.id === props.currentId;
          return (
            <li key={l.id} className={current ? 'brief-entry is-current' : 'brief-entry'}>
              <button type="button" className="brief-open" aria-current={current ? 'page' : undefined} onClick={() => props.onOpen(l.id)}>
                <span className="brief-title">{l.title || 'Untitled brief'}</span>
                <span className="brief-meta">
                  {shortDate(l.updatedAt)} · {l.sourceCount} source{l.sourceCount === 1 ? '' : 's'}
                </span>
              </button>
              {current && (
                <div className="brief-actions">
                  <button type="button" onClick={() => props.onDuplicate(l.id)}>Duplicate</button>
                  <button type="button" onClick={() => props.onDelete(l.id)}>Delete</button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="hint">{props.query ? 'No brief matches.' : 'No briefs yet.'}</p>}
    </nav>
  );
});
