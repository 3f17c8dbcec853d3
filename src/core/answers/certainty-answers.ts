import { dayIn, formatDay, spanIn } from '../clock-wording.ts';
import { zoneLabel } from '../time-format.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, agendaItem, possessive, reviewedSubject } from './answer-context.ts';

// "Is China's review time confirmed?", "was the press conference actually held?", "where does
// this information come from?": what the data knows about its own certainty.

const STATUS_WORDS = {
  confirmed: 'confirmed',
  inferred: 'inferred, not announced',
  unconfirmed: 'not confirmed',
} as const;

export function isItConfirmed(ctx: AnswerContext): Answer | undefined {
  const text = ctx.question.text;
  const [event] = ctx.subjects.events.length
    ? ctx.subjects.events
    : ctx.index.events.filter(
        (e) =>
          (e.kind === 'press-conference' && /\b(press|news) conference\b/.test(text)) ||
          (e.kind === 'protest' &&
            /\bprotest/.test(text) &&
            ctx.subjects.dates.every((d) => d === e.when.date)),
      );
  const subject = reviewedSubject(ctx);
  // "did the press conference after China's review happen?": the event named, not the review beside it.
  const eventNamed =
    ctx.subjects.events.length > 0 || /\b(press|news) conference|\bprotest|\bside (event|meeting)/.test(text);
  if (subject && (!event || (/\breview/.test(text) && !eventNamed))) {
    const { state, review } = subject;
    const item = agendaItem(ctx, `review:${review.id}`)!;
    const date = STATUS_WORDS[review.when.status];
    if (!item.start) {
      return answer(
        [`The date of ${possessive(state)} review is ${date}; its time has not been announced.`],
        review.when.sources,
      );
    }
    const time = STATUS_WORDS[item.timeStatus];
    const why = review.when.note && item.timeStatus !== 'confirmed' ? ` (${review.when.note})` : '';
    const zone = ctx.index.session.zone;
    const slot = spanIn(item.start, item.end, zone, zoneLabel(zone));
    return answer(
      [`${possessive(state)} review, ${slot}: the date is ${date} and the time is ${time}${why}.`],
      review.when.sources,
    );
  }
  if (!event) return undefined;
  const timing =
    event.when.start && event.when.timeStatus === 'inferred' ? ' Its time is inferred, not announced.' : '';
  const note = event.note ? ` The sources say: ${event.note}.` : '';
  // "did it take place?" asked before its day: not yet, whatever its sources announce.
  const date = agendaItem(ctx, `event:${event.id}`)?.date;
  const today = dayIn(ctx.now, ctx.index.session.zone);
  const when = !date
    ? ''
    : date > today
      ? ` It has not taken place yet: it is due on ${formatDay(date)}.`
      : date === today
        ? ` It is today, ${formatDay(date)}.`
        : ` Its day was ${formatDay(date)}.`;
  return answer(
    [`${event.title} (status: ${STATUS_WORDS[event.status]}).${when}${timing}${note}`],
    event.sources,
  );
}

export function aboutTheData(ctx: AnswerContext): Answer {
  const { data } = ctx.index;
  const sites = new Set(data.sources.map((s) => new URL(s.url).hostname.replace(/^www\./, '')));
  return answer([
    `The bot's data is revision ${data.revision}, drawn from ${data.sources.length} public sources on ${sites.size} sites (news media, UN pages, UPR Info, governments and NGOs).`,
    'Every fact is kept beside its source with a status: confirmed (a source states it), inferred (it follows from confirmed facts, shown as "expected, not announced") or unconfirmed (shown as not known). Each answer lists its sources; /upr about says when the data was loaded.',
  ]);
}
