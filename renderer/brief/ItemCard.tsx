/** One reviewable item: its text and source marker, and the analyst's actions on it. */
import { memo, useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { citedSourceNumbers, type ItemStatus, type SectionItem, type SectionKey } from '../../core/model/briefing.js';
import { SECTIONS } from './sections.js';
import { ItemEditor } from './ItemEditor.js';

export type ItemAction =
  | { type: 'select' }
  | { type: 'status'; status: ItemStatus }
  | { type: 'rewrite'; values: Record<string, string> }
  | { type: 'note'; note: string | null }
  | { type: 'step'; direction: -1 | 1 }
  | { type: 'drop'; beforeId: string }
  | { type: 'remove' };

export interface ItemCardProps<K extends SectionKey> {
  sectionKey: K;
  item: SectionItem<K>;
  isNew: boolean;
  selected: boolean;
  /** Source id → its number in the memo's source list, for the citation marker. */
  sourceNumber: Map<string, number>;
  onAction(key: SectionKey, id: string, action: ItemAction): void;
}

const DRAG_TYPE = 'application/x-sitbrief-item';

function ItemCardInner<K extends SectionKey>({ sectionKey, item, isNew, selected, sourceNumber, onAction }: ItemCardProps<K>) {
  const spec = SECTIONS[sectionKey];
  const [mode, setMode] = useState<'view' | 'edit' | 'note'>('view');
  const [dragOver, setDragOver] = useState(false);
  const self = useRef<HTMLLIElement>(null);
  const lastMode = useRef(mode);
  // Closing the editor hands focus back to the item, so the keyboard user stays in place.
  useEffect(() => {
    if (lastMode.current !== 'view' && mode === 'view') self.current?.focus();
    lastMode.current = mode;
  }, [mode]);
  const display = spec.display(item);
  const sourceNumbers = citedSourceNumbers(item.cites, sourceNumber);
  const act = (action: ItemAction) => onAction(sectionKey, item.id, action);
  const rejected = item.status === 'rejected';
  const label = `${spec.noun}: ${display.main.slice(0, 80)}`;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      act({ type: 'step', direction: event.key === 'ArrowUp' ? -1 : 1 });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      act({ type: 'select' });
    } else if (!event.ctrlKey && !event.metaKey && !event.altKey) {
      if (event.key === 'e') { event.preventDefault(); setMode('edit'); }
      else if (event.key === 'n') { event.preventDefault(); setMode('note'); }
      else if (event.key === 'a') act({ type: 'status', status: item.status === 'accepted' ? 'draft' : 'accepted' });
      else if (event.key === 'r' || event.key === 'Delete') act({ type: 'status', status: rejected ? 'draft' : 'rejected' });
    }
  };

  const dragProps = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(`${DRAG_TYPE}-${sectionKey}`)) return;
      event.preventDefault();
      setDragOver(true);
    },
    onDragLeave: () => setDragOver(false),
    onDrop: (event: DragEvent) => {
      const id = event.dataTransfer.getData(`${DRAG_TYPE}-${sectionKey}`);
      setDragOver(false);
      if (!id || id === item.id) return;
      event.preventDefault();
      event.stopPropagation();
      onAction(sectionKey, id, { type: 'drop', beforeId: item.id });
    },
  };

  const text = (
    <p className={display.quoted ? 'item-text quoted' : 'item-text'}>
      {display.quoted ? `“${display.main}”` : display.main || <em className="empty">(empty)</em>}
      {sourceNumbers.length > 0 && <sup className="cite-marker">[{sourceNumbers.join(', ')}]</sup>}
    </p>
  );
  const details = (
    <>
      <div className="item-badges">
        {isNew && <span className="badge badge-new">new</span>}
        {item.status === 'accepted' && <span className="badge badge-accepted">accepted</span>}
        {item.edited && item.origin === 'engine' && <span className="badge">edited</span>}
        {item.origin === 'analyst' && <span className="badge">analyst</span>}
        {rejected && <span className="badge badge-rejected">rejected</span>}
      </div>
      {item.note && mode !== 'note' && <p className="item-note"><span className="visually-hidden">Note: </span>{item.note}</p>}
      {mode === 'note' && (
        <ItemEditor
          fields={[{ name: 'note', label: 'Note', multiline: true, value: item.note ?? '' }]}
          submitLabel="Save note"
          onSubmit={(values) => {
            act({ type: 'note', note: values.note ?? null });
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      )}
    </>
  );

  const classes = ['item', `item-${sectionKey}`, `status-${item.status}`, selected ? 'is-selected' : '', dragOver ? 'is-drop-target' : ''].filter(Boolean).join(' ');

  return (
    <li
      ref={self}
      className={classes}
      tabIndex={0}
      data-item-id={item.id}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('button, input, textarea, select, a')) return;
        act({ type: 'select' });
      }}
      {...dragProps}
    >
      <span
        className="drag-handle"
        draggable
        aria-hidden="true"
        title="Drag to reorder"
        onDragStart={(event) => {
          event.dataTransfer.setData(`${DRAG_TYPE}-${sectionKey}`, item.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
      >
        ⋮⋮
      </span>
      {mode === 'edit' ? (
        <ItemEditor
          fields={spec.fields.map((f) => ({ name: f.name, label: f.label, multiline: f.multiline ?? false, value: f.read(item) }))}
          submitLabel="Save"
          onSubmit={(values) => {
            act({ type: 'rewrite', values });
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : display.row ? (
        // A row of the printed table: one cell per column, the citation in the source column.
        <div className="item-body item-row">
          {display.row.lead && (
            <p className="item-cell item-lead item-meta">
              <span className="item-lead-main">{display.row.lead.text}</span>
              {display.row.lead.sub && <span className="item-lead-sub">{display.row.lead.sub}</span>}
            </p>
          )}
          <div className="item-cell item-main">{text}{details}</div>
          {display.row.cells.map((cell, i) => <p key={i} className="item-cell">{cell}</p>)}
        </div>
      ) : (
        <div className="item-body">
          {text}
          {display.meta && <p className="item-meta">{display.quoted ? `— ${display.meta}` : display.meta}</p>}
          {details}
        </div>
      )}
      {mode === 'view' && (
        <div className="item-actions" role="group" aria-label={`Actions for ${spec.noun}`}>
          {rejected ? (
            <button type="button" onClick={() => act({ type: 'status', status: 'draft' })}>Restore</button>
          ) : (
            <>
              <button type="button" aria-pressed={item.status === 'accepted'} onClick={() => act({ type: 'status', status: item.status === 'accepted' ? 'draft' : 'accepted' })} title="Accept (A)">
                {item.status === 'accepted' ? 'Accepted' : 'Accept'}
              </button>
              <button type="button" onClick={() => act({ type: 'status', status: 'rejected' })} title="Reject (R)">Reject</button>
              <button type="button" onClick={() => setMode('edit')} title="Rewrite (E)">Edit</button>
              <button type="button" onClick={() => setMode('note')} title="Note (N)">Note</button>
              <button type="button" className="icon" aria-label={`Move ${spec.noun} up`} title="Move up (Alt+↑)" onClick={() => act({ type: 'step', direction: -1 })}>↑</button>
              <button type="button" className="icon" aria-label={`Move ${spec.noun} down`} title="Move down (Alt+↓)" onClick={() => act({ type: 'step', direction: 1 })}>↓</button>
              {item.origin === 'analyst' && <button type="button" onClick={() => act({ type: 'remove' })}>Delete</button>}
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** Memoised: an edit re-renders only the items whose objects changed. */
export const ItemCard = memo(ItemCardInner) as typeof ItemCardInner;
