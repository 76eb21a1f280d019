// OWNER: engine helper B (issue 4). Placeholder signature until implemented.
import type { Claim, Figure, Question, Quote } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
export interface QuestionInputs { claims: Claim[]; figures: Figure[]; quotes: Quote[] }
export function findQuestions(_ctx: AnalysisContext, _found: QuestionInputs): Question[] { return []; }
