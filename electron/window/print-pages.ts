/**
 * Print documents waiting to be loaded by the hidden print window, served at
 * `app://print/<id>.html`. A separate host keeps them out of the app's origin (so a print
 * page could never pass the IPC sender check) and out of the file system.
 */
import { randomUUID } from 'node:crypto';

export const PRINT_HOST = 'print';
export const PRINT_ORIGIN = `app://${PRINT_HOST}`;

export class PrintPages {
  readonly #pages = new Map<string, string>();

  /** Keeps `html` until `remove`; returns the URL to load. */
  add(html: string): { id: string; url: string } {
    const id = randomUUID();
    this.#pages.set(id, html);
    return { id, url: `${PRINT_ORIGIN}/${id}.html` };
  }

  remove(id: string): void {
    this.#pages.delete(id);
  }

  /** The page for a request path like `/<id>.html`, or null for anything else. */
  lookup(pathname: string): string | null {
    const match = /^\/([0-9a-f-]{36})\.html$/.exec(pathname);
    return match?.[1] ? (this.#pages.get(match[1]) ?? null) : null;
  }
}
