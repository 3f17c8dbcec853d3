import { z } from 'zod';
import { type Line, reply } from '../reply.ts';
import { label, sourcesBlock } from '../reply-parts.ts';
import { roleText } from '../wording/role-text.ts';
import { defineCommand } from './command-definition.ts';
import { delegationIn } from './delegation-in.ts';
import { resolveReviewedState, stateArgument } from './state-argument.ts';

export const delegationCommand = defineCommand({
  name: 'delegation',
  summary: "Who leads a state's delegation, the deputy and the members where known",
  args: z.object({ state: stateArgument }),
  examples: ['delegation <state>'],
  access: 'everyone',
  run({ state: text }, ctx) {
    const found = resolveReviewedState(text, ctx);
    if ('reply' in found) return found.reply;
    if (ctx.locale !== 'en') return delegationIn(found.review, ctx);
    const { delegation } = found.review;
    const lines: Line[] = [[...label('Head'), roleText(ctx.index, delegation.head)]];
    lines.push([...label('Deputy head'), roleText(ctx.index, delegation.deputy)]);
    lines.push([...label('Members'), delegation.members?.text ?? 'not announced']);
    return reply(
      [
        { kind: 'header', text: `Delegation of ${found.state.name}` },
        { kind: 'section', lines },
        ...sourcesBlock(ctx.index, [
          ...delegation.head.sources,
          ...(delegation.deputy?.sources ?? []),
          ...(delegation.members?.sources ?? []),
        ]),
      ],
      { zone: ctx.zone },
    );
  },
});
