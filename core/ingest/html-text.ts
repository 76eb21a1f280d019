/**
 * A DOM subtree to text with one paragraph per line, so that paragraph and sentence offsets
 * work on HTML sources exactly as on plain text. Iterative, because broken or hostile pages
 * can nest elements deeper than the call stack.
 */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'SELECT', 'BUTTON']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

type Step = { node: Node; exit: false } | { node: Element; exit: true };

export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  let preDepth = 0;
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const stack: Step[] = [...root.childNodes].reverse().map((node) => ({ node, exit: false as const }));
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.exit) {
      const tag = step.node.tagName.toUpperCase();
      if (tag === 'PRE') preDepth--;
      if (CELLS.has(tag)) current += ' ';
      else flush();
      continue;
    }
    const { node } = step;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (preDepth > 0 && value.includes('\n')) {
        const parts = value.split('\n');
        parts.forEach((part, i) => {
          current += part;
          if (i < parts.length - 1) flush();
        });
      } else current += value;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || element.hasAttribute('hidden')) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (BLOCKS.has(tag)) flush();
    if (tag === 'PRE') preDepth++;
    if (BLOCKS.has(tag) || CELLS.has(tag)) stack.push({ node: element, exit: true });
    for (let i = element.childNodes.length - 1; i >= 0; i--) stack.push({ node: element.childNodes[i]!, exit: false });
  }
  flush();
  return lines.join('\n');
}
