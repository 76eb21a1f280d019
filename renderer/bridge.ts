/** The one door to main. Everything the UI does outside the page goes through here. */
import type { SitbriefBridge } from '../core/ipc/contract.js';

export function bridge(): SitbriefBridge {
  return window.sitbrief;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^Error invoking remote method '[^']+': (Error: )?/, '') : String(error);
}
