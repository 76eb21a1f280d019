/** The right-hand panel: add sources, list them (with any that failed), analyse, and read the selected one. */
import { SECTION_KEYS, type Briefing, type Cite } from '../../core/model/briefing.js';
import { AddSources, type AddSourcesProps } from './AddSources.js';
import { SourceViewer } from './SourceViewer.js';

export interface SourceFailure {
  id: string;
  name: string;
  error: string;
}

/** A file whose contents are on their way to the ingester. */
export interface ReadingFile {
  id: string;
  name: string;
  bytes: number;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface SourcesPanelProps extends Omit<AddSourcesProps, 'busy'> {
  brief: Briefing;
  failures: SourceFailure[];
  reading: ReadingFile[];
  busy: boolean;
  analysing: boolean;
  viewedSourceId: string | null;
  cite: Cite | null;
  citeIndex: number;
  citeCount: number;
  onCiteStep(delta: -1 | 1): void;
  onView(id: string): void;
  onDate(id: string, date: string | null): void;
  onCorrectText(id: string, text: string): void;
  onRemove(id: string): void;
  /** Opens a web source's address in the browser (main checks the URL). */
  onOpenOrigin(url: string): void;
  onDismissFailure(id: string): void;
  onAnalyse(): void;
}

export function SourcesPanel(props: SourcesPanelProps) {
  const { brief, failures, analysing } = props;
  const pendingCount = brief.sources.filter((s) => s.addedInVersion > brief.version).length;
  const analysed = brief.version > 0 && itemCount(brief) > 0;
  const viewed = brief.sources.find((s) => s.id === props.viewedSourceId) ?? null;
  return (
    <aside className="sources-panel" aria-label="Sources">
      <div className="panel-head">
        <h2>Sources<span className="count">{brief.sources.length}</span></h2>
        <button
          type="button"
          className="primary"
          onClick={props.onAnalyse}
          disabled={analysing || brief.sources.length === 0}
          aria-busy={analysing}
          title="Analyse sources (Ctrl+Enter)"
        >
          {analysing ? 'Analysing…' : analysed ? 'Update brief' : 'Analyse'}
        </button>
      </div>
      {analysing && <div className="progress" role="progressbar" aria-label="Analysing sources" />}
      {pendingCount > 0 && !analysing && analysed && <p className="hint">{pendingCount} new source{pendingCount === 1 ? '' : 's'} not analysed yet.</p>}
      <AddSources busy={props.busy} urlRequest={props.urlRequest} onPaste={props.onPaste} onPickFiles={props.onPickFiles} onUrl={props.onUrl} />
      <ul className="source-list" aria-label="Source list">
        {props.reading.map((r) => (
          <li key={r.id} className="source-row reading">
            <div className="source-main" role="status">
              <span className="source-title">{r.name}</span>
              <span className="source-origin">Reading… {sizeLabel(r.bytes)}</span>
              <div className="progress" role="progressbar" aria-label={`Reading ${r.name}`} />
            </div>
          </li>
        ))}
        {failures.map((f) => (
          <li key={f.id} className="source-row failed">
            <div className="source-main">
              <span className="source-title">{f.name}</span>
              <span className="source-error" role="alert">Could not add: {f.error}</span>
            </div>
            <button type="button" className="icon" aria-label={`Dismiss error for ${f.name}`} onClick={() => props.onDismissFailure(f.id)}>×</button>
          </li>
        ))}
        {brief.sources.map((s, index) => (
          <li key={s.id} className={s.id === props.viewedSourceId ? 'source-row is-viewed' : 'source-row'}>
            <span className="source-number" aria-hidden="true">{index + 1}</span>
            <div className="source-main">
              <button type="button" className="link source-title" aria-pressed={s.id === props.viewedSourceId} onClick={() => props.onView(s.id)}>
                {s.title}
              </button>
              {/^https?:\/\//i.test(s.origin) ? (
                <button type="button" className="link source-origin" title="Open in the browser" onClick={() => props.onOpenOrigin(s.origin)}>{s.origin}</button>
              ) : (
                <span className="source-origin">{s.origin}</span>
              )}
              <label className="source-date">
                <span>Published</span>
                <input type="date" value={s.publishedAt ?? ''} onChange={(e) => props.onDate(s.id, e.target.value || null)} aria-label={`Publication date of ${s.title}`} />
              </label>
              {s.addedInVersion > brief.version && <span className="badge badge-new">not analysed</span>}
            </div>
            <button type="button" className="icon" aria-label={`Remove source ${s.title}`} title="Remove source" onClick={() => props.onRemove(s.id)}>×</button>
          </li>
        ))}
      </ul>
      {viewed ? (
        <SourceViewer source={viewed} cite={props.cite} citeIndex={props.citeIndex} citeCount={props.citeCount} onCiteStep={props.onCiteStep} onCorrect={(text) => props.onCorrectText(viewed.id, text)} />
      ) : (
        brief.sources.length > 0 && <p className="hint viewer-empty">Select an item in the brief to see the sentence it came from.</p>
      )}
    </aside>
  );
}

function itemCount(brief: Briefing): number {
  return SECTION_KEYS.reduce((n, key) => n + brief[key].length, 0);
}
