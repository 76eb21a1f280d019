import type { SitbriefBridge } from '../core/ipc/contract.js';

declare global {
  interface Window {
    /** The API the preload exposes (or the browser test harness defines). */
    sitbrief: SitbriefBridge;
  }
}
