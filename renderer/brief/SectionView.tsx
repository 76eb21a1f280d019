/**
 * One memo section: its draft items (long sections render in pages, so a 500-quote brief
 * stays quick), the findings held back from the draft and the rejected ones each behind a
 * toggle, and the analyst's "Add" form.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SectionItem, SectionKey } from '../../core/model/briefing.js';
import { SECTIONS } from './sections.js';
import { ItemCard, type ItemAction } from './ItemCard.js';
import { ItemEditor } from './ItemEditor.js';
import { HeldItems } from './HeldItems.js';
import { ShowMore, usePaged } from './paging.js';

export interface SectionViewProps<K extends SectionKey> {
  sectionKey: K;
  items: SectionItem<K>[];
  version: number;
  selectedId: string | null;
  sourceNumber: Map<string, number>;
  /** The item id to focus after it moved (keyboard reordering keeps focus on the item). */
  focusId: string | null;
  /** When set, the first visible item stands apart under this heading (the bottom line). */
  lead?: string;
  onAction(key: SectionKey, id: string, action: ItemAction): void;
  onAdd(key: SectionKey, values: Record<string, string>): void;
}

export function SectionView<K extends SectionKey>(props: SectionViewProps<K>) {
  const { sectionKey, items, version, selectedId, sourceNumber, focusId, lead, onAction, onAdd } = props;
  const spec = SECTIONS[sectionKey];
  const [showRejected, setShowRejected] = useState(false);
  const [adding, setAdding] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);

  const { visible, rejected, held } = useMemo(() => {
    const v: SectionItem<K>[] = [];
    const r: SectionItem<K>[] = [];
    const h: SectionItem<K>[] = [];
    for (const item of items) (item.status === 'rejected' ? r : item.held ? h : v).push(item);
    return { visible: v, rejected: r, held: h };
  }, [items]);

  useLayoutEffect(() => {
    if (!focusId) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(focusId)}"]`);
    if (el && document.activeElement !== el) el.focus();
  }, [focusId, items]);

  const leadItem = lead ? visible[0] : undefined;
  const body = leadItem ? visible.slice(1) : visible;
  const paged = usePaged(body);
  const shown = paged.shown;
  const headingId = `section-${sectionKey}`;
  const card = (item: SectionItem<K>) => (
    <ItemCard
      key={item.id}
      sectionKey={sectionKey}
      item={item}
      isNew={version > 1 && item.addedInVersion === version}
      selected={item.id === selectedId}
      sourceNumber={sourceNumber}
      onAction={onAction}
    />
  );

  return (
    <div ref={listRef} className={`memo-section-group section-${sectionKey}`}>
      {lead && (
        <section className="memo-section bottom-line" aria-labelledby={`${headingId}-lead`}>
          <h2 id={`${headingId}-lead`}>{lead}</h2>
          {leadItem ? <ul className="items">{card(leadItem)}</ul> : <p className="empty-section">No bottom line yet: add sources and analyse, or write one.</p>}
        </section>
      )}
      <section className="memo-section" aria-labelledby={headingId}>
        <div className="section-head">
          <h2 id={headingId}>
            {spec.title}
            <span className="count">{body.length}</span>
          </h2>
          <div className="section-tools">
            {rejected.length > 0 && (
              <button type="button" aria-pressed={showRejected} onClick={() => setShowRejected((s) => !s)}>
                {showRejected ? 'Hide rejected' : `Show rejected (${rejected.length})`}
              </button>
            )}
            <button type="button" onClick={() => setAdding(true)} disabled={adding}>Add {spec.noun}</button>
          </div>
        </div>
        {body.length === 0 && !adding && !lead && <p className="empty-section">{held.length ? "Nothing in the draft." : "Nothing here yet."}</p>}
        {spec.columns && shown.length > 0 && (
          // The printed table's column titles over the rows; each item says what it is to a screen reader.
          <div className="memo-table-head" aria-hidden="true">
            <div className="item-row">{spec.columns.map((title) => <span key={title} className="item-cell">{title}</span>)}</div>
          </div>
        )}
        {shown.length > 0 && <ul className="items">{shown.map(card)}</ul>}
        <ShowMore paged={paged} />
        <HeldItems sectionKey={sectionKey} items={held} version={version} selectedId={selectedId} sourceNumber={sourceNumber} onAction={onAction} />
        {adding && (
          <div className="add-item">
            <ItemEditor
              fields={spec.fields.map((f) => ({ name: f.name, label: f.label, multiline: f.multiline ?? false, value: '' }))}
              submitLabel={`Add ${spec.noun}`}
              onSubmit={(values) => {
                onAdd(sectionKey, values);
                setAdding(false);
              }}
              onCancel={() => setAdding(false)}
            />
          </div>
        )}
        {showRejected && rejected.length > 0 && (
          <div className="rejected-list">
            <h3>Rejected {spec.title.toLowerCase()}</h3>
            <ul className="items">{rejected.map(card)}</ul>
          </div>
        )}
      </section>
    </div>
  );
}
