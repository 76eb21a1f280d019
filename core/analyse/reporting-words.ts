/**
 * Chosen forms of chosen reporting verbs, for the regular expressions that look for "said",
 * "told reporters", "announced Monday" outside the quote finder. The words come from
 * quotes/verbs.ts, so every reader of reported speech spells the verbs the same way; each
 * caller picks only which verbs and which forms its pattern means.
 */
import { REPORTING_FORMS } from './quotes/verbs.js';

/** "say", "says", the simple past "said" (not a participle such as "written"), "saying". */
export type VerbForm = 'base' | 'third' | 'past' | 'ing';

function kindOf(form: string, base: string): Exclude<VerbForm, 'past'> | 'past or participle' {
  if (form === base) return 'base';
  if (form.endsWith('ing')) return 'ing';
  if (form.endsWith('s')) return 'third';
  return 'past or participle';
}

/**
 * The `forms` of each verb in `bases`, as a regex alternation ("said|says|told"). verbs.ts lists
 * an irregular verb's simple past before its participle ("wrote", "written"), so the first past
 * form of a verb is its simple past.
 */
export function reportingWords(bases: readonly string[], forms: readonly VerbForm[]): string {
  const wanted = new Set(bases);
  const out: string[] = [];
  const pastSeen = new Set<string>();
  for (const [form, base] of REPORTING_FORMS) {
    if (!wanted.has(base)) continue;
    const kind = kindOf(form, base);
    if (kind === 'past or participle') {
      if (pastSeen.has(base)) continue;
      pastSeen.add(base);
      if (forms.includes('past')) out.push(form);
    } else if (forms.includes(kind)) out.push(form);
  }
  for (const base of bases) if (!REPORTING_FORMS.has(base)) throw new Error(`not a reporting verb in quotes/verbs.ts: ${base}`);
  return out.join('|');
}
