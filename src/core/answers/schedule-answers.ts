import type { AgendaItem } from '../agenda.ts';
import type { Line } from '../reply.ts';
import { provisional } from '../reply-parts.ts';
import { formatDate, formatSpan, localDate } from '../time-format.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, agendaItem, possessive, reviewedSubject } from './answer-context.ts';

// Answers about when and where: reviews, report adoptions, the session, the room, the webcast.

/** A timed item in the asked zone as plain text, with Geneva time beside it; else time tokens. */
export function whenText(item: AgendaItem, ctx: AnswerContext): Line {
  const sessionZone = ctx.index.session.zone;
  if (item.start) {
    const status = item.timeStatus !== 'confirmed' ? provisional(item.timeStatus) : '';
    const zone = ctx.subjects.zone;
    if (zone && zone !== sessionZone) {
      return [
        `${formatSpan(item.start, item.end, zone)} (${formatSpan(item.start, item.end, sessionZone).replace(/^.*, /, '')})${status}`,
      ];
    }
    return [`${formatSpan(item.start, item.end, sessionZone)}${status}`];
  }
  if (item.date)
    return [`${formatDate(item.date)}; the time has not been announced${provisional(item.dateStatus)}`];
  return ['a date that has not been announced'];
}

export function reviewWhen(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const { state, review } = subject;
  const item = agendaItem(ctx, `review:${review.id}`)!;
  const place = ctx.index.session.place.text;
  if (!item.date) {
    return answer(
      [
        `The date of ${possessive(state)} review has not been announced; it is one of the 14 reviews of session ${ctx.index.session.number}.`,
      ],
      review.when.sources,
    );
  }
  const lines: Line[] = [[`${possessive(state)} review: `, ...whenText(item, ctx), `, ${place}.`]];
  // "China's next review" once this one is over: the next cycle's date is not in the data.
  if (/\bnext\b/.test(ctx.question.text) && item.date < localDate(ctx.now, ctx.index.session.zone)) {
    lines.push([
      `That review is over; the date of ${possessive(state)} next UPR review has not been announced.`,
    ]);
  }
  return answer(lines, review.when.sources);
}

export function adoptionWhen(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  const { session } = ctx.index;
  const outcomes = session.outcomes;
  if (!subject) {
    return outcomes ? answer([outcomes.text], outcomes.sources) : undefined;
  }
  const { state, review } = subject;
  const item = agendaItem(ctx, `adoption:${review.id}`);
  const lines: Line[] = [];
  const sources = [...review.adoption.sources];
  if (item) {
    lines.push([`The Working Group adopts the report on ${state.name}: `, ...whenText(item, ctx), '.']);
  } else {
    lines.push([`When the Working Group adopts the report on ${state.name} has not been announced.`]);
  }
  const plenary = (ctx.index.updatesByState.get(state.code) ?? []).find((u) =>
    /Human Rights Council adopted/i.test(u.text),
  );
  if (plenary) {
    lines.push([plenary.text]);
    sources.push(...plenary.sources);
  } else if (outcomes) {
    lines.push([outcomes.text]);
    sources.push(...outcomes.sources);
  }
  return answer(lines, sources);
}

export function sessionWhen(ctx: AnswerContext): Answer {
  const { session } = ctx.index;
  const asked = /\b(\d{1,3})(?:st|nd|rd|th)? session\b|\bsession (\d{1,3})\b/.exec(ctx.question.text);
  const number = asked ? Number(asked[1] ?? asked[2]) : session.number;
  if (number !== session.number) {
    return answer([
      `The dates of session ${number} are not known: the bot's data covers session ${session.number} (${formatDate(session.window.start)} to ${formatDate(session.window.end)}).`,
    ]);
  }
  const first = ctx.agenda.find((i) => i.kind === 'review' && i.start);
  const lines: Line[] = [
    [
      `The ${session.number}th session of the UPR Working Group runs from ${formatDate(session.window.start)} to ${formatDate(session.window.end)} at the ${session.place.text}.`,
    ],
  ];
  if (first?.start)
    lines.push([
      `The first review (${first.title.replace('Review of ', '')}) starts `,
      ...whenText(first, ctx),
      '.',
    ]);
  return answer(lines, session.window.sources);
}

export function wherePlace(ctx: AnswerContext): Answer {
  const { place } = ctx.index.session;
  return answer(
    [`Reviews are held at the ${place.text}${place.room ? `, in ${place.room}` : ''}.`],
    place.sources,
  );
}

export function webcast(ctx: AnswerContext): Answer | undefined {
  const cast = ctx.index.session.webcast;
  if (!cast) return undefined;
  return answer([[cast.text, ' ', { link: cast.url, text: cast.url }]], cast.sources);
}
