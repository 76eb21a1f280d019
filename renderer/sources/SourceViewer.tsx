/** The whole text of one source, paragraph by paragraph, with the cited span of the selected item marked and scrolled into view. */
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Cite, SourceDoc } from '../../core/model/briefing.js';

export interface SourceViewerProps {
  source: SourceDoc;
  /** The cite to mark, when it points into this source. */
  cite: Cite | null;
  /** "Cite 1 of 3" navigation when the selected item cites several spans. */
  citeIndex: number;
  citeCount: number;
  onCiteStep(delta: -1 | 1): void;
  /** Saves the analyst's correction of the extracted text. */
  onCorrect(text: string): void;
}

interface Span {
  start: number;
  end: number;
}

/** One paragraph's text, with the part inside the cited span wrapped in <mark>. */
function paragraph(text: string, para: Span, cite: Span | null, markRef: RefObject<HTMLElement | null>, isFirstMark: boolean): ReactNode {
  const from = cite ? Math.max(para.start, cite.start) : 0;
  const to = cite ? Math.min(para.end, cite.end) : 0;
  if (!cite || from >= to) return text.slice(para.start, para.end);
  return (
    <>
      {text.slice(para.start, from)}
      <mark ref={isFirstMark ? markRef : undefined} className="cited-span">{text.slice(from, to)}</mark>
      {text.slice(to, para.end)}
    </>
  );
}

export function SourceViewer({ source, cite, citeIndex, citeCount, onCiteStep, onCorrect }: SourceViewerProps) {
  const markRef = useRef<HTMLElement>(null);
  // The draft of a text correction; null while the text is only being read.
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft !== null && draft.trim()) onCorrect(draft);
    setDraft(null);
  };
  const span = cite && cite.source === source.id && cite.end > cite.start ? cite : null;
  // Sources without paragraph spans still show, as one block.
  const paragraphs = useMemo<Span[]>(
    () => (source.paragraphs.length > 0 ? source.paragraphs : [{ start: 0, end: source.text.length }]),
    [source.paragraphs, source.text.length],
  );

  useLayoutEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [span?.start, span?.end, source.id]);

  const firstMarked = span ? paragraphs.findIndex((p) => p.end > span.start && p.start < span.end) : -1;

  return (
    <section className="source-viewer" aria-labelledby="viewer-title">
      <div className="viewer-head">
        <h3 id="viewer-title">{source.title}</h3>
        {citeCount > 1 && (
          <div className="cite-nav" role="group" aria-label="Cited spans">
            <button type="button" className="icon" aria-label="Previous cited span" disabled={citeIndex === 0} onClick={() => onCiteStep(-1)}>‹</button>
            <span>Cite {citeIndex + 1} of {citeCount}</span>
            <button type="button" className="icon" aria-label="Next cited span" disabled={citeIndex >= citeCount - 1} onClick={() => onCiteStep(1)}>›</button>
          </div>
        )}
        {draft === null ? (
          <button type="button" onClick={() => setDraft(source.text)} title="Correct the extracted text (e.g. a paragraph the page reader dropped)">Edit text</button>
        ) : (
          <div className="viewer-edit-actions" role="group" aria-label="Text correction">
            <button type="button" className="primary" onClick={save}>Save text</button>
            <button type="button" onClick={() => setDraft(null)}>Cancel</button>
          </div>
        )}
      </div>
      {draft === null ? (
        <div className="viewer-text" tabIndex={0} role="document" aria-label={`Text of ${source.title}`}>
          {paragraphs.map((p, i) => (
            <p key={`${p.start}-${p.end}`}>{paragraph(source.text, p, span, markRef, i === firstMarked)}</p>
          ))}
        </div>
      ) : (
        <textarea
          className="viewer-text viewer-editor"
          aria-label={`Extracted text of ${source.title}`}
          value={draft}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setDraft(null);
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
          }}
        />
      )}
    </section>
  );
}
