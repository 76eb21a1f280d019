/**
 * Whom a share in a poll or a vote backs: "Clinton leads Trump by 43 percent to 38 percent",
 * "46 percent would choose Clinton", "X was supported by 42 percent", "Y received 38 percent
 * support". Read where the sum labeller finds no noun, or only a bare "support": a brief on
 * a race needs each side's number with its name.
 */
import type { SumLabel } from './sum-label.js';
import { wordsIn } from './words.js';

const NAME = String.raw`(\p{Lu}[\p{L}’'-]+)`;
const PRONOUN = /^(?:She|He|They|It|We|I|You|The|This|That)$/;
const SHARE = String.raw`[\d.,]+\s*(?:%|percent|per cent)`;
const LEAD_VERB = String.raw`(?:leads|led|leading|is\s+leading|was\s+leading|beats|beat|beating|tops|topped|edges|edged|trails|trailed|trailing)`;
/** "Clinton leads Trump by " before the first share. */
const LEADS_BEFORE_FIRST = new RegExp(String.raw`${NAME}\s+${LEAD_VERB}\s+${NAME}\s+(?:by\s+)?$`, 'u');
/** "Clinton leads Trump by 43 percent to " before the second. */
const LEADS_BEFORE_SECOND = new RegExp(String.raw`${NAME}\s+${LEAD_VERB}\s+${NAME}\s+(?:by\s+)?${SHARE}\s+to\s+$`, 'u');
/** "Clinton was supported by ", "Trump received ", "Trump has just ". */
const BACKED_BY_BEFORE = new RegExp(String.raw`${NAME}\s+(?:was|is|were|are)\s+(?:backed|supported|favou?red|preferred|chosen)\s+by\s+$`, 'u');
const HAS_BEFORE = new RegExp(String.raw`${NAME}\s+(?:received|receives|has|had|got|gets|won|wins|polled|polls|drew|draws|garnered|took|takes)\s+$`, 'u');
/** " would choose ", " back ", " support " after the share: the name follows. */
const CHOOSE_AFTER = /^\s+(?:(?:would|will|now|still)\s+)?(?:choose|chose|back|backed|support|supported|prefer|preferred|favou?r|favou?red|pick|picked|vote\s+for|voted\s+for)\s+/i;
/** Words a name may be introduced by ("Libertarian nominee Gary Johnson", "the Green Party’s Jill Stein"). */
const ROLE = /^(?:the|nominee|candidate|leader|president|senator|governor|mayor|incumbent|challenger|party)$/i;

/** The name after `text`'s start: the last run of capitalised words past roles and possessives. */
function nameAt(text: string): { name: string; end: number } | null {
  const words = wordsIn(text.slice(0, 80));
  let run: typeof words = [];
  let end = -1;
  for (let i = 0; i < words.length && i < 6; i++) {
    const w = words[i]!;
    if (i > 0 && !/^\s+$/.test(text.slice(words[i - 1]!.end, w.start))) break;
    if (/^\p{Lu}/u.test(w.word)) {
      // "the Green Party’s Jill Stein": the name is the one after the possessive.
      if (/['’]s$/.test(w.word)) { run = []; continue; }
      run.push(w);
      end = w.end;
    } else if (ROLE.test(w.word) && run.length === 0) {
      continue;
    } else {
      if (run.length > 0) break;
      if (!ROLE.test(w.word)) return null;
    }
    // "Libertarian nominee X": a capitalised word before a role describes; the name comes after.
    if (run.length > 0 && ROLE.test(words[i + 1]?.word ?? '')) run = [];
  }
  if (run.length === 0 || PRONOUN.test(run[0]!.word)) return null;
  return { name: text.slice(run[0]!.start, run[run.length - 1]!.end), end };
}

/** Whether a name just before a share is the side a race's lead is given for ("Trump is leading Clinton 47 percent"), not a model name. */
export function leadBefore(lead: string): boolean {
  const m = LEADS_BEFORE_FIRST.exec(lead.slice(-100));
  return m !== null && !PRONOUN.test(m[1]!);
}

/** The share at [figStart, end) of `sentence` as support for a named side, or null. */
export function pollShare(sentence: string, figStart: number, end: number): SumLabel | null {
  const lead = sentence.slice(Math.max(0, figStart - 100), figStart);
  const second = LEADS_BEFORE_SECOND.exec(lead);
  if (second && !PRONOUN.test(second[1]!)) return { label: `support for ${second[2]!}`, start: figStart, end };
  const first = LEADS_BEFORE_FIRST.exec(lead);
  if (first && !PRONOUN.test(first[1]!)) return { label: `support for ${first[1]!}`, start: figStart, end };
  const backed = BACKED_BY_BEFORE.exec(lead) ?? HAS_BEFORE.exec(lead);
  if (backed && !PRONOUN.test(backed[1]!)) {
    const support = /^\s+support\b/i.exec(sentence.slice(end, end + 10));
    return { label: `support for ${backed[1]!}`, start: figStart, end: end + (support?.[0].length ?? 0) };
  }
  const after = sentence.slice(end, end + 120);
  const choose = CHOOSE_AFTER.exec(after);
  if (choose) {
    const name = nameAt(after.slice(choose[0].length));
    if (name) return { label: `support for ${name.name}`, start: figStart, end: end + choose[0].length + name.end };
  }
  return null;
}
