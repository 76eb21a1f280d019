/**
 * Which reporting verbs carry a claim, and how each reaches what was said. The verbs themselves
 * come from quotes/verbs.ts; this file only sorts them for reported speech.
 */
import { CLAIM_VERBS, reportingBase } from '../quotes/verbs.js';

/**
 * Verbs that carry a claim only with "that" written out: "Aides responded that the memo was
 * old", but "responded to the memo" and "charged the battery" say nothing.
 */
const THAT_ONLY = new Set(['respond', 'counter', 'reply', 'charge', 'complain', 'testify', 'reiterate', 'boast', 'concede']);

/**
 * Verbs that report speech and nothing else, so a closing tag ("…, the board said") made with
 * them is an attribution; "…, Ruiz noted the costs" is a clause of its own.
 */
const TAG_VERBS = new Set(['say', 'claim', 'insist', 'argue', 'allege', 'assert', 'contend', 'tell', 'add', 'write', 'warn', 'report', 'explain', 'state', 'tweet', 'post', 'note', 'stress', 'emphasize', 'emphasise', 'predict', 'concede', 'acknowledge', 'admit', 'confirm', 'maintain', 'declare', 'announce']);

/** Verbs that name whom they address before the clause ("told reporters that …"). */
export const ADDRESSING = new Set(['tell', 'inform', 'assure', 'remind']);

/** Verbs that may name an addressee but need not ("warned that …", "warned allies that …"). */
export const MAY_ADDRESS = new Set(['warn', 'promise', 'urge', 'pledge']);

/**
 * Verbs whose clause often goes without "that" ("Russia claimed the strikes were …", "Vala
 * continues to suggest the ministry is …"). The rest mostly take a plain object ("wrote a memoir
 * about …", "announced this latest boost"), so without "that" only an obvious clause ("confirmed
 * it is …") is read as one.
 */
const BARE_CLAUSE = new Set(['say', 'tell', 'claim', 'insist', 'argue', 'allege', 'assert', 'contend', 'warn', 'suggest', 'maintain', 'deny']);

export type ClaimVerb = { base: string; needsThat: boolean; bareClause: boolean; tags: boolean };

/** The claim-carrying reading of a word, or null when it reports no claim. */
export function claimVerb(lower: string): ClaimVerb | null {
  const base = reportingBase(lower);
  if (!base || lower.endsWith('ing')) return null;
  if (CLAIM_VERBS.has(base)) return { base, needsThat: false, bareClause: BARE_CLAUSE.has(base), tags: TAG_VERBS.has(base) };
  if (THAT_ONLY.has(base)) return { base, needsThat: true, bareClause: false, tags: false };
  return null;
}
