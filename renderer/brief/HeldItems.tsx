/**
 * The findings the draft length held back from a section (core/brief/draft-length.ts): behind
 * a quiet "N more found — show" toggle, each with its source marker and an "Add to brief"
 * action. Adding accepts the finding, which brings it into the draft for good (one undo step);
 * focus moves on to the next held finding so the keyboard user can keep picking.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { citedSourceNumbers, type SectionItem, type SectionKey } from '../../core/model/briefing.js';
import { SECTIONS } from './sections.js';
import type { ItemAction } from './ItemCard.js';
import { ShowMore, usePaged } from './paging.js';
import './held-items.css';

export interface HeldItemsProps<K extends SectionKey> {
  sectionKey: K;
  items: SectionItem<K>[];
  version: number;
  selectedId: string | null;
  sourceNumber: Map<string, number>;
  onAction(key: SectionKey, id: string, action: ItemAction): void;
}

export function HeldItems<K extends SectionKey>({ sectionKey, items, version, selectedId, sourceNumber, onAction }: HeldItemsProps<K>) {
  const spec = SECTIONS[sectionKey];
  const [open, setOpen] = useState(false);
  const paged = usePaged(items);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** The held finding whose "Add" button takes focus once the one just added has left the list. */
  const focusNext = useRef<string | null | undefined>(undefined);

  useLayoutEffect(() => {
    const next = focusNext.current;
    if (next === undefined) return;
    focusNext.current = undefined;
    const button = next ? list.current?.querySelector<HTMLButtonElement>(`[data-item-id="${CSS.escape(next)}"] .held-add`) : null;
    (button ?? toggle.current)?.focus();
  }, [items]);

  if (items.length === 0) return null;
  const listId = `held-${sectionKey}`;
  const add = (index: number) => {
    const item = items[index]!;
    focusNext.current = (items[index + 1] ?? items[index - 1])?.id ?? null;
    onAction(sectionKey, item.id, { type: 'status', status: 'accepted' });
  };

  return (
    <div className="held-items">
      <button
        ref={toggle}
        type="button"
        className="held-toggle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? `Hide the ${items.length} more found` : `${items.length} more found — show`}
      </button>
      {open && (
        <ul id={listId} ref={list} className="held-list" aria-label={`${spec.title}: ${items.length} more found, not in the brief`}>
          {paged.shown.map((item, index) => {
            const display = spec.display(item);
            const numbers = citedSourceNumbers(item.cites, sourceNumber);
            const selected = item.id === selectedId;
            return (
              <li key={item.id} data-item-id={item.id} className={selected ? 'held-item is-selected' : 'held-item'}>
                <button
                  type="button"
                  className="held-text"
                  aria-current={selected ? 'true' : undefined}
                  title="Show in the source"
                  onClick={() => onAction(sectionKey, item.id, { type: 'select' })}
                >
                  <span className={display.quoted ? 'held-main quoted' : 'held-main'}>
                    {display.quoted ? `“${display.main}”` : display.main}
                  </span>
                  {/* The marker rides on the second line: the words above may be cut to three lines. */}
                  <span className="held-meta">
                    {display.meta && (display.quoted ? `— ${display.meta}` : display.meta)}
                    {numbers.length > 0 && <sup className="cite-marker">[{numbers.join(', ')}]</sup>}
                  </span>
                </button>
                {version > 1 && item.addedInVersion === version && <span className="badge badge-new">new</span>}
                <button type="button" className="held-add" aria-label={`Add to brief: ${display.main.slice(0, 80)}`} onClick={() => add(index)}>
                  Add to brief
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {open && <ShowMore paged={paged} />}
    </div>
  );
}
