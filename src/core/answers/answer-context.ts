import type { AgendaItem } from '../agenda.ts';
import type { Person, Review, SideEvent, State } from '../data-schema.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Task } from './question-plan.ts';
import type { QuestionText } from './question-text.ts';

/** What one task is about, as the planner resolved it: the answers read only this. */
export interface Subjects {
  /** States the data knows: the task's state first, then the others asked with it. */
  states: State[];
  /** States named that the data does not cover at all (France, Brazil ...). */
  unknownStates: { code: string; name: string }[];
  people: Person[];
  /** A head of an earlier review named by the question. */
  previousHeads: string[];
  events: SideEvent[];
  years: number[];
  /** 1-5 from "first", "2nd", "third cycle". */
  cycles: number[];
  /** "previous", "last time", "earlier": an earlier review is meant. */
  earlier: boolean;
  /** The zone the reader asked to see times in ("in New York"), and the place it was named by. */
  zone?: string;
  zoneName?: string;
  /** Further clocks asked for beside the first ("in Dakar and New York"). */
  otherZones?: { zone: string; name?: string }[];
  /** Calendar days named ("23 January", "tomorrow", "on Wednesday"), ISO, in the session zone. */
  dates: string[];
}

/** Everything an answer may use: the data, the question and what it is about. */
export interface AnswerContext extends Knowledge {
  /** The words of the clause being answered. */
  question: QuestionText;
  subjects: Subjects;
  now: string;
  task?: Task;
}

/** The first state the task names that is reviewed in the session, with its review. */
export function reviewedSubject(ctx: AnswerContext): { state: State; review: Review } | undefined {
  for (const state of ctx.subjects.states) {
    const review = ctx.index.reviewsByState.get(state.code);
    if (review) return { state, review };
  }
  return undefined;
}

export function agendaItem(ctx: Pick<AnswerContext, 'agenda'>, key: string): AgendaItem | undefined {
  return ctx.agenda.find((i) => i.key === key);
}

// A state's name in a sentence is shared wording (commands use it too).
export { capitalised, inSentence, possessive } from '../wording/state-words.ts';
