/** The quiet bar at the bottom: save state, the last result or error, and an undo for deletions. */
import type { SaveState } from '../state/useBriefDoc.js';

export interface StatusMessage {
  kind: 'info' | 'error';
  text: string;
  /** An action offered next to the message, e.g. undoing a deletion. */
  action?: { label: string; run(): void };
}

export function StatusBar({ save, message, busyText }: { save: SaveState; message: StatusMessage | null; busyText: string | null }) {
  const saveText =
    save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'Saved' : save.kind === 'error' ? save.message : '';
  return (
    <footer className="status-bar">
      <span className={save.kind === 'error' ? 'save-state error' : 'save-state'} role="status" aria-live="polite" data-testid="save-state">
        {saveText}
      </span>
      <span className={message?.kind === 'error' ? 'status-message error' : 'status-message'} role="status" aria-live="polite" data-testid="status-message">
        {busyText ?? message?.text ?? ''}
        {!busyText && message?.action && (
          <button type="button" className="link" onClick={message.action.run}>{message.action.label}</button>
        )}
      </span>
    </footer>
  );
}
