import type { AgendaItem } from '../agenda.ts';
import {
  cityTime,
  clockIn,
  type Dated,
  dayIn,
  daysBetween,
  formatDay,
  type Phase,
  phaseOf,
  relativeWords,
  spanIn,
} from '../clock-wording.ts';
import type { Status, When } from '../data-schema.ts';
import type { Inline, Line } from '../reply.ts';
import { provisional } from '../reply-parts.ts';
import { zoneLabel } from '../time-format.ts';
import { replyCounts } from '../upr-index.ts';
import { ordinal } from '../wording/ordinals.ts';
import { type Answer, answer } from './answer.ts';
import {
  type AnswerContext,
  agendaItem,
  capitalised,
  inSentence,
  possessive,
  reviewedSubject,
} from './answer-context.ts';
import type { Cue } from './question-lexicon.ts';

// When, has it started, is it over, how long until: the dated milestones of a review (the review,
// the Working Group's adoption of its report, the state's replies, the Council's adoption of the
// outcome) and the session itself, each told from where `now` stands. Nothing ahead of `now` is
// ever told in the past tense; what the data records of how it went is kept until it has happened.

type Timing = Dated & { dateStatus: Status; timeStatus: Status };

/** How one milestone is told in each phase; `at` is its date and time, `rel` how far from now. */
interface Wording {
  ahead(at: Inline[], rel: string): Line;
  today(at: Inline[]): Line;
  /** `elapsed`: "30 minutes ago"; `remaining`: "in 2 hours 15 minutes". */
  underWay(since: Inline[], until: Inline[], elapsed: string, remaining: string): Line;
  over(at: Inline[]): Line;
  undated: string;
}

interface Milestone {
  timing?: Timing;
  wording: Wording;
  sources: string[];
  /** A line added once the milestone is over: what the data records of how it went. */
  outcome?: Line;
  /** Where it stands, for milestones that are spans of days rather than instants. */
  phase?: Phase;
}

function timingOf(when: When, zone: string): Timing | undefined {
  if (!when.date && !when.start) return undefined;
  return {
    date: when.date ?? (when.start ? dayIn(when.start, zone) : undefined),
    start: when.start,
    end: when.end,
    dateStatus: when.status,
    timeStatus: when.start ? (when.timeStatus ?? when.status) : 'unconfirmed',
  };
}

/** A span of days (a session): ahead before its first day, under way until its last is over. */
function spanPhase(from: string, to: string, now: string, zone: string): Phase {
  const today = dayIn(now, zone);
  // Its first day counts as under way: a span of days is open all day.
  return today < from ? 'ahead' : today > to ? 'over' : 'under-way';
}

function fromAgenda(item: AgendaItem | undefined): Timing | undefined {
  if (!item) return undefined;
  return {
    date: item.date,
    start: item.start,
    end: item.end,
    dateStatus: item.dateStatus,
    timeStatus: item.timeStatus,
  };
}

/** The date and time, in the zone the reader asked for (as text) or as a time the chat localises. */
export function atParts(timing: Timing, ctx: AnswerContext): Inline[] {
  const sessionZone = ctx.index.session.zone;
  if (timing.start) {
    const status = timing.timeStatus !== 'confirmed' ? provisional(timing.timeStatus) : '';
    const zone = ctx.subjects.zone;
    if (zone && zone !== sessionZone) {
      const own = spanIn(timing.start, timing.end, sessionZone, zoneLabel(sessionZone)).replace(/^.*, /, '');
      const label = cityTime(zone, timing.start, ctx.subjects.zoneName);
      const others = (ctx.subjects.otherZones ?? [])
        .filter((z) => z.zone !== sessionZone)
        .map((z) =>
          spanIn(timing.start!, timing.end, z.zone, cityTime(z.zone, timing.start!, z.name)).replace(
            /^.*, /,
            '',
          ),
        );
      return [`${spanIn(timing.start, timing.end, zone, label)} (${[...others, own].join('; ')})${status}`];
    }
    return [{ time: timing.start, ...(timing.end ? { end: timing.end } : {}), style: 'date-time' }, status];
  }
  if (timing.date) return [`${formatDay(timing.date)}, time not announced${provisional(timing.dateStatus)}`];
  return ['a date that has not been announced'];
}

function clockParts(instant: string | undefined, ctx: AnswerContext): Inline[] {
  if (!instant) return [];
  const zone = ctx.subjects.zone;
  if (zone && zone !== ctx.index.session.zone)
    return [`${clockIn(instant, zone)} ${cityTime(zone, instant, ctx.subjects.zoneName)}`];
  return [{ time: instant, style: 'time' }];
}

/** One milestone's sentence at `now`, or the sentence for a milestone with no date. */
export function tell(milestone: Milestone, ctx: AnswerContext): { line: Line; phase: Phase } {
  const { timing, wording } = milestone;
  if (!timing) return { line: [wording.undated], phase: 'undated' };
  const zone = ctx.index.session.zone;
  const phase = milestone.phase ?? phaseOf(timing, ctx.now, zone);
  switch (phase) {
    case 'ahead':
      return { line: wording.ahead(atParts(timing, ctx), aheadWords(timing, ctx.now, zone)), phase };
    case 'today':
      return { line: wording.today(atParts(timing, ctx)), phase };
    case 'under-way': {
      const line = wording.underWay(
        clockParts(timing.start, ctx),
        clockParts(timing.end, ctx),
        timing.start ? relativeWords({ start: timing.start }, ctx.now, zone) : '',
        timing.end ? relativeWords({ start: timing.end }, ctx.now, zone) : '',
      );
      // Under way by a slot that is only expected: said so, as at any other time.
      const status = timing.start && timing.timeStatus !== 'confirmed' ? provisional(timing.timeStatus) : '';
      return { line: status ? [...line, status] : line, phase };
    }
    case 'over': {
      const line = wording.over(atParts(timing, ctx));
      // "how long ago did it end?": a recent end is also told from now.
      const end = timing.end ?? timing.start;
      const recent = end && Date.parse(ctx.now) - Date.parse(end) < 2 * 86_400_000;
      return {
        line: recent ? [...line, ` (it ended ${relativeWords({ start: end }, ctx.now, zone)})`] : line,
        phase,
      };
    }
    default:
      return { line: [wording.undated], phase };
  }
}

/** "in 3 days"; for a time today or tomorrow, the day as well: "tomorrow, in 12 hours". */
function aheadWords(timing: Timing, now: string, zone: string): string {
  const rel = relativeWords(timing, now, zone);
  if (!timing.start) return rel;
  const days = daysBetween(dayIn(now, zone), dayIn(timing.start, zone));
  return days === 0 ? `today, ${rel}` : days === 1 ? `tomorrow, ${rel}` : rel;
}

/** A meeting: it starts, is under way, took place. */
function meetingWording(subject: string, undated: string): Wording {
  const Subject = capitalised(subject);
  return {
    ahead: (at, rel) => [`${Subject} ${/(minute|hour)/.test(rel) ? 'starts' : 'is'} ${rel}: `, ...at],
    today: (at) => [`${Subject} is today: `, ...at],
    underWay: (since, until, elapsed, remaining) => [
      `${Subject} is under way: it started at `,
      ...since,
      elapsed ? ` (${elapsed})` : '',
      ...(until.length ? [' and ends at ', ...until, remaining ? `, ${remaining}` : ''] : []),
    ],
    over: (at) => [`${Subject} took place on `, ...at],
    undated,
  };
}

export function reviewMilestone(ctx: AnswerContext): Milestone | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  const item = agendaItem(ctx, `review:${review.id}`);
  const count = ctx.index.reviews.length;
  return {
    ...(fromAgenda(item) ? { timing: fromAgenda(item)! } : {}),
    wording: meetingWording(
      `${possessive(state)} review`,
      `The date of ${possessive(state)} review has not been announced; it is one of the ${count} reviews of the ${ordinal(ctx.index.session.number)} session.`,
    ),
    sources: review.when.sources,
  };
}

export function adoptionMilestone(ctx: AnswerContext): Milestone | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  const item = agendaItem(ctx, `adoption:${review.id}`);
  const on = inSentence(state);
  const timing = fromAgenda(item);
  return {
    ...(timing ? { timing } : {}),
    wording: {
      ahead: (at, rel) => [`The Working Group is due to adopt the report on ${on} ${rel}: `, ...at],
      today: (at) => [`The Working Group is due to adopt the report on ${on} today: `, ...at],
      underWay: (since, until) => [
        `The Working Group's adoption of the report on ${on} is under way: it started at `,
        ...since,
        ...(until.length ? [' and the block ends at ', ...until] : []),
      ],
      over: (at) => [`The Working Group adopted the report on ${on} on `, ...at],
      undated: `When the Working Group adopts the report on ${on} has not been announced.`,
    },
    sources: review.adoption.sources,
  };
}

function councilWindow(ctx: AnswerContext): string {
  const outcomes = ctx.index.session.outcomes;
  if (!outcomes?.councilSession) return 'the Human Rights Council';
  const window = outcomes.window
    ? ` (${formatDay(outcomes.window.start)} to ${formatDay(outcomes.window.end)})`
    : '';
  return `the Human Rights Council's ${ordinal(outcomes.councilSession)} session${window}`;
}

export function councilMilestone(ctx: AnswerContext): Milestone | undefined {
  const subject = reviewedSubject(ctx);
  const outcomes = ctx.index.session.outcomes;
  if (!subject) {
    if (!outcomes?.window) return undefined;
    const at = councilWindow(ctx);
    return {
      phase: spanPhase(outcomes.window.start, outcomes.window.end, ctx.now, ctx.index.session.zone),
      timing: { date: outcomes.window.start, dateStatus: outcomes.status, timeStatus: 'unconfirmed' },
      wording: {
        ahead: (_at, rel) => [
          `The outcomes of the session's reviews are due to be adopted at ${at}, which opens ${rel}.`,
        ],
        today: () => [`The outcomes of the session's reviews are adopted at ${at}, which opens today.`],
        underWay: () => [
          `The outcomes of the session's reviews are being adopted at ${at}, which is under way.`,
        ],
        over: () => [
          `The outcomes of the session's reviews were adopted at ${at}, which ended on ${formatDay(outcomes.window!.end)}.`,
        ],
        undated: outcomes.text,
      },
      sources: outcomes.sources,
    };
  }
  const { state, review } = subject;
  const of = `the outcome of ${possessive(state)} review`;
  const where = outcomes?.councilSession ? `, at ${councilWindow(ctx)}` : '';
  if (!review.councilAdoption?.date && !review.councilAdoption?.start) {
    return undatedOnly(
      outcomes
        ? `The Human Rights Council adopts ${of} at ${councilWindow(ctx)}; the date for ${inSentence(state)} is not in the bot's data.`
        : `When the Human Rights Council adopts ${of} is not known.`,
      outcomes?.sources ?? [],
    );
  }
  const timing = timingOf(review.councilAdoption, ctx.index.session.zone)!;
  return {
    timing,
    wording: {
      ahead: (at, rel) => [
        `The Human Rights Council is due to adopt ${of} in plenary ${rel}${where}: `,
        ...dateOnly(at, ctx),
      ],
      today: (at) => [
        `The Human Rights Council is due to adopt ${of} in plenary today${where}: `,
        ...dateOnly(at),
      ],
      underWay: () => [`The Human Rights Council is adopting ${of} in plenary now${where}.`],
      over: (at) => [`The Human Rights Council adopted ${of} in plenary on `, ...dateOnly(at, ctx), where],
      undated: '',
    },
    sources: review.councilAdoption.sources,
  };
}

/** A milestone the data holds no date for: only what is known of it, said in any phase. */
function undatedOnly(text: string, sources: string[]): Milestone {
  const none = () => [];
  return { wording: { ahead: none, today: none, underWay: none, over: none, undated: text }, sources };
}

/** A plenary's date without "time not announced", unless its time is what was asked. */
function dateOnly(at: Inline[], ctx?: AnswerContext): Inline[] {
  if (ctx && (ctx.subjects.zone || /\b(what time|which time|hour|time)\b/.test(ctx.question.text))) return at;
  return at.map((part) => (typeof part === 'string' ? part.replace(/, time not announced/, '') : part));
}

export function repliesMilestone(ctx: AnswerContext): Milestone | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  const replies = review.replies;
  const whose = `${possessive(state)} replies to the recommendations`;
  if (!replies) {
    const council = councilMilestone(ctx);
    return undatedOnly(
      `${capitalised(whose)} are not in the bot's data.${council?.timing ? ' A state gives them by the time the Human Rights Council adopts the outcome of its review.' : ''}`,
      [],
    );
  }
  const counts = replyCounts(replies);
  const list =
    counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}` : (counts[0] ?? '');
  const timing = timingOf(replies.when, ctx.index.session.zone);
  return {
    ...(timing ? { timing } : {}),
    wording: {
      ahead: (at, rel) => [
        `${capitalised(whose)} are not published yet; they are expected ${rel}: `,
        ...dateOnly(at),
      ],
      today: (at) => [`${capitalised(whose)} are expected today: `, ...dateOnly(at)],
      underWay: () => [`${capitalised(whose)} are expected today.`],
      over: (at) => [
        `${capitalised(inSentence(state))} published its replies to the recommendations on `,
        ...dateOnly(at),
        list ? `: ${list}` : '',
      ],
      undated: `When ${inSentence(state)} publishes its replies to the recommendations has not been announced.`,
    },
    sources: [...replies.when.sources, ...replies.sources],
  };
}

export function sessionMilestone(ctx: AnswerContext): Milestone {
  const { session } = ctx.index;
  const name = `The ${ordinal(session.number)} session of the UPR Working Group`;
  const span = `${formatDay(session.window.start)} to ${formatDay(session.window.end)}`;
  const place = session.place.text;
  const first = ctx.agenda.find((i) => i.kind === 'review' && i.start);
  const opening: Line = first?.start
    ? [
        ` The first review (${first.title.replace(/^Review of /, '')}) starts `,
        { time: first.start, ...(first.end ? { end: first.end } : {}), style: 'date-time' },
        '.',
      ]
    : [];
  return {
    phase: spanPhase(session.window.start, session.window.end, ctx.now, session.zone),
    timing: { date: session.window.start, dateStatus: session.window.status, timeStatus: 'unconfirmed' },
    wording: {
      ahead: (_at, rel) => [`${name} opens ${rel}: it runs from ${span} at the ${place}.`, ...opening],
      today: () => [`${name} opens today: it runs from ${span} at the ${place}.`, ...opening],
      underWay: () => [
        `${name} is under way: it runs from ${span} at the ${place}; it ends ${relativeWords({ date: session.window.end }, ctx.now, session.zone)}.`,
      ],
      over: () => [`${name} ended on ${formatDay(session.window.end)}: it ran from ${span} at the ${place}.`],
      undated: '',
    },
    sources: session.window.sources,
  };
}

export type MilestoneName = 'review' | 'adoption' | 'councilAdoption' | 'replies' | 'session';

export function milestoneFor(name: MilestoneName, ctx: AnswerContext): Milestone | undefined {
  switch (name) {
    case 'review':
      return reviewMilestone(ctx);
    case 'adoption':
      return adoptionMilestone(ctx);
    case 'councilAdoption':
      return councilMilestone(ctx);
    case 'replies':
      return repliesMilestone(ctx);
    default:
      return sessionMilestone(ctx);
  }
}

/** "Yes", "No", "Not yet": the short verdict a yes-or-no question about a milestone deserves. */
export function verdict(phase: Phase, cues: ReadonlySet<Cue>): string {
  // What the question asks, by its cue words (in any of the languages the lexicon knows).
  const asksOver = cues.has('over') || cues.has('adopt') || cues.has('published') || cues.has('certainty');
  const asksOngoing = cues.has('ongoing') || cues.has('now');
  const asksStarted = cues.has('started') || (cues.has('yet') && !asksOver);
  switch (phase) {
    case 'ahead':
      return asksOver || asksStarted || asksOngoing ? 'Not yet. ' : '';
    case 'today':
      return asksOver || asksOngoing || asksStarted
        ? 'It is today; whether it has started is not known, as its time has not been announced. '
        : '';
    case 'under-way':
      return asksOver ? 'Not yet. ' : asksOngoing || asksStarted ? 'Yes. ' : '';
    case 'over':
      return asksOngoing && !asksOver ? 'No, it is over. ' : asksOver || asksStarted ? 'Yes. ' : '';
    default:
      return '';
  }
}

function sentence(line: Line): Line {
  const last = line.at(-1);
  return typeof last === 'string' && /[.!?]$/.test(last) ? line : [...line, '.'];
}

/** "When is ...?", "has ... started?", "how long until ...?": the milestone told at `now`. */
export function milestoneAnswer(
  name: MilestoneName,
  ctx: AnswerContext,
  kind: 'when' | 'status' | 'until',
): Answer | undefined {
  const milestone = milestoneFor(name, ctx);
  if (!milestone) return undefined;
  const { line, phase } = tell(milestone, ctx);
  // "Yes", "Not yet" answer a yes-or-no question ("has it started?"), not "how long has it run?".
  const text = ctx.question.text;
  const yesNo =
    /^(is|are|was|were|has|have|had|did|does|do|will|can|could|ya)\b|\b(est ce que|a t il|a t elle|est il|est elle)\b|吗$/.test(
      text,
    ) ||
    // Terse: "upr wg 45 - started yet?", "wg45 over?".
    /\b(yet|over|started|begun|done|finished|ended)$/.test(text);
  const lead = kind === 'status' && yesNo ? verdict(phase, ctx.task?.clause.cues ?? new Set()) : '';
  const lines: Line[] = [sentence(lead ? [lead, ...line] : line)];
  if (
    name === 'review' &&
    phase === 'ahead' &&
    kind === 'until' &&
    milestone.timing?.start === undefined &&
    milestone.timing?.date
  ) {
    lines.push(['Its time has not been announced, so the hours until it starts are not known.']);
  }
  if (milestone.outcome && phase === 'over') lines.push(milestone.outcome);
  // "China's next review", once this one is over: the next cycle's date is not in the data.
  if (name === 'review' && phase === 'over' && ctx.task?.clause.cues.has('next')) {
    const subject = reviewedSubject(ctx)!;
    lines.push([
      `That review is over; the date of ${possessive(subject.state)} next UPR review has not been announced.`,
    ]);
  }
  return answer(lines, milestone.sources);
}

/** "How many days between China's review and its report's adoption?": both, and the days between. */
export function reviewToAdoption(ctx: AnswerContext): Answer | undefined {
  const review = reviewMilestone(ctx);
  const adoption = adoptionMilestone(ctx);
  if (!review || !adoption) return undefined;
  const lines: Line[] = [sentence(tell(review, ctx).line), sentence(tell(adoption, ctx).line)];
  const from = review.timing?.date;
  const to = adoption.timing?.date;
  if (from && to) {
    const days = daysBetween(from, to);
    lines.push([
      `That is ${days} day${days === 1 ? '' : 's'} between the review and the adoption of its report.`,
    ]);
  }
  return answer(lines, [...review.sources, ...adoption.sources]);
}
