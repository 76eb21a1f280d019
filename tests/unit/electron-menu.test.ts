import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { BriefListing, MenuEvent } from '../../core/ipc/contract.js';
import { menuTemplate, RECENT_LIMIT, type MenuContext } from '../../electron/menu-template.js';

function listing(n: number): BriefListing {
  return { id: `b${n}`, title: `Brief ${n} & notes`, updatedAt: '2026-01-01T00:00:00Z', sourceCount: 1, sourceTitles: [], marking: 'OFFICIAL' };
}

function build(overrides: Partial<MenuContext> = {}) {
  const sent: MenuEvent[] = [];
  const calls: string[] = [];
  const template = menuTemplate({
    platform: 'linux', isDev: false, recent: [], send: (e) => sent.push(e),
    showAbout: () => calls.push('about'), quit: () => calls.push('quit'), ...overrides,
  });
  return { template, sent, calls };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const find = (template: MenuItemConstructorOptions[], label: string) => {
  const item = items(template).find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
};

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('menuTemplate', () => {
  it('has File, Edit, View and Help in that order on Windows and Linux', () => {
    expect(build().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each([
    ['New brief', 'new-brief', 'CmdOrCtrl+N'],
    ['Add sources…', 'add-sources', 'CmdOrCtrl+O'],
    ['Add URL…', 'add-url', 'CmdOrCtrl+Shift+O'],
    ['Export PDF…', 'export-pdf', 'CmdOrCtrl+E'],
    ['Export Word…', 'export-docx', undefined],
    ['Export Markdown…', 'export-md', undefined],
    ['Print…', 'print', 'CmdOrCtrl+P'],
    ['Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Redo', 'redo', 'Ctrl+Y'],
    ['Find…', 'find', 'CmdOrCtrl+F'],
    ['Settings…', 'settings', 'CmdOrCtrl+,'],
    ['Re-analyse sources', 'reanalyse', 'CmdOrCtrl+Shift+R'],
  ])('%s sends %s (%s)', (label, command, accelerator) => {
    const { template, sent } = build();
    const item = find(template, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([{ command }]);
  });

  it('lists recent briefs, capped, escaping & and opening by id', () => {
    const recent = Array.from({ length: RECENT_LIMIT + 3 }, (_, i) => listing(i));
    const { template, sent } = build({ recent });
    const submenu = find(template, 'Recent briefs').submenu as MenuItemConstructorOptions[];
    expect(submenu).toHaveLength(RECENT_LIMIT);
    expect(submenu[0]?.label).toBe('Brief 0 && notes');
    click(submenu[2]!);
    expect(sent).toEqual([{ command: 'open-brief', briefId: 'b2' }]);
  });

  it('says so when there are no briefs yet', () => {
    const submenu = find(build().template, 'Recent briefs').submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ label: 'No briefs yet', enabled: false }]);
  });

  it('uses native roles for the clipboard and zoom, and offers reload only in development', () => {
    const roles = (t: MenuItemConstructorOptions[]) => items(t).map((i) => i.role).filter(Boolean);
    expect(roles(build().template)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles(build().template)).not.toContain('reload');
    expect(roles(build().template)).not.toContain('toggleDevTools');
    expect(roles(build({ isDev: true }).template)).toContain('reload');
  });

  it('wires Quit and About to main', () => {
    const { template, calls } = build();
    click(find(template, 'Quit'));
    click(find(template, 'About Sitbrief'));
    expect(calls).toEqual(['quit', 'about']);
  });

  it('adds the app menu on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.label).toBe('Sitbrief');
    expect(find(template, 'Redo').accelerator).toBe('Cmd+Shift+Z');
  });
});
