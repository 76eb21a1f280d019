/**
 * A leaner path for pdfmake's style lookups. pdfmake measures each word by asking
 * `StyleContextStack.getStyleProperty` for some twenty properties; every ask pushes the word
 * onto the stack, allocates two closures and walks the enclosing nodes, and on a long brief
 * those asks were a tenth of the export. Our document names no styles (see
 * `pdf-document.ts`), so the walk is a plain search of the enclosing nodes' own properties
 * down to the default style, done here without allocating. The answer is pdfmake's: any ask
 * that meets a named style, or an item with a `style` or `section`, goes to pdfmake's own code.
 *
 * The static method is wrapped once. If pdfmake changes shape, nothing is wrapped and exports
 * are merely slower.
 */
import { pdfmakeModule } from './pdfmake-module.js';

type Props = Record<string, unknown>;

interface StyleStackLike {
  styleOverrides?: unknown[];
  defaultStyle?: Props;
}

type GetStyleProperty = (item: unknown, stack: StyleStackLike | null | undefined, property: string, fallback: unknown) => unknown;

interface StyleContextStackClass {
  getStyleProperty?: GetStyleProperty;
}

const isValue = (value: unknown): boolean => value !== undefined && value !== null;

let installed = false;

/** Returned when only pdfmake's own lookup can answer. */
const NEEDS_PDFMAKE = Symbol('needs pdfmake');

function plainLookup(item: unknown, stack: StyleStackLike, property: string, fallback: unknown): unknown {
  if (typeof item === 'object' && item !== null) {
    const own = item as Props;
    if (isValue(own.style) || own.section !== undefined) return NEEDS_PDFMAKE;
    // The item itself was already asked by the caller; pdfmake would push it and ask again.
  } else if (typeof item !== 'string') {
    return NEEDS_PDFMAKE;
  }
  const overrides = stack.styleOverrides;
  if (!Array.isArray(overrides)) return NEEDS_PDFMAKE;
  for (let i = overrides.length - 1; i >= 0; i--) {
    const entry = overrides[i];
    if (typeof entry !== 'object' || entry === null) return NEEDS_PDFMAKE;
    const value = (entry as Props)[property];
    if (isValue(value)) return value;
  }
  const value = stack.defaultStyle?.[property];
  return isValue(value) ? value : fallback;
}

export function installStyleLookup(): void {
  if (installed) return;
  installed = true;
  const cls = pdfmakeModule<StyleContextStackClass>('pdfmake/js/StyleContextStack.js');
  const original = cls?.getStyleProperty;
  if (!cls || typeof original !== 'function') return;
  cls.getStyleProperty = function (item, stack, property, fallback) {
    // As pdfmake reads it: on a string too (where `bold`, `sup`, `link`… are String methods).
    const own = (item as Props | null | undefined)?.[property];
    if (isValue(own)) return own;
    if (!stack) return fallback;
    const value = plainLookup(item, stack, property, fallback);
    return value === NEEDS_PDFMAKE ? original.call(this, item, stack, property, fallback) : value;
  };
}
