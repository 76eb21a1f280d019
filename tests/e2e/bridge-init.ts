/**
 * The page side of the harness: defines window.sitbrief the way the preload does, forwarding
 * each method to one Playwright binding. Runs in the browser, so it must stay self-contained.
 */
import type { ApiMethod } from '../../core/ipc/contract.js';

export interface BridgeInitArgs {
  methods: ApiMethod[];
}

/** Bytes cross the binding as base64 in a tagged object, since bindings carry JSON. */
export interface EncodedBytes {
  __bytes: string;
}

export function installBridge({ methods }: BridgeInitArgs): void {
  type Listener = (event: unknown) => void;
  const listeners = new Set<Listener>();
  // Looked up per call: the binding may be installed after this script runs.
  const call = (method: string, args: unknown[]): Promise<unknown> =>
    (window as unknown as { __sitbriefCall(method: string, args: unknown[]): Promise<unknown> }).__sitbriefCall(method, args);
  const encode = (value: unknown): unknown => {
    if (!(value instanceof Uint8Array)) return value;
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { __bytes: btoa(binary) };
  };
  const api: Record<string, unknown> = {};
  for (const method of methods) {
    api[method] = (...args: unknown[]) => call(method, args.map(encode));
  }
  api.onMenuCommand = (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  Object.defineProperty(window, 'sitbrief', { value: Object.freeze(api), writable: false });
  Object.defineProperty(window, '__sitbriefMenu', { value: (event: unknown) => listeners.forEach((l) => l(event)) });
}
