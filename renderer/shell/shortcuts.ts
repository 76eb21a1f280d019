/**
 * Keyboard shortcuts for the desk's main actions, as one table so the menu commands and the
 * keys reach the same handlers. Text fields keep their own undo and typing.
 */
import type { MenuCommand } from '../../core/ipc/contract.js';

export type DeskCommand = MenuCommand | 'analyse';

export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The command a key press means, or null. */
export function commandForKey(event: KeyboardEvent): DeskCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z' && !isTextField(event.target)) return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !isTextField(event.target)) return 'redo';
  if (event.shiftKey) {
    // The same chords as the app menu's accelerators.
    if (key === 'o') return 'add-url';
    if (key === 'r') return 'reanalyse';
    return null;
  }
  switch (key) {
    case 'n': return 'new-brief';
    case 'o': return 'add-sources';
    case 'l': return 'add-url';
    case 'e': return 'export-pdf';
    case 'p': return 'print';
    case 'f': return 'find';
    case ',': return 'settings';
    case 'enter': return 'analyse';
    default: return null;
  }
}
