/**
 * What happened at a date, as a short clause taken from the sentence itself: the comma-level
 * clause holding the date, without the date words, widened just enough to be readable
 * (a subject for a bare verb phrase, the main clause for a bare prepositional phrase).
 * Everything in a label is the source's own wording, in the source's order.
 */

interface Segment { text: string; start: number; end: number }

const SPLIT = /,\s+|;\s+|:\s+|\s+[\u2014\u2013]\s+|\s+-\s+/g;
const QUOTE_START = /^["\u201c\u2018']/;
const PREPOSITION_START = /^(in|on|at|after|before|following|with|during|since|by|from|as|when|while|amid|until|over|late|early)\b/i;
const VERB_START = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|should|must)\b/;
const DEPENDENT_START = /^(which|who|where|raising|killing|leaving|prompting|marking|adding|saying)\b/i;
const SPEECH_END = /\b(said|says|told|wrote|posted|announced|warned|responded|added|stated)$/i;
const DANGLING_START = /^(and|but|or|so|then|while|as)\s+/i;
const DANGLING_PREPOSITION = /\s+(on|in|at|by|from|since|until|during|of|for)$/i;
const MAX_WORDS = 18;

function segments(sentence: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of sentence.matchAll(SPLIT)) {
    out.push({ text: sentence.slice(last, m.index), start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ text: sentence.slice(last), start: last, end: sentence.length });
  return out;
}

function tidy(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  t = t.replace(/^[\s,;:.\u2014\u2013-]+|[\s,;:\u2014\u2013-]+$/g, '');
  t = t.replace(DANGLING_START, '').replace(DANGLING_PREPOSITION, '');
  t = t.replace(/[.]$/, '').trim();
  return balanceQuotes(t);
}

/** Drops quotation marks left without a partner when a clause is cut out of a quotation. */
function balanceQuotes(text: string): string {
  let t = text.replace(/^[\u2019']s\s+/, '');
  const opens = (t.match(/\u201c/g) ?? []).length;
  const closes = (t.match(/\u201d/g) ?? []).length;
  if (opens !== closes) t = t.replace(/[\u201c\u201d]/g, '');
  if ((t.match(/"/g) ?? []).length % 2 === 1) t = t.replace(/"/g, '');
  return t.trim();
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The first sentence of a quotation, closed again, for "X said: “…”". */
function firstQuotedSentence(text: string): string {
  const m = /^(["\u201c])(.*?[.!?])(?=\s|["\u201d]|$)/u.exec(text);
  if (!m) return text;
  return `${m[1]}${m[2]}${m[1] === '"' ? '"' : '\u201d'}`;
}

function shorten(text: string): string {
  const parts = text.split(/\s+/);
  return parts.length <= MAX_WORDS ? text : `${parts.slice(0, MAX_WORDS).join(' ')}\u2026`;
}

function headline(text: string): string {
  const t = text.replace(/^(the|a|an)\s+/i, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A short label for what happened, from `sentence`, given where the date expression sits in it
 * (offsets relative to the sentence).
 */
export function eventLabel(sentence: string, dateStart: number, dateEnd: number): string {
  // "this weekend's broadcast": the date describes the thing, so it stays in the label.
  const possessive = /^[\u2019']s\b/.test(sentence.slice(dateEnd, dateEnd + 3));
  const segs = segments(sentence);
  const at = Math.max(0, segs.findIndex((s) => dateStart >= s.start && dateStart < s.end + 1));
  const seg = segs[at]!;
  const before = sentence.slice(seg.start, Math.max(seg.start, dateStart)).replace(/\b(on|in|at|by|from|since|until|during)\s*$/i, '');
  const after = sentence.slice(Math.min(seg.end, dateEnd), seg.end);
  let label = possessive ? tidy(seg.text) : tidy(`${before} ${after}`);
  const prev = segs[at - 1];
  const next = segs[at + 1];
  const nextUsable = next && !QUOTE_START.test(next.text) && !/^according to\b/i.test(next.text);

  if (!label && next) label = tidy(next.text);
  else if (VERB_START.test(label) && prev) label = `${tidy(prev.text)} ${label}`;
  else if (DEPENDENT_START.test(label) && prev) label = `${tidy(prev.text)}, ${label}`;
  else if (PREPOSITION_START.test(label) && nextUsable) label = `${label}, ${tidy(next.text)}`;
  else if (words(label) < 6 && nextUsable) label = `${label}, ${tidy(next.text)}`;

  const after2 = segs[at + (label.includes(tidy(next?.text ?? '\u0000')) ? 2 : 1)];
  if (SPEECH_END.test(label) && after2 && QUOTE_START.test(after2.text)) {
    label = `${label}: ${firstQuotedSentence(after2.text.trim())}`;
  }
  return headline(shorten(label || tidy(sentence)));
}
