import { isKnownAt } from '../clock-wording.ts';
import {
  compareRecommendations,
  headsOfDelegation,
  orderOfReview,
  recommendationRanking,
  reviewsWhere,
  sameDay,
  troikaMembership,
} from './across-states-answers.ts';
import { dayAgenda, nowAndNext, reviewsSoFar } from './agenda-answers.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, inSentence, possessive, reviewedSubject } from './answer-context.ts';
import { aboutTheData, isItConfirmed } from './certainty-answers.ts';
import { delegationMembers, deputyHead, headOfDelegation, troika, whoIs } from './delegation-answers.ts';
import { eventsAnswer } from './event-answers.ts';
import {
  afterReview,
  documents,
  recommendations,
  replies,
  reviewedStates,
  statesCount,
  topicFact,
  updates,
} from './fact-answers.ts';
import { type MilestoneName, milestoneAnswer, reviewToAdoption } from './milestone-answers.ts';
import { overview, remindHow } from './overview-answers.ts';
import {
  earlierReviewLimits,
  previousAdoption,
  previousRecommendations,
  previousReviews,
  previousReviewsAsked,
  reviewHistory,
} from './previous-answers.ts';
import type { Kind } from './question-plan.ts';
import { durationAnswer, slotsAnswer, webcast, whereAnswer } from './schedule-answers.ts';
import { partInReview, troikaAnswer } from './troika-answers.ts';
import { worldName } from './world-states.ts';

// Each kind of question, answered for one task (a subject and what is asked of it).

type Answerer = (ctx: AnswerContext) => Answer | undefined;

function timed(kind: 'when' | 'status' | 'until'): Answerer {
  return (ctx) => {
    const object = ctx.task?.object ?? 'review';
    if (object === 'event') return eventsAnswer(ctx);
    return milestoneAnswer(object as MilestoneName, ctx, kind);
  };
}

const ANSWERS: Record<Kind, Answerer> = {
  when: timed('when'),
  status: timed('status'),
  until: timed('until'),
  where: whereAnswer,
  head: headOfDelegation,
  deputy: deputyHead,
  members: delegationMembers,
  role: (ctx) =>
    ctx.subjects.people.length || ctx.subjects.previousHeads.length ? whoIs(ctx) : eventsAnswer(ctx),
  recommendations: (ctx) => (previousReviewsAsked(ctx) ? previousRecommendations(ctx) : recommendations(ctx)),
  replies,
  duration: durationAnswer,
  order: orderOfReview,
  sameDay,
  compare: compareRecommendations,
  statesList: (ctx) => reviewsWhere(ctx) ?? reviewedStates(ctx),
  statesCount,
  documents,
  focus: (ctx) => topicFact(ctx, 'focus', { perState: true }),
  pledges: (ctx) => listNotHeld(ctx, topicFact(ctx, 'pledges', { perState: true }), 'measures'),
  troika: (ctx) =>
    troikaAnswer(ctx) ??
    troikaMembership(ctx) ??
    (reviewedSubject(ctx) ? troika(ctx) : topicFact(ctx, 'troika-role')),
  speakingTime: (ctx) =>
    (reviewedSubject(ctx) ? topicFact(ctx, 'speaking-time', { perState: true }) : undefined) ??
    topicFact(ctx, 'review-length'),
  statesSpoke: (ctx) => topicFact(ctx, 'states-spoke', { perState: true }),
  webcast,
  certainty: isItConfirmed,
  aboutData: aboutTheData,
  whatIsUpr: (ctx) => topicFact(ctx, 'what-is-upr'),
  frequency: (ctx) => topicFact(ctx, 'upr-frequency'),
  origin: (ctx) => topicFact(ctx, 'upr-origin'),
  cycle: (ctx) => topicFact(ctx, 'fourth-cycle') ?? topicFact(ctx, 'cycle'),
  workingGroup: (ctx) => topicFact(ctx, 'working-group-membership'),
  events: eventsAnswer,
  dayAgenda,
  nowNext: nowAndNext,
  reviewsSoFar,
  previousReviews,
  headsList: headsOfDelegation,
  ranking: recommendationRanking,
  remind: remindHow,
  said: (ctx) => {
    // "what did Mexico say about China's review?": the review's owner, not the first state named.
    const owner = ctx.task?.clause.owners.get('review');
    const owned = owner && ctx.index.reviewsByState.get(owner.code);
    // "what did China say about Nigeria?": the one spoken about is named last.
    const last = [...ctx.subjects.states].reverse().find((s) => ctx.index.reviewsByState.has(s.code));
    const lastReview = last && ctx.index.reviewsByState.get(last.code);
    const subject =
      owner && owned
        ? { state: owner, review: owned }
        : last && lastReview
          ? { state: last, review: lastReview }
          : reviewedSubject(ctx);
    const known = ctx.subjects.states.find((s) => s !== subject?.state);
    const other = known ? inSentence(known) : worldName(ctx.subjects.unknownStates[0]?.name);
    if (!subject) return undefined;
    const what = other
      ? `The statements and recommendations of ${other} at ${possessive(subject.state)} review are not known`
      : `Which states said or recommended what at ${possessive(subject.state)} review is not known`;
    return answer([`${what}: the bot's data holds totals, not who made each recommendation or statement.`]);
  },
  notInData: (ctx) =>
    answer([
      `That is not known: the bot's data does not hold ${
        /\b(register|registration|sign up|signup|rsvp|tickets?|badges?|accreditation|accredited|visa)\b/.test(
          ctx.question.text,
        )
          ? 'registration or access details'
          : /\b(capacity|fit|seats?)\b/.test(ctx.question.text)
            ? "rooms' capacity"
            : /\b(vote|votes|voted|voting|ballot)\b/.test(ctx.question.text)
              ? 'any vote: UPR outcomes are adopted without a vote tally in its sources'
              : /\bbinding\b/.test(ctx.question.text)
                ? 'whether recommendations bind the state'
                : /\b(old|age|born|birthday|birth|salary|married)\b/.test(ctx.question.text)
                  ? "people's ages or personal details, only their posts and roles"
                  : /\b(speakers?|spoke|speak)\b/.test(ctx.question.text)
                    ? 'the order of speakers'
                    : 'that detail'
      }.`,
    ]),
  officeHolder: (ctx) =>
    answer([
      ctx.task?.clause.cues.has('said') || ctx.task?.clause.cues.has('speak')
        ? "What that office-holder said is not known: the bot's data holds no statements of UN experts or office-holders. It covers the session's reviews, delegations, side meetings, documents and dates."
        : "Who holds that office is not known: the bot's data does not say. It covers the session's reviews, delegations, side meetings, documents and dates.",
    ]),
  definition: () =>
    answer([
      "What that term means is not in the bot's data: it holds how many recommendations each state accepted, noted or rejected, not the definitions.",
    ]),
  nextSteps: afterReview,
  updates,
  overview,
  format: (ctx) => topicFact(ctx, 'review-length'),
  slots: slotsAnswer,
  approach: (ctx) => topicFact(ctx, 'delegation-approach', { perState: true }),
  gap: reviewToAdoption,
  history: reviewHistory,
  partIn: partInReview,
  verbatim: (ctx) => {
    const person = ctx.subjects.people[0];
    // "what did China say about Hong Kong?": the state that spoke, named in the answer.
    const speaker = reviewedSubject(ctx)?.state;
    if (!person)
      return answer([
        speaker && ctx.task?.clause.cues.has('said') && !ctx.task.clause.cues.has('recommendations')
          ? `What ${inSentence(speaker)} said is not known: the bot's data holds no transcripts or statements' text, only what its sources report of them.`
          : "The exact words are not known: the bot's data holds no transcripts or statements' text, only what its sources report of them.",
      ]);
    // What the sources report the person said ("Chang Jian predicted …"), if anything; "what did
    // he say at the forum on 24 Jan?" asks of that occasion, not of what he said before it.
    const occasions = [
      ...ctx.subjects.dates,
      ...ctx.subjects.events.flatMap((e) => (e.when.date ? [e.when.date] : [])),
    ];
    const reported = ctx.index.facts.filter(
      (f) =>
        f.text.includes(person.name) &&
        isKnownAt(f.asOf, ctx.now, ctx.index.session.zone) &&
        (!occasions.length || (f.asOf !== undefined && occasions.includes(f.asOf.slice(0, 10)))),
    );
    return answer(
      [
        reported.length
          ? `${person.name}'s statements in full are not in the bot's data; its sources report this:`
          : `What ${person.name} said is not known: the bot's data holds no transcripts or statements' text, only what its sources report of them.`,
        ...reported.map((f) => f.text),
      ],
      reported.flatMap((f) => f.sources),
    );
  },
  lateChanges: (ctx) => topicFact(ctx, 'late-changes') ?? notKnownFact(),
  whatCounts: (ctx) => topicFact(ctx, 'recommendation-wording') ?? notKnownFact(),
};

/**
 * "List the 30 measures": when the data holds a count but not the items, say so before the count,
 * so the count is not taken for the list.
 */
function listNotHeld(ctx: AnswerContext, known: Answer | undefined, what: string): Answer | undefined {
  if (
    !known ||
    !/\b(list|name|which (are|were)|what (are|were) (the|they)|each of|itemi[sz]e)\b/.test(ctx.question.text)
  )
    return known;
  return answer(
    [`The individual ${what} are not listed in the bot's data; only what follows is known.`, ...known.lines],
    known.sources,
  );
}

/** A general process question the data holds no fact for. */
function notKnownFact(): Answer {
  return answer(["That is not known: the bot's data holds no fact on it."]);
}

/** Kinds an earlier review can be asked about; for the rest, say what the data holds of it. */
const KNOWS_EARLIER = new Set<Kind>([
  'head',
  'recommendations',
  'previousReviews',
  'role',
  'compare',
  'order',
  'remind',
  'aboutData',
  'notInData',
  'whatIsUpr',
  'frequency',
  'origin',
  'cycle',
  'workingGroup',
  'format',
  'said',
  'lateChanges',
  'whatCounts',
  'definition',
  // "is this China's third UPR?": which of its reviews this one is.
  'history',
]);

export function answerTask(kind: Kind, ctx: AnswerContext): Answer | undefined {
  const earlier = previousReviewsAsked(ctx);
  if (earlier && !KNOWS_EARLIER.has(kind)) {
    if ((kind === 'when' || kind === 'status') && ctx.task?.object === 'review') return previousReviews(ctx);
    if (kind === 'when' && (ctx.task?.object === 'adoption' || ctx.task?.object === 'councilAdoption'))
      return previousAdoption(ctx);
    if (kind === 'replies') return previousRecommendations(ctx);
    // "what happened at China's 2013 review?": what the data holds of it.
    if (kind === 'overview' || kind === 'updates' || kind === 'nextSteps') return previousReviews(ctx);
    return earlierReviewLimits(ctx, earlier.state, earlier.reviews);
  }
  return ANSWERS[kind](ctx);
}
