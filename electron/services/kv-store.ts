/**
 * The slice of electron-store / conf that the services use. electron-store wraps conf,
 * so main passes an electron-store and Node tests pass a conf in a temp folder.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  has(key: string): boolean;
  readonly path: string;
}
