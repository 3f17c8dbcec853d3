import { formatDay } from '../clock-wording.ts';
import type { PreviousReview, State } from '../data-schema.ts';
import { ordinal } from '../wording/ordinals.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, capitalised, inSentence, possessive } from './answer-context.ts';

// Answers about a state's earlier UPR reviews, as the data lists them by cycle and date.

/** The earlier reviews a question points at, by "previous", a cycle number or a year. */
export function previousReviewsAsked(
  ctx: AnswerContext,
): { state: State; reviews: PreviousReview[] } | undefined {
  const { subjects, index } = ctx;
  const state = subjects.states[0];
  if (!state) return undefined;
  const all = index.previousByState.get(state.code) ?? [];
  const currentCycle = index.reviewsByState.get(state.code)?.cycle ?? index.session.cycle;
  const earlierCycles = subjects.cycles.filter((c) => c < currentCycle);
  const years = subjects.years.filter((y) => y < Number(index.session.window.start.slice(0, 4)));
  if (!subjects.earlier && !earlierCycles.length && !years.length) return undefined;
  // "I read the 2018 recommendations; how many this time?" asks about the current review.
  const thisOne = [
    cycleWord(currentCycle),
    `${currentCycle}th`,
    ordinal(currentCycle),
    index.session.window.start.slice(0, 4),
  ];
  // A task given one year of several ("in 2013, 2018 and 2024") is about that year only.
  if (
    !ctx.task?.years &&
    (/\b(this time|this year|this review|this session|this cycle|current|latest one)\b/.test(
      ctx.question.text,
    ) ||
      ctx.question.words.some((w) => thisOne.includes(w)))
  ) {
    return undefined;
  }
  let reviews = all;
  const ofCycle = all.filter((r) => earlierCycles.includes(r.cycle));
  const ofYear = all.filter((r) => years.includes(Number(r.date.slice(0, 4))));
  if (earlierCycles.length && years.length) {
    // "wasn't China's 3rd UPR in 2013?": the cycle and the year name different reviews; both are told.
    const both = ofCycle.filter((r) => ofYear.includes(r));
    reviews = both.length ? both : [...ofCycle, ...ofYear.filter((r) => !ofCycle.includes(r))];
  } else if (earlierCycles.length) reviews = ofCycle;
  else if (years.length) reviews = ofYear;
  // "the last review" means the most recent one only.
  if (/\b(last|most recent|latest)\b/.test(ctx.question.text) && !earlierCycles.length && !years.length) {
    reviews = reviews.slice(-1);
  }
  return { state, reviews };
}

/** The reply for a year or cycle the data has no review of: the years it does have, no guess. */
export function noSuchReview(ctx: AnswerContext, state: State): Answer {
  const years = (ctx.index.previousByState.get(state.code) ?? []).map((r) => r.date.slice(0, 4));
  const current = ctx.index.reviewsByState.get(state.code)
    ? [ctx.index.session.window.start.slice(0, 4)]
    : [];
  const all = [...years, ...current];
  return answer([
    `The bot has no record of that review of ${state.name}${all.length ? `; it knows of reviews in ${all.join(', ')}` : ''}.`,
  ]);
}

/**
 * A question about an earlier review that only the current review's data could answer: say what
 * the data does hold for that review instead of passing off this year's fact as that year's.
 */
export function earlierReviewLimits(
  ctx: AnswerContext,
  state: State,
  reviews: readonly PreviousReview[],
): Answer {
  if (!reviews.length) return noSuchReview(ctx, state);
  const lines = reviews.map(
    (r) =>
      `That is not known for ${possessive(state)} ${cycleWord(r.cycle)} review (${formatDay(r.date)}): the bot holds only its date, the head of delegation, the recommendations and the adoption dates.`,
  );
  return answer(
    lines,
    reviews.flatMap((r) => r.sources),
  );
}

export function cycleWord(cycle: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][cycle - 1] ?? `${cycle}th`;
}

export function previousReviews(ctx: AnswerContext): Answer | undefined {
  const asked =
    previousReviewsAsked(ctx) ??
    (ctx.subjects.states[0] && /\breviews\b/.test(ctx.question.text)
      ? {
          state: ctx.subjects.states[0],
          reviews: ctx.index.previousByState.get(ctx.subjects.states[0].code) ?? [],
        }
      : undefined);
  if (!asked) return undefined;
  const { state, reviews } = asked;
  if (!reviews.length) return noSuchReview(ctx, state);
  const lines = reviews.map((r) => {
    const parts = [`${cycleWord(r.cycle)} review: ${formatDay(r.date)}`];
    if (r.adoption) parts.push(`report adopted ${formatDay(r.adoption)}`);
    if (r.head) parts.push(`led by ${r.head}`);
    parts.push(
      r.recommendations ? `recommendations: ${r.recommendations}` : 'number of recommendations not known',
    );
    if (r.hrcAdoption) parts.push(`outcome adopted by the Council ${formatDay(r.hrcAdoption)}`);
    return `${parts.join('; ')}.`;
  });
  // "wasn't China's 3rd UPR in 2013?": the cycle and the year named are two reviews, said plainly.
  const cycle = ctx.subjects.cycles[0];
  const year = ctx.subjects.years[0];
  const ofCycle = reviews.find((r) => r.cycle === cycle);
  const ofYear = reviews.find((r) => r.date.startsWith(String(year)));
  const intro =
    ofCycle && ofYear && ofCycle !== ofYear
      ? `No: ${possessive(state)} ${cycleWord(ofCycle.cycle)} review was in ${ofCycle.date.slice(0, 4)}; ${year} was its ${cycleWord(ofYear.cycle)}.`
      : reviews.length > 1
        ? `${possessive(state)} earlier reviews:`
        : `${possessive(state)} earlier review:`;
  return answer(
    [intro, ...lines.map((l) => `${l[0]!.toUpperCase()}${l.slice(1)}`)],
    reviews.flatMap((r) => r.sources),
  );
}

export function previousRecommendations(ctx: AnswerContext): Answer | undefined {
  const asked = previousReviewsAsked(ctx);
  if (!asked) return undefined;
  const lines = asked.reviews.map((r) =>
    r.recommendations
      ? `In its ${cycleWord(r.cycle)} review (${r.date.slice(0, 4)}), ${asked.state.name} received ${r.recommendations}.`
      : `How many recommendations ${asked.state.name} received in its ${cycleWord(r.cycle)} review (${r.date.slice(0, 4)}) is not known.`,
  );
  return answer(
    lines.length ? lines : [`The bot has no record of that earlier review of ${asked.state.name}.`],
    asked.reviews.flatMap((r) => r.sources),
  );
}

export function previousAdoption(ctx: AnswerContext): Answer | undefined {
  const asked = previousReviewsAsked(ctx);
  if (!asked) return undefined;
  if (!asked.reviews.length) return noSuchReview(ctx, asked.state);
  const lines = asked.reviews.map((r) => {
    const group = r.adoption
      ? `the Working Group adopted its report on ${formatDay(r.adoption)}`
      : 'when the Working Group adopted its report is not known';
    const council = r.hrcAdoption
      ? `the Human Rights Council adopted the outcome on ${formatDay(r.hrcAdoption)}`
      : 'when the Council adopted the outcome is not known';
    return `${possessive(asked.state)} ${cycleWord(r.cycle)} review (${formatDay(r.date)}): ${group}; ${council}.`;
  });
  return answer(
    lines,
    asked.reviews.flatMap((r) => r.sources),
  );
}

/**
 * "How many times has China been reviewed?", "has it been reviewed before?": one review per cycle,
 * so this session's cycle says how many, and the data's earlier reviews say when.
 */
export function reviewHistory(ctx: AnswerContext): Answer | undefined {
  const state = ctx.subjects.states[0];
  if (!state) return undefined;
  const earlier = ctx.index.previousByState.get(state.code) ?? [];
  const review = ctx.index.reviewsByState.get(state.code);
  if (!review) return undefined;
  const item = ctx.agenda.find((i) => i.key === `review:${review.id}`);
  // This session's review counts once it has begun.
  const begun = item?.start ? item.start <= ctx.now : item?.date ? item.date < ctx.now.slice(0, 10) : false;
  const count = begun ? review.cycle : review.cycle - 1;
  const name = capitalised(inSentence(state));
  const known = earlier.map((p) => `${p.date.slice(0, 4)} (${cycleWord(p.cycle)} cycle)`);
  const lines = [
    count
      ? `${name} has been reviewed ${count} time${count === 1 ? '' : 's'}, once in each UPR cycle${begun ? `, the ${cycleWord(review.cycle)} in this session` : ''}.`
      : `${name} has not been reviewed before.`,
    known.length
      ? `Earlier reviews in the bot's data: ${known.join(', ')}.`
      : count > (begun ? 1 : 0)
        ? `The bot's data holds no details of ${possessive(state)} earlier reviews.`
        : '',
  ];
  if (!begun) lines.push(`Its ${cycleWord(review.cycle)} review, in this session, is still to come.`);
  return answer(
    lines.filter(Boolean),
    earlier.flatMap((p) => p.sources),
  );
}
