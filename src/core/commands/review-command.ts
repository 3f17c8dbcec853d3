import { z } from 'zod';
import type { AgendaItem } from '../agenda.ts';
import { type Block, type Line, reply } from '../reply.ts';
import { label, provisional, sourcesBlock, whenInline } from '../reply-parts.ts';
import { stateName } from '../upr-index.ts';
import { ordinal } from '../wording/ordinals.ts';
import { roleText } from '../wording/role-text.ts';
import { defineCommand } from './command-definition.ts';
import { resolveReviewedState, stateArgument } from './state-argument.ts';

function itemFor(agenda: readonly AgendaItem[], key: string): AgendaItem | undefined {
  return agenda.find((i) => i.key === key);
}

export const reviewCommand = defineCommand({
  name: 'review',
  summary: "A state's review: when and where, who leads its delegation, documents and sources",
  args: z.object({ state: stateArgument }),
  examples: ['review China', 'review PRC'],
  access: 'everyone',
  run({ state: text }, ctx) {
    const found = resolveReviewedState(text, ctx);
    if ('reply' in found) return found.reply;
    const { review, state } = found;
    const { index } = ctx;
    const session = index.session;
    const reviewItem = itemFor(ctx.agenda, `review:${review.id}`)!;
    const adoptionItem = itemFor(ctx.agenda, `adoption:${review.id}`);
    const lines: Line[] = [
      [...label('When'), ...whenInline(reviewItem)],
      [...label('Where'), `${session.place.text}${session.place.room ? `, ${session.place.room}` : ''}`],
      [...label('Head of delegation'), roleText(index, review.delegation.head)],
    ];
    if (review.delegation.deputy)
      lines.push([...label('Deputy head'), roleText(index, review.delegation.deputy)]);
    if (review.delegation.members) lines.push([...label('Delegation'), review.delegation.members.text]);
    lines.push([
      ...label('Adoption of the report'),
      ...(adoptionItem ? whenInline(adoptionItem) : ['not announced']),
    ]);
    lines.push([
      ...label('Troika'),
      review.troika.states.length
        ? review.troika.states.map((c) => stateName(index, c)).join(', ')
        : 'not announced',
    ]);
    if (review.recommendations) {
      const r = review.recommendations;
      lines.push([
        ...label('Recommendations'),
        `${r.value}${r.detail ? ` (${r.detail})` : ''}${provisional(r.status)}`,
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
      ...sourcesBlock(index, [
        ...review.when.sources,
        ...review.delegation.head.sources,
        ...(review.delegation.deputy?.sources ?? []),
        ...review.adoption.sources,
        ...(review.recommendations?.sources ?? []),
      ]),
    ];
    return reply(blocks, { zone: ctx.zone });
  },
});
