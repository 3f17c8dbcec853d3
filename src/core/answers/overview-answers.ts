import { type Answer, answer } from './answer.ts';
import { type AnswerContext, possessive, reviewedSubject } from './answer-context.ts';
import { headOfDelegation } from './delegation-answers.ts';
import { milestoneAnswer } from './milestone-answers.ts';

// A state named with no question ("Nigeria?"), and how to be reminded.

export function overview(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const when = milestoneAnswer('review', ctx, 'when');
  const head = headOfDelegation(ctx);
  return answer(
    [
      ...(when?.lines ?? []),
      ...(head?.lines ?? []),
      `For more: /upr review ${subject.state.name} (the whole of ${possessive(subject.state)} review).`,
    ],
    [...(when?.sources ?? []), ...(head?.sources ?? [])],
  );
}

export function remindHow(ctx: AnswerContext): Answer {
  const state = reviewedSubject(ctx)?.state.name ?? '<state>';
  return answer([
    `Type /upr remind me ${state} 1h for a direct message an hour before it starts (or 30m, 24h, start). An admin can give a whole channel reminders with /upr subscribe.`,
  ]);
}
