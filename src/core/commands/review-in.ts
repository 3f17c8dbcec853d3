import type { AgendaItem } from '../agenda.ts';
import { isKnownAt } from '../clock-wording.ts';
import type { Review } from '../data-schema.ts';
import { calendarDate, dataTextIn, englishQuote, listOf } from '../i18n/catalogue.ts';
import { placeIn, stateNameIn } from '../i18n/localized-names.ts';
import { provisionalIn, say, sourcesIn, whenInlineIn } from '../i18n/localized-parts.ts';
import { labelIn, roleTextIn } from '../i18n/localized-roles.ts';
import { withStandingIn } from '../i18n/localized-standing.ts';
import { type Block, type Line, type Reply, reply } from '../reply.ts';
import type { UprIndex } from '../upr-index.ts';
import type { CommandContext } from './command-definition.ts';

/** The sources of a review reply: outcomes only once they are known at `now`. */
export function reviewSources(review: Review, now: string, zone: string): string[] {
  return [
    ...review.when.sources,
    ...review.delegation.head.sources,
    ...(review.delegation.deputy?.sources ?? []),
    ...review.adoption.sources,
    ...(review.recommendations && isKnownAt(review.recommendations.asOf, now, zone)
      ? review.recommendations.sources
      : []),
    ...(review.replies?.when.date && isKnownAt(review.replies.when.date, now, zone)
      ? review.replies.sources
      : []),
    ...(review.councilAdoption?.sources ?? []),
  ];
}

function whereIn(index: UprIndex, ctx: CommandContext): string {
  const local = placeIn(index, ctx.locale);
  const { place } = index.session;
  if (local.place)
    return local.room
      ? say(ctx.locale, 'fact.placeRoom', local as { place: string; room: string })
      : local.place;
  return englishQuote(ctx.locale, `${place.text}${place.room ? `, ${place.room}` : ''}`);
}

function repliesLine(review: Review, ctx: CommandContext): Line | undefined {
  const replies = review.replies;
  const day = replies?.when.date;
  if (!replies || !day) return undefined;
  const { locale } = ctx;
  const zone = ctx.index.session.zone;
  if (!isKnownAt(day, ctx.now, zone))
    return [
      ...labelIn(locale, 'replies'),
      ...withStandingIn(
        [say(locale, 'review.repliesExpected', { date: calendarDate(day) })],
        { date: day },
        ctx.now,
        zone,
        locale,
      ),
    ];
  const counts = (
    [
      ['accepted', replies.accepted],
      ['partial', replies.partiallyAccepted],
      ['noted', replies.noted],
      ['rejected', replies.rejected],
    ] as const
  )
    .filter(([, n]) => n !== undefined)
    .map(([kind, n]) => say(locale, 'review.replyCount', { kind, n: n! }));
  return [
    ...labelIn(locale, 'replies'),
    say(locale, 'review.repliesPublished', {
      date: calendarDate(day),
      hasCounts: counts.length ? 'yes' : 'no',
      counts: listOf(locale, counts),
    }),
  ];
}

/** `review <state>` for a reader of another language: the same facts, English-only text quoted. */
export function reviewIn(
  review: Review,
  items: { review: AgendaItem; adoption?: AgendaItem },
  ctx: CommandContext,
): Reply {
  const { index, locale } = ctx;
  const { session } = index;
  const zone = session.zone;
  const at = (item: AgendaItem) => withStandingIn(whenInlineIn(item, locale), item, ctx.now, zone, locale);
  const notAnnounced = say(locale, 'fact.notAnnounced');
  const lines: Line[] = [
    [...labelIn(locale, 'when'), ...at(items.review)],
    [...labelIn(locale, 'where'), whereIn(index, ctx)],
    [...labelIn(locale, 'head'), roleTextIn(index, review.delegation.head, locale)],
  ];
  if (review.delegation.deputy)
    lines.push([...labelIn(locale, 'deputy'), roleTextIn(index, review.delegation.deputy, locale)]);
  if (review.delegation.members)
    lines.push([...labelIn(locale, 'delegation'), englishQuote(locale, review.delegation.members.text)]);
  lines.push([...labelIn(locale, 'adoption'), ...(items.adoption ? at(items.adoption) : [notAnnounced])]);
  lines.push([
    ...labelIn(locale, 'troika'),
    review.troika.states.length
      ? listOf(
          locale,
          review.troika.states.map((c) => stateNameIn(index, c, locale)),
        )
      : notAnnounced,
  ]);
  if (review.recommendations) {
    const r = review.recommendations;
    const due = items.adoption?.date;
    lines.push([
      ...labelIn(locale, 'recommendations'),
      isKnownAt(r.asOf, ctx.now, zone)
        ? `${say(locale, 'review.recommendations', { count: r.value, hasDetail: r.detail ? 'yes' : 'no', detail: dataTextIn(locale, r.detail ?? '', r.detailIn) })}${provisionalIn(locale, r.status)}`
        : say(locale, 'review.recommendationsPending', {
            due: due ? 'yes' : 'no',
            date: calendarDate(due ?? session.window.end),
          }),
    ]);
  }
  const replies = repliesLine(review, ctx);
  if (replies) lines.push(replies);
  if (review.councilAdoption?.date) {
    const day = review.councilAdoption.date;
    lines.push([
      ...labelIn(locale, 'council'),
      ...withStandingIn(
        [say(locale, 'fact.date', { date: calendarDate(day) })],
        { date: day },
        ctx.now,
        zone,
        locale,
      ),
    ]);
  }
  const documents = index.documentsByReview.get(review.id) ?? [];
  if (documents.length) {
    lines.push([
      ...labelIn(locale, 'documents'),
      documents
        .map((d) =>
          say(locale, 'review.document', {
            symbol: d.symbol,
            title: englishQuote(locale, d.title),
            status: d.status,
          }),
        )
        .join(say(locale, 'fact.separator')),
    ]);
  }
  if (review.webcast) lines.push([...labelIn(locale, 'watch'), { link: review.webcast, text: 'UN Web TV' }]);
  const blocks: Block[] = [
    {
      kind: 'header',
      text: say(locale, 'review.header', {
        state: stateNameIn(index, review.state, locale),
        cycle: review.cycle,
        number: session.number,
      }),
    },
    { kind: 'section', lines },
    ...sourcesIn(locale, index, reviewSources(review, ctx.now, zone)),
  ];
  return reply(blocks, { zone: ctx.zone });
}
