/**
 * Whether a timeline label reads as a whole event on its own, away from its sentence. A label
 * is the source's own words cut down to one clause; these are the ways such a cut goes wrong:
 * a clause whose subject or main verb stayed behind in the sentence, one that stops where what
 * it announces begins ("a study … shows", "said that if …"), or an attribution without what
 * was said. Word shapes answer most; the tagger is asked only about short pieces.
 */
import { hasFiniteVerb } from './verbs.js';
import { tagTokens } from '../text/nlp.js';
import { reportingWords } from '../reporting-words.js';
import { wordCount } from '../text/words.js';
import { REPORTING_FORMS } from '../quotes/verbs.js';

/**
 * Verbs and auxiliaries that say nothing without what follows them ("a study … shows", "the
 * poll found", "health has been"): a cut must not end on one.
 */
const NEEDS_COMPLEMENT = /\b(?:shows?|showed|finds?|found|reveals?|revealed|suggests?|suggested|indicates?|indicated|means|meant|believes?|believed|thinks?|thought|knows?|knew|argues?|argued|hopes?|hoped|wants?|wanted|claims?|claimed|notes?|noted|warns?|warned|insists?|insisted|expects?|expected|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)$/i;

export function needsWhatFollows(head: string): boolean {
  return NEEDS_COMPLEMENT.test(head);
}

/** Conjunctions whose clause needs its own verb: "back when voter impressions of Trump" is unfinished. */
const LAST_CLAUSE = /\b(that|when|while|because(?!\s+of\b)|whether|although|though|unless|where)\s+([^,]*)$/i;
/** Verbs of saying and knowing (and words of feeling sure), after which "that" opens a clause rather than pointing at a noun. */
const COMPLEMENT_VERBS = new Set([...REPORTING_FORMS.keys(), ...'show shows showed shown find finds found mean means meant believe believes believed think thinks thought know knows knew hope hopes hoped argue argues argued expect expects expected is was surprised glad sure certain confident aware convinced happy proud clear likely unlikely possible true worried concerned afraid'.split(' ')]);

/**
 * "Trump said that U.S. involvement", "the poll shows that in a head-to-head contest", "said
 * that if his candidate were to win": the last clause opened never got its verb, or is a
 * condition whose consequence was cut off.
 */
export function unfinishedClause(text: string): boolean {
  if (/\bthat\s+(?:if|unless|when|while|as|because|once)\b[^,]*$/i.test(text)) return true;
  const tail = LAST_CLAUSE.exec(text);
  if (!tail || hasFiniteVerb(tail[2]!)) return false;
  if (tail[1]!.toLowerCase() !== 'that') return true;
  // "rejected that argument": "that" points at a noun unless a verb of saying or knowing stands just before.
  return text.slice(0, tail.index).trim().split(/\s+/).slice(-5).some((w) => COMPLEMENT_VERBS.has(w.toLowerCase()));
}

/**
 * Clauses whose subject stands in the text before them: "powered by $23m in contributions",
 * "known as the Act was passed", "which tracks support … showed", "not only was preceded by …",
 * "along with threats prompted NATO …", or a bare verb ("turn around and run again").
 */
const NO_SUBJECT_START = /^(?:(?:best|well|widely|long|once|also|first)\s+)?(?:[a-z]+(?:ed|en|wn)\s+(?:by|as|for)\b|not only\b|(?:along|together) with\b|as well as\b|which\b|whose\b)/i;

export function lacksSubject(label: string): boolean {
  if (NO_SUBJECT_START.test(label)) return true;
  return /^[a-z]/.test(label) && tagTokens(label.split(' ', 3).join(' '))[0]?.pos === 'VERB';
}

const ATTRIBUTION = new RegExp(`^(.*?)\\b(${reportingWords(['say', 'tell', 'add'], ['past', 'third'])})\\b(.*)$`, 'i');

/**
 * "The agency said in a report", "Limbaugh told his radio audience": who spoke, to whom and
 * where, but not what was said, which the sentence told elsewhere.
 */
export function attributionOnly(label: string): boolean {
  const m = ATTRIBUTION.exec(label);
  if (!m) return false;
  // "said as she and hundreds of others marched": a clause of when, not of what.
  const rest = m[3]!.replace(/\s+(?:as|while|when|after|before)\s.*$/i, '');
  // "told officials to boost …", "told reporters about the plan": what was told follows.
  if (/["\u201c\u201d:]|\b(?:that|to|about|of)\b/.test(rest)) return false;
  return wordCount(m[1]!) <= 8 && !hasFiniteVerb(m[1]!) && wordCount(rest) <= 10 && !hasFiniteVerb(rest);
}

/**
 * Runs of verbs that each make a clause ("stole the car | was arrested" is two; "committed
 * suicide after being imprisoned" is one: a run opening with "-ing" or after "to" makes none).
 */
function verbGroups(text: string): number {
  const tokens = tagTokens(text);
  let groups = 0;
  let inGroup = false;
  tokens.forEach((t, i) => {
    const verb = (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text);
    if (verb && !inGroup && !/ing$/.test(t.text) && tokens[i - 1]?.text.toLowerCase() !== 'to') groups++;
    inGroup = verb;
  });
  return groups;
}

const PREPOSITIONS = new Set('of in on at to for with by from about into after before under over'.split(' '));
const RELATIVE = /^(.+?)(,\s+|\s+)(?:who|whom|whose|which|that|(?:during|in|on|at|by|for|from|with|under) which)\s+(.+)$/i;

/**
 * "Derek Mitchell, who served as ambassador from 2012", "A 22-year-old man who committed
 * suicide": a noun and its relative clause, the sentence's own verb never reached. A relative
 * set off by commas is the whole label's verb unless more follows it; one without commas needs
 * a second verb for the noun ("The man who stole the car was arrested").
 */
function mainClauseMissing(text: string): boolean {
  const m = RELATIVE.exec(text);
  if (!m || hasFiniteVerb(m[1]!)) return false;
  // "The Post reports that …" (a verb the tagger took for a noun); "the authors of that piece": no relative at all.
  const last = /\S+$/.exec(m[1]!)![0].toLowerCase();
  if (COMPLEMENT_VERBS.has(last) || PREPOSITIONS.has(last)) return false;
  if (m[2]!.startsWith(',') && !m[3]!.includes(', ')) return true;
  return verbGroups(m[3]!) < 2;
}

/** Links, handles and picture credits: a social-media post pasted into the text, not a sentence. */
const WEB_CLUTTER = /https?:\/\/|\bpic\.twitter\.com\b|(?:^|\s|\.)@\w/;

/**
 * A finished label that still cannot stand alone: no subject of its own, no main verb, an
 * unfinished last clause, a relative left with only its verb once the date is gone ("…, which
 * occurred": the dated event was the relative's), or pasted web text.
 */
export function readsAlone(text: string): boolean {
  return !lacksSubject(text)
    && !mainClauseMissing(text)
    && !unfinishedClause(text)
    && !/,\s+(?:which|who)\s+(?:(?:was|were|is|are|had|has)\s+)?\S+$/i.test(text)
    && !WEB_CLUTTER.test(text);
}
