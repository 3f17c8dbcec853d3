import { daysBetween, durationWords, formatDay, phaseOf } from '../clock-wording.ts';
import { zoneLabel } from '../time-format.ts';
import { ordinal } from '../wording/ordinals.ts';
import { type Answer, answer } from './answer.ts';
import {
  type AnswerContext,
  agendaItem,
  capitalised,
  possessive,
  reviewedSubject,
} from './answer-context.ts';
import { eventsAnswer } from './event-answers.ts';
import { topicFact } from './fact-answers.ts';

// Where, how long, which slots, how to watch: the session's standing arrangements, from the data.

export function whereAnswer(ctx: AnswerContext): Answer {
  // "was the Uyghur protest inside the Palais?": the event's place, not the reviews' room.
  if (ctx.task?.object === 'event') return eventsAnswer(ctx);
  const { place } = ctx.index.session;
  const room = place.room ? `, in ${place.room}` : '';
  const subject = reviewedSubject(ctx);
  if (!subject) return answer([`Reviews are held at the ${place.text}${room}.`], place.sources);
  // Told from where `now` stands: "is held", "is being held", "was held".
  const item = agendaItem(ctx, `review:${subject.review.id}`);
  const phase = item ? phaseOf(item, ctx.now, ctx.index.session.zone) : 'undated';
  const verb = phase === 'over' ? 'was held' : phase === 'under-way' ? 'is being held' : 'is held';
  return answer(
    [`${capitalised(possessive(subject.state))} review ${verb} at the ${place.text}${room}.`],
    place.sources,
  );
}

export function webcast(ctx: AnswerContext): Answer | undefined {
  const cast = ctx.index.session.webcast;
  if (!cast) return undefined;
  return answer([[cast.text, ' ', { link: cast.url, text: cast.url }]], cast.sources);
}

const hours = (minutes: number) => (minutes % 30 ? durationWords(minutes * 60_000) : `${minutes / 60} hours`);

/** "How long does a review last?", "how long is the adoption?", "how long is the session?". */
export function durationAnswer(ctx: AnswerContext): Answer | undefined {
  const { session } = ctx.index;
  const object = ctx.task?.object;
  if (object === 'adoption' && session.adoptionMinutes) {
    return answer(
      [
        `The adoption of one state's report takes a block of about ${session.adoptionMinutes} minutes, later in the session.`,
      ],
      topicFact(ctx, 'review-length')?.sources ?? [],
    );
  }
  if (object === 'session') {
    const days = daysBetween(session.window.start, session.window.end) + 1;
    return answer(
      [
        `The ${ordinal(session.number)} session runs for ${days} days, from ${formatDay(session.window.start)} to ${formatDay(session.window.end)}.`,
      ],
      session.window.sources,
    );
  }
  const fact = topicFact(ctx, 'review-length');
  if (fact) return fact;
  return session.reviewMinutes
    ? answer([
        `A review lasts ${session.reviewMinutes / 60 === Math.round(session.reviewMinutes / 60) ? `${session.reviewMinutes / 60} hours` : `${(session.reviewMinutes / 60).toFixed(1)} hours`}.`,
      ])
    : undefined;
}

/** The standard slots of a day, from the data's slots and lengths. */
export function slotsAnswer(ctx: AnswerContext): Answer | undefined {
  const { session } = ctx.index;
  if (!session.slots.length) return session.standardSlots ? answer([session.standardSlots]) : undefined;
  const slots = session.slots
    .map((s, i) => `${i ? s.name : capitalised(s.name)} review ${s.start}-${s.end}`)
    .join(' and ');
  const each = session.reviewMinutes ? `, ${hours(session.reviewMinutes)} each` : '';
  const adoption = session.adoptionMinutes
    ? ` Reports are adopted later in the session in blocks of about ${session.adoptionMinutes} minutes per state.`
    : '';
  return answer([`${slots} ${zoneLabel(session.zone)}${each}.${adoption}`], session.window.sources);
}
