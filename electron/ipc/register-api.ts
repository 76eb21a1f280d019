/**
 * The one wrapper between ipcMain and the API handlers. Every call is checked twice before
 * a handler runs: it must come from one of our own windows showing our own app:// page (a
 * navigated or injected frame gets nothing), and its arguments must match the contract's
 * zod schema (the renderer is treated as untrusted input like any file).
 */
import { z } from 'zod';
import { API_ARGS, API_CHANNELS, type ApiMethod, type SitbriefApi } from '../../core/ipc/contract.js';
import { APP_HOST, APP_SCHEME } from '../security/app-path.js';

/** The part of an IpcMainInvokeEvent the checks read. */
export interface InvokeEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

/** The part of ipcMain the wrapper uses (a fake in unit tests). */
export interface HandlerRegistrar<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

/** True for a frame showing a page of our app:// origin (not file:, not a look-alike host). */
export function isAppUrl(url: string): boolean {
  try {
    // Node gives non-special schemes an opaque origin ("null"), so compare the parts.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** The sender is trusted when it is one of our windows and its frame shows our app. */
export function isTrustedSender(event: InvokeEventLike, windowContentsIds: ReadonlySet<number>): boolean {
  if (!windowContentsIds.has(event.sender.id)) return false;
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

type AnyHandler = (...args: unknown[]) => Promise<unknown>;

export function registerApi<E extends InvokeEventLike>(
  registrar: HandlerRegistrar<E>,
  handlers: SitbriefApi,
  isTrusted: (event: E) => boolean,
): void {
  for (const method of Object.keys(API_CHANNELS) as ApiMethod[]) {
    const channel = API_CHANNELS[method];
    const schema: z.ZodTypeAny = API_ARGS[method];
    const handler = (handlers[method] as AnyHandler).bind(handlers);
    registrar.handle(channel, async (event, ...args) => {
      if (!isTrusted(event)) {
        throw new IpcRejection(`${channel} refused: the call did not come from a Sitbrief window`);
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        throw new IpcRejection(`${channel} refused: invalid arguments (${z.prettifyError(parsed.error).replace(/\s+/g, ' ').trim()})`);
      }
      return handler(...(parsed.data as unknown[]));
    });
  }
}
