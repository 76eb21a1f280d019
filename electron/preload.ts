/**
 * Builds `window.sitbrief` from the IPC contract: one method per API operation, each a plain
 * invoke on its channel, plus the menu-command subscription. ipcRenderer itself never
 * crosses the bridge, so the page can reach exactly these channels and nothing else.
 * Sandboxed preloads cannot require modules: this file is bundled into one CJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_CHANNELS, MENU_CHANNEL, MENU_COMMANDS, type ApiMethod, type MenuEvent, type SitbriefApi, type SitbriefBridge } from '../core/ipc/contract.js';

function invoker<M extends ApiMethod>(method: M): SitbriefApi[M] {
  const channel = API_CHANNELS[method];
  return ((...args: unknown[]) => ipcRenderer.invoke(channel, ...args)) as SitbriefApi[M];
}

const api = Object.fromEntries(
  (Object.keys(API_CHANNELS) as ApiMethod[]).map((method) => [method, invoker(method)]),
) as unknown as SitbriefApi;

const isMenuEvent = (value: unknown): value is MenuEvent =>
  typeof value === 'object' && value !== null && (MENU_COMMANDS as readonly unknown[]).includes((value as MenuEvent).command);

const bridge = {
  ...api,
  onMenuCommand(listener: (event: MenuEvent) => void): () => void {
    // The renderer gets a copy of the payload, never the Electron event (it holds `sender`).
    const relay = (_event: IpcRendererEvent, payload: unknown) => {
      if (isMenuEvent(payload)) listener({ command: payload.command, ...(payload.briefId ? { briefId: payload.briefId } : {}) });
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, relay);
    };
  },
} satisfies SitbriefBridge;

contextBridge.exposeInMainWorld('sitbrief', bridge);
