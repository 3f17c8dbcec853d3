import type { AgendaItem } from '../agenda.ts';
import type { Review, State } from '../data-schema.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Subjects } from './question-subjects.ts';
import type { QuestionText } from './question-text.ts';

/** Everything an answer may use: the data, the question and what it is about. */
export interface AnswerContext extends Knowledge {
  question: QuestionText;
  subjects: Subjects;
  now: string;
}

/** The first state the question names that is reviewed in the session, with its review. */
export function reviewedSubject(ctx: AnswerContext): { state: State; review: Review } | undefined {
  for (const state of ctx.subjects.states) {
    const review = ctx.index.reviewsByState.get(state.code);
    if (review) return { state, review };
  }
  return undefined;
}

export function agendaItem(ctx: AnswerContext, key: string): AgendaItem | undefined {
  return ctx.agenda.find((i) => i.key === key);
}

/** "China's", "Saudi Arabia's", "the Central African Republic's" */
export function possessive(state: State): string {
  const name = /^(Central African Republic|Republic of the Congo)$/.test(state.name)
    ? `the ${state.name}`
    : state.name;
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
