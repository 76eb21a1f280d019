/** The ways in: paste text, pick files, fetch a URL. Dropping files on the window is handled by the desk. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

export interface AddSourcesProps {
  busy: boolean;
  /** Bumped by the "Add URL" menu command to open and focus the URL field. */
  urlRequest: number;
  onPaste(text: string, title: string): Promise<boolean>;
  onPickFiles(): void;
  onUrl(url: string): Promise<boolean>;
}

export function AddSources({ busy, urlRequest, onPaste, onPickFiles, onUrl }: AddSourcesProps) {
  const id = useId();
  const [mode, setMode] = useState<'none' | 'paste' | 'url'>('none');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const urlInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (urlRequest === 0) return;
    setMode('url');
    urlInput.current?.focus();
  }, [urlRequest]);

  const submitPaste = async (event: FormEvent) => {
    event.preventDefault();
    if (await onPaste(text, title)) {
      setText('');
      setTitle('');
      setMode('none');
    }
  };
  const submitUrl = async (event: FormEvent) => {
    event.preventDefault();
    if (await onUrl(url.trim())) {
      setUrl('');
      setMode('none');
    }
  };

  return (
    <div className="add-sources">
      <div className="button-row" role="group" aria-label="Add sources">
        <button type="button" aria-expanded={mode === 'paste'} onClick={() => setMode(mode === 'paste' ? 'none' : 'paste')}>Paste text</button>
        <button type="button" onClick={onPickFiles} title="Add files (Ctrl+O)">Add files…</button>
        <button type="button" aria-expanded={mode === 'url'} onClick={() => setMode(mode === 'url' ? 'none' : 'url')}>Add URL</button>
      </div>
      {mode === 'paste' && (
        <form className="inline-form" onSubmit={submitPaste}>
          <label htmlFor={`${id}-ptitle`}>Title (optional)</label>
          <input id={`${id}-ptitle`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor={`${id}-ptext`}>Article text</label>
          <textarea id={`${id}-ptext`} rows={8} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          <div className="editor-actions">
            <button type="submit" className="primary" disabled={busy || !text.trim()}>Add source</button>
            <button type="button" onClick={() => setMode('none')}>Cancel</button>
          </div>
        </form>
      )}
      {mode === 'url' && (
        <form className="inline-form" onSubmit={submitUrl}>
          <label htmlFor={`${id}-url`}>Web address</label>
          <input id={`${id}-url`} ref={urlInput} autoFocus type="url" inputMode="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} />
          <p className="hint">Fetching is the one thing that goes online, and only when you ask.</p>
          <div className="editor-actions">
            <button type="submit" className="primary" disabled={busy || !url.trim()}>Fetch</button>
            <button type="button" onClick={() => setMode('none')}>Cancel</button>
          </div>
        </form>
      )}
    </div>
  );
}
