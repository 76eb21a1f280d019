/**
 * Open questions, each phrased as a real question and citing what it rests on: uncertainty
 * the sources state, events still pending, claims that are contested, reports not yet
 * confirmed, and figures on which the sources disagree.
 */
import type { Claim, Figure, Question, Quote } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { figureDisagreements } from './questions/disagreement.js';
import { figureSources } from './fold/figure-reading.js';
import { firstClause, ownStance, sentenceQuestions, type FoundQuestion, type SentenceView } from './questions/rules.js';
import { yesNoQuestion } from './questions/invert.js';
import { wholeSentences } from './text/whole-sentences.js';

export interface QuestionInputs { claims: Claim[]; figures: Figure[]; quotes: Quote[] }

const CONTRADICTION = /^(however|but|yet|in fact|nevertheless)\b/i;

function sentenceViews(ctx: AnalysisContext): SentenceView[] {
  return ctx.docs.flatMap(({ source, sentences }) => {
    const whole = wholeSentences(source.text, sentences);
    return whole.map((s, i) => {
      const next = whole[i + 1];
      return {
        text: s.text,
        cite: { source: source.id, start: s.start, end: s.end },
        next: next ? { text: next.text, cite: { source: source.id, start: next.start, end: next.end } } : null,
      };
    });
  });
}

/** Reported speech found by the claims layer that the next sentence contradicts. */
function contestedClaims(claims: readonly Claim[], views: readonly SentenceView[], covered: Set<string>): FoundQuestion[] {
  const out: FoundQuestion[] = [];
  for (const claim of claims) {
    const cite = claim.cites[0];
    if (!cite) continue;
    const view = views.find((v) => v.cite.source === cite.source && v.cite.start <= cite.start && cite.end <= v.cite.end);
    if (!view?.next || !CONTRADICTION.test(view.next.text) || covered.has(`${view.cite.source}:${view.cite.start}`)) continue;
    // A claim must open as a clause does (a name, a determiner, a pronoun), not mid-phrase ("attorney general is …").
    if (!/^(?:[A-Z0-9"\u201c]|(?:the|a|an|this|that|these|those|his|her|its|their|our|some|many|most|he|she|they|it|we)\b)/.test(claim.text.trim())) continue;
    const name = claim.speaker.name;
    const first = firstClause(claim.text);
    const clause = ownStance(first, name ?? 'they');
    if (clause === null || (!name && clause !== first)) continue;
    const q = yesNoQuestion(clause);
    if (!q) continue;
    const who = name && clause === first ? `, as ${name} claimed` : '';
    out.push({ text: `${q}${who}?`, kind: 'contested', cites: [view.cite, view.next.cite] });
  }
  return out;
}

/** "How do we resolve …": a speaker's own rhetorical question, not one a desk officer puts to a principal. */
const FIRST_PERSON = /\b(we|us|our|I|me|my)\b/;

/** Questions found for one sentence, citing instead the same words where `to` stands. */
function rebind(questions: readonly FoundQuestion[], from: SentenceView, to: SentenceView): FoundQuestion[] {
  const cite = (c: FoundQuestion['cites'][number]) => (c === from.cite ? to.cite : c === from.next?.cite && to.next ? to.next.cite : c);
  return questions.map((q) => ({ ...q, cites: q.cites.map(cite) }));
}

/** A question cut from inside a quotation reads as garbage; drop it rather than show it. */
function balancedQuotes(text: string): boolean {
  const open = (text.match(/\u201c/g) ?? []).length;
  const close = (text.match(/\u201d/g) ?? []).length;
  return open === close && (text.match(/"/g) ?? []).length % 2 === 0;
}

export function findQuestions(ctx: AnalysisContext, found: QuestionInputs): Question[] {
  const titles = new Map(ctx.docs.map((d) => [d.source.id, d.source.title]));
  const views = sentenceViews(ctx);
  const questions: (FoundQuestion | { text: string; kind: 'disagreement'; cites: FoundQuestion['cites'] })[] = [];
  const sources = figureSources(ctx.docs.map((d) => d.source));
  for (const d of figureDisagreements(found.figures, titles, sources)) questions.push({ ...d, kind: 'disagreement' });
  const covered = new Set<string>();
  // Wire copy repeats sentences word for word across sources: each sentence pair is read once.
  const asked = new Map<string, { view: SentenceView; questions: FoundQuestion[] }>();
  for (const view of views) {
    const key = `${view.text}\u0000${view.next?.text ?? ''}`;
    const known = asked.get(key);
    const here = known ? rebind(known.questions, known.view, view) : sentenceQuestions(view);
    if (!known) asked.set(key, { view, questions: here });
    // A sentence that already raised a question is not asked about again as a contested claim.
    if (here.length > 0) covered.add(`${view.cite.source}:${view.cite.start}`);
    questions.push(...here);
  }
  questions.push(...contestedClaims(found.claims, views, covered));

  const seen = new Set<string>();
  return questions
    .filter((q) => balancedQuotes(q.text) && !FIRST_PERSON.test(q.text.replace(/[\u201c"][^\u201d"]*[\u201d"]/g, '')))
    .filter((q) => {
      const key = q.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((q) => ({ ...engineItem('questions', q.text, q.cites), text: q.text, kind: q.kind }));
}
