/**
 * Markdown to plain prose: the markup a reader does not see (heading hashes, emphasis marks,
 * link targets, list bullets, rules) is removed so quotes and cites read as the writer meant.
 * Paragraphs (blank-line separated, possibly wrapped) become one line each; headings and
 * list items stay lines of their own.
 */
import { joinLines } from './text-lines.js';

const BLOCK_START = /^(#{1,6}\s|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)/;

function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
}

function stripBlockMarker(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').replace(/^>\s?/, '').replace(/^([-*+]|\d{1,3}[.)])\s+/, '');
}

export interface MarkdownDoc {
  text: string;
  /** From a YAML front matter block (`title:`, `date:`, `author:`), when the file has one. */
  title: string | null;
  date: string | null;
  author: string | null;
}

/** Splits off a leading `---` YAML front matter block; only flat `key: value` lines are read. */
function frontMatter(markdown: string): { body: string; fields: Map<string, string> } {
  const match = /^---\n([\s\S]*?)\n(---|\.\.\.)(\n|$)/.exec(markdown);
  const fields = new Map<string, string>();
  if (!match) return { body: markdown, fields };
  for (const line of match[1]!.split('\n')) {
    const field = /^([A-Za-z_][\w-]*):\s*(.+?)\s*$/.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), field[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return { body: markdown.slice(match[0].length), fields };
}

export function markdownToDoc(markdown: string): MarkdownDoc {
  const { body, fields } = frontMatter(markdown);
  return {
    text: markdownToText(body),
    title: fields.get('title') ?? null,
    date: fields.get('date') ?? fields.get('published') ?? null,
    author: fields.get('author') ?? null,
  };
}

function markdownToText(markdown: string): string {
  const out: string[] = [];
  let open = false; // whether the last output line is a paragraph that the next line continues
  let fenced = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      open = false;
      continue;
    }
    if (fenced) {
      if (line) out.push(line);
      continue;
    }
    if (!line || /^([-*_=]\s*){3,}$/.test(line) || /^\[[^\]]+\]:\s*\S+/.test(line)) {
      open = false;
      continue;
    }
    const text = inline(stripBlockMarker(line)).trim();
    if (!text) continue;
    if (open && !BLOCK_START.test(line)) out[out.length - 1] = joinLines(out[out.length - 1]!, text);
    else out.push(text);
    open = !/^#{1,6}\s/.test(line);
  }
  return out.join('\n');
}
