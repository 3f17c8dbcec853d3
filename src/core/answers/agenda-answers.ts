import { itemsBetween, nextItems } from '../agenda.ts';
import { formatDay, phaseOf, withStanding } from '../clock-wording.ts';
import type { Line } from '../reply.ts';
import { agendaLine } from '../reply-parts.ts';
import { ordinal } from '../wording/ordinals.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, reviewedSubject } from './answer-context.ts';
import { dayOwners } from './claim-check.ts';

// "What is on today?", "what's next?", "what happens on Wednesday?": the timetable, in words.

export function dayAgenda(ctx: AnswerContext): Answer | undefined {
  const { dates } = ctx.subjects;
  if (!dates.length) return undefined;
  const { session } = ctx.index;
  const lines: Line[] = [];
  const sources: string[] = [];
  for (const date of dates) {
    const items = itemsBetween(ctx.agenda, date, date);
    if (!items.length) {
      // "what happened on 11 June?": a milestone outside the timetable (replies, the Council's adoption).
      const owners = dayOwners(date, ctx.index, ctx.agenda, ctx.now).filter((o) =>
        o.text.startsWith(formatDay(date)),
      );
      if (owners.length) {
        for (const owner of owners) {
          lines.push([`${owner.text}.`]);
          sources.push(...owner.sources);
        }
        continue;
      }
      const outside = date < session.window.start || date > session.window.end;
      lines.push([
        outside
          ? `Nothing on ${formatDay(date)}: the session runs from ${formatDay(session.window.start)} to ${formatDay(session.window.end)}.`
          : `No review or event is scheduled on ${formatDay(date)}.`,
      ]);
      // "any reviews today?" on a day off: the next day that has something, so the answer is of use.
      const nextDay = outside
        ? undefined
        : ctx.agenda
            .map((i) => i.date)
            .filter((d): d is string => d !== undefined && d > date)
            .sort()[0];
      if (nextDay && dates.length === 1) {
        const next = itemsBetween(ctx.agenda, nextDay, nextDay);
        lines.push(
          [`The next day with items is ${formatDay(nextDay)}:`],
          ...next.map((i) => agendaLine(i, { dayKnown: true })),
        );
      }
      continue;
    }
    lines.push([`${formatDay(date)}:`], ...items.map((i) => agendaLine(i, { dayKnown: true })));
  }
  return answer(lines, sources);
}

export function nowAndNext(ctx: AnswerContext): Answer {
  const { session } = ctx.index;
  const state = reviewedSubject(ctx)?.state.code;
  const next = nextItems(ctx.agenda, ctx.now, session.zone, state);
  const lines: Line[] = [];
  for (const item of next.underway) lines.push(['Under way now: ', ...agendaLine(item)]);
  for (const item of next.today) lines.push(['Today, time not announced: ', { strong: item.title }]);
  const onlyReview =
    /\breview\b/.test(ctx.question.text) && !/\b(event|meeting|side)/.test(ctx.question.text);
  const zone = session.zone;
  if (next.nextReview)
    lines.push([
      'Next review: ',
      ...withStanding(agendaLine(next.nextReview), next.nextReview, ctx.now, zone),
    ]);
  if (next.nextEvent && !onlyReview)
    lines.push([
      'Next side meeting or event: ',
      ...withStanding(agendaLine(next.nextEvent), next.nextEvent, ctx.now, zone),
    ]);
  if (onlyReview && !next.nextReview && ctx.now < `${session.window.end}T23:59:59Z`) {
    const last = [...ctx.agenda].reverse().find((i) => i.kind === 'review' && i.date);
    lines.push([
      `No more reviews are scheduled in the ${ordinal(session.number)} session${last?.date ? `: the last one was on ${formatDay(last.date)} (${last.title})` : ''}.`,
    ]);
  }
  if (!lines.length) {
    lines.push([
      `The ${ordinal(session.number)} session ended on ${formatDay(session.window.end)}; nothing more is scheduled. Ask about a day, for example "what was on ${formatDay(session.window.start)}?"`,
    ]);
  }
  return answer(lines);
}

/**
 * "which reviews are still to come?", "how many reviews are left?", "which reviews are done so
 * far?": the reviews on either side of `now`, counted and listed, each with where it stands.
 */
export function reviewsSoFar(ctx: AnswerContext): Answer {
  const zone = ctx.index.session.zone;
  // "what's left in the session?": every item still to come, the reports' adoptions too.
  const wholeSession =
    ctx.task?.clause.cues.has('session') &&
    !ctx.task.clause.cues.has('review') &&
    !ctx.task.clause.cues.has('statesNoun');
  if (wholeSession) {
    const left = ctx.agenda.filter(
      (i) =>
        i.kind !== 'review' &&
        i.kind !== 'side-event' &&
        phaseOf(i, ctx.now, zone) !== 'over' &&
        (i.date ?? '') <= ctx.index.session.window.end,
    );
    const reviewsLeft = ctx.agenda.filter((i) => i.kind === 'review' && phaseOf(i, ctx.now, zone) !== 'over');
    const items = [...reviewsLeft, ...left];
    if (!items.length)
      return answer([[`Nothing is left: the session ended on ${formatDay(ctx.index.session.window.end)}.`]]);
    return answer([
      [`Still to come before the session ends on ${formatDay(ctx.index.session.window.end)}:`],
      ...items.map((item) => withStanding(agendaLine(item), item, ctx.now, zone)),
    ]);
  }
  const reviews = ctx.agenda.filter((i) => i.kind === 'review');
  // "how many have been reviewed by now?" asks the reviews done; "which still have to be
  // reviewed?" those to come, whatever other words it shares.
  const toCome =
    /\b(left|remaining|remain|still|yet|to come|to go|upcoming|ahead|outstanding|pending)\b/.test(
      ctx.question.text,
    );
  const done =
    !toCome &&
    /\b(so far|already|done|completed|finished|taken place|took place|held|over|happened|been reviewed|were reviewed|by now|until now|up to now|behind us)\b/.test(
      ctx.question.text,
    );
  const phase = (i: (typeof reviews)[number]) => phaseOf(i, ctx.now, zone);
  const wanted = done
    ? reviews.filter((i) => phase(i) === 'over')
    : reviews.filter((i) => phase(i) !== 'over');
  const lines: Line[] = [];
  if (!wanted.length)
    lines.push([done ? 'No review has taken place yet.' : 'No reviews are left: the last one is over.']);
  else {
    lines.push([
      done
        ? `${wanted.length} of the ${reviews.length} reviews have taken place:`
        : `${wanted.length} of the ${reviews.length} reviews ${wanted.length === 1 ? 'is' : 'are'} still to come or under way:`,
    ]);
    for (const item of wanted) lines.push(withStanding(agendaLine(item), item, ctx.now, zone));
  }
  return answer(lines);
}
