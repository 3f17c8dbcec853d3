import { z } from 'zod';
import type { AgendaItem } from '../agenda.ts';
import { isKnownAt, relativeWords, withStanding } from '../clock-wording.ts';
import { type Block, type Line, reply } from '../reply.ts';
import { label, provisional, sourcesBlock, whenInline } from '../reply-parts.ts';
import { formatDate } from '../time-format.ts';
import { replyCounts, stateName } from '../upr-index.ts';
import { ordinal } from '../wording/ordinals.ts';
import { roleText } from '../wording/role-text.ts';
import { defineCommand } from './command-definition.ts';
import { reviewIn, reviewSources } from './review-in.ts';
import { resolveReviewedState, stateArgument } from './state-argument.ts';

function itemFor(agenda: readonly AgendaItem[], key: string): AgendaItem | undefined {
  return agenda.find((i) => i.key === key);
}

export const reviewCommand = defineCommand({
  name: 'review',
  summary: "A state's review: when and where, who leads its delegation, documents and sources",
  args: z.object({ state: stateArgument }),
  examples: ['review <state>', 'review <state code>'],
  access: 'everyone',
  run({ state: text }, ctx) {
    const found = resolveReviewedState(text, ctx);
    if ('reply' in found) return found.reply;
    const { review, state } = found;
    const { index } = ctx;
    const session = index.session;
    const reviewItem = itemFor(ctx.agenda, `review:${review.id}`)!;
    const adoptionItem = itemFor(ctx.agenda, `adoption:${review.id}`);
    if (ctx.locale !== 'en')
      return reviewIn(
        review,
        { review: reviewItem, ...(adoptionItem ? { adoption: adoptionItem } : {}) },
        ctx,
      );
    const zone = session.zone;
    const at = (item: AgendaItem) => withStanding(whenInline(item), item, ctx.now, zone);
    const lines: Line[] = [
      [...label('When'), ...at(reviewItem)],
      [...label('Where'), `${session.place.text}${session.place.room ? `, ${session.place.room}` : ''}`],
      [...label('Head of delegation'), roleText(index, review.delegation.head)],
    ];
    if (review.delegation.deputy)
      lines.push([...label('Deputy head'), roleText(index, review.delegation.deputy)]);
    if (review.delegation.members) lines.push([...label('Delegation'), review.delegation.members.text]);
    lines.push([
      ...label('Adoption of the report'),
      ...(adoptionItem ? at(adoptionItem) : ['not announced']),
    ]);
    lines.push([
      ...label('Troika'),
      review.troika.states.length
        ? review.troika.states.map((c) => stateName(index, c)).join(', ')
        : 'not announced',
    ]);
    // Outcomes are told only once they are known at `now`; before, when they are due.
    if (review.recommendations) {
      const r = review.recommendations;
      const adopted = adoptionItem?.date ? `, due with the report (${formatDate(adoptionItem.date)})` : '';
      lines.push([
        ...label('Recommendations'),
        isKnownAt(r.asOf, ctx.now, zone)
          ? `${r.value}${r.detail ? ` (${r.detail})` : ''}${provisional(r.status)}`
          : `not known yet${adopted}`,
      ]);
    }
    if (review.replies?.when.date) {
      const replies = review.replies;
      const day = replies.when.date!;
      const counts = replyCounts(replies);
      lines.push([
        ...label('Replies to the recommendations'),
        isKnownAt(day, ctx.now, zone)
          ? `published ${formatDate(day)}${counts.length ? `: ${counts.join(', ')}` : ''}`
          : `expected ${formatDate(day)} (${relativeWords({ date: day }, ctx.now, zone)})`,
      ]);
    }
    if (review.councilAdoption?.date) {
      const day = review.councilAdoption.date;
      lines.push([
        ...label('Adoption by the Human Rights Council'),
        ...withStanding([formatDate(day)], { date: day }, ctx.now, zone),
      ]);
    }
    const documents = index.documentsByReview.get(review.id) ?? [];
    if (documents.length) {
      lines.push([
        ...label('Documents'),
        documents
          .map(
            (d) =>
              `${d.symbol} (${d.title})${d.status === 'inferred' ? ' (symbol inferred, not announced)' : provisional(d.status)}`,
          )
          .join('; '),
      ]);
    }
    if (review.webcast) lines.push([...label('Watch'), { link: review.webcast, text: 'UN Web TV' }]);
    const blocks: Block[] = [
      {
        kind: 'header',
        text: `Review of ${state.name}: ${ordinal(review.cycle)} UPR, session ${session.number}`,
      },
      { kind: 'section', lines },
      ...sourcesBlock(index, reviewSources(review, ctx.now, session.zone)),
    ];
    return reply(blocks, { zone: ctx.zone });
  },
});
