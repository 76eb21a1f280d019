/**
 * Sentence-level rules that spot an open issue a source states in so many words, and phrase it
 * as a question. Each rule reads one sentence (and its neighbours, for "… However, …"), and
 * returns the question, its kind and the spans it rests on.
 */
import type { Cite } from '../../model/briefing.js';
import { clauseSubject, doFor, midSentence, whQuestion, yesNoQuestion } from './invert.js';
import { reportingWords } from '../reporting-words.js';
import { isHeadline } from '../people/doc.js';
import { tokenize } from '../people/tokens.js';
import { capitalise, uncapitalise } from '../text/words.js';

export type QuestionKind = 'uncertainty' | 'pending' | 'contested' | 'unconfirmed';

export interface SentenceView {
  text: string;
  cite: Cite;
  next: { text: string; cite: Cite } | null;
}

export interface FoundQuestion { text: string; kind: QuestionKind; cites: Cite[] }

type Rule = (s: SentenceView) => FoundQuestion | null;

const WH = '(whether|if|how many|how much|how|why|when|where|who|what|which)';
const UNKNOWN = '(?:still\\s+)?(?:to be seen|unclear|not clear|uncertain|unknown|not known|an open question|in doubt)';
const CONTRADICTION = /^(however|but|yet|in fact|still|nevertheless|that claim|this claim|the claim)\b/i;
const LEADING_CONNECTOR = /^(however|but|and|yet|meanwhile|still),?\s+/i;

function trimEnd(text: string): string {
  const t = text.trim().replace(/[\s.,;:!?"'\u201d\u2019)]+$/u, '');
  // Close again a quotation the trim opened: 'release the videos "as a matter of good faith"'.
  if ((t.match(/"/g) ?? []).length % 2 === 1) return `${t}"`;
  if ((t.match(/\u201c/g) ?? []).length > (t.match(/\u201d/g) ?? []).length) return `${t}\u201d`;
  return t;
}

/**
 * "… and repeatedly says": a second verb of speech starts a new clause. "calls" is no verb of
 * speech in quotes/verbs.ts ("called a meeting"), but "… and calls it" is one here.
 */
const AND_SAYS = `${reportingWords(['say', 'add', 'tell', 'ask', 'urge', 'warn', 'repeat'], ['third', 'past'])}|calls|called`;
const CLAUSE_CUT = new RegExp(String.raw`,?\s+but\s|\s+and\s+(?:is|are|was|were|will|has|have|had|the|a|an)\s|,\s+(?:and|which|who|where|while|as|when|although|though|buoying|raising|prompting|according to|officials said|diplomats said)\s|\s+according to\s|\s+(?:--|\u2014|\u2013)\s|,\s+with\s|\s+as\s+(?:it|he|she|they|the\s+\w+)\s+(?:continues?|tries|try|seeks?|faces?|struggles?)\b|\s+and\s+(?:\w+ly\s+)?(?:${AND_SAYS})\b`, 'i');

/**
 * Cuts a predicate before a second clause that would make the question run on: "… and is …",
 * ", according to diplomats", "… and repeatedly says", "… as it continues to …".
 */
export function firstClause(text: string): string {
  const cut = CLAUSE_CUT.exec(text);
  return trimEnd(cut ? text.slice(0, cut.index) : text);
}

function ask(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `${capitalise(t)}?`;
}

/** "whether X" → yes/no question, "how X" → wh-question. */
function fromClause(wh: string, clause: string): string | null {
  const w = wh.toLowerCase();
  return w === 'whether' || w === 'if' ? yesNoQuestion(trimEnd(clause)) : whQuestion(`${w} ${trimEnd(clause)}`);
}

/**
 * A question whose subject is only "this"/"it" is unreadable alone; when the sentence opens
 * with the context ("With Trump stepping up his rhetoric, …"), keep that context in front.
 */
function withContext(lead: string, question: string): string {
  const context = lead.trim().replace(LEADING_CONNECTOR, '');
  if (!/^\w+ (this|that|it)\b/i.test(question) || !/,$/.test(context)) return question;
  return `${context} ${uncapitalise(question)}`;
}

const LEADING_UNKNOWN = new RegExp(`^(?:but\\s+|however,\\s+|and\\s+)?${WH}\\s+(.+?)\\s+(?:remains?|is|are|was)\\s+${UNKNOWN}`, 'i');
const TRAILING_UNKNOWN = [
  new RegExp(`\\b(?:it\\s+)?(?:remains|remained|is|was)\\s+${UNKNOWN}\\s+${WH}\\s+(.+)$`, 'i'),
  new RegExp(`\\bthe (?:big |key |open )?question (?:remains|is|now is)\\s+${WH}\\s+(.+)$`, 'i'),
  new RegExp(`\\bquestions (?:remain|linger|persist)\\s+(?:over|about|as to)\\s+${WH}\\s+(.+)$`, 'i'),
];

/** "Whether X remains to be seen", "How X is unclear". */
const leadingUnknown: Rule = (s) => {
  const m = LEADING_UNKNOWN.exec(s.text);
  const q = m && fromClause(m[1]!, m[2]!);
  return q ? { text: ask(q), kind: 'uncertainty', cites: [s.cite] } : null;
};

/** "It remains unclear whether X", "the question remains whether X", "questions remain over how X". */
const trailingUnknown: Rule = (s) => {
  for (const re of TRAILING_UNKNOWN) {
    const m = re.exec(s.text);
    const q = m && fromClause(m[1]!, m[2]!);
    if (m && q) return { text: ask(withContext(s.text.slice(0, m.index), q)), kind: 'uncertainty', cites: [s.cite] };
  }
  return null;
};

/** The subject of a sentence, without a leading connector, for "What does S mean for X?". */
function sentenceSubject(text: string): string | null {
  const subject = clauseSubject(text.replace(LEADING_CONNECTOR, ''));
  return subject && subject.split(/\s+/).length <= 16 ? subject : null;
}

/** "S has cast doubt on X", "…, raising concerns over X": what S means for X is the open issue. */
const doubtOrConcern: Rule = (s) => {
  const doubt = /^(.*?)\s+(?:has\s+|have\s+|had\s+)?(?:cast|casts|casting|raised|raises|raising)\s+(?:new\s+|fresh\s+|serious\s+)?doubts?\s+(?:on|over|about)\s+(.+?)(?:,|;|$)/i.exec(s.text);
  const concern = /^(.*?),\s+(?:raising|sparking|prompting|fuelling|fueling)\s+(?:new\s+|fresh\s+|serious\s+)?(?:concerns?|fears?|questions?|worries)\s+(?:over|about|of|on|regarding|that)\s+(.+?)(?:,|;|$)/i.exec(s.text);
  const m = doubt ?? concern;
  if (!m) return null;
  const subject = doubt ? trimEnd(m[1]!).replace(LEADING_CONNECTOR, '') : sentenceSubject(m[1]!);
  const object = trimEnd(m[2]!);
  if (!subject || subject.split(/\s+/).length > 16) return null;
  const s0 = uncapitalise(subject);
  return { text: ask(`What ${doFor(subject)} ${s0} mean for ${object}`), kind: 'uncertainty', cites: [s.cite] };
};

/** The subject of "… that S is expected …", without a leading "On Friday," or "reports that". */
function pendingSubject(before: string): string {
  let subject = before.trim();
  const that = subject.toLowerCase().lastIndexOf(' that ');
  if (that >= 0) subject = subject.slice(that + 6);
  subject = subject.replace(LEADING_CONNECTOR, '');
  const lead = /^(?:on|in|at|by|after|before|later|earlier|meanwhile|with|as|following|despite|amid|under|given|since|while|although|though|if|when)\b.*,\s*/i.exec(subject);
  if (lead) subject = subject.slice(lead[0].length);
  return trimEnd(subject);
}

function lowerDeterminer(phrase: string): string {
  return midSentence(phrase);
}

/** "X is expected in Moscow this week", "X is due to sign": will it happen? */
const expected: Rule = (s) => {
  const m = /^(.*?)\s+(is|are|was|were)\s+(expected|scheduled|due|set|slated|poised)\s+(to\s+\S.+|in\s+.+|at\s+.+|for\s+.+|on\s+.+)$/i.exec(s.text);
  if (!m || /["\u201c\u201d]/.test(m[1]!)) return null;
  const subject = pendingSubject(m[1]!);
  if (!subject || subject.split(/\s+/).length > 12 || /^(it|he|she|they|this|that)$/i.test(subject)) return null;
  const rest = firstClause(m[4]!);
  const opensSentence = s.text.trimStart().startsWith(subject);
  const appositive = subject.includes(', ') ? `${subject},` : subject; // close the appositive: "X's envoy, Steve Witkoff, …"
  const closed = opensSentence ? lowerDeterminer(appositive) : appositive; // a capital mid-sentence is a name
  if (rest.startsWith('to ')) return { text: ask(`Will ${closed} ${rest.slice(3)}`), kind: 'pending', cites: [s.cite] };
  const aux = /^(are|were)$/i.test(m[2]!) ? 'Are' : 'Is';
  return { text: ask(`${aux} ${closed} still ${m[3]!.toLowerCase()} ${rest}`), kind: 'pending', cites: [s.cite] };
};

/** "Zelenskyy urged Western allies to apply stronger pressure": whether they will is pending. */
const urged: Rule = (s) => {
  const m = /\b(?:urged|urges|urging|called on|calls on|calling on|pressed|presses|appealed to|appeals to)\s+([^,;]{2,60}?)\s+to\s+([^,;]+)/i.exec(s.text);
  if (!m) return null;
  // "She then urges her husband to …" narrates a scene; "pressed by Holt about how …" is no one being urged.
  if (/\bthen\s+(?:urges|urged|calls on|called on|presses|pressed)\b/i.test(s.text)) return null;
  if (m[1]!.split(/\s+/).length > 8 || /^(?:by|about|for|with|in|on|at|him|her|them|it|us|me)\b|\b(?:about|how|what|why|whether|would|will|could|that)\b/i.test(m[1]!)) return null;
  const who = lowerDeterminer(m[1]!);
  if (/^(him|her|them|it|us|me)$/i.test(who)) return null;
  return { text: ask(`Will ${who} ${firstClause(m[2]!)}`), kind: 'pending', cites: [s.cite] };
};

const CLAIM_VERBS = reportingWords(['claim', 'allege', 'insist', 'maintain', 'argue', 'assert', 'say'], ['third', 'past']);
const DOUBT_VERBS = reportingWords(['suggest', 'allege', 'insist'], ['base', 'third', 'past']);

/** The person or body making a claim: the last short phrase before the verb. */
function claimant(before: string): { who: string; continues: boolean } | null {
  let text = trimEnd(before);
  const continues = /\b(?:continues|continued|continue|keeps|kept)\s+to$/i.test(text);
  text = text.replace(/\s+(?:continues|continued|continue|keeps|kept|has|have|had)(?:\s+to)?$/i, '');
  const tail = text.split(/,\s+/).pop() ?? '';
  const who = tail.replace(/^.*\b(?:especially as|as|while|and|because|since|when)\s+/i, '').replace(LEADING_CONNECTOR, '');
  if (/\b(he|she|it|they|we|i|you|this|that|there)\b/i.test(who) || /\b(is|was|are|were|been|be)$/i.test(who)) return null;
  if (/^(after|before|in|on|at|so|but|and|if|when|while|because|since|though|although|then|also)\b/i.test(who)) return null;
  if (/\b(all|both|each)$/i.test(who)) return null; // several speakers: no one to name
  // A lone capitalised singular before "said" is a name ("Lynch said"), not a sentence-initial common noun.
  const name = /^[A-Z][\w'\u2019.-]*$/.test(who) && !/s$/.test(who) ? who : null;
  return who && who.split(/\s+/).length <= 6 && /^[A-Z]/.test(who) ? { who: name ?? midSentence(who), continues } : null;
}

/** What a speaker says of their own mind or doing: no fact for a principal to weigh. */
const SELF_STATE = /^(?:\w+\s+)?(?:expects?|believes?|thinks?|hopes?|wants?|relies|rely|plans?|intends?|feels?|knows?|(?:is|was|were|are)\s+(?:skeptical|sceptical|confident|sure|optimistic|pessimistic|concerned|worried|glad|happy|proud|not)\b)/i;

/**
 * A claim whose subject is a pronoun: "they will have the final say" said by Scottish ministers
 * is asked of them by name; one about the speaker's own mind ("he expects …") is no open question,
 * and one whose "it"/"this" cannot be named alone is unreadable; both give null.
 */
export function ownStance(clause: string, speaker: string): string | null {
  const m = /^(he|she|they|we|i|it|this|that)\s+(.*)$/i.exec(clause.trim());
  if (!m) return clause;
  if (/^(it|this|that)$/i.test(m[1]!) || SELF_STATE.test(m[2]!)) return null;
  return `${capitalise(speaker)} ${m[2]}`;
}

/** "Russia claimed X. However, …" and "as Trump suggests X": the claim is contested. */
const CLAIM = new RegExp(`^(.*?)\\b(${CLAIM_VERBS}|${DOUBT_VERBS})\\s+(?:that\\s+)?([^"\\u201c,;]+)`, 'i');
const DOUBTING = new RegExp(`\\b(${DOUBT_VERBS})\\b`, 'i');
const contested: Rule = (s) => {
  const maybe = DOUBTING.test(s.text) || /,\s+but\b/i.test(s.text) || Boolean(s.next && CONTRADICTION.test(s.next.text));
  const m = maybe ? CLAIM.exec(s.text) : null;
  if (!m) return null;
  const verb = m[2]!.toLowerCase();
  const doubting = new RegExp(`^(${DOUBT_VERBS})$`).test(verb);
  const strong = !/^(said|says)$/.test(verb);
  const contradicted = Boolean(s.next && CONTRADICTION.test(s.next.text)) || (strong && /,\s+but\b/i.test(s.text.slice(m.index + m[0].length)));
  if (!doubting && !contradicted) return null;
  const speaker = claimant(m[1]!);
  const clause = firstClause(m[3]!);
  if (!speaker || /^(to|in|on|at|by|for|with|after|before|during)\s/i.test(clause) || clause.split(/\s+/).length < 4) return null;
  const cites = contradicted && s.next && CONTRADICTION.test(s.next.text) ? [s.cite, s.next.cite] : [s.cite];
  const own = ownStance(clause, speaker.who);
  if (own === null) return null;
  const q = yesNoQuestion(own);
  if (!q) return null;
  if (own !== clause) return { text: ask(q), kind: 'contested', cites }; // "Will Scottish ministers still have the final say?"
  const said = speaker.continues ? `${verb.replace(/s$/, '')}s` : verb;
  return { text: ask(`${q}, as ${speaker.who} ${said}`), kind: 'contested', cites };
};

/** "reports that X", "X reportedly …", "could not be independently verified". */
const unconfirmed: Rule = (s) => {
  // A title-case line ("Campaign Reportedly Scrambling For Votes") is a headline, not a report to confirm.
  if (isHeadline(s.text, tokenize(s.text))) return null;
  const report = /\b(?:unconfirmed\s+|unverified\s+)?reports?\s+(?:that|suggesting that|suggest that)\s+(.+)$/i.exec(s.text);
  if (report) return { text: ask(`Can it be confirmed that ${trimEnd(report[1]!)}`), kind: 'unconfirmed', cites: [s.cite] };
  if (/\breportedly\b/i.test(s.text)) {
    const claim = trimEnd(s.text.replace(/\s*\breportedly\b,?/i, '').replace(LEADING_CONNECTOR, ''));
    return { text: ask(`Can it be confirmed that ${uncapitalise(claim)}`), kind: 'unconfirmed', cites: [s.cite] };
  }
  const unverified = /^(.*?)\s+(?:could|can)\s*not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)/i.exec(s.text);
  if (unverified) {
    const what = trimEnd(unverified[1]!).replace(LEADING_CONNECTOR, '');
    if (what.split(/\s+/).length <= 12) return { text: ask(`Can ${uncapitalise(what)} be independently verified`), kind: 'unconfirmed', cites: [s.cite] };
  }
  return null;
};

/** In order of preference: a sentence that states a pending event is not also asked about as a report. */
const RULES: Rule[] = [leadingUnknown, trailingUnknown, doubtOrConcern, contested, expected, urged, unconfirmed];

/** Words at least one rule needs; most sentences have none and skip every rule. */
const ANY_TRIGGER = new RegExp(
  `\\b(unclear|not clear|uncertain|unknown|not known|to be seen|open question|in doubt|question|questions|doubts?|concerns?|fears?|worries|` +
    `expected|scheduled|due|set|slated|poised|urged|urges|urging|called on|calls on|calling on|pressed|presses|appealed|appeals|` +
    `${CLAIM_VERBS}|${DOUBT_VERBS}|reports?|reportedly|verified|confirmed)\\b`,
  'i',
);

/** Every question the sentence raises; one per rule family at most. */
export function sentenceQuestions(s: SentenceView): FoundQuestion[] {
  const out: FoundQuestion[] = [];
  if (!ANY_TRIGGER.test(s.text)) return out;
  let pending = false;
  for (const rule of RULES) {
    if (rule === unconfirmed && pending) continue;
    const found = rule(s);
    if (!found) continue;
    if (found.kind === 'pending') pending = true;
    out.push(found);
  }
  return out;
}
