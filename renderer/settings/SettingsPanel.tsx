/** Preferences, saved as they change: defaults for new briefs, the summary length and the theme. */
import { useId } from 'react';
import type { AppInfo, Settings, SettingsPatch } from '../../core/ipc/contract.js';
import { SUMMARY_LENGTHS } from '../../core/ipc/contract.js';
import { MarkingChoice } from './MarkingChoice.js';

const SHORTCUTS: [string, string][] = [
  ['Ctrl+N', 'New brief'],
  ['Ctrl+O', 'Add source files'],
  ['Ctrl+Shift+O', 'Add a URL'],
  ['Ctrl+Enter', 'Analyse / update the brief'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo'],
  ['Ctrl+F', 'Search the library'],
  ['Ctrl+E / Ctrl+P', 'Export PDF / print'],
  ['Enter', 'Show the selected item in its source'],
  ['A / R / E / N', 'Accept, reject, edit, annotate the focused item'],
  ['Alt+↑ / Alt+↓', 'Move the focused item'],
  ['Esc', 'Cancel an edit'],
];

export interface SettingsPanelProps {
  settings: Settings;
  appInfo: AppInfo | null;
  onChange(patch: SettingsPatch): void;
  onClose(): void;
}

export function SettingsPanel({ settings, appInfo, onChange, onClose }: SettingsPanelProps) {
  const id = useId();
  return (
    <section className="settings-panel" aria-labelledby={`${id}-h`}>
      <div className="section-head">
        <h2 id={`${id}-h`}>Settings</h2>
        <button type="button" onClick={onClose}>Back to brief</button>
      </div>
      <p className="hint">Changes are saved at once. Marking, author and summary length apply to new briefs.</p>
      <div className="settings-grid">
        <label htmlFor={`${id}-marking`}>Default marking</label>
        <MarkingChoice id={`${id}-marking`} value={settings.defaultMarking} onChange={(defaultMarking) => onChange({ defaultMarking })} />

        <label htmlFor={`${id}-org`}>Organisation</label>
        <input id={`${id}-org`} type="text" value={settings.organisation} maxLength={200} onChange={(e) => onChange({ organisation: e.target.value })} />

        <label htmlFor={`${id}-author`}>Author (prepared by)</label>
        <input id={`${id}-author`} type="text" value={settings.author} maxLength={200} onChange={(e) => onChange({ author: e.target.value })} />

        <label htmlFor={`${id}-length`}>Summary length</label>
        <select id={`${id}-length`} value={settings.summaryLength} onChange={(e) => onChange({ summaryLength: e.target.value as Settings['summaryLength'] })}>
          {(Object.keys(SUMMARY_LENGTHS) as Settings['summaryLength'][]).map((k) => (
            <option key={k} value={k}>{k} ({SUMMARY_LENGTHS[k]} sentences)</option>
          ))}
        </select>

        <span id={`${id}-theme`}>Theme</span>
        <div role="radiogroup" aria-labelledby={`${id}-theme`} className="segmented">
          {(['system', 'light', 'dark'] as const).map((t) => (
            <label key={t} className={settings.theme === t ? 'is-on' : ''}>
              <input type="radio" name={`${id}-theme`} value={t} checked={settings.theme === t} onChange={() => onChange({ theme: t })} />
              {t === 'system' ? 'System' : t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </div>
      </div>
      <h3 className="shortcuts-title">Keyboard</h3>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys}><dt><kbd>{keys}</kbd></dt><dd>{action}</dd></div>
        ))}
      </dl>
      {appInfo && (
        <dl className="app-info">
          <dt>Version</dt><dd>{appInfo.version}</dd>
          <dt>Data folder</dt><dd>{appInfo.dataPath}</dd>
        </dl>
      )}
    </section>
  );
}
