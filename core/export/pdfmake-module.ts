/**
 * One of pdfmake's own modules, for the speed patches that wrap its internals (shaping cache,
 * text runs, style lookup). Undefined when it cannot be required — a bundle without pdfmake's
 * files beside it, or a pdfmake that moved them — and then the export is merely slower.
 */
import { createRequire } from 'node:module';

export function pdfmakeModule<T>(path: string): T | undefined {
  try {
    return (createRequire(import.meta.url)(path) as { default?: T }).default;
  } catch {
    return undefined;
  }
}
