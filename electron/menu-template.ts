/**
 * The application menu as plain data. Commands that act on the brief are sent to the
 * renderer as MenuEvents (the renderer owns the brief); clipboard, zoom and window items use
 * Electron roles so they behave natively. Built by a function so tests can read it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { BriefListing, MenuCommand, MenuEvent } from '../core/ipc/contract.js';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Reload and developer tools only while developing. */
  isDev: boolean;
  /** Most recently edited briefs, newest first. */
  recent: BriefListing[];
  send(event: MenuEvent): void;
  showAbout(): void;
  quit(): void;
}

export const RECENT_LIMIT = 8;

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send({ command: name }),
  });
  const recent: MenuItemConstructorOptions[] = ctx.recent.slice(0, RECENT_LIMIT).map((brief) => ({
    // `&` would be read as a mnemonic marker on Windows and Linux.
    label: brief.title.replace(/&/g, '&&') || 'Untitled brief',
    click: () => ctx.send({ command: 'open-brief', briefId: brief.id }),
  }));
  const isMac = ctx.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New brief', 'new-brief', 'CmdOrCtrl+N'),
      command('Add sources…', 'add-sources', 'CmdOrCtrl+O'),
      command('Add URL…', 'add-url', 'CmdOrCtrl+Shift+O'),
      command('Re-analyse sources', 'reanalyse', 'CmdOrCtrl+Shift+R'),
      { type: 'separator' },
      { label: 'Recent briefs', submenu: recent.length > 0 ? recent : [{ label: 'No briefs yet', enabled: false }] },
      { type: 'separator' },
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+E'),
      command('Export Word…', 'export-docx'),
      command('Export Markdown…', 'export-md'),
      command('Print…', 'print', 'CmdOrCtrl+P'),
      { type: 'separator' },
      command(isMac ? 'Preferences…' : 'Settings…', 'settings', 'CmdOrCtrl+,'),
      { type: 'separator' },
      { label: isMac ? 'Quit Sitbrief' : 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => ctx.quit() },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The renderer keeps the brief's edit history, so undo/redo go there, not to the DOM.
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(ctx.isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ label: 'About Sitbrief', click: () => ctx.showAbout() }],
  };
  const macApp: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Sitbrief', submenu: [{ label: 'About Sitbrief', click: () => ctx.showAbout() }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }] }]
    : [];
  return [...macApp, file, edit, view, help];
}
