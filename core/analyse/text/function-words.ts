/**
 * The closed classes of English words the engine keeps asking about (days, months, conjunctions,
 * determiners, pronouns), held once. A finder that needs a deliberately different list builds
 * its variant from these and says why beside it.
 */

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Without their full stop; "sept" before "sep" so an alternation built from them prefers the longer. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

/** Conjunctions that open a clause standing before or beside the main one ("After aides insisted that …, the campaign …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after', 'when', 'while', 'as', 'although', 'though', 'because', 'since', 'before', 'if', 'once', 'until', 'unless', 'whereas',
]);
/** Openers of a clause of contrast, cause or condition rather than time ("Though he has given $60 million, …"). */
export const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'because', 'if', 'unless', 'despite']);
/** "for" is left out: in news it is nearly always the preposition. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'so', 'yet']);

export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Pronouns that can stand as a clause's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall',
  'has', 'have', 'had', 'does', 'do', 'did',
]);
/** Single adverbs of time or manner that leave a reporting verb's subject and clause unchanged. */
export const SPEECH_ADVERBS: ReadonlySet<string> = new Set([
  'now', 'still', 'long', 'also', 'again', 'later', 'earlier', 'then', 'since', 'first', 'once', 'recently', 'previously',
  'today', 'yesterday', 'tonight', 'repeatedly', 'initially', 'subsequently', 'separately', 'immediately', 'publicly',
  'privately', 'openly', 'explicitly', 'flatly', 'firmly', 'strongly', 'falsely', 'wrongly', 'successfully', 'reportedly',
  'allegedly', 'apparently', 'consistently', 'further', 'often', 'already', 'even', 'just', 'quickly', 'angrily', 'bluntly',
  'tersely', 'loudly', 'quietly', 'frequently', 'routinely', 'widely', 'formally', 'officially',
]);

/** One set from several lists and loose words. */
export function wordSet(...parts: (Iterable<string> | string)[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const part of parts) {
    if (typeof part === 'string') set.add(part);
    else for (const word of part) set.add(word);
  }
  return set;
}

/** `words` less the ones a site must not treat as members. */
export function without(words: Iterable<string>, ...drop: string[]): ReadonlySet<string> {
  const set = new Set(words);
  for (const word of drop) set.delete(word);
  return set;
}

/** A regex alternation of the words ("monday|tuesday|…"), capitalised when `capital` (as news writes month names). */
export function alternation(words: Iterable<string>, capital = false): string {
  return [...words].map((w) => (capital ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join('|');
}
