import type { Task } from '../answers/question-plan.ts';
import { isKnownAt } from '../clock-wording.ts';
import type { Review, Status, When } from '../data-schema.ts';
import { calendarDate, dataTextIn, listOf, type MessageId } from './catalogue.ts';
import {
  clauseSays,
  found,
  type LocalAnswer,
  type LocalContext,
  phase,
  type Renderer,
  say,
  stateOf,
  zoneName,
} from './localized-context.ts';
import { dayAgenda, nowNext } from './localized-day.ts';
import { previousReviews } from './localized-earlier.ts';
import { events } from './localized-events.ts';
import {
  GENERAL_RENDERERS,
  reviewDocuments,
  sessionRecommendations,
  troikaRole,
} from './localized-general.ts';
import { placeIn, stateNameIn } from './localized-names.ts';
import { orderIn, type ReviewWhen } from './localized-order.ts';
import { deputy, head, members, role, troika } from './localized-people.ts';
import { untilReview } from './localized-until.ts';
import { AFTER_WORDS } from './question-cues.ts';

// The main kinds of question answered in the reader's language from the data: names, numbers,
// dates and statuses are said in it; text the data has only in English is quoted as English.
// A kind or a case not handled here returns undefined and the caller quotes the English answer.

function statusOf(when: When): Status {
  return when.start ? (when.timeStatus ?? when.status) : when.status;
}

/** A count's detail as the data renders it in the reader's language, else its English quoted. */
function detailIn(
  count: { detail?: string; detailIn?: Partial<Record<string, string>> },
  ctx: LocalContext,
): string {
  return dataTextIn(ctx.locale, count.detail ?? '', count.detailIn);
}

/** A review's or an adoption's date and time, or that they are not announced. */
function dated(
  ctx: LocalContext,
  state: string,
  when: When | undefined,
  ids: { time: MessageId; date: MessageId; unknown: MessageId },
): LocalAnswer {
  if (!when?.date || when.status === 'unconfirmed') return found([say(ctx, ids.unknown, { state })]);
  const tense = phase(when, ctx);
  if (when.start && when.end && statusOf(when) !== 'unconfirmed') {
    const values = {
      state,
      phase: tense,
      status: statusOf(when),
      start: new Date(when.start),
      end: new Date(when.end),
      zone: zoneName(ctx, new Date(when.start)),
    };
    return found([say(ctx, ids.time, values)], when.sources);
  }
  return found([say(ctx, ids.date, { state, phase: tense, date: calendarDate(when.date) })], when.sources);
}

function sessionWindow(ctx: LocalContext): LocalAnswer | undefined {
  const { session } = ctx.index;
  const { place } = placeIn(ctx.index, ctx.locale);
  if (!place) return undefined;
  const window = { date: session.window.start, end: `${session.window.end}T23:59:59Z` };
  const tense = phase({ ...window, start: `${session.window.start}T00:00:00Z` }, ctx);
  return found(
    [
      say(ctx, 'answer.sessionWindow', {
        number: session.number,
        phase: tense,
        start: calendarDate(session.window.start),
        end: calendarDate(session.window.end),
        place,
      }),
    ],
    [...session.window.sources, ...session.place.sources],
  );
}

/** A review's date and time, as "when" tells it: the order's answer dates the state it names. */
const reviewWhen: ReviewWhen = (review, ctx) =>
  dated(ctx, stateNameIn(ctx.index, review.state, ctx.locale), review.when, {
    time: 'answer.reviewTime',
    date: 'answer.reviewDate',
    unknown: 'answer.reviewUnknown',
  });

const when: Renderer = (task, ctx) => {
  if (task.object === 'session' && !task.state) return sessionWindow(ctx);
  if (task.object === 'event') return events(task, ctx);
  if (task.object === 'replies') return replies(task, ctx);
  if (task.earlier && task.state) return previousReviews(task, ctx);
  // "les résultats sont adoptés quand ?" with no state: the session's outcomes at the Council.
  if (task.object === 'councilAdoption' && !task.state) return sessionOutcomes(ctx);
  const subject = stateOf(task, ctx);
  if (!subject) return undefined;
  const { review, name } = subject;
  if (task.object === 'review' || task.object === 'session')
    return dated(ctx, name, review.when, {
      time: 'answer.reviewTime',
      date: 'answer.reviewDate',
      unknown: 'answer.reviewUnknown',
    });
  if (task.object === 'adoption')
    return dated(ctx, name, review.adoption, {
      time: 'answer.adoptionTime',
      date: 'answer.adoptionDate',
      unknown: 'answer.adoptionUnknown',
    });
  if (task.object === 'councilAdoption') {
    const council = review.councilAdoption;
    const number = ctx.index.session.outcomes?.councilSession;
    if (!council?.date || council.status === 'unconfirmed' || number === undefined) {
      const unknown = say(ctx, 'answer.councilAdoptionUnknown', { state: name });
      // The state's own date is missing, but the Council session that adopts the session's
      // outcomes is known: say which session, as the English answer does.
      const session = sessionOutcomes(ctx);
      return session ? { ...session, lines: [[unknown], ...session.lines] } : found([unknown]);
    }
    const values = {
      state: name,
      phase: phase(council, ctx),
      date: calendarDate(council.date),
      council: number,
    };
    return found([say(ctx, 'answer.councilAdoption', values)], council.sources);
  }
  return undefined;
};

/** "Has it started? Is it over?" for a review with its times known; anything else is the English engine's. */
const status: Renderer = (task, ctx) => {
  const subject = stateOf(task, ctx);
  const when = subject?.review.when;
  if (!subject || task.object !== 'review' || !when?.start || !when.end || statusOf(when) !== 'confirmed')
    return undefined;
  const start = new Date(when.start);
  const values = {
    state: subject.name,
    phase: phase(when, ctx),
    start,
    end: new Date(when.end),
    zone: zoneName(ctx, start),
  };
  return found([say(ctx, 'answer.status', values)], when.sources);
};

const where: Renderer = (task, ctx) => {
  const { place, room } = placeIn(ctx.index, ctx.locale);
  if (!place || !room) return undefined;
  const sources = ctx.index.session.place.sources;
  const subject = stateOf(task, ctx);
  if (task.object === 'event' || task.events.length) return events(task, ctx);
  if (!subject) return found([say(ctx, 'answer.sessionWhere', { place, room })], sources);
  return found([say(ctx, 'answer.where', { state: subject.name, place, room })], sources);
};

const recommendations: Renderer = (task, ctx) => {
  if (task.earlier) return previousReviews(task, ctx);
  const subject = stateOf(task, ctx);
  const count = subject?.review.recommendations;
  if (!subject) return task.state ? undefined : sessionRecommendations(task, ctx);
  if (!count || count.status === 'unconfirmed' || !isKnownAt(count.asOf, ctx.now, ctx.index.session.zone))
    return found([say(ctx, 'answer.recommendationsUnknown', { state: subject.name })]);
  const lines = [say(ctx, 'answer.recommendations', { state: subject.name, count: count.value })];
  if (count.detail) lines.push(say(ctx, 'answer.recommendationsDetail', { text: detailIn(count, ctx) }));
  return found(lines, count.sources);
};

const replies: Renderer = (task, ctx) => {
  if (task.earlier) return previousReviews(task, ctx);
  const subject = stateOf(task, ctx);
  if (!subject) return undefined;
  const given = subject.review.replies;
  const date = given?.when.date;
  const published =
    date && given.when.status !== 'unconfirmed' && isKnownAt(date, ctx.now, ctx.index.session.zone);
  if (!given || !published) {
    const values = {
      state: subject.name,
      status: date && given?.when.status !== 'unconfirmed' ? 'expected' : 'unknown',
      date: calendarDate(date ?? ctx.index.session.window.end),
    };
    return found([say(ctx, 'answer.repliesPending', values)], given?.when.sources ?? []);
  }
  const { accepted, partiallyAccepted, noted, rejected } = given;
  if (accepted === undefined || noted === undefined || rejected === undefined) return undefined;
  const values = {
    state: subject.name,
    date: calendarDate(date),
    accepted,
    partial: partiallyAccepted ?? 0,
    noted,
    rejected,
  };
  return found([say(ctx, 'answer.replies', values)], given.sources);
};

type Milestone = 'review' | 'adoption' | 'replies' | 'council';

/** "après l'examen", "después del examen", "审议之后": what follows the review, not the review. */
function saysAfter(task: Task): boolean {
  return task.clause.cues.has('after') || clauseSays(task, AFTER_WORDS);
}

/**
 * "审议刚结束，接下来呢？" with no state: the review that ended last before `now`, while the session
 * runs; after its last review, the session's own next step (the Council's adoption).
 */
function justReviewed(ctx: LocalContext): { name: string; review: Review } | undefined {
  const { index } = ctx;
  const done = index.reviews.filter((r) => r.when.date && phase(r.when, ctx) === 'past');
  if (!done.length || done.length === index.reviews.filter((r) => r.when.date).length) return undefined;
  const last = done
    .sort((a, b) => (a.when.end ?? a.when.date!).localeCompare(b.when.end ?? b.when.date!))
    .at(-1)!;
  return { name: stateNameIn(index, last.state, ctx.locale), review: last };
}

/** "下一步是什么？" of no review in particular: each report's adoption, then the Council's. */
function afterAnyReview(ctx: LocalContext): LocalAnswer | undefined {
  const minutes = ctx.index.session.adoptionMinutes;
  const outcomes = sessionOutcomes(ctx);
  if (!minutes || !outcomes) return undefined;
  return {
    lines: [[say(ctx, 'answer.afterReviewGeneral', { minutes })], ...outcomes.lines],
    sources: outcomes.sources,
  };
}

/** Every review of the session is behind `now`. */
function sessionOver(ctx: LocalContext): boolean {
  return ctx.index.reviews.every((r) => !r.when.date || phase(r.when, ctx) === 'past');
}

/** The Council session that adopts the session's outcomes, told in the tense of `now`. */
function sessionOutcomes(ctx: LocalContext): LocalAnswer | undefined {
  const outcomes = ctx.index.session.outcomes;
  if (!outcomes?.window || outcomes.councilSession === undefined || outcomes.status === 'unconfirmed')
    return undefined;
  const { start, end } = outcomes.window;
  const values = {
    council: outcomes.councilSession,
    phase: phase({ date: start, start: `${start}T00:00:00Z`, end: `${end}T23:59:59Z` }, ctx),
    start: calendarDate(start),
    end: calendarDate(end),
  };
  return found([say(ctx, 'answer.sessionOutcomes', values)], outcomes.sources);
}

/**
 * What comes next for a state at `now`: the first of its dated steps not yet over, then those
 * after it, each told as to come (a step that has just ended is not "next" again).
 */
const nextSteps: Renderer = (task, ctx) => {
  const subject =
    stateOf(task, ctx) ?? (ctx.afterStep && !task.clause.cues.has('session') ? justReviewed(ctx) : undefined);
  // With no state, once the session's reviews are over ("la session est finie, et maintenant ?").
  if (!subject) {
    if (task.state) return undefined;
    if (ctx.afterStep || sessionOver(ctx)) return sessionOutcomes(ctx);
    return afterAnyReview(ctx);
  }
  const { review } = subject;
  const steps: { milestone: Milestone; when: When | undefined }[] = [
    { milestone: 'review', when: review.when },
    { milestone: 'adoption', when: review.adoption },
    { milestone: 'replies', when: review.replies?.when },
    { milestone: 'council', when: review.councilAdoption },
  ];
  const isDated = (s: (typeof steps)[number]): s is { milestone: Milestone; when: When & { date: string } } =>
    Boolean(s.when?.date) && s.when?.status !== 'unconfirmed';
  // The steps after the last one over at `now` (or after the review, "après l'examen").
  const lastPast = steps.findLastIndex((s) => isDated(s) && phase(s.when, ctx) === 'past');
  const afterReview = task.object === 'review' && saysAfter(task) ? 0 : -1;
  const ahead = steps.slice(Math.max(lastPast, afterReview) + 1);
  const council = ctx.index.session.outcomes?.councilSession ?? 0;
  const lines: string[] = [];
  const sources: string[] = [];
  for (const step of ahead) {
    const first = lines.length === 0;
    if (isDated(step)) {
      const values = {
        state: subject.name,
        milestone: step.milestone,
        date: calendarDate(step.when.date),
        council,
      };
      lines.push(say(ctx, first ? 'answer.next' : 'answer.nextThen', values));
      sources.push(...step.when.sources);
    } else if (step.milestone === 'council') {
      // The Council's date for this state is not known: the session the outcomes go to is.
      const outcomes = sessionOutcomes(ctx);
      if (outcomes) {
        lines.push(...outcomes.lines.map((l) => l.join('')));
        sources.push(...outcomes.sources);
      }
    } else if (step.milestone !== 'replies')
      lines.push(say(ctx, 'answer.nextUndated', { state: subject.name, milestone: step.milestone }));
  }
  if (lines.length) return found(lines, sources);
  const done = steps.filter(isDated);
  const last = done[done.length - 1];
  if (!last) return undefined;
  const values = {
    state: subject.name,
    milestone: last.milestone,
    date: calendarDate(last.when.date),
    council,
  };
  return found([say(ctx, 'answer.nothingNext', values)], last.when.sources);
};

/** "How long does the review last?": the review's own times where known, else the standard length. */
const duration: Renderer = (task, ctx) => {
  if (task.object !== 'review' && task.object !== 'session') return undefined;
  const subject = stateOf(task, ctx);
  const when = subject?.review.when;
  if (subject && when?.start && when.end && statusOf(when) !== 'unconfirmed') {
    const start = new Date(when.start);
    const end = new Date(when.end);
    const hours = (end.getTime() - start.getTime()) / 3_600_000;
    const values = { state: subject.name, hours, start, end, zone: zoneName(ctx, start) };
    return found([say(ctx, 'answer.durationTimed', values)], when.sources);
  }
  const minutes = ctx.index.session.reviewMinutes;
  return minutes ? found([say(ctx, 'answer.durationStandard', { minutes, hours: minutes / 60 })]) : undefined;
};

/**
 * "Which state received the most recommendations?": the state whose sourced count says it is the
 * most of the session, as the English engine finds it; anything else is the English engine's.
 */
const ranking: Renderer = (task, ctx) => {
  if (!task.clause.cues.has('most')) return undefined;
  const most = ctx.index.reviews.find(
    (r) =>
      r.recommendations &&
      isKnownAt(r.recommendations.asOf, ctx.now, ctx.index.session.zone) &&
      /\bthe most\b/i.test(r.recommendations.detail ?? ''),
  );
  const count = most?.recommendations;
  if (!most || !count) return undefined;
  const state = stateNameIn(ctx.index, most.state, ctx.locale);
  const lines = [say(ctx, 'answer.mostRecommendations', { state, count: count.value })];
  if (count.detail) lines.push(say(ctx, 'answer.recommendationsDetail', { text: detailIn(count, ctx) }));
  return found(lines, count.sources);
};

const statesCount: Renderer = (_task, ctx) => {
  const names = ctx.index.reviews.map((r) => stateNameIn(ctx.index, r.state, ctx.locale));
  return found([say(ctx, 'answer.statesCount', { count: names.length, states: listOf(ctx.locale, names) })]);
};

const webcast: Renderer = (task, ctx) => {
  const subject = stateOf(task, ctx);
  const url = subject?.review.webcast ?? ctx.index.session.webcast?.url;
  return url
    ? found([say(ctx, 'answer.webcast', { url })], ctx.index.session.webcast?.sources ?? [])
    : undefined;
};

/** "Tell me about <state>": who leads, when, how many recommendations. */
const overview: Renderer = (task, ctx) => {
  if (!stateOf(task, ctx)) return undefined;
  const parts = [head, when, recommendations].map((r) => r({ ...task, object: 'review' }, ctx));
  if (parts.some((p) => !p)) return undefined;
  return { lines: parts.flatMap((p) => p!.lines), sources: parts.flatMap((p) => p!.sources) };
};

/** "Who chairs the session?": an office outside the review, which the data does not hold. */
const officeHolder: Renderer = (_task, ctx) => found([say(ctx, 'answer.officeHolderUnknown')]);

export const LOCAL_RENDERERS: Partial<Record<Task['kind'], Renderer>> = {
  officeHolder,
  ...GENERAL_RENDERERS,
  head,
  deputy,
  members,
  role,
  troika: (task, ctx) => (task.state ? troika(task, ctx) : troikaRole(task, ctx)),
  documents: (task, ctx) => (task.state ? undefined : reviewDocuments(task, ctx)),
  when,
  status,
  duration,
  ranking,
  dayAgenda,
  where,
  recommendations,
  replies,
  events,
  nextSteps,
  order: (task, ctx) => orderIn(task, ctx, reviewWhen),
  // Under way or over: "has it started?" says so, with its times.
  // Another thing's countdown (the session's end, a side meeting) stays the English engine's.
  until: (task, ctx) =>
    task.object === 'review' && task.state && !task.events.length
      ? (untilReview(task, ctx) ?? status(task, ctx) ?? when(task, ctx))
      : undefined,
  nowNext: (task, ctx) => (task.state ? nextSteps(task, ctx) : nowNext(task, ctx)),
  // "下一个审议的国家是哪个？": the states asked with "next" are the one to come, not all of them.
  statesList: (task, ctx) => (task.clause.cues.has('next') ? nowNext(task, ctx) : statesCount(task, ctx)),
  previousReviews,
  history: previousReviews,
  statesCount,
  webcast,
  overview,
};
