/**
 * Undo/redo over whole Briefing snapshots. Snapshots share unchanged items by reference,
 * so a long history costs little. Typing in one field coalesces into one step.
 */
import type { Briefing } from '../../core/model/briefing.js';

const LIMIT = 200;
/** Edits with the same key closer together than this merge into one undo step. */
const COALESCE_MS = 1200;

export interface History {
  past: Briefing[];
  present: Briefing | null;
  future: Briefing[];
  lastKey: string | null;
  lastAt: number;
}

export type HistoryAction =
  | { type: 'load'; brief: Briefing | null }
  | { type: 'edit'; update: (brief: Briefing) => Briefing; key?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' };

export const emptyHistory: History = { past: [], present: null, future: [], lastKey: null, lastAt: 0 };

export function historyReducer(state: History, action: HistoryAction): History {
  switch (action.type) {
    case 'load':
      return { ...emptyHistory, present: action.brief };
    case 'edit': {
      if (!state.present) return state;
      const next = action.update(state.present);
      if (next === state.present) return state;
      const coalesce = action.key !== undefined && action.key === state.lastKey && action.at - state.lastAt < COALESCE_MS;
      const past = coalesce ? state.past : [...state.past, state.present].slice(-LIMIT);
      return { past, present: next, future: [], lastKey: action.key ?? null, lastAt: action.at };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous || !state.present) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], lastKey: null, lastAt: 0 };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next || !state.present) return state;
      return { past: [...state.past, state.present], present: next, future: rest, lastKey: null, lastAt: 0 };
    }
  }
}
