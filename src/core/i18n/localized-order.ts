import type { Task } from '../answers/question-plan.ts';
import type { Review } from '../data-schema.ts';
import { found, type LocalAnswer, type LocalContext, say } from './localized-context.ts';
import { stateNameIn } from './localized-names.ts';

// The order of review in the reader's language: who comes after or before a state, where a state
// stands in the order, or the whole order. The state named by the answer is then dated by the
// caller's own "when" (so its time is told in the clock asked for).

/** Tells a review's date and time as the "when" answer does. */
export type ReviewWhen = (review: Review, ctx: LocalContext) => LocalAnswer;

/** The data says the order is inferred from the dates (a fact on the topic, marked inferred). */
function inferred(ctx: LocalContext): 'yes' | 'no' {
  return ctx.index.facts.some((f) => f.topic === 'review-order' && f.status === 'inferred') ? 'yes' : 'no';
}

function orderSources(ctx: LocalContext): string[] {
  return ctx.index.facts.find((f) => f.topic === 'review-order')?.sources ?? [];
}

function withWhen(
  lines: string[],
  review: Review | undefined,
  ctx: LocalContext,
  when: ReviewWhen,
): LocalAnswer {
  const told = found(lines, orderSources(ctx));
  if (!review) return told;
  const dated = when(review, ctx);
  return { lines: [...told.lines, ...dated.lines], sources: [...told.sources, ...dated.sources] };
}

export function orderIn(task: Task, ctx: LocalContext, when: ReviewWhen): LocalAnswer | undefined {
  const { reviews } = ctx.index;
  const cues = task.clause.cues;
  const name = (r: Review) => stateNameIn(ctx.index, r.state, ctx.locale);
  const review = task.state ? ctx.index.reviewsByState.get(task.state.code) : undefined;
  if (task.state && !review) return undefined;
  const note = inferred(ctx);
  if (review) {
    const at = reviews.indexOf(review);
    const values = { state: name(review), inferred: note };
    // Two states compared ("la Chine passe-t-elle avant le Nigeria ?") stay the English engine's.
    if (task.others.length) return undefined;
    if (cues.has('after') || cues.has('next')) {
      const after = reviews[at + 1];
      if (!after) return found([say(ctx, 'answer.orderLast', values)], orderSources(ctx));
      return withWhen([say(ctx, 'answer.orderAfter', { ...values, other: name(after) })], after, ctx, when);
    }
    if (cues.has('before')) {
      const before = reviews[at - 1];
      if (!before) return found([say(ctx, 'answer.orderFirst', values)], orderSources(ctx));
      return withWhen(
        [say(ctx, 'answer.orderBefore', { ...values, other: name(before) })],
        before,
        ctx,
        when,
      );
    }
    const position = { ...values, position: at + 1, count: reviews.length };
    return withWhen([say(ctx, 'answer.orderPosition', position)], review, ctx, when);
  }
  const ends = cues.has('last') ? reviews.at(-1) : cues.has('first') ? reviews[0] : undefined;
  if (ends) {
    const position = {
      state: name(ends),
      inferred: note,
      position: reviews.indexOf(ends) + 1,
      count: reviews.length,
    };
    return withWhen([say(ctx, 'answer.orderPosition', position)], ends, ctx, when);
  }
  const lines = [
    say(ctx, 'answer.orderList', { inferred: note }),
    ...reviews.map((r, i) => `${i + 1}. ${name(r)}`),
  ];
  return found(lines, orderSources(ctx));
}
