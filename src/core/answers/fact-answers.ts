import { formatDay, isKnownAt } from '../clock-wording.ts';
import type { Fact } from '../data-schema.ts';
import type { Line } from '../reply.ts';
import { provisional } from '../reply-parts.ts';
import { stateName } from '../upr-index.ts';
import { ordinal } from '../wording/ordinals.ts';
import { type Answer, answer } from './answer.ts';
import {
  type AnswerContext,
  capitalised,
  inSentence,
  possessive,
  reviewedSubject,
} from './answer-context.ts';
import { adoptionMilestone, milestoneAnswer, reviewMilestone, tell } from './milestone-answers.ts';

// Answers that come from the data's facts, counts, documents and updates. An outcome (a count, a
// reply, what a review was like) is told only once it is known at `now`; before, the answer says
// when it is expected.

export function factAnswer(fact: Fact): Answer {
  const caveat = fact.status === 'inferred' ? ' (This is inferred, not announced.)' : '';
  return answer([`${fact.text}${caveat}`], fact.sources);
}

/** "not known yet": with when it is expected, if the data says (after a review, on a date). */
function notYetKnown(ctx: AnswerContext, what: string, asOf: string | undefined): Answer {
  const review = reviewMilestone(ctx);
  const expected =
    review?.timing?.end && asOf && asOf === review.timing.end
      ? ['; it is known once ', ...reviewAt(ctx), ' is over.']
      : asOf && !asOf.includes('T')
        ? [`; it is expected by ${formatDay(asOf)}.`]
        : ['.'];
  return answer([[`${capitalised(what)} is not known yet`, ...expected]]);
}

function reviewAt(ctx: AnswerContext) {
  const subject = reviewedSubject(ctx);
  return subject ? [`${possessive(subject.state)} review`] : ['the review'];
}

/** How a topic reads in "... is not known yet". */
const TOPIC_WORDS: Record<string, (whose: string) => string> = {
  'states-spoke': (whose) => `how many states spoke in ${whose} review`,
  pledges: (whose) => `what ${whose.replace(/'s?$/, '')} pledged in its review`,
  focus: (whose) => `what ${whose} review focuses on`,
  'speaking-time': (whose) => `${whose} speaking time`,
  'session-recommendations': () => "the session's total of recommendations",
  'average-recommendations': () => 'the average number of recommendations per state',
  'delegation-approach': (whose) => `${whose} approach to the review`,
};

/** The latest fact on a topic known at `now`, for the question's state or in general. */
export function topicFact(
  ctx: AnswerContext,
  topic: string,
  options: { perState?: boolean } = {},
): Answer | undefined {
  const state = reviewedSubject(ctx)?.state ?? (options.perState ? ctx.subjects.states[0] : undefined);
  const zone = ctx.index.session.zone;
  const facts = ctx.index.facts.filter(
    (f) => f.topic === topic && (options.perState ? f.subject === state?.code : !f.subject),
  );
  if (options.perState && !state) return undefined;
  const known = facts.filter((f) => isKnownAt(f.asOf, ctx.now, zone));
  const latest = known.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')).at(-1);
  if (latest) return factAnswer(latest);
  const whose = state ? possessive(state) : 'the';
  const what =
    TOPIC_WORDS[topic]?.(whose) ??
    (options.perState ? `${whose} ${topic.replaceAll('-', ' ')}` : topic.replaceAll('-', ' '));
  if (facts.length) return notYetKnown(ctx, what, facts[0]!.asOf);
  return options.perState
    ? answer([`${capitalised(what)} is not known: it is not in the bot's sources.`])
    : undefined;
}

export function recommendations(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  const zone = ctx.index.session.zone;
  if (!subject) {
    if (/\b(average|avg|mean|per state|typical|moyenne|promedio)\b/.test(ctx.question.text))
      return topicFact(ctx, 'average-recommendations');
    return topicFact(ctx, 'session-recommendations');
  }
  const { state, review } = subject;
  const count = review.recommendations;
  if (!count) {
    return answer([
      `How many recommendations ${inSentence(state)} received is not known: it is not in the bot's sources.`,
    ]);
  }
  if (!isKnownAt(count.asOf, ctx.now, zone)) {
    const adoption = adoptionMilestone(ctx);
    const told = adoption?.timing ? tell(adoption, ctx).line : undefined;
    return answer(
      [
        `How many recommendations ${inSentence(state)} receives is not known yet: they are listed in the report of its review.`,
        ...(told ? [[...told, '.']] : []),
      ],
      adoption?.sources ?? [],
    );
  }
  return answer(
    [
      `${capitalised(inSentence(state))} received ${count.value} recommendations${count.detail ? ` (${count.detail})` : ''}${provisional(count.status)}.`,
    ],
    count.sources,
  );
}

/** Accepted, noted, rejected: the state's replies, once published; else when they are due. */
export function replies(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const told = milestoneAnswer('replies', ctx, 'when');
  if (!told) return undefined;
  const { review, state } = subject;
  const lines = [...told.lines];
  const zone = ctx.index.session.zone;
  const published = review.replies?.when.date && isKnownAt(review.replies.when.date, ctx.now, zone);
  const count = review.recommendations;
  const total = count && isKnownAt(count.asOf, ctx.now, zone) ? count.value : undefined;
  const accepted = review.replies?.accepted;
  // "what percentage did it accept?": worked out from the data's own two figures.
  if (published && total && accepted !== undefined && PERCENT.test(ctx.question.text)) {
    const share = Math.round((1000 * accepted) / total) / 10;
    lines.push([
      `That is ${accepted} of ${total} recommendations accepted, ${share}% (worked out from the two figures).`,
    ]);
  }
  if (published && ctx.task?.clause.topics.length) {
    lines.push([
      `Which recommendations on a given topic ${inSentence(state)} accepted is not in the bot's data: it holds the totals only.`,
    ]);
  }
  return answer(lines, told.sources);
}

const PERCENT = /\b(percent|percentage|proportion|share|ratio|pourcentage|porcentaje)\b|%/;

export function updates(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const zone = ctx.index.session.zone;
  const list = (ctx.index.updatesByState.get(subject.state.code) ?? []).filter((u) =>
    isKnownAt(u.published, ctx.now, zone),
  );
  if (!list.length) return answer([`There are no updates on ${possessive(subject.state)} review yet.`]);
  return answer(
    list.map((u) => u.text),
    list.flatMap((u) => u.sources),
  );
}

export function documents(ctx: AnswerContext): Answer | undefined {
  const general = topicFact(ctx, 'review-documents');
  const subject = reviewedSubject(ctx);
  if (!subject) return general;
  const docs = ctx.index.documentsByReview.get(subject.review.id) ?? [];
  const lines: string[] = docs.map(
    (d) =>
      `${d.symbol}: ${d.title}${d.status === 'inferred' ? ' (symbol inferred from the pattern of other states, not announced)' : ''}`,
  );
  const sources = docs.flatMap((d) => d.sources);
  const report = ctx.index.facts.find(
    (f) =>
      f.topic === 'national-report' &&
      f.subject === subject.state.code &&
      isKnownAt(f.asOf, ctx.now, ctx.index.session.zone),
  );
  if (report) {
    lines.push(report.text);
    sources.push(...report.sources);
  }
  if (!lines.length)
    return answer(
      [
        `The documents of ${possessive(subject.state)} review are not listed in the bot's data.`,
        ...(general?.lines.map((l) => l.join('')) ?? []),
      ],
      general?.sources ?? [],
    );
  return answer(
    [`${capitalised(possessive(subject.state))} review rests on these documents:`, ...lines],
    sources,
  );
}

function sessionTense(ctx: AnswerContext): 'reviews' | 'reviewed' {
  return ctx.now.slice(0, 10) > ctx.index.session.window.end ? 'reviewed' : 'reviews';
}

export function reviewedStates(ctx: AnswerContext): Answer {
  const { index } = ctx;
  const names = index.reviews.map((r) => stateName(index, r.state));
  const count = index.facts.find((f) => f.topic === 'states-reviewed-count');
  return answer(
    [
      `The ${ordinal(index.session.number)} session ${sessionTense(ctx)} ${names.length} states, in this order: ${names.join(', ')}.`,
    ],
    count?.sources ?? index.session.window.sources,
  );
}

export function statesCount(ctx: AnswerContext): Answer {
  const { index } = ctx;
  const count = index.facts.find((f) => f.topic === 'states-reviewed-count');
  const cycles = new Set(index.reviews.map((r) => r.cycle));
  const cycle =
    cycles.size === 1
      ? ` each for the ${ordinal([...cycles][0]!)} time (the ${ordinal([...cycles][0]!)} UPR cycle)`
      : '';
  return answer(
    [
      `The ${ordinal(index.session.number)} session of the UPR Working Group ${sessionTense(ctx)} ${index.reviews.length} states,${cycle}.`,
    ],
    count?.sources ?? index.session.window.sources,
  );
}

/** What follows a review: the report's adoption, the state's replies, the Council's adoption. */
export function afterReview(ctx: AnswerContext): Answer | undefined {
  const lines: (string | Line)[] = [];
  const sources: string[] = [];
  const minutes = ctx.index.session.adoptionMinutes;
  const length = ctx.index.facts.find((f) => f.topic === 'review-length' && !f.subject);
  lines.push(
    `Later in the same session, the Working Group adopts the report of each review${minutes ? ` (about ${minutes} minutes per state)` : ''}.`,
  );
  if (length) sources.push(...length.sources);
  const subject = reviewedSubject(ctx);
  if (subject) {
    for (const name of ['adoption', 'replies', 'councilAdoption'] as const) {
      const told = milestoneAnswer(name, ctx, 'when');
      if (told) {
        lines.push(...told.lines);
        sources.push(...told.sources);
      }
    }
  } else {
    const council = milestoneAnswer('councilAdoption', ctx, 'when');
    if (council) {
      lines.push(...council.lines);
      sources.push(...council.sources);
    }
  }
  return answer(lines, sources);
}
