/**
 * Joining the lines of one paragraph, shared by the PDF reader and the plain-text unwrapper:
 * a line-end hyphen before a lower-case word is a broken word ("infra-" + "structure"),
 * before a capital or digit it is a real hyphen ("Russia-" + "Ukraine").
 */
export function joinLines(left: string, right: string): string {
  if (/\p{L}[-\u00ad]$/u.test(left) && /^\p{Ll}/u.test(right)) return left.slice(0, -1) + right;
  if (/[-\u2010\u2011\u00ad]$/.test(left) && /^(\p{L}|\d)/u.test(right)) return left.replace(/\u00ad$/, '-') + right;
  return `${left} ${right}`;
}

/**
 * Hard-wrapped text (lines cut at ~72–80 columns, paragraphs between blank lines) becomes one
 * paragraph per line, the shape the engine expects. Text that already has a paragraph per
 * line, blank-separated or not, is left alone: only blocks of several short lines are joined,
 * and only when most blocks look like that.
 */
export function unwrapHardWrapped(text: string): string {
  const blocks = text.split(/\n[ \t]*\n/);
  const multi = blocks.filter((b) => b.trim().includes('\n'));
  const lines = text.split('\n').filter((l) => l.trim());
  const longest = lines.reduce((max, l) => Math.max(max, l.length), 0);
  if (multi.length < 2 || multi.length * 2 < blocks.length || longest > 100) return text;
  return blocks
    .map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean).reduce((acc, line) => (acc ? joinLines(acc, line) : line), ''))
    .join('\n\n');
}
