/**
 * What happened at a date, as a short clause taken from the sentence itself: the comma-level
 * clause holding the date, without the date words, widened just enough to be readable (a
 * subject for a bare verb phrase, the main clause for a bare prepositional phrase) and cut back
 * at a clause boundary when it runs on. Everything in a label is the source's own wording, in
 * the source's order; only a leading "he"/"she"/"it" may be replaced by the name it stands for.
 */
import { antecedentOf } from './antecedent.js';
import { hasFiniteVerb, startsWithVerb } from './verbs.js';
import { reportingWords } from '../reporting-words.js';
import { capitalise, wordCount } from '../text/words.js';
import { tagTokens } from '../text/nlp.js';
import { SUBORDINATORS, alternation, without } from '../text/function-words.js';
import { attributionOnly, lacksSubject, needsWhatFollows, readsAlone, unfinishedClause } from './readable.js';

interface Segment { start: number; end: number }
export interface Span { start: number; end: number }

export interface LabelContext {
  /** Other time expressions in the same sentence (offsets relative to it): never split, kept as written. */
  others?: readonly Span[];
  /** The sentence before, for what a leading pronoun stands for. */
  previous?: string | null;
}

const SPLIT = /,["\u201d\u2019]?\s+|;\s+|:\s+|\s+[\u2014\u2013]\s+|\s+-\s+/g;
const QUOTE_START = /^["\u201c\u2018']/;
const PREPOSITION_START = /^(in|on|at|after|before|following|with|during|since|by|from|as|when|while|amid|until|over|late|early|according to|ahead of|despite|including|for|under|to|among|like|unlike|along with)\b/i;
/** Conjunctions opening a clause of its own, with subject and verb ("when the strike began on Monday"); "as", "if" and "unless" stay out, as tuned. */
const SUBORDINATE_START = new RegExp(String.raw`^(?:and\s+|but\s+)?(?:${alternation(without(SUBORDINATORS, 'as', 'if', 'unless'))})\s+(?!(?:the|a|an|his|her|its|their)?\s*\w+ing\b)`, 'i');
const DEPENDENT_START = /^(which|who|whose|where|raising|killing|leaving|prompting|marking|adding|saying)\b/i;
/** Verbs that make a clause a report of someone's words ("“…,” Obama said Saturday"). */
const SPEECH_VERBS = ['say', 'tell', 'write', 'post', 'announce', 'warn', 'respond', 'add', 'state'];
const SAID = `${reportingWords(SPEECH_VERBS, ['past'])}|${reportingWords(['say'], ['third'])}`;
const SPEECH = new RegExp(`\\b(${SAID})\\b`, 'i');
/** A clause ending in one of these ("…, a spokesman announced") tells what is announced in the clause beside it. */
const SPEECH_END = new RegExp(`\\b(${SAID}|${reportingWords(['report', 'confirm'], ['past'])})$`, 'i');
const DANGLING_START = /^(?:(?:and|but|or|so|then|yet|also|plus|because|although|though|meanwhile|however|still|instead|indeed|now|again|only|just|particularly|especially|notably|mostly|largely),?\s+)+/i;
const DANGLING_END = new Set('on in at by from since until during of for to the a an and or but with as that which who whose its his her their these those such including between against into among via nearly about around only just early late this last next very even than'.split(' '));
/** The words that tie a date to its clause ("until nearly 2 a.m.", "over the weekend"): they go with it. */
const GOVERNING = /(?:\b(?:from|since|until|till|before|after)\s+(?=over\s))?(?:\b(?:on|in|at|by|from|since|until|till|during|before|after|through|as of|as early as|as late as|no later than|over)\s+)?(?:\b(?:nearly|about|around|only|just|earlier|later|late|early|again)\s+)?(?:\b(?:this|that|the|a|an)\s+)?$/i;
/** Where a long clause may end without leaving a phrase hanging. */
const CUT_BEFORE = /,\s+|\s+(?=(?:which|who|whom|where|after|before|because|while|when|as|amid|despite|following|since|until|although|though|according to|in order to|so that)\s)/gi;
const MAX_WORDS = 16;
/** Present-tense or modal verbs: a label that says what is or will be, not what happened. */
const JUDGEMENT = /\b(?:is|are|will|would|could|may|might|must|should|can|cannot|won't|isn't|aren't)\b/i;
/** A clause up to this long is kept whole when no clean cut shortens it. */
const WHOLE_CLAUSE_WORDS = 20;
const MIN_WORDS = 3;
/** A quotation in a label is its first sentence, up to this many words. */
const QUOTE_WORDS = 14;
const DATE = '\u0001';
/** Left out of labels: parenthetical asides between dashes, ages in apposition (", 69,"). */
const ASIDE = '\u0004';

/**
 * A comma that joins names in a list ("England, Wales and Northern Ireland") or a place to its
 * region ("Coral Springs, Florida,") is not a clause boundary.
 */
function listComma(text: string, comma: number, after: number): boolean {
  if (text[comma] !== ',') return false;
  if (!/[A-Z][\w.'\u2019-]*$/.test(text.slice(Math.max(0, comma - 30), comma))) return false;
  const rest = text.slice(after);
  // "…, Mr. Xi and Mr. Obama sealed their agreement": names joined by "and" before a verb are a subject.
  const names = /^(?:[A-Z][\w.'\u2019-]*\s)+(?:and|or)\s(?:[A-Z][\w.'\u2019-]*\s?)+/.exec(rest);
  if (names) return !startsWithVerb(rest.slice(names[0].length));
  return /^[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*)?(?:,|$)/.test(rest);
}

function segments(masked: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of masked.matchAll(SPLIT)) {
    if (listComma(masked, m.index, m.index + m[0].length)) continue;
    out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: masked.length });
  return out;
}

function tidy(text: string): string {
  let t = text.replaceAll(ASIDE, '').replace(/\s+/g, ' ').trim().replace(/^[A-Z][A-Z .,'-]{2,}\s+(?:--|\u2014|\u2013|\u2015)\s+/, ''); // "WASHINGTON -- " dateline
  t = t.replace(/\s+([,.;:])/g, '$1').replace(/\s*\([^)]*$/, '');
  t = t.replace(/^[\s,;:.\u2014\u2013-]+|[\s,;:\u2014\u2013-]+$/g, '');
  t = t.replace(DANGLING_START, '');
  for (;;) {
    t = t.replace(/[\s,;:.]+$/, '');
    const space = t.lastIndexOf(' ');
    if (space < 0 || !DANGLING_END.has(t.slice(space + 1).toLowerCase())) break;
    t = t.slice(0, space);
  }
  return balanceQuotes(t.trim());
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

/** The first sentence of a quotation, closed again, for "X said: “…”". */
function firstQuotedSentence(text: string): string {
  const m = /^(["\u201c])(.*?[.!?])(?=\s|["\u201d]|$)/u.exec(text);
  if (!m) return text;
  const quoted = m[2]!.split(/\s+/);
  const said = quoted.length > QUOTE_WORDS ? `${quoted.slice(0, QUOTE_WORDS).join(' ').replace(/[,;:]$/, '')}\u2026` : m[2];
  return `${m[1]}${said}${m[1] === '"' ? '"' : '\u201d'}`;
}

/** Failing a clause boundary, a label may end before a prepositional phrase ("… in London"). */
const CUT_BEFORE_PHRASE = /\s+(?=(?:in|at|on|for|with|from|by|during|under|over|into|against|between|among|across|through|near|outside|inside|without|ahead of|instead of)\s)/gi;
/** A phrase cut after one of these leaves a verb without its particle or agent ("has called", "released"). */
const NEEDS_MORE = /(?:ed|ing|\b(?:take|put|set|carry|go|went|come|came|get|got|turn|hand|look|pay|paid|place|part|based|held|made|built|known|seen|shown))$/i;

/**
 * Words that join a clause to what it adds: a relative ("a clause inserted in the bill | that
 * would have …") or a second clause ("raised the funds | but the owner refused …"). A relative
 * is cut only when it follows a noun and opens with its verb: "told the leaders | that few
 * people understood …" is what was told, and cutting it leaves the news out. "to" is never a
 * cut: after a noun it is as often the verb's own complement ("expects Holt | to insert himself").
 */
const CUT_BEFORE_LINK = /\s+(?=(?:that|which|who|but|and)\s)/gi;
const PHRASE_END_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);

function linkEndsPhrase(head: string, rest: string): boolean {
  const link = /^(\w+)\s+(?:then\s+|also\s+|later\s+)?(.*)$/s.exec(rest);
  if (!link) return false;
  const word = link[1]!.toLowerCase();
  if (word === 'but') return true;
  // "and" starts a second clause only before a verb ("… and then claimed") or a new subject pronoun.
  if (word === 'and') return startsWithVerb(link[2]!) || /^(he|she|it|they|we)\s/i.test(link[2]!);
  if (!startsWithVerb(link[2]!)) return false;
  const tokens = tagTokens(head).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  return PHRASE_END_TAGS.has(tokens[tokens.length - 1]?.pos ?? '');
}

/** Verbs whose object is followed by what it is taken "as" ("described it as", "be seen as"), a few words back. */
const AS_COMPLEMENT = /\b(?:describ(?:e|es|ed|ing)|seen|regarded|viewed|known|dismissed|condemned|branded|labell?ed|hailed|billed|touted|portrayed|treated|considered|characteri[sz]ed|cited|identified)(?:\s+\S+){0,6}$/i;

interface CutRule { boundaries: RegExp; least: number; most?: number; phrase?: boolean; linked?: boolean }

/** The latest cut of `text` by `boundaries` that leaves at least `least` words, `most` at most (MAX_WORDS), and a verb. */
function cutAt(text: string, { boundaries, least, most = MAX_WORDS, phrase = false, linked = false }: CutRule): string | null {
  let best: string | null = null;
  for (const m of text.matchAll(boundaries)) {
    if (listComma(text, m.index, m.index + m[0].length)) continue;
    if (/\b(days?|weeks?|months?|years?|hours?|minutes?|shortly|soon|just|long|right|even)$/i.test(text.slice(0, m.index))) continue; // "three days after …" is one phrase
    // "an explosion the mayor described | as an intentional act": "as" completes the verb before it
    // (unless a clause follows: "condemned the launch | as Pyongyang fired …").
    if (/^\s*as\s/i.test(text.slice(m.index)) && AS_COMPLEMENT.test(text.slice(0, m.index)) && !hasFiniteVerb(text.slice(m.index).trim().split(/\s+/, 7).slice(1).join(' '))) continue;
    // "was the one | who started …": the relative is what the word means.
    if (/\b(?:one|ones|first|last|only|kind|sort|type)[,\s]*$/i.test(text.slice(0, m.index)) && /^[,\s]*(?:who|which|that)\s/i.test(text.slice(m.index))) continue;
    const head = tidy(text.slice(0, m.index));
    if (wordCount(head) > most) break;
    if (wordCount(head) < least || !hasFiniteVerb(head) || SPEECH_END.test(head) || needsWhatFollows(head) || (phrase && NEEDS_MORE.test(head))) continue;
    if (unfinishedClause(head)) continue;
    if (linked && !linkEndsPhrase(text.slice(0, m.index), text.slice(m.index + m[0].length))) continue;
    best = head;
  }
  return best;
}

/**
 * A clause of at most MAX_WORDS words: cut at the last clause boundary that keeps a verb; a
 * clause a little longer than that stays whole rather than lose its end to a cut mid-phrase;
 * longer ones end before a phrase that fits. Null when no cut leaves a whole clause: a label
 * stopped mid-clause ("… would have forced ministers…") reads as a fragment, not an event.
 */
function shorten(text: string): string | null {
  const words = wordCount(text);
  if (words <= MAX_WORDS) return text;
  const clause = cutAt(text, { boundaries: CUT_BEFORE, least: 8 }) ?? cutAt(text, { boundaries: CUT_BEFORE_LINK, least: 8, linked: true });
  if (clause) return clause;
  if (words <= WHOLE_CLAUSE_WORDS) return text;
  return cutAt(text, { boundaries: CUT_BEFORE_PHRASE, least: 7, phrase: true })
    ?? cutAt(text, { boundaries: CUT_BEFORE, least: 5, most: WHOLE_CLAUSE_WORDS })
    ?? cutAt(text, { boundaries: CUT_BEFORE_LINK, least: 5, most: WHOLE_CLAUSE_WORDS, linked: true })
    ?? cutAt(text, { boundaries: CUT_BEFORE_PHRASE, least: 7, most: WHOLE_CLAUSE_WORDS, phrase: true });
}

function fill(text: string, from: number, to: number, char: string): string {
  return text.slice(0, from) + char.repeat(Math.max(0, to - from)) + text.slice(to);
}

/** "on Friday and Saturday", "from Monday to Wednesday": the two dates go out of the label together. */
function withPartner(sentence: string, date: Span, others: readonly Span[]): Span {
  for (const o of others) {
    if (o.start >= date.end && /^\s+(?:and|or|to|through|until|till)\s+$|^\s*[\u2013-]\s*$/.test(sentence.slice(date.end, o.start))) return { start: date.start, end: o.end };
    if (o.end <= date.start && /^\s+(?:and|or|to|through|until|till)\s+$|^\s*[\u2013-]\s*$/.test(sentence.slice(o.end, date.start))) return { start: o.start, end: date.end };
  }
  return date;
}

/**
 * Two strings of the sentence's length: `split` for finding clause boundaries (dates and asides
 * hold no boundary) and `shown` for the words a label may use (the labelled date blanked out,
 * asides marked for removal).
 */
function prepare(sentence: string, date: Span, others: readonly Span[]): { split: string; shown: string } {
  date = withPartner(sentence, date, others);
  let split = fill(sentence, date.start, date.end, DATE);
  let shown = split;
  for (const o of others) {
    split = fill(split, o.start, o.end, 'x');
    // "this weekend's broadcast" → "the broadcast": the timeline gives the dates.
    if (!/^[\u2019']s\b/.test(sentence.slice(o.end, o.end + 3))) continue;
    const blanked = fill(shown, o.start, o.end + 2, ASIDE);
    shown = `${blanked.slice(0, o.start)}the${blanked.slice(o.start + 3)}`;
  }
  const asides = [
    ...split.matchAll(/\s[\u2014\u2013-]\s[^\u2014\u2013]{3,80}?\s[\u2014\u2013-]\s/g),
    ...split.matchAll(/,\s\d{1,3},(?=\s)/g),
  ];
  for (const a of asides) {
    const keep = a[0].startsWith(',') ? [0, 0] : [1, 1]; // keep the space around a dashed aside
    split = fill(split, a.index + keep[0]!, a.index + a[0].length - keep[1]!, ASIDE);
    shown = fill(shown, a.index + keep[0]!, a.index + a[0].length - keep[1]!, ASIDE);
  }
  return { split, shown };
}

/** Whether `pos` lies inside a quotation opened earlier in the sentence. */
function insideQuote(sentence: string, pos: number): boolean {
  const before = sentence.slice(0, pos);
  const curly = (before.match(/\u201c/g) ?? []).length - (before.match(/\u201d/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** The quotation that ends before `pos`, closed as a sentence: "“Our progress is on the ballot.”" */
function quotedText(sentence: string, pos: number): string | null {
  const before = sentence.slice(0, pos);
  if (before.includes("''")) return null; // quotes marked with doubled apostrophes cannot be told from their words
  const open = Math.max(before.lastIndexOf('\u201c'), before.indexOf('"'));
  const close = Math.max(before.lastIndexOf('\u201d'), before.lastIndexOf('"'));
  const words = sentence.slice(open + 1, close > open ? close : pos).replace(/[\s,.;:!?]+$/, '');
  const mark = sentence[open] === '"' ? ['"', '"'] : ['\u201c', '\u201d'];
  return `${mark[0]}${words}${/[!?]$/.test(sentence.slice(open + 1, close).trim().replace(/[,]$/, '')) ? '' : '.'}${mark[1]}`;
}

/** "Monday's debate" → "the debate"; "since Monday night's debate" → "since the debate". */
function withoutDate(shown: string, seg: Segment, when: string): string {
  const text = shown.slice(seg.start, seg.end);
  const at = text.indexOf(DATE);
  if (at < 0) return tidy(text);
  let end = at;
  while (text[end] === DATE) end++;
  const head = text.slice(0, at);
  let after = text.slice(end);
  const of = /\s+of\s+$/i.exec(head);
  if (of && !/^[\u2019']s\b/.test(after)) return tidy(`${head.slice(0, of.index)}${after}`); // "in the early hours of Friday" → "in the early hours"
  // "a ruling released Thursday", "the poll released Friday shows": the participle only placed the thing in time.
  const placed = /\b(?:a|an|the|its|his|her|their)\s+(?:[\w\/.'\u2019-]+\s+){0,3}?(?!(?:that|which|who)\s)[a-z][\w-]*\s+((?:being\s+)?(?:released|published|issued|conducted|held|unveiled|announced|filed|posted|aired|taken))\s+(?:(?:on|in|at|last|this)\s+)?$/i.exec(head.slice(-80));
  if (placed) {
    const nounAt = head.length - Math.min(80, head.length) + placed.index;
    const participleAt = head.lastIndexOf(placed[1]!);
    // A past verb after its subject ("a spokesman announced Monday") stays: the participle reading needs
    // a verb after it ("… shows") or one before its noun ("rejected that argument in a ruling released").
    if (startsWithVerb(after.trim()) || (/^\s*[,.;]?\s*$/.test(after) && hasFiniteVerb(head.slice(0, nounAt)))) return tidy(`${head.slice(0, participleAt)}${after}`);
  }

  if (/^[\u2019']s\b/.test(after)) {
    after = after.slice(2);
    const keep = /^(since|until|before|after)\b/i.exec(when)?.[0];
    return tidy(`${head}${keep ? `${keep} ` : ''}the${after}`);
  }
  // "since the Monday night debate": the date describes the noun after it, which stays.
  const tail = head.slice(-60); // the end-anchored patterns below need only the last few words
  if (/\b(the|a|an|its|his|her|their)\s+$/i.test(tail) && /^\s+(?!(?:in|on|at|to|for|with|and|or|but|as|after|before|when|that|which|by|from|about|of|over|into|than|since|until|during|through|against|between|under|without|within|across|behind|because|while|if|so|though|although)\b)[a-z]/.test(after)) return tidy(`${head}${after.trimStart()}`);
  const governing = GOVERNING.exec(tail);
  return tidy(`${governing ? head.slice(0, head.length - governing[0].length) : head} ${after}`);
}

/**
 * "Derek Mitchell, who served as ambassador from 2012": the dated event is the relative clause's,
 * told of the noun before it, so the noun becomes its subject ("Derek Mitchell served as …").
 * A relative of a word or two ("…, which was reached") says too little to stand as a clause.
 */
function relativeAsClause(text: string): string {
  const m = /^([^,]+),\s+(?:who|which)\s+([^,]+)$/i.exec(text);
  if (!m || hasFiniteVerb(m[1]!) || wordCount(m[2]!) < 3 || !startsWithVerb(m[2]!)) return text;
  return `${m[1]} ${m[2]}`;
}

/** "He told reporters …" → "Smith told reporters …" when the text before says who. */
function resolvePronoun(label: string, ...before: (string | null)[]): string {
  const pronoun = /^(he|she|it)\s+(?!is\b|was\b)/i.exec(label);
  if (!pronoun) return label;
  for (const text of before) {
    const { person, thing } = antecedentOf(text);
    const name = /^it$/i.test(pronoun[1]!) ? thing : person;
    if (name) return `${name} ${label.slice(pronoun[0].length)}`;
  }
  return label;
}

/**
 * A short label for what happened, from `sentence`, given where the date expression sits in it
 * (offsets relative to the sentence); null when the sentence says nothing that happened
 * (no clause with a verb survives).
 */
export function eventLabel(sentence: string, dateStart: number, dateEnd: number, context: LabelContext = {}): string | null {
  const { split, shown } = prepare(sentence, { start: dateStart, end: dateEnd }, context.others ?? []);
  const segs = segments(split);
  const at = Math.max(0, segs.findIndex((s) => dateStart >= s.start && dateStart < s.end + 1));
  const parts: (string | undefined)[] = [];
  const part = (i: number): string => (segs[i] ? (parts[i] ??= tidy(shown.slice(segs[i]!.start, segs[i]!.end))) : '');
  const inQuote: (boolean | undefined)[] = [];
  const quoted = (i: number): boolean => Boolean(segs[i]) && (inQuote[i] ??= QUOTE_START.test(sentence.slice(segs[i]!.start, segs[i]!.end).trim()) || insideQuote(sentence, segs[i]!.start));
  const usable = (i: number): boolean => Boolean(segs[i]) && !quoted(i) && !/^according to\b/i.test(part(i));
  const isMain = (i: number): boolean => usable(i) && hasFiniteVerb(part(i)) && !PREPOSITION_START.test(part(i)) && !DEPENDENT_START.test(part(i));
  const isNounPhrase = (t: string): boolean => Boolean(t) && !/^\w+ing\b/.test(t) && !hasFiniteVerb(t) && !PREPOSITION_START.test(t) && !QUOTE_START.test(t);

  let label = withoutDate(shown, segs[at]!, sentence.slice(dateStart, dateEnd));
  let used = at;
  const adverbial = /^(?:where|when|whereupon)\s+/i.exec(label);
  if (adverbial && !startsWithVerb(label.slice(adverbial[0].length))) label = label.slice(adverbial[0].length); // "…, where 40 ships were ordered to hold position"
  else if (DEPENDENT_START.test(label) && at > 0) label = `${part(at - 1)}, ${label}`;
  else if (startsWithVerb(label)) {
    // "Prince Harry, 20, sparked outrage …": the subject is the phrase before.
    const subject = [at - 1, at - 2].find((i) => isNounPhrase(part(i)));
    if (subject !== undefined) label = `${part(subject)} ${label}`;
  } else if (SPEECH_END.test(label) && wordCount(label) <= 5 && usable(at - 1) && !PREPOSITION_START.test(part(at - 1)) && wordCount(part(at - 1)) >= 4) {
    label = `${part(at - 1)}, ${label}`; // "…, a spokesman announced Monday": what was announced
  } else if (SPEECH.test(label) && wordCount(label) <= 12 && at > 0 && quoted(at - 1) && !quoted(at)) {
    const speaker = resolvePronoun(label, context.previous ?? null);
    const words = quotedText(sentence, segs[at]!.start);
    return words ? capitalise(`${speaker}: ${firstQuotedSentence(words)}`) : null; // "“…,” Obama said Saturday"
  } else if (quoted(at)) {
    return null; // a date inside someone's words: what they said, not an event the source reports
  }

  const subordinate = SUBORDINATE_START.exec(label);
  if (subordinate && !quoted(at) && hasFiniteVerb(label.slice(subordinate[0].length)) && !startsWithVerb(label.slice(subordinate[0].length))) {
    // "while Monday's debate will be Trump's first": the date is that clause's, not the main clause's.
    label = label.slice(subordinate[0].length);
  } else if (!hasFiniteVerb(label) || PREPOSITION_START.test(label)) {
    // The event is told in a neighbouring clause ("At a rally in Ohio on Friday, Smith said …").
    const main = [at + 1, at + 2, at - 1, at - 2].find(isMain);
    if (main !== undefined) {
      const clause = part(main);
      const subject = startsWithVerb(clause) ? [main - 1, main - 2].find((i) => i >= 0 && isNounPhrase(i === at ? label : part(i))) : undefined;
      // "Trump has been targeting her since Clinton, at Monday's debate, cited …": the name ending the clause before.
      const name = subject === undefined && startsWithVerb(clause) ? /(?:^|\s)((?:[A-Z][\w'\u2019.-]*\s?){1,3})$/.exec(part(Math.min(at, main) - 1))?.[1] : undefined;
      if (subject !== undefined) label = `${subject === at ? label : part(subject)} ${clause}`;
      else if (startsWithVerb(clause)) label = name ? `${name.trim()} ${clause}` : '';
      else if (label && PREPOSITION_START.test(label) && !hasFiniteVerb(label) && main === at + 1 && wordCount(label) + wordCount(clause) <= MAX_WORDS) label = `${label}, ${clause}`;
      else label = clause;
      used = main;
    }
  } else if (wordCount(label) < 6 && usable(at + 1) && (PREPOSITION_START.test(part(at + 1)) || /^\w+ing\b/.test(part(at + 1)))) {
    label = `${label}, ${part(at + 1)}`; // "The strike occurred, with over 70 missiles …"
    used = at + 1;
  }

  label = tidy(label);
  if (wordCount(label) < MIN_WORDS || !hasFiniteVerb(label) || /^according to\b/i.test(label) || startsWithVerb(label) || lacksSubject(label)) return null;
  const before = used > 0 ? sentence.slice(0, segs[used]!.start) : (context.previous ?? null);
  let text = shorten(resolvePronoun(label, before, context.previous ?? null));
  // "…, which occurred" once its date is gone: the dated event was the relative's, and it has nothing left to say.
  if (text === null) return null;
  text = relativeAsClause(text);
  if (!readsAlone(text)) return null;
  const quote = segs[used + 1];
  if (SPEECH_END.test(text) && quote && QUOTE_START.test(sentence.slice(quote.start, quote.end))) {
    text = `${text}: ${firstQuotedSentence(sentence.slice(quote.start).trim())}`;
  } else if (attributionOnly(text)) {
    // "…, Sony told an audience in Los Angeles last year": what was told opens the sentence.
    const said = used === 1 && usable(0) && !quoted(0) && hasFiniteVerb(part(0)) && !PREPOSITION_START.test(part(0)) ? `${part(0)}, ${text}` : null;
    if (!said || wordCount(said) > WHOLE_CLAUSE_WORDS) return null;
    text = said;
  } else {
    // "…is an insult to voters, lawmakers said": without its credit a judgement or a forecast would
    // read as the brief's own; a reported past action ("approved the defences") reads fine without.
    const last = segs.length - 1;
    if (last > used && usable(last) && JUDGEMENT.test(text) && attributionOnly(part(last))) {
      const credit = resolvePronoun(part(last), sentence.slice(0, segs[last]!.start), context.previous ?? null);
      const whole = `${text}, ${credit}`;
      if (/^(?:he|she|it|they)\b/i.test(credit) || wordCount(whole) > WHOLE_CLAUSE_WORDS + 4) return null;
      text = whole;
    }
  }
  return capitalise(text);
}
