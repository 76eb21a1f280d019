/**
 * A timeline entry stands alone on the page, away from the sentence before it: "He resigned"
 * tells a reader nothing. A label opening with a pronoun ("he", "they", "its") gets the name it
 * stands for from the document, by the resolver the quotes use for their pronoun speakers (the
 * nearest earlier subject that fits in number, gender and kind); a label whose pronoun cannot be
 * named, or that opens with "it" as a mere placeholder ("It is unclear …") or a bare "that"
 * pointing back ("That lead was 7 points"), is no readable entry and gets null.
 */
import type { AnalysisContext, AnalysedSource } from '../context.js';
import type { Sentence } from '../text/sentences.js';
import { docIndex, tokenAt, type DocIndex } from '../people/doc.js';
import { registryFor } from '../people/registry.js';
import { chunkMap } from '../quotes/speaker-phrase.js';
import { Antecedents, type Antecedent } from '../quotes/antecedent.js';
import { startsWithVerb } from './verbs.js';

/** A leading subject pronoun, with a contraction written onto it ("She’ll"). */
const SUBJECT = /^(he|she|they|it)(?:[\u2019'](s|ll|d|ve|re))?\s+/i;
const POSSESSIVE = /^(his|her|their|its)\s+/i;
const OWNER: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** "It is unclear if …", "It was Greene's second defeat": "it" standing for nothing a reader can name. */
const PLACEHOLDER_IT = /^it(?:[\u2019']s|\s+(?:is|was|has been|had been|seems|seemed|appears|appeared|remains|remained))\b/i;
/** "That lead was 7 points", "Those talks ended": a noun pointed back to that only the text before explains. */
const POINTING_BACK = /^(?:that|this|these|those)\s+[a-z]/i;
const PERFECT = /^(?:been|got|had|gone|done|made|taken|given|seen|become|come|\w+ed)\b/i;

function nameOf(found: Antecedent): string | null {
  if ('described' in found) return found.described.name ?? found.described.role;
  if ('chunk' in found) return found.chunk.name;
  return found.name;
}

/** "She’ll present" → "will present"; "He’s going" → "is going", "He’s been" → "has been". */
function expanded(contraction: string | undefined, rest: string): string {
  switch (contraction?.toLowerCase()) {
    case undefined: return rest;
    case 'll': return `will ${rest}`;
    case 've': return `have ${rest}`;
    case 're': return `are ${rest}`;
    case 'd': return `${PERFECT.test(rest) ? 'had' : 'would'} ${rest}`;
    default: return `${PERFECT.test(rest) ? 'has' : 'is'} ${rest}`;
  }
}

export class LabelSubjects {
  private resolver: { doc: DocIndex; antecedents: Antecedents } | null = null;

  constructor(private readonly ctx: AnalysisContext, private readonly analysed: AnalysedSource) {}

  /** `label` with its opening pronoun named, unchanged when it has none, null when it cannot be named. */
  name(label: string, sentence: Sentence): string | null {
    if (PLACEHOLDER_IT.test(label) || POINTING_BACK.test(label)) return null;
    const subject = SUBJECT.exec(label);
    const possessive = subject ? null : POSSESSIVE.exec(label);
    const pronoun = (subject?.[1] ?? (possessive ? OWNER[possessive[1]!.toLowerCase()] : undefined))?.toLowerCase();
    if (!pronoun) return label;
    const written = (subject ?? possessive)![1]!.toLowerCase();
    const found = this.resolve(pronoun, written, sentence);
    const name = found && nameOf(found);
    if (!name) return null;
    if ((pronoun === 'it' || pronoun === 'they') && !this.recentSubject(name, sentence)) return null;
    const rest = label.slice((subject ?? possessive)![0].length);
    return subject ? `${name} ${expanded(subject[2], rest)}` : `${name}\u2019s ${rest}`;
  }

  /**
   * "It" and "they" name a body or a group, and the resolver, failing a subject, falls back on any
   * body the sentences before mention ("… security in IE 6, Microsoft has issued …. It released"
   * is not IE). A label is kept only when the name was the subject of a verb just before: in
   * the same sentence or one of the two before it.
   */
  private recentSubject(name: string, sentence: Sentence): boolean {
    const { sentences } = this.analysed;
    const text = [sentences[sentence.index - 2], sentences[sentence.index - 1], sentence]
      .filter((s): s is Sentence => s !== undefined)
      .map((s) => s.text)
      .join(' ');
    const head = name.replace(/^the\s+/i, '');
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(head.toLowerCase()); at >= 0; at = lower.indexOf(head.toLowerCase(), at + 1)) {
      // "Microsoft has issued", "Acme, the parts maker, said": the name then its verb, past an aside.
      const after = text.slice(at + head.length).replace(/^,[^,]{1,60},/, '').trimStart();
      if (startsWithVerb(after)) return true;
    }
    return false;
  }

  private resolve(pronoun: string, written: string, sentence: Sentence): Antecedent | null {
    const { doc, antecedents } = (this.resolver ??= this.build());
    // The pronoun's own token: the first one written so in the sentence, outside quotations.
    for (let k = tokenAt(doc, sentence.start); k < doc.tokens.length && doc.tokens[k]!.start < sentence.end; k++) {
      const lower = doc.tokens[k]!.lower;
      // "she’ll" is one token; "he’s" is "he" with a possessive-looking ending.
      if ((lower === written || lower.startsWith(`${written}\u2019`) || lower.startsWith(`${written}'`)) && !doc.tokenQuoted[k]) {
        return antecedents.resolve(pronoun, k, []);
      }
    }
    return null;
  }

  /** Built on first need only: most labels open with a name, and most documents need no resolver. */
  private build(): { doc: DocIndex; antecedents: Antecedents } {
    const doc = docIndex(this.analysed.source);
    const { sentences } = this.analysed;
    const sentenceOf: number[] = [];
    let s = 0;
    for (const token of doc.tokens) {
      while (s + 1 < sentences.length && sentences[s]!.end <= token.start) s++;
      sentenceOf.push(s);
    }
    // The resolver looks back a few paragraphs; read sentences as its paragraphs so that it looks
    // back a few sentences at most, whatever the layout: a text of one long paragraph must not
    // cost a walk back to its start for every entry.
    const window: DocIndex = { ...doc, tokenParagraph: sentenceOf };
    return { doc, antecedents: new Antecedents(window, registryFor(this.ctx), chunkMap(doc), sentenceOf) };
  }
}
