import type { Fact } from '../data-schema.ts';
import type { Line } from '../reply.ts';
import { agendaLine, provisional } from '../reply-parts.ts';
import { formatDate } from '../time-format.ts';
import { stateName } from '../upr-index.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, agendaItem, possessive, reviewedSubject } from './answer-context.ts';

// Answers that come from the data's facts, counts, documents, updates and side meetings.

export function factAnswer(fact: Fact): Answer {
  const caveat = fact.status === 'inferred' ? ' (This is inferred, not announced.)' : '';
  return answer([`${fact.text}${caveat}`], fact.sources);
}

/** The fact on a topic for the question's state, or the general one; never another state's. */
export function topicFact(
  ctx: AnswerContext,
  topic: string,
  options: { perState?: boolean } = {},
): Answer | undefined {
  const state = reviewedSubject(ctx)?.state ?? ctx.subjects.states[0];
  const facts = ctx.index.facts.filter((f) => f.topic === topic);
  if (options.perState) {
    if (!state) return undefined;
    const own = facts.find((f) => f.subject === state.code);
    return own
      ? factAnswer(own)
      : answer([
          `${possessive(state)} ${topic.replaceAll('-', ' ')} is not known: it is not in the bot's sources.`,
        ]);
  }
  const general = facts.find((f) => !f.subject);
  return general ? factAnswer(general) : undefined;
}

export function recommendations(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) {
    if (/\b(average|avg|mean|per state)\b/.test(ctx.question.text))
      return topicFact(ctx, 'average-recommendations');
    return topicFact(ctx, 'session-recommendations');
  }
  const { state, review } = subject;
  const count = review.recommendations;
  const lines: string[] = [];
  const sources: string[] = [];
  if (count) {
    lines.push(
      `${state.name} received ${count.value} recommendations${count.detail ? ` (${count.detail})` : ''}${provisional(count.status)}.`,
    );
    sources.push(...count.sources);
  } else {
    lines.push(
      `How many recommendations ${state.name} received is not known: it is not in the bot's sources.`,
    );
  }
  if (
    /\b(accept|accepted|reject|rejected|note|notes|noted|reply|replies|respond|response|responded)\b/.test(
      ctx.question.text,
    )
  ) {
    const replies = repliesOf(ctx, state.code);
    if (replies) {
      lines.push(replies.text);
      sources.push(...replies.sources);
    } else {
      lines.push(`${possessive(state)} replies to the recommendations are not known.`);
    }
  }
  return answer(lines, sources);
}

function repliesOf(ctx: AnswerContext, code: string) {
  return (ctx.index.updatesByState.get(code) ?? []).find((u) => /\baccepted\b/i.test(u.text));
}

export function replies(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const update = repliesOf(ctx, subject.state.code);
  if (!update)
    return answer([
      `${possessive(subject.state)} replies to the recommendations are not known: they are not in the bot's sources.`,
    ]);
  return answer([update.text], update.sources);
}

export function updates(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return undefined;
  const list = ctx.index.updatesByState.get(subject.state.code) ?? [];
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
    (f) => f.topic === 'national-report' && f.subject === subject.state.code,
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
  return answer([`${possessive(subject.state)} review rests on these documents:`, ...lines], sources);
}

export function reviewedStates(ctx: AnswerContext): Answer {
  const { index } = ctx;
  const names = index.reviews.map((r) => stateName(index, r.state));
  const count = index.facts.find((f) => f.topic === 'states-reviewed-count');
  return answer(
    [
      `The ${index.session.number}th session reviews ${names.length} states, in this order: ${names.join(', ')}.`,
    ],
    count?.sources ?? index.session.window.sources,
  );
}

export function sideEvents(ctx: AnswerContext): Answer {
  const { index, subjects } = ctx;
  let events = subjects.events.length ? subjects.events : index.events;
  const kinds: string[] = [];
  if (/\bprotests?|demonstrations?|rall(y|ies)\b/.test(ctx.question.text)) kinds.push('protest');
  if (/\b(press|news) conferences?\b/.test(ctx.question.text)) kinds.push('press-conference');
  if (/\bside (events?|meetings?)|sideline\b/.test(ctx.question.text)) kinds.push('side-event');
  if (kinds.length) events = events.filter((e) => kinds.includes(e.kind));
  const state = subjects.states.find((s) => index.events.some((e) => e.states.includes(s.code)));
  if (state && !subjects.events.length) events = events.filter((e) => e.states.includes(state.code));
  if (subjects.dates.length) {
    const onDays = new Set(subjects.dates);
    events = events.filter((e) => {
      const date = agendaItem(ctx, `event:${e.id}`)?.date;
      return date !== undefined && onDays.has(date);
    });
  }
  if (!events.length) {
    const days = subjects.dates.map((d) => formatDate(d)).join(' or ');
    return answer([`No such events are in the bot's data${days ? ` for ${days}` : ''}.`]);
  }
  const asksWhen = /\b(when|what time|what date|what day)\b/.test(ctx.question.text);
  const asksWho = /\b(who|speakers?|spoke|speak|panel|panellists?)\b/.test(ctx.question.text);
  const asksMore = /\b(how many|people|participants|attend|attended|crowd|size|details?|more)\b/.test(
    ctx.question.text,
  );
  const lines: Line[] = events.flatMap((e) => {
    const item = agendaItem(ctx, `event:${e.id}`)!;
    const names = e.organisers.join(', ');
    const acronyms = e.organiserAcronyms.join(', ');
    const line: Line = [
      ...agendaLine(item),
      ` (${names}${acronyms && !names.includes(acronyms) ? `, ${acronyms}` : ''})${e.place ? `, ${e.place}` : ''}${provisional(e.status)}`,
    ];
    const speakers: Line[] = asksWho
      ? [[e.speakers.length ? `Speakers: ${e.speakers.join(', ')}.` : 'Its speakers are not known.']]
      : [];
    const detail: Line[] = asksMore && e.detail ? [[e.detail]] : [];
    return [line, ...speakers, ...detail];
  });
  const intro = asksWhen || events.length === 1 ? [] : [`Known side meetings and events (${events.length}):`];
  return answer(
    [...intro, ...lines],
    events.flatMap((e) => e.sources),
  );
}

/** What follows a review: the report's adoption, the state's replies, the Council's adoption. */
export function afterReview(ctx: AnswerContext): Answer | undefined {
  const lines: string[] = [];
  const sources: string[] = [];
  const length = ctx.index.facts.find((f) => f.topic === 'review-length' && !f.subject);
  if (length) {
    lines.push(
      'Later in the same session, the Working Group adopts the report of each review (about 30 minutes per state).',
    );
    sources.push(...length.sources);
  }
  const outcomes = ctx.index.session.outcomes;
  if (outcomes) {
    lines.push(outcomes.text);
    sources.push(...outcomes.sources);
  }
  const subject = reviewedSubject(ctx);
  for (const update of subject ? (ctx.index.updatesByState.get(subject.state.code) ?? []) : []) {
    lines.push(update.text);
    sources.push(...update.sources);
  }
  return lines.length ? answer(lines, sources) : undefined;
}
