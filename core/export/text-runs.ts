/**
 * Draws each line's same-styled words as one text run. pdfmake breaks text into words to wrap
 * it and then draws every word with its own pdfkit `text()` call: a save, a transform, a
 * BT…ET block, a colour and an opacity operator per word. That was a third of a long brief's
 * export time and most of its content stream. Its renderer leaves this as a TODO
 * ("lines without differently styled inlines should be written to pdf as one stream").
 *
 * Neighbouring words of one style are joined before the line is drawn, so the line costs one
 * call per style change. Nothing moves: pdfmake placed each word at the sum of the previous
 * words' widths, and those widths are the very glyph advances pdfkit writes for the joined run
 * (both come from the same per-word shaping). Words with a link, a decoration, a background,
 * super/subscript, font features or a page reference are left alone.
 *
 * `Renderer.prototype.renderLine` is wrapped once. If pdfmake changes shape, the wrapper does
 * nothing and exports are merely slower.
 */
import { pdfmakeModule } from './pdfmake-module.js';

/** The fields of a pdfmake inline that this module reads. */
interface Inline {
  text: string;
  x: number;
  width: number;
  font: object;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  fontFeatures?: unknown;
  decoration?: unknown;
  background?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  sup?: boolean;
  sub?: boolean;
  _pageNodeRef?: unknown;
  _tocItemRef?: unknown;
  _pageRef?: unknown;
}

interface LineLike {
  inlines: readonly Inline[];
}

interface RendererLike {
  renderLine(line: LineLike, x: number, y: number): void;
}

/** Positions closer than this (in points) count as touching; far below a pixel at any zoom. */
const TOUCHING = 1e-6;

let installed = false;

/** An inline that draws only its glyphs: nothing attached that depends on where it starts. */
function plain(inline: Inline): boolean {
  // The tests pdfmake's renderer and pdfkit apply: a link counts unless null, the rest when truthy.
  return !inline.characterSpacing && !inline.fontFeatures && !inline.decoration && !inline.background
    && inline.link == null && !inline.linkToPage && !inline.linkToDestination
    && !inline.sup && !inline.sub && !inline._pageNodeRef && !inline._tocItemRef && !inline._pageRef;
}

/**
 * pdfkit shapes a run word by word, cutting after each space or tab. A joined run must cut
 * where the separate words did, or a pair such as "well-" + "known" would be shaped (and
 * kerned) as one word and land a hair differently.
 */
function endsWord(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 9;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && a.opacity === b.opacity;
}

function joinable(prev: Inline, next: Inline): boolean {
  return endsWord(prev.text) && plain(prev) && plain(next) && sameStyle(prev, next) && Math.abs(prev.x + prev.width - next.x) < TOUCHING;
}

/** The line's inlines with touching same-styled neighbours joined; the same array when none are. */
export function joinRuns(inlines: readonly Inline[]): readonly Inline[] {
  let out: Inline[] | null = null;
  for (let i = 0; i < inlines.length; ) {
    const first = inlines[i]!;
    let end = i + 1;
    let text = first.text;
    let width = first.width;
    while (end < inlines.length && joinable(inlines[end - 1]!, inlines[end]!)) {
      text += inlines[end]!.text;
      width += inlines[end]!.width;
      end++;
    }
    if (end - i > 1) {
      out ??= inlines.slice(0, i);
      out.push({ ...first, text, width });
    } else if (out) {
      out.push(first);
    }
    i = end;
  }
  return out ?? inlines;
}

export function installTextRuns(): void {
  if (installed) return;
  installed = true;
  const proto = pdfmakeModule<{ prototype?: RendererLike }>('pdfmake/js/Renderer.js')?.prototype;
  if (!proto || typeof proto.renderLine !== 'function') return;
  const renderLine = proto.renderLine;
  proto.renderLine = function (this: RendererLike, line, x, y) {
    const inlines = Array.isArray(line?.inlines) ? joinRuns(line.inlines) : undefined;
    if (!inlines || inlines === line.inlines) return renderLine.call(this, line, x, y);
    // The line object is pdfmake's own (kept for the document's lifetime); draw a view of it.
    const view = Object.create(line) as LineLike;
    view.inlines = inlines;
    return renderLine.call(this, view, x, y);
  };
}
