/** The whole text of one source, with the cited span of the selected item marked and scrolled into view. */
import { useLayoutEffect, useRef } from 'react';
import type { Cite, SourceDoc } from '../../core/model/briefing.js';

export interface SourceViewerProps {
  source: SourceDoc;
  /** The cite to mark, when it points into this source. */
  cite: Cite | null;
  /** "Cite 1 of 3" navigation when the selected item cites several spans. */
  citeIndex: number;
  citeCount: number;
  onCiteStep(delta: -1 | 1): void;
}

export function SourceViewer({ source, cite, citeIndex, citeCount, onCiteStep }: SourceViewerProps) {
  const markRef = useRef<HTMLElement>(null);
  const span = cite && cite.source === source.id && cite.end > cite.start ? cite : null;

  useLayoutEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [span?.start, span?.end, source.id]);

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
      </div>
      <div className="viewer-text" tabIndex={0} aria-label={`Text of ${source.title}`}>
        {span ? (
          <>
            {source.text.slice(0, span.start)}
            <mark ref={markRef} className="cited-span">{source.text.slice(span.start, span.end)}</mark>
            {source.text.slice(span.end)}
          </>
        ) : (
          source.text
        )}
      </div>
    </section>
  );
}
