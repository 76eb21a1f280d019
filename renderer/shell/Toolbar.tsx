/** The desk's toolbar: undo/redo, exports, print and settings, each with its shortcut in the tooltip. */
import type { ExportFormat } from '../../core/ipc/contract.js';

export interface ToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  hasBrief: boolean;
  busy: boolean;
  settingsOpen: boolean;
  onUndo(): void;
  onRedo(): void;
  onExport(format: ExportFormat): void;
  onPrint(): void;
  onSettings(): void;
}

export function Toolbar(p: ToolbarProps) {
  return (
    <header className="toolbar">
      <span className="app-name">Sitbrief</span>
      <div className="toolbar-group" role="group" aria-label="Edit">
        <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title="Redo (Ctrl+Shift+Z)">Redo</button>
      </div>
      <div className="toolbar-group" role="group" aria-label="Export">
        <button type="button" onClick={() => p.onExport('pdf')} disabled={!p.hasBrief || p.busy} title="Export PDF (Ctrl+E)">Export PDF</button>
        <button type="button" onClick={() => p.onExport('docx')} disabled={!p.hasBrief || p.busy}>DOCX</button>
        <button type="button" onClick={() => p.onExport('md')} disabled={!p.hasBrief || p.busy}>Markdown</button>
        <button type="button" onClick={p.onPrint} disabled={!p.hasBrief || p.busy} title="Print (Ctrl+P)">Print</button>
      </div>
      <div className="toolbar-spacer" />
      <button type="button" aria-pressed={p.settingsOpen} onClick={p.onSettings} title="Settings (Ctrl+,)">Settings</button>
    </header>
  );
}
