/** The brief laid out like the memo it prints as: banner, title block, bottom line, sections, notes, sources. */
import { useMemo } from 'react';
import type { Briefing, SectionKey } from '../../core/model/briefing.js';
import type { BriefMeta } from '../state/edits.js';
import { TitleBlock } from './TitleBlock.js';
import { SectionView } from './SectionView.js';
import { NotesSection } from './NotesSection.js';
import { MEMO_ORDER } from './sections.js';
import { markingClass } from './markings.js';
import type { ItemAction } from './ItemCard.js';

export interface BriefViewProps {
  brief: Briefing;
  selectedId: string | null;
  focusId: string | null;
  onMeta<F extends keyof BriefMeta>(field: F, value: BriefMeta[F]): void;
  onItem(key: SectionKey, id: string, action: ItemAction): void;
  onAdd(key: SectionKey, values: Record<string, string>): void;
  onNoteAdd(text: string): void;
  onNoteEdit(id: string, text: string): void;
  onNoteDelete(id: string): void;
  onShowSource(id: string): void;
}

export function BriefView(props: BriefViewProps) {
  const { brief } = props;
  const sourceNumber = useMemo(() => new Map(brief.sources.map((s, i) => [s.id, i + 1])), [brief.sources]);
  const banner = <div className={`marking-banner ${markingClass(brief.marking)}`}>{brief.marking || 'UNMARKED'}</div>;
  return (
    <article className="memo" aria-label="Brief">
      {banner}
      <TitleBlock brief={brief} onMeta={props.onMeta} />
      {MEMO_ORDER.map((key) => (
        <SectionView
          key={`${brief.id}-${key}`}
          sectionKey={key}
          items={brief[key]}
          version={brief.version}
          selectedId={props.selectedId}
          sourceNumber={sourceNumber}
          focusId={props.focusId}
          lead={key === 'summary' ? 'Bottom line' : undefined}
          onAction={props.onItem}
          onAdd={props.onAdd}
        />
      ))}
      <NotesSection notes={brief.notes} onAdd={props.onNoteAdd} onEdit={props.onNoteEdit} onDelete={props.onNoteDelete} />
      <section className="memo-section memo-sources" aria-labelledby="section-sources">
        <h2 id="section-sources">Sources<span className="count">{brief.sources.length}</span></h2>
        {brief.sources.length === 0 ? (
          <p className="empty-section">No sources yet. Paste text, add files or a URL in the sources panel.</p>
        ) : (
          <ol className="source-refs">
            {brief.sources.map((s) => (
              <li key={s.id}>
                <button type="button" className="link" onClick={() => props.onShowSource(s.id)}>{s.title}</button>
                <span className="source-ref-meta">{[s.origin, s.publishedAt].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      {banner}
    </article>
  );
}
