/**
 * What a sum or a share measures, read from the words around it, so a brief line says
 * "fine" or "share of likely voters" rather than "money" or "percentage":
 * the noun after it ("a $200,000 project", "a 35 percent tariff", "a 40% drop in profits"),
 * what it is a share of ("74 percent of likely voters"), the noun it is "of" ("a net loss of
 * $915 million"), the change it measures ("passenger numbers rose 8.1%", "raised premiums by
 * 30 percent") or the level a subject reached ("inflation slowed to 4.3%"), and the verb that
 * moved the money ("raised $1.1 trillion" → "amount raised"). A sum none of these name is no
 * fact a reader can use, and is left out.
 */
import { DETERMINER, NOT_A_NOUN, isPlural, wordsIn, type WordAt } from './words.js';

export interface SumLabel { label: string; start: number; end: number }

/** Changes a share measures, as the noun a label uses. */
const CHANGE: Record<string, string> = {
  rose: 'rise', risen: 'rise', rising: 'rise', rise: 'rise', rises: 'rise', up: 'rise', climbed: 'rise', jumped: 'rise', soared: 'rise', surged: 'rise',
  fell: 'fall', fallen: 'fall', falling: 'fall', falls: 'fall', dropped: 'fall', down: 'fall', declined: 'fall', slumped: 'fall', plunged: 'fall', shrank: 'fall', contracted: 'fall',
  grew: 'growth', grown: 'growth', growing: 'growth', grows: 'growth', expanded: 'growth',
  increased: 'increase', increasing: 'increase', raised: 'increase', raising: 'increase', boosted: 'increase', hiked: 'increase',
  gained: 'gain', gaining: 'gain', gains: 'gain',
  cut: 'cut', cutting: 'cut', reduced: 'cut', reducing: 'cut', lowered: 'cut', slashed: 'cut', lost: 'loss',
};
/** Verbs that move money, with the label they give the sum. */
const TRANSFER: Record<string, string> = {
  raised: 'amount raised', raise: 'amount raised', spent: 'amount spent', spend: 'amount spent', spending: 'amount spent',
  invested: 'amount invested', investing: 'amount invested', lost: 'amount lost', pledged: 'amount pledged', paid: 'amount paid', pay: 'amount paid',
  donated: 'amount donated', contributed: 'amount contributed', earned: 'income', earning: 'income', earns: 'income',
  received: 'amount received', owed: 'amount owed', owes: 'amount owed', borrowed: 'amount borrowed', allocated: 'amount allocated',
  approved: 'amount approved', awarded: 'amount awarded', fined: 'fine', charged: 'amount charged', sought: 'amount sought',
  seized: 'amount seized', stole: 'amount stolen', stolen: 'amount stolen', embezzled: 'amount embezzled', offered: 'amount offered',
  promised: 'amount promised', committed: 'amount committed', provided: 'amount provided', gave: 'amount given', giving: 'amount given',
  given: 'amount given', cost: 'cost', costs: 'cost', costing: 'cost', made: 'income', makes: 'income', making: 'income',
  sold: 'sale price', bought: 'purchase price', loaned: 'loan', lent: 'loan', granted: 'grant', budgeted: 'budget', collected: 'amount collected',
  generated: 'amount generated', saved: 'amount saved', withdrew: 'amount withdrawn', transferred: 'amount transferred', deposited: 'amount deposited',
};
/** Nouns of change that take what changed after them ("drop in profits", "share of the vote"). */
const CHANGE_NOUN = /^(?:drop|rise|fall|increase|decrease|cut|reduction|growth|decline|gain|jump|surge|hike|share|stake|slump|loss|boost)$/i;
/** Auxiliaries between a subject and the change it underwent. */
const AUXILIARY = /^(?:was|is|were|are|been|has|have|had)$/i;
const LEVEL_VERB = /^(?:\w+ed|stands|stood|remains|remained|is|was|reached|hit|slowed|eased|rises|rise|falls|fall)$/i;

/** A noun word of a label: lower-case (or hyphenated), not a function word, adverb or "-ing" form. */
function nounWord(w: WordAt | undefined): boolean {
  return Boolean(w && /^[a-z][a-z'’-]*$/.test(w.word) && !NOT_A_NOUN.test(w.word) && !/(?:ly|ing|[^e]ed)$/.test(w.word)
    && !NUMBER_WORD.test(w.word.split('-')[0]!) && !/^[a-z]+['’]$/.test(w.word));
}
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|trillion|half|quarter|third)$/;
/** After a counted noun, words that show it is the subject of a verb ("experts say", "percent prefer"), not a noun the sum modifies. */
const CLAUSE_GOES_ON = /^(?:in|on|at|by|for|from|to|of|with|over|under|into|during|across|against|and|or|but|than|as|that|which|this|last|next|per|a|an|each|every)$/i;

/** Up to `max` noun words from words[i], joined by single spaces in `text`; stops after a plural head. */
function phraseFrom(words: WordAt[], i: number, text: string, max = 3, allowCapital = false): { words: WordAt[] } {
  const out: WordAt[] = [];
  for (let k = i; k < words.length && out.length < max; k++) {
    const w = words[k]!;
    if (out.length > 0 && !/^\s$/.test(text.slice(out[out.length - 1]!.end, w.start))) break;
    const possessive = /['’]s$/.test(w.word);
    // "likely voters", "remaining troops", "registered voters": an -ly, -ing or -ed word stands before a plural noun as its adjective.
    const modifier = /^[a-z]+(?:ly|ing|ed)$/.test(w.word) && !NOT_A_NOUN.test(w.word) && nounWord(words[k + 1]) && isPlural(words[k + 1]!.word);
    if (!nounWord(w) && !modifier && !(allowCapital && /^[A-Z][a-z]/.test(w.word) && (possessive || nounWord(words[k + 1])))) break;
    out.push(w);
    if (possessive) continue;
    if (isPlural(w.word)) break;
  }
  return { words: out };
}

function spanText(text: string, words: readonly WordAt[]): string {
  return text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** Only white space between the word and `next` in `text`. */
function touching(text: string, w: WordAt | undefined, next: number): boolean {
  return Boolean(w && /^\s+$/.test(text.slice(w.end, next)));
}

export function labelSum(sentence: string, figStart: number, end: number, category: 'money' | 'percentage'): SumLabel | null {
  const afterText = sentence.slice(end, end + 80);
  const after = wordsIn(afterText);
  const leadFrom = Math.max(0, figStart - 80);
  const lead = sentence.slice(leadFrom, figStart);
  const before = wordsIn(lead);

  // The noun after: "a 35 percent tariff", "a $200,000 project", "a 40% drop in profits".
  // ("a net loss of $915 million …": after "of" the noun before is the head, a word after is a verb.)
  const ofBefore = /[a-z]\s+of\s*$/i.test(lead);
  if (!ofBefore && after[0] && /^\s?$/.test(afterText.slice(0, after[0].start)) && !/^-/.test(afterText)) {
    const { words } = phraseFrom(after, 0, afterText);
    const following = words.length ? after[after.indexOf(words[words.length - 1]!) + 1] : undefined;
    const gapAfter = following ? afterText.slice(words[words.length - 1]!.end, following.start) : '';
    // "…$20 million experts say", "5 percent prefer Johnson": the words are a clause, not the sum's noun.
    const clause = following && /^\s+$/.test(gapAfter)
      && (/^[A-Z]/.test(following.word) || /^(?:the|a|an|its|their|his|her|our|your|these|those)$/i.test(following.word) || (isPlural(words[words.length - 1]!.word) && !CLAUSE_GOES_ON.test(following.word)));
    if (words.length && !clause) {
      let last = words[words.length - 1]!;
      let label = spanText(afterText, words);
      const next = after[after.indexOf(last) + 1];
      if (CHANGE_NOUN.test(last.word) && next && /^(?:in|of)$/.test(next.word)) {
        const tail = phraseFrom(after, after.indexOf(next) + 1 + (DETERMINER.test(after[after.indexOf(next) + 1]?.word ?? '') ? 1 : 0), afterText);
        if (tail.words.length) { label = `${label} ${next.word} ${spanText(afterText, tail.words)}`; last = tail.words[tail.words.length - 1]!; }
      }
      return { label, start: figStart, end: end + last.end };
    }
  }
  // What it is a share of: "74 percent of likely voters", "17% of their editorial staff".
  if (category === 'percentage' && after[0]?.word === 'of' && /^\s$/.test(afterText.slice(0, after[0].start))) {
    const first = DETERMINER.test(after[1]?.word ?? '') ? 2 : 1;
    if (!/^\s$/.test(afterText.slice(after[first - 1]!.end, after[first]?.start))) return null;
    const { words } = phraseFrom(after, first, afterText, 3, true);
    if (words.length && !/['’]s$/.test(words[words.length - 1]!.word)) {
      return { label: `share of ${spanText(afterText, words)}`, start: figStart, end: end + words[words.length - 1]!.end };
    }
  }
  // Money spent "in" something: "$1.5 billion in aid", "up to $1 million in capital investments".
  if (category === 'money' && after[0]?.word === 'in' && /^\s$/.test(afterText.slice(0, after[0].start)) && /^\s$/.test(afterText.slice(after[0].end, after[1]?.start))) {
    const { words } = phraseFrom(after, 1, afterText, 3, true);
    if (words.length && nounWord(words[words.length - 1])) {
      return { label: spanText(afterText, words), start: figStart, end: end + words[words.length - 1]!.end };
    }
  }
  const last = before[before.length - 1];
  if (!last || !touching(lead, last, lead.length)) return null;
  const lower = last.word.toLowerCase();
  // The noun it measures: "a net loss of $915 million", "growth of just 0.1%".
  if (lower === 'of') {
    const nouns: WordAt[] = [];
    for (let k = before.length - 2; k >= 0 && nouns.length < 3; k--) {
      const w = before[k]!;
      if (!nounWord(w) || DETERMINER.test(w.word) || !touching(lead, w, nouns[0]?.start ?? last.start)) break;
      // Before the head only modifiers stand: a plural or a verb there ("data suggests", "figures
      // indicated") ends the phrase.
      if (nouns.length > 0 && (isPlural(w.word) || /[^e]ed$/.test(w.word))) break;
      nouns.unshift(w);
    }
    if (nouns.length && !/^(?:record|total|sum|amount|tune|excess|upwards)$/i.test(nouns[nouns.length - 1]!.word)) {
      return { label: spanText(lead, nouns), start: leadFrom + nouns[0]!.start, end };
    }
    return null;
  }
  const transfer = category === 'money' ? transferBefore(before, lead) : null;
  if (transfer) return { label: transfer, start: figStart, end };
  // A change: "passenger numbers rose 8.1%", "raised premiums for ships by about 30 percent".
  const verbAt = lower === 'by' ? before.length - 2 : before.length - 1;
  const verb = before[verbAt];
  if (verb && CHANGE[verb.word.toLowerCase()] && (verbAt === before.length - 1 || touching(lead, verb, last.start))) {
    return { label: withSubject(CHANGE[verb.word.toLowerCase()]!, before, verbAt, lead, leadFrom === 0), start: figStart, end };
  }
  if (lower === 'by') {
    // The verb and its object before "by": "raised war-risk premiums for ships crossing the strait by".
    const clauseFrom = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1;
    for (let k = before.length - 2; k >= 0 && before[k]!.start >= clauseFrom; k--) {
      const change = CHANGE[before[k]!.word.toLowerCase()];
      if (!change) continue;
      const object = phraseFrom(before, k + 1, lead, 3).words;
      return { label: object.length ? `${change} in ${spanText(lead, object)}` : withSubject(change, before, k, lead, leadFrom === 0), start: leadFrom + before[k]!.start, end };
    }
    return null;
  }
  // A level reached: "inflation slowed to 4.3%", "rates rise to about 70%".
  const levelVerb = before[before.length - 2]?.word ?? '';
  if ((lower === 'to' || lower === 'at') && before.length >= 3 && (LEVEL_VERB.test(levelVerb) || CHANGE[levelVerb.toLowerCase()])) {
    const subject = subjectBefore(before, before.length - 2, lead, leadFrom === 0);
    if (subject) return { label: subject, start: figStart, end };
  }
  return null;
}

/** The verb that moved the money, up to three words back: "fined $185 million", "cost the Treasury $374 billion". */
function transferBefore(before: WordAt[], lead: string): string | null {
  for (let k = before.length - 1; k >= 0 && k >= before.length - 4; k--) {
    const w = before[k]!;
    const gap = lead.slice(w.end, k < before.length - 1 ? before[k + 1]!.start : lead.length);
    if (/[,;:.()\d$€£]/.test(gap)) break;
    const label = TRANSFER[w.word.toLowerCase()];
    if (label) return label;
    if (/^(?:and|or|but|that|which|who|by|from|of|to)$/i.test(w.word)) break;
  }
  return null;
}

/** "rise in passenger numbers" when the words just before the verb name what changed. */
function withSubject(change: string, before: WordAt[], verbAt: number, lead: string, sentenceStart: boolean): string {
  const subject = subjectBefore(before, verbAt, lead, sentenceStart);
  if (subject) return `${change} in ${subject}`;
  const name = nameBefore(before, verbAt, lead, sentenceStart);
  return name ? `${change} for ${name}` : change;
}

/** A name of one to three capitalised words right before the verb, not the sentence's first word ("with Altria rising 5%" → "Altria"). */
function nameBefore(before: WordAt[], verbAt: number, lead: string, sentenceStart: boolean): string | null {
  const words: WordAt[] = [];
  for (let k = verbAt - 1; k >= 0 && words.length < 3; k--) {
    const w = before[k]!;
    if (!/^\s$/.test(lead.slice(w.end, (words[0] ?? before[verbAt]!).start)) || !/^\p{Lu}[\p{L}-]*$/u.test(w.word)) break;
    words.unshift(w);
  }
  if (!words.length) return null;
  const first = before.indexOf(words[0]!);
  // A capital that only starts the sentence ("Prices rose") or follows no word at all names nothing.
  if ((sentenceStart && first === 0 && lead.slice(0, words[0]!.start).trim() === '') || first === 0) return null;
  return spanText(lead, words);
}

/** One or two lower-case noun words directly before the verb ("passenger numbers"). */
function subjectBefore(before: WordAt[], changeAt: number, lead: string, sentenceStart: boolean): string | null {
  const words: WordAt[] = [];
  // "Turnover was up 4%", "sales have risen": the subject stands before the auxiliary.
  let verbAt = changeAt;
  while (verbAt > 0 && AUXILIARY.test(before[verbAt - 1]!.word) && /^\s$/.test(lead.slice(before[verbAt - 1]!.end, before[verbAt]!.start))) verbAt--;
  for (let k = verbAt - 1; k >= 0 && words.length < 2; k--) {
    const w = before[k]!;
    const next = words[0] ?? before[verbAt]!;
    if (!/^\s$/.test(lead.slice(w.end, next.start))) break;
    // The sentence's first word is capitalised only for being first ("Fuel prices rose").
    const first = sentenceStart && k === 0 && lead.slice(0, w.start).trim() === '' && /^[A-Z][a-z]+$/.test(w.word);
    if (!nounWord(first ? { ...w, word: w.word.toLowerCase() } : w) || DETERMINER.test(w.word)) break;
    words.unshift(w);
  }
  if (!words.length) return null;
  // "inflation in the region slowed", "turnover for the quarter was up": the head noun sits before "in/of/for (the)".
  let k = before.indexOf(words[0]!) - 1;
  if (k >= 1 && DETERMINER.test(before[k]!.word)) k--;
  const preposition = before[k];
  const headNoun = before[k - 1];
  if (preposition && headNoun && /^(?:in|of|for)$/i.test(preposition.word)) {
    const first = sentenceStart && k - 1 === 0 && /^[A-Z][a-z]+$/.test(headNoun.word);
    if (nounWord(first ? { ...headNoun, word: headNoun.word.toLowerCase() } : headNoun)) words.unshift(...before.slice(k - 1, before.indexOf(words[0]!)));
  }
  return spanText(lead, words).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}
