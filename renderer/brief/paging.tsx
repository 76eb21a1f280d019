/**
 * Long lists (a section of 500 quotes, a few hundred held findings) render a page at a time,
 * so opening a large brief stays quick; "Show N more of M" adds five pages at once.
 */
import { useState } from 'react';

const PAGE = 40;

export interface Paged<T> {
  shown: T[];
  /** How many items are not rendered yet. */
  hidden: number;
  showMore(): void;
}

export function usePaged<T>(items: readonly T[]): Paged<T> {
  const [limit, setLimit] = useState(PAGE);
  const shown = items.slice(0, limit);
  return { shown, hidden: items.length - shown.length, showMore: () => setLimit((l) => l + PAGE * 5) };
}

export function ShowMore({ paged }: { paged: Paged<unknown> }) {
  if (paged.hidden === 0) return null;
  return (
    <button type="button" className="show-more" onClick={paged.showMore}>
      Show {Math.min(PAGE * 5, paged.hidden)} more of {paged.hidden}
    </button>
  );
}
