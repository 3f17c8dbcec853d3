import { type Answer, answer } from './answer.ts';
import { type AnswerContext, inSentence, possessive, reviewedSubject } from './answer-context.ts';
import { headOfDelegation } from './delegation-answers.ts';
import { milestoneAnswer } from './milestone-answers.ts';
import { vocabularyFor } from './question-vocabulary.ts';

// A state named with no question ("Nigeria?"), and how to be reminded.

/** Words of the question the bot knows nothing of ("bigger", "sanctions"): the part not understood. */
function unknownWords(ctx: AnswerContext): string[] {
  const { known } = vocabularyFor(ctx.index).spelling;
  // A state's name with a typo or an ending ("nigerias") is the subject, found already.
  const names = ctx.subjects.states.map((s) => s.name.toLowerCase().split(' ')[0]!.slice(0, 5));
  return ctx.question.words.filter(
    (w) => w.length >= 4 && /^[a-z]+$/.test(w) && !known.has(w) && !names.some((n) => w.startsWith(n)),
  );
}

export function overview(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const when = milestoneAnswer('review', ctx, 'when');
  const head = headOfDelegation(ctx);
  const { state } = subject;
  // A state named beside words the bot does not know is not a question about its timetable:
  // say which words were not understood, then what is known, then questions it can answer.
  const unknown = unknownWords(ctx);
  const unsure = unknown.length
    ? [
        `I did not understand "${unknown.slice(0, 3).join(' ')}" in your question about ${inSentence(state)}, so here is what the bot holds on its review.`,
      ]
    : [];
  // Only questions the data holds an answer to for this state.
  const { review } = subject;
  const offers = [
    review.delegation.head.person ? `who leads ${possessive(state)} delegation?` : '',
    review.recommendations ? `how many recommendations did ${inSentence(state)} receive?` : '',
    ctx.index.facts.some((f) => f.subject === state.code && f.topic === 'focus')
      ? `what will ${possessive(state)} review focus on?`
      : '',
    review.troika.states.length ? `who is in ${possessive(state)} troika?` : '',
    `when does the Working Group adopt the report on ${inSentence(state)}?`,
  ].filter(Boolean);
  const closer = unknown.length
    ? [
        `Questions I can answer about ${inSentence(state)}: ${offers
          .slice(0, 3)
          .map((q) => `"${q}"`)
          .join(', ')}`,
      ]
    : [];
  return answer(
    [
      ...unsure,
      ...(when?.lines ?? []),
      ...(head?.lines ?? []),
      ...closer,
      `For more: /upr review ${state.name} (the whole of ${possessive(state)} review).`,
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
