import type { AgendaItem } from '../agenda.ts';
import { clockIn, dayIn, formatDay, isKnownAt } from '../clock-wording.ts';
import type { Review } from '../data-schema.ts';
import type { Line } from '../reply.ts';
import { provisional, whenInline } from '../reply-parts.ts';
import { zoneLabel } from '../time-format.ts';
import { personLabel, stateName } from '../upr-index.ts';
import { type Answer, answer } from './answer.ts';
import { type AnswerContext, agendaItem, inSentence, reviewedSubject } from './answer-context.ts';
import { previousReviewsAsked } from './previous-answers.ts';

// Questions across the session's reviews: the order of review, which are in the morning or have no
// time, who leads each delegation, who sits in which troika, which state got the most
// recommendations. Everything is read off the data; nothing is ranked that the data does not hold.

function reviewItem(ctx: AnswerContext, review: Review): AgendaItem {
  return agendaItem(ctx, `review:${review.id}`)!;
}

function named(ctx: AnswerContext, review: Review): string {
  return stateName(ctx.index, review.state);
}

function ordinalWord(n: number): string {
  const words = [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
  ];
  return words[n - 1] ?? `${n}th`;
}

const orderNote = (ctx: AnswerContext) =>
  ctx.index.facts.find((f) => f.topic === 'review-order' && f.status === 'inferred')
    ? ' (the order is inferred from the review dates)'
    : '';

/** "what is the order of review", "who is reviewed first", "who comes after China", "what number is China". */
export function orderOfReview(ctx: AnswerContext): Answer | undefined {
  const { reviews } = ctx.index;
  const text = ctx.question.text;
  const sources = ctx.index.facts.find((f) => f.topic === 'review-order')?.sources ?? [];
  const subject = reviewedSubject(ctx);
  const at = subject ? reviews.indexOf(subject.review) : -1;
  const line = (review: Review): Line => [`${named(ctx, review)}: `, ...whenInline(reviewItem(ctx, review))];

  if (subject && /\bbetween\b/.test(text)) {
    const other = ctx.subjects.states.map((s) => ctx.index.reviewsByState.get(s.code)).filter(Boolean)[1];
    if (other) {
      const [from, to] = [at, reviews.indexOf(other)].sort((a, b) => a - b);
      const between = reviews.slice(from! + 1, to);
      return answer(
        [
          between.length
            ? `Between them${orderNote(ctx)}: ${between.map((r) => named(ctx, r)).join(', ')}.`
            : 'No review comes between them.',
        ],
        sources,
      );
    }
  }
  const second = ctx.subjects.states
    .map((s) => ctx.index.reviewsByState.get(s.code))
    .filter((r) => r && r !== subject?.review)[0];
  if (subject && second && /\b(before|after|earlier|later|preceding|follows|first)\b/.test(text)) {
    const other = reviews.indexOf(second);
    const [a, b] = at < other ? [subject.review, second] : [second, subject.review];
    return answer(
      [
        [`${named(ctx, a)} comes before ${named(ctx, b)} in the order of review${orderNote(ctx)}.`],
        line(subject.review),
        line(second),
      ],
      sources,
    );
  }
  if (subject && /\b(before|preceding|precedes|previous to)\b/.test(text)) {
    const before = reviews[at - 1];
    return answer(
      [
        before
          ? [`Before ${subject.state.name}${orderNote(ctx)}: `, ...line(before)]
          : [`${subject.state.name} is reviewed first.`],
      ],
      sources,
    );
  }
  if (subject && /\b(after|follows|following|next)\b/.test(text)) {
    const after = reviews[at + 1];
    // A next review with no date says nothing of when the timetable goes on: the next dated one does.
    const dated =
      after && !reviewItem(ctx, after).date
        ? reviews.slice(at + 2).find((r) => reviewItem(ctx, r).date)
        : undefined;
    return answer(
      [
        after
          ? [`After ${subject.state.name}${orderNote(ctx)}: `, ...line(after)]
          : [`${subject.state.name} is reviewed last.`],
        ...(dated ? [['The next review with a date: ', ...line(dated)]] : []),
      ],
      sources,
    );
  }
  if (subject && /\bsame day\b/.test(text)) {
    const date = reviewItem(ctx, subject.review).date;
    const same = reviews.filter((r) => r !== subject.review && date && reviewItem(ctx, r).date === date);
    return answer(
      [
        same.length
          ? `Also on ${formatDay(date!)}: ${same.map((r) => named(ctx, r)).join(', ')}.`
          : `No other review is on that day.`,
      ],
      sources,
    );
  }
  if (subject) {
    return answer(
      [
        `${subject.state.name} is ${ordinalWord(at + 1)} of ${reviews.length} in the order of review${orderNote(ctx)}.`,
      ],
      sources,
    );
  }
  if (/\b(last|final|closing)\b/.test(text)) {
    return answer([['The last review', `${orderNote(ctx)}: `, ...line(reviews.at(-1)!)]], sources);
  }
  if (/\b(first|opening)\b/.test(text)) {
    return answer([['The first review: ', ...line(reviews[0]!)]], sources);
  }
  return answer(
    [`The order of review${orderNote(ctx)}:`, ...reviews.map((r, i): Line => [`${i + 1}. `, ...line(r)])],
    sources,
  );
}

/** "which reviews are in the afternoon / have no announced time / are already over". */
export function reviewsWhere(ctx: AnswerContext): Answer | undefined {
  const text = ctx.question.text;
  const zone = ctx.index.session.zone;
  const items = ctx.index.reviews.map((r) => ({ review: r, item: reviewItem(ctx, r) }));
  const slots = ctx.index.session.slots;
  const slotNamed = (name: string) => slots.find((s) => s.name === name);
  const slotLabel = (name: string) => {
    const slot = slotNamed(name);
    return slot ? ` (${slot.start}-${slot.end} ${zoneLabel(zone)})` : '';
  };
  const isMorning = (iso: string) => clockIn(iso, zone) < '12:00';
  let label: string;
  let chosen: typeof items;
  if (/\b(no|without( an?)?) (review )?date|date (is )?not (yet )?announced\b/.test(text)) {
    label = 'Reviews whose date has not been announced';
    chosen = items.filter((x) => !x.item.date);
  } else if (
    /\b(no|without( an?)?|not) (announced |known )?(start )?time|time (is )?not (yet )?announced|untimed\b/.test(
      text,
    )
  ) {
    label = 'Reviews with a date but no announced time';
    chosen = items.filter((x) => x.item.date && !x.item.start);
  } else if (/\bconfirmed (start )?time|time (is )?confirmed\b/.test(text)) {
    label = 'Reviews whose time is confirmed';
    chosen = items.filter((x) => x.item.start && x.item.timeStatus === 'confirmed');
  } else if (/\bafternoons?\b/.test(text)) {
    label = `Afternoon reviews${slotLabel('afternoon')}`;
    chosen = items.filter((x) => x.item.start && !isMorning(x.item.start));
  } else if (/\bmornings?\b/.test(text)) {
    label = `Morning reviews${slotLabel('morning')}`;
    chosen = items.filter((x) => x.item.start && isMorning(x.item.start));
  } else if (/\b(over|finished|done|completed|already (held|reviewed)|took place)\b/.test(text)) {
    label = 'Reviews already over';
    chosen = items.filter((x) => x.item.end && x.item.end <= ctx.now);
  } else {
    return undefined;
  }
  const lines: Line[] = chosen.map(({ review, item }) => [`${named(ctx, review)}: `, ...whenInline(item)]);
  return answer(
    [chosen.length ? `${label}:` : `${label}: none.`, ...lines],
    chosen.flatMap((x) => x.review.when.sources),
  );
}

/** "list all heads of delegation", "which are led by ministers / ambassadors". */
export function headsOfDelegation(ctx: AnswerContext): Answer {
  const text = ctx.question.text;
  const role = /\bministers?\b/.test(text)
    ? 'minister'
    : /\bambassadors?\b/.test(text)
      ? 'ambassador'
      : undefined;
  // "Minister", not the "Ministry" of a deputy secretary-general's title.
  const wanted = role ? new RegExp(`\\b${role}\\b`, 'i') : undefined;
  const lines: string[] = [];
  const sources: string[] = [];
  for (const review of ctx.index.reviews) {
    const head = review.delegation.head;
    const person = head.person ? ctx.index.people.get(head.person) : undefined;
    const described = person ? `${personLabel(person)}${person.title ? `, ${person.title}` : ''}` : undefined;
    if (wanted && !(described && wanted.test(described))) continue;
    lines.push(
      `${named(ctx, review)}: ${described ? `${described}${provisional(head.status)}` : 'not announced'}`,
    );
    sources.push(...head.sources);
  }
  const title = role ? `Heads of delegation who are ${role}s:` : 'Heads of delegation:';
  return answer([title, ...lines], sources);
}

/** "which states have a known troika", "is China in any troika", "Germany is rapporteur for which state". */
export function troikaMembership(ctx: AnswerContext): Answer | undefined {
  const known = ctx.index.reviews.filter((r) => r.troika.states.length);
  const member = ctx.subjects.states.find((s) => known.some((r) => r.troika.states.includes(s.code)));
  const asksMembership =
    /\b(in (any|a|which|whose) troikas?|rapporteur for|sits? (on|in)|member of|which (review|reviews|state|states|troika) has)\b/.test(
      ctx.question.text,
    );
  if (member && asksMembership) {
    const reviews = known.filter((r) => r.troika.states.includes(member.code));
    return answer(
      [`${member.name} is in the troika for the review of ${reviews.map((r) => named(ctx, r)).join(', ')}.`],
      reviews.flatMap((r) => r.troika.sources),
    );
  }
  if (
    /\b(which|what|list|all)\b.*\b(states|reviews|countries)\b.*\btroikas?\b|\btroikas? (are|is) known\b|\bknown troikas?\b/.test(
      ctx.question.text,
    )
  ) {
    return answer(
      [
        `Troikas are known for ${known.length} of the ${ctx.index.reviews.length} reviews:`,
        ...known.map(
          (r) => `${named(ctx, r)}: ${r.troika.states.map((c) => stateName(ctx.index, c)).join(', ')}`,
        ),
        'The others have not been found in the sources.',
      ],
      known.flatMap((r) => r.troika.sources),
    );
  }
  if (member === undefined && asksMembership && ctx.subjects.states.length) {
    return answer([
      `${ctx.subjects.states[0]!.name} is in no troika the bot knows of; troikas are known for ${known.length} reviews only.`,
    ]);
  }
  return undefined;
}

/** "which state got the most / fewest recommendations", "how many more than average". */
export function recommendationRanking(ctx: AnswerContext): Answer | undefined {
  const text = ctx.question.text;
  const zone = ctx.index.session.zone;
  const counted = ctx.index.reviews.filter(
    (r) => r.recommendations && isKnownAt(r.recommendations.asOf, ctx.now, zone),
  );
  if (!counted.length) {
    return answer([
      'How many recommendations each state receives is not known yet: the counts come with the reports of the reviews.',
    ]);
  }
  const average = ctx.index.facts.find(
    (f) => f.topic === 'average-recommendations' && isKnownAt(f.asOf, ctx.now, zone),
  );
  const averageValue = average ? Number(/\b(\d{2,4})\b/.exec(average.text)?.[1]) : undefined;
  if (/\b(fewest|least|lowest|smallest)\b/.test(text)) {
    return answer([
      `Which state got the fewest recommendations is not known: the bot has the count for ${counted.map((r) => named(ctx, r)).join(', ') || 'no state'} only.`,
    ]);
  }
  if (
    /\b(more than|above|compared (to|with)|than the average|than average|vs)\b/.test(text) &&
    averageValue
  ) {
    const subject =
      reviewedSubject(ctx) ??
      (counted[0] && { review: counted[0], state: ctx.index.states.get(counted[0].state)! });
    const count = subject?.review.recommendations;
    if (!subject || !count) return undefined;
    return answer(
      [
        `${subject.state.name} received ${count.value} recommendations, ${count.value - averageValue} more than the session's average of ${averageValue} per state.`,
      ],
      [...count.sources, ...(average?.sources ?? [])],
    );
  }
  // "did any state get more than China?": the most, and whether it is that state.
  const anyMore = /\b(any|other|another)\b/.test(text) && /\bmore\b/.test(text);
  if (/\b(most|largest|highest|biggest|top|record)\b/.test(text) || anyMore) {
    const most = counted.find((r) => /\bthe most\b/i.test(r.recommendations!.detail ?? ''));
    if (!most) return undefined;
    const count = most.recommendations!;
    return answer(
      [`${named(ctx, most)}, with ${count.value} recommendations: ${count.detail}.`],
      count.sources,
    );
  }
  return undefined;
}

/** "Are Nigeria and Senegal reviewed on the same day?": both days, and the plain answer. */
export function sameDay(ctx: AnswerContext): Answer | undefined {
  const reviews = ctx.subjects.states
    .map((s) => ctx.index.reviewsByState.get(s.code))
    .filter((r): r is Review => r !== undefined);
  if (!reviews.length) return undefined;
  const sources = reviews.flatMap((r) => r.when.sources);
  if (reviews.length === 1 && ctx.subjects.events.length) return eventOnReviewDay(ctx, reviews[0]!);
  if (reviews.length === 1) {
    const date = reviewItem(ctx, reviews[0]!).date;
    if (!date)
      return answer([`The date of ${named(ctx, reviews[0]!)}'s review has not been announced.`], sources);
    const same = ctx.index.reviews.filter((r) => r !== reviews[0] && reviewItem(ctx, r).date === date);
    return answer(
      [
        same.length
          ? `Also on ${formatDay(date)}: ${same.map((r) => named(ctx, r)).join(', ')}.`
          : `No other review is on ${formatDay(date)}.`,
      ],
      sources,
    );
  }
  const dates = reviews.map((r) => reviewItem(ctx, r).date);
  const lines: Line[] = reviews.map((r) => [`${named(ctx, r)}: `, ...whenInline(reviewItem(ctx, r))]);
  const verdict = dates.some((d) => !d)
    ? 'That cannot be said: not every date has been announced.'
    : new Set(dates).size === 1
      ? `Yes, they are reviewed on the same day, ${formatDay(dates[0]!)}.`
      : 'No, they are not reviewed on the same day.';
  return answer([verdict, ...lines], sources);
}

/** "Was the CSHRS forum on the same day as China's review?": each event's day set against the review's. */
function eventOnReviewDay(ctx: AnswerContext, review: Review): Answer {
  const day = reviewItem(ctx, review).date;
  // Told in the past once the day is over, never before.
  const today = dayIn(ctx.now, ctx.index.session.zone);
  const is = (date: string) => (date < today ? 'was' : 'is');
  const lines = ctx.subjects.events.map((e) => {
    const date = agendaItem(ctx, `event:${e.id}`)?.date;
    if (!day || !date)
      return `Whether ${e.title} is on the day of ${named(ctx, review)}'s review is not known: a date has not been announced.`;
    return date === day
      ? `Yes: ${e.title} ${is(date)} on ${formatDay(date)}, the day of ${named(ctx, review)}'s review.`
      : `No: ${e.title} ${is(date)} on ${formatDay(date)}; ${named(ctx, review)}'s review ${is(day)} on ${formatDay(day)}.`;
  });
  return answer(lines, [...review.when.sources, ...ctx.subjects.events.flatMap((e) => e.sources)]);
}

/** The leading number of a count worded as its source words it: "346 from 150 states". */
function leadingNumber(text: string | undefined): number | undefined {
  const m = text ? /^(\d[\d,]*)/.exec(text) : null;
  return m ? Number(m[1]!.replaceAll(',', '')) : undefined;
}

/** "More recommendations than last time?", "than the average?": this review's count set against another. */
export function compareRecommendations(ctx: AnswerContext): Answer | undefined {
  const subject = reviewedSubject(ctx);
  if (!subject) return recommendationRanking(ctx);
  const { state, review } = subject;
  const zone = ctx.index.session.zone;
  const count = review.recommendations;
  const now = count && isKnownAt(count.asOf, ctx.now, zone) ? count : undefined;
  if (/\b(average|mean|per state|typical)\b/.test(ctx.question.text)) return recommendationRanking(ctx);
  const previous = (ctx.index.previousByState.get(state.code) ?? []).filter(
    (p) => leadingNumber(p.recommendations) !== undefined,
  );
  const asked = previousReviewsAsked(ctx);
  // "this time vs 2013": the year named, even beside "this time".
  const named = previous.filter((p) => ctx.subjects.years.includes(Number(p.date.slice(0, 4))));
  const before = (named.length ? named : asked?.reviews.length ? asked.reviews : previous).at(-1);
  const then = leadingNumber(before?.recommendations);
  const latest = before === previous.at(-1);
  const lines: string[] = [];
  const sources: string[] = [];
  if (!now) {
    lines.push(`How many recommendations ${inSentence(state)} receives this time is not known yet.`);
  }
  if (before && then !== undefined) {
    const year = before.date.slice(0, 4);
    if (now) {
      const diff = now.value - then;
      lines.push(
        `${state.name} received ${now.value} recommendations this time, ${Math.abs(diff)} ${diff >= 0 ? 'more' : 'fewer'} than the ${then} of its ${latest ? 'previous ' : ''}review (${year}).`,
      );
      sources.push(...now.sources);
      // "accepted in 2018 vs now": the accepted counts too, once this review's replies are out.
      const acceptedThen = /(\d+) accepted/.exec(before.recommendations ?? '')?.[1];
      const replies = review.replies;
      const out = replies && isKnownAt(replies.when.start ?? replies.when.date, ctx.now, zone);
      if (ctx.task?.clause.cues.has('accepted') && acceptedThen) {
        lines.push(
          out && replies.accepted !== undefined
            ? `It accepted ${replies.accepted} this time, against ${acceptedThen} in ${year}.`
            : `It accepted ${acceptedThen} in ${year}; how many it accepts this time is not published yet.`,
        );
        if (out) sources.push(...replies.sources);
      }
    } else {
      lines.push(`In its previous review (${year}) it received ${before.recommendations}.`);
    }
    sources.push(...before.sources);
  } else {
    lines.push(`The number of recommendations in ${state.name}'s previous review is not known.`);
  }
  return answer(lines, sources);
}
