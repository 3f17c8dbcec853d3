import {
  headsOfDelegation,
  orderOfReview,
  recommendationRanking,
  reviewsWhere,
  troikaMembership,
} from './across-states-answers.ts';
import { dayAgenda, nowAndNext } from './agenda-answers.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, possessive, reviewedSubject } from './answer-context.ts';
import { aboutTheData, isItConfirmed } from './certainty-answers.ts';
import { delegationMembers, deputyHead, headOfDelegation, troika, whoIs } from './delegation-answers.ts';
import {
  afterReview,
  documents,
  recommendations,
  replies,
  reviewedStates,
  sideEvents,
  topicFact,
  updates,
} from './fact-answers.ts';
import {
  cycleWord,
  previousAdoption,
  previousRecommendations,
  previousReviews,
  previousReviewsAsked,
} from './previous-answers.ts';
import { adoptionWhen, reviewWhen, sessionWhen, webcast, wherePlace } from './schedule-answers.ts';

// The intents the engine understands, most specific first. Each tests the normalised question
// (typos already corrected) and answers from the structured data, or passes (undefined).

export interface Intent {
  name: string;
  /**
   * Answers questions about earlier reviews itself, or is not about one review's data at all.
   * Others must not answer a question about 2018 with 2024's data.
   */
  knowsEarlierReviews?: boolean;
  matches(ctx: AnswerContext): boolean;
  answer(ctx: AnswerContext): Answer | undefined;
}

const has = (pattern: RegExp) => (ctx: AnswerContext) => pattern.test(ctx.question.text);
const all =
  (...tests: ((ctx: AnswerContext) => boolean)[]) =>
  (ctx: AnswerContext) =>
    tests.every((t) => t(ctx));
const any =
  (...tests: ((ctx: AnswerContext) => boolean)[]) =>
  (ctx: AnswerContext) =>
    tests.some((t) => t(ctx));
const namesReviewedState = (ctx: AnswerContext) => reviewedSubject(ctx) !== undefined;
/** A state named beside the reviewed one that is not itself under review (Germany, France ...). */
const otherStateNamed = (ctx: AnswerContext): string | undefined =>
  ctx.subjects.states.find((s) => !ctx.index.reviewsByState.has(s.code))?.name ??
  ctx.subjects.unknownStates[0]?.name;
const asksWhen = has(
  /\b(when|what time|what date|what day|which day|time|date|dates|day|slot|scheduled|schedule|start|starts|begin|begins)\b/,
);
const LEAD_WORDS =
  /\b(lead|leads|leading|led|leader|head|heads|headed|heading|chief|chair|chairs|chaired|charge|boss|leaders|represent|represents|representing)\b/;

export const INTENTS: Intent[] = [
  {
    // "What did Germany recommend to China?": who said what is not in the data, only totals.
    name: 'another-state-said',
    knowsEarlierReviews: true,
    matches: all(
      namesReviewedState,
      (ctx) => otherStateNamed(ctx) !== undefined,
      has(
        /\b(recommend|recommends|recommended|recommendations? (from|by|of)|say|said|says|ask|asked|raise|raised|criticise|criticised|criticize|criticized|statement|speak|spoke|told|urge|urged|call|called)\b/,
      ),
    ),
    answer: (ctx) => {
      const other = otherStateNamed(ctx)!;
      const subject = reviewedSubject(ctx)!;
      return answer([
        `What ${other} said or recommended to ${subject.state.name} is not known: the bot's data holds totals, not who made each recommendation.`,
      ]);
    },
  },
  {
    name: 'order-of-review',
    // "before Nigeria" is the order of this session, not an earlier review.
    knowsEarlierReviews: true,
    matches: any(
      has(/\b(order of (the )?reviews?|running order|order of review)\b/),
      all(
        namesReviewedState,
        has(/\bwho\b|\b(which|what) (states?|countr(y|ies)|reviews?)\b/),
        has(/\b(before|after|follows|following|preceding|precedes|between|same day)\b/),
        (ctx) => !/\bhappens?\b/.test(ctx.question.text),
      ),
      all(namesReviewedState, has(/\b(what|which) (number|position|place)\b|\bposition\b/)),
      all(
        (ctx) => !namesReviewedState(ctx),
        // "the last review", "reviewed first", "who is up first" — not "how long does a review last".
        has(
          /\b(first|last|final|opening|closing|very first) (review|state|country|one)\b|\breviewed (first|last)\b|\b(is|comes|goes|up) (first|last)\b/,
        ),
      ),
    ),
    answer: orderOfReview,
  },
  {
    name: 'reviews-where',
    matches: all(
      has(/\b(which|what|list|any)\b/),
      has(/\b(reviews?|states|countries|state|country)\b/),
      (ctx) => !namesReviewedState(ctx),
    ),
    answer: reviewsWhere,
  },
  {
    name: 'heads-of-delegation-list',
    matches: all(
      has(
        /\b(heads of (the )?delegations?|delegation heads|heads of delegation|delegations? (are |is )?led by)\b/,
      ),
      has(/\b(list|all|which|every|who are|what are)\b/),
      (ctx) => !namesReviewedState(ctx),
    ),
    answer: headsOfDelegation,
  },
  {
    name: 'troika-membership',
    knowsEarlierReviews: true,
    matches: has(/\b(troikas?|rapporteurs?)\b/),
    answer: troikaMembership,
  },
  {
    name: 'recommendation-ranking',
    matches: all(
      has(/\b(recommendations?|recs?)\b/),
      has(
        /\b(most|largest|highest|biggest|top|fewest|least|lowest|smallest|more than|above|than the average|than average)\b/,
      ),
    ),
    answer: recommendationRanking,
  },
  {
    name: 'not-in-the-data',
    knowsEarlierReviews: true,
    matches: has(
      /\b(spoke first|speak first|first speaker|order of (speakers|speaking)|speakers list|list of speakers|capacity|how many people (fit|can)|seats?|register|registration|sign up|signup|rsvp|tickets?|badges?|accreditation|accredited)\b/,
    ),
    answer: (ctx) =>
      answer([
        `That is not known: the bot's data does not hold ${/\b(register|registration|sign up|signup|rsvp|tickets?|badges?|accreditation|accredited)\b/.test(ctx.question.text) ? 'registration or access details' : /\b(capacity|fit|seats?)\b/.test(ctx.question.text) ? "rooms' capacity" : 'the order of speakers'}.`,
      ]),
  },
  {
    name: 'how-to-be-reminded',
    knowsEarlierReviews: true,
    matches: has(/\b(reminders?|remind|notify|notifications?|alerts?|notified|subscribe)\b/),
    answer: (ctx) => {
      const state = reviewedSubject(ctx)?.state.name ?? 'China';
      return answer([
        `Type /upr remind me ${state} 1h for a direct message an hour before it starts (or 30m, 24h, start). An admin can give a whole channel reminders with /upr subscribe.`,
      ]);
    },
  },
  {
    name: 'about-the-data',
    knowsEarlierReviews: true,
    matches: has(
      /\b(where does (this|the|your) (info|information|data)|where (is|are) (this|the|your) (info|information|data) from|your sources|how (up to date|fresh|current|recent|old) is|last updated|data revision|how reliable|is (this|the|your) (info|information|data) (reliable|accurate|correct))\b/,
    ),
    answer: aboutTheData,
  },
  {
    name: 'is-it-confirmed',
    matches: all(
      has(
        /\b(confirmed|official|officially|certain|definite|definitely|provisional|sure|actually|held|take place|took place|still on)\b/,
      ),
      (ctx) =>
        namesReviewedState(ctx) ||
        ctx.subjects.events.length > 0 ||
        /\b(protest|conference|side|event|meeting)/.test(ctx.question.text),
      // A document's symbol is the documents answer's business (it says which are inferred).
      (ctx) => !/\b(symbols?|documents?|report)\b/.test(ctx.question.text),
    ),
    answer: isItConfirmed,
  },
  {
    name: 'review-format',
    knowsEarlierReviews: true,
    matches: has(
      /\b(happens (during|at|in)|how does (a|the) (upr )?review work|format of|what happens at)\b/,
    ),
    answer: (ctx) => topicFact(ctx, 'review-length'),
  },
  {
    name: 'review-time-in-zone',
    matches: all(namesReviewedState, (ctx) => ctx.subjects.zone !== undefined, asksWhen),
    answer: reviewWhen,
  },
  {
    name: 'who-is',
    knowsEarlierReviews: true,
    matches: all(
      (ctx) => ctx.subjects.people.length > 0 || ctx.subjects.previousHeads.length > 0,
      has(/\b(who|about|role|title|job|position|know|which|what|represent|represents|country|from|tell)\b/),
    ),
    answer: whoIs,
  },
  {
    name: 'troika',
    matches: has(/\b(troika|troikas|rapporteurs?)\b/),
    answer: (ctx) => troika(ctx) ?? topicFact(ctx, 'troika-role'),
  },
  { name: 'deputy', matches: has(/\b(deputy|vice head|second in command|number two)\b/), answer: deputyHead },
  {
    name: 'office-holder',
    knowsEarlierReviews: true,
    matches: all(
      has(/\bwho\b/),
      has(
        /\b(chair|chairs|chaired|chairman|chairperson|president|presides|presiding|secretary general|high commissioner|coordinator|facilitator)\b/,
      ),
      // "who chairs China's delegation" is the head; "who chaired China's review" is not known.
      (ctx) => !/\b(delegation|delegations|team)\b/.test(ctx.question.text),
    ),
    answer: () =>
      answer([
        "Who holds that office is not known: the bot's data does not say. It covers the session's reviews, delegations, side meetings, documents and dates.",
      ]),
  },
  {
    name: 'head-of-delegation',
    knowsEarlierReviews: true,
    matches: all(
      has(LEAD_WORDS),
      any(
        has(/\b(delegation|delegations|team|represent|represents|representative)\b/),
        namesReviewedState,
        (ctx) => ctx.subjects.earlier,
      ),
    ),
    answer: headOfDelegation,
  },
  {
    name: 'delegation-members',
    matches: all(
      has(/\bdelegation\b/),
      has(
        /\b(members?|who (else )?(is|was|are|were) (in|on|part of)|composition|composed|made up|consist|consists|who (is|are) going|size|big|large|includes?|represented|regions?|provinces?|ministries|officials)\b/,
      ),
    ),
    answer: delegationMembers,
  },
  {
    name: 'speaking-time',
    matches: has(
      /\b(speaking time|speak for|minutes|seconds|how long (did|does|can|could|will|may) .*\b(speak|talk)|time to speak|how much time .*\b(speak|talk|have)|time allotted|time allocated)\b/,
    ),
    answer: (ctx) => topicFact(ctx, 'speaking-time', { perState: true }) ?? topicFact(ctx, 'review-length'),
  },
  {
    name: 'states-spoke',
    matches: any(
      has(
        /\b(how many|number of) (states|countries|delegations|nations|governments)\b.*\b(spoke|speak|took the floor|take the floor|took part|participated|statements?|intervened|commented|made recommendations|gave recommendations)\b/,
      ),
      has(/\b(which|what) (outlet|media|newspaper|agency|source)\b.*\b(spoke|took the floor)\b/),
      all(
        namesReviewedState,
        has(/\bspeakers?\b/),
        (ctx) =>
          ctx.subjects.events.length === 0 && !/\b(side|event|meeting|protest)/.test(ctx.question.text),
      ),
    ),
    answer: (ctx) => topicFact(ctx, 'states-spoke', { perState: true }),
  },
  {
    name: 'recommendations',
    knowsEarlierReviews: true,
    matches: has(/\b(recommendations?|recommended|recs?|recos?|recommandations?|recomendaci(on|ones))\b/),
    answer: (ctx) => (previousReviewsAsked(ctx) ? previousRecommendations(ctx) : recommendations(ctx)),
  },
  {
    name: 'replies',
    matches: all(
      namesReviewedState,
      has(
        /\b(accept|accepted|reject|rejected|note|notes|noted|replies|reply|respond|responded|response|responses)\b/,
      ),
    ),
    answer: replies,
  },
  {
    name: 'adoption',
    knowsEarlierReviews: true,
    matches: has(/\b(adopt|adopted|adopts|adoption|adopting)\b/),
    answer: (ctx) => (previousReviewsAsked(ctx) ? previousAdoption(ctx) : adoptionWhen(ctx)),
  },
  {
    name: 'pledges',
    matches: has(/\b(pledge|pledges|pledged|commitments?|new measures|measures|promise|promised|promises)\b/),
    answer: (ctx) => topicFact(ctx, 'pledges', { perState: true }),
  },
  {
    name: 'focus',
    matches: all(
      has(
        /\b(focus|focuses|topics?|issues|themes?|concerns?|raise|raised|expected to|criticism|criticised|criticized|subjects?|xinjiang|xizang|tibet|tibetan|uyghurs?|hong kong|asks? .*about|asked .*about|questions? about)\b/,
      ),
      // "which side events concern China" asks for events, not for the review's topics.
      (ctx) =>
        ctx.subjects.events.length === 0 &&
        !/\b(side events?|side meetings?|events|protests?)\b/.test(ctx.question.text),
    ),
    answer: (ctx) => topicFact(ctx, 'focus', { perState: true }),
  },
  {
    name: 'documents',
    matches: any(
      has(
        /\b(documents?|national report|compilation|stakeholders?|paperwork|based on|rests? on|symbols?|submissions?)\b/,
      ),
      all(has(/\breports?\b/), (ctx) => !/\badopt/.test(ctx.question.text)),
    ),
    answer: documents,
  },
  {
    name: 'day-agenda',
    matches: all(
      (ctx) => ctx.subjects.dates.length > 0,
      (ctx) => !/\b(where|how long)\b/.test(ctx.question.text),
      (ctx) => !namesReviewedState(ctx),
      (ctx) => ctx.subjects.events.length === 0,
      has(/^(?!.*\b(side events?|side meetings?|protests?|press conferences?|news conferences?)\b)/),
    ),
    answer: dayAgenda,
  },
  {
    name: 'side-events',
    matches: any(
      (ctx) => ctx.subjects.events.length > 0,
      has(
        /\b(side events?|side meetings?|sideline|events?|protests?|demonstrations?|demonstrators|rally|rallies|press conferences?|news conferences?|forum|meetings)\b/,
      ),
    ),
    answer: sideEvents,
  },
  {
    name: 'previous-reviews',
    knowsEarlierReviews: true,
    matches: any(
      (ctx) => previousReviewsAsked(ctx) !== undefined,
      has(/\b(previous|earlier|past|prior|history)\b.*\breviews?\b/),
    ),
    answer: previousReviews,
  },
  {
    name: 'after-review',
    matches: has(
      /\b(after the review|afterwards|next steps?|what happens next|happens after|follow up|follow-up)\b/,
    ),
    answer: afterReview,
  },
  {
    name: 'updates',
    matches: all(
      namesReviewedState,
      has(/\b(updates?|news|latest|happened|outcome|outcomes|result|results)\b/),
    ),
    answer: updates,
  },
  {
    name: 'webcast',
    matches: has(
      /\b(watch|webcast|webcasts|stream|streamed|streaming|livestream|livestreamed|live|broadcast|web tv|webtv|online|video)\b/,
    ),
    answer: webcast,
  },
  {
    name: 'upr-origin',
    knowsEarlierReviews: true,
    matches: all(
      has(
        /\b(created|established|founded|origin|origins|set up|history|resolution|introduced|first (upr |ever )?(working group )?session|first upr)\b/,
      ),
      (ctx) => !namesReviewedState(ctx) && !/\b(45th|session 45|this session)\b/.test(ctx.question.text),
    ),
    answer: (ctx) => topicFact(ctx, 'upr-origin'),
  },
  {
    name: 'working-group',
    knowsEarlierReviews: true,
    matches: all(
      has(/\bworking group\b/),
      has(/\b(who|members?|made up|composed|how many|what is|consist)\b/),
    ),
    answer: (ctx) => topicFact(ctx, 'working-group-membership'),
  },
  {
    name: 'one-review-length',
    knowsEarlierReviews: true,
    matches: all(
      has(/\b(how long|duration|how many hours)\b/),
      has(/\breviews?\b/),
      (ctx) => !namesReviewedState(ctx),
    ),
    answer: (ctx) => topicFact(ctx, 'review-length'),
  },
  {
    name: 'cycle',
    knowsEarlierReviews: true,
    matches: has(/\bcycles?\b/),
    answer: (ctx) => {
      const current = ctx.index.session.cycle;
      const later = ctx.subjects.cycles.find((c) => c > current);
      const fact = topicFact(ctx, 'fourth-cycle');
      if (!later) return fact;
      return answer(
        [`When the ${cycleWord(later)} cycle starts is not known.`, ...(fact?.lines ?? [])],
        fact?.sources ?? [],
      );
    },
  },
  {
    name: 'session-dates',
    knowsEarlierReviews: true,
    matches: any(
      all(
        has(/\bsession\b/),
        has(
          /\b(when|start|starts|begin|begins|open|opens|end|ends|finish|finishes|close|closes|dates?|days?|long|run|runs)\b/,
        ),
      ),
      all(
        (ctx) => !namesReviewedState(ctx),
        has(/\bwhen (does|is|will) (the upr|it|upr 45|the working group)\b/),
      ),
      all(
        (ctx) => !namesReviewedState(ctx),
        has(/\b(upr 45|45th|upr)\b/),
        has(/\b(dates?|when|start|end)\b/),
      ),
    ),
    answer: sessionWhen,
  },
  {
    name: 'states-reviewed-count',
    knowsEarlierReviews: true,
    matches: has(/\b(how many|number of) (states|countries|nations)\b/),
    answer: (ctx) => topicFact(ctx, 'states-reviewed-count'),
  },
  {
    name: 'states-reviewed',
    knowsEarlierReviews: true,
    matches: has(
      /\b(which|what|list|name|who)\b.*\b(states|countries|nations)\b|\bwho is (being )?reviewed\b/,
    ),
    answer: reviewedStates,
  },
  {
    name: 'now-and-next',
    matches: all(
      has(/\b(now|next|currently|happening|under way|underway|going on|coming up|upcoming)\b/),
      (ctx) => !namesReviewedState(ctx) || !asksWhen(ctx),
    ),
    answer: nowAndNext,
  },
  {
    name: 'daily-slots',
    matches: all(
      has(/\b(per day|a day|each day|every day|slots?|mornings?|afternoons?)\b/),
      (ctx) => !namesReviewedState(ctx),
    ),
    answer: (ctx) => {
      const slots = ctx.index.session.standardSlots;
      return slots ? answer([slots]) : undefined;
    },
  },
  {
    name: 'review-time',
    matches: all(namesReviewedState, any(asksWhen, has(/\breviewed\b/))),
    answer: reviewWhen,
  },
  { name: 'where', matches: has(/\b(where|venue|location|room|place|held|building)\b/), answer: wherePlace },
  {
    name: 'review-length',
    knowsEarlierReviews: true,
    matches: has(/\b(how long|duration|how many hours|length)\b/),
    answer: (ctx) => topicFact(ctx, 'review-length'),
  },
  {
    name: 'upr-frequency',
    knowsEarlierReviews: true,
    matches: has(/\b(how often|frequency|frequently|every how|how regularly|periodicity|interval)\b/),
    answer: (ctx) => topicFact(ctx, 'upr-frequency'),
  },
  {
    name: 'what-is-upr',
    knowsEarlierReviews: true,
    matches: any(
      has(
        /\b(what is|what are|explain|define|definition|meaning|mean|means|purpose|how does .* work|stand for|stands for|acronym|abbreviation|why is|why does|why do)\b.*\b(upr|universal periodic review|periodic review)\b|\b(upr|universal periodic review)\b.*\b(stand for|stands for|mean|means|important|matter|matters)\b/,
      ),
      has(/^(the )?(upr|universal periodic review)$/),
    ),
    answer: (ctx) => topicFact(ctx, 'what-is-upr'),
  },
  {
    name: 'state-overview',
    matches: namesReviewedState,
    answer: (ctx) => {
      const when = reviewWhen(ctx);
      const head = headOfDelegation(ctx);
      if (!when || !head) return undefined;
      const subject = reviewedSubject(ctx)!;
      return answer(
        [
          ...when.lines,
          ...head.lines,
          `For more: /upr review ${subject.state.name} (the whole of ${possessive(subject.state)} review).`,
        ],
        [...when.sources, ...head.sources],
      );
    },
  },
];
