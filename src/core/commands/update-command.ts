import { z } from 'zod';
import { message } from '../i18n/catalogue.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
import { textReply } from '../reply.ts';
import { quoteUserText } from '../safe-text.ts';
import { defineCommand } from './command-definition.ts';
import { resolveReviewedState, stateArgument } from './state-argument.ts';
import { textArgument } from './text-argument.ts';

export const updateCommand = defineCommand({
  name: 'update',
  summary: 'Post a review update; it goes once to every channel subscribed to that state',
  args: z.object({
    state: stateArgument,
    text: textArgument('text', { required: true, max: 500 }).describe('the update'),
  }),
  examples: ['update <state> The Working Group adopted the report.'],
  access: 'admin',
  ephemeral: true,
  async run(args, ctx) {
    const port = ctx.ports.reviewUpdates;
    if (!port) return textReply(message(ctx.locale, 'error.noStorage'), { ephemeral: true });
    const found = resolveReviewedState(args.state, ctx);
    if ('reply' in found) return found.reply;
    const { inbound } = ctx;
    // Broadcast to channels: nothing in it may ping anyone or break the platform's formatting.
    const text = quoteUserText(args.text, 500);
    await port.record({
      state: found.state.code,
      text,
      postedBy: inbound.user.name ?? inbound.user.id,
      publishedAt: ctx.now,
    });
    const audience = await port.audience(found.state.code);
    if (ctx.locale !== 'en') {
      const state = stateNameIn(ctx.index, found.state.code, ctx.locale);
      return textReply(message(ctx.locale, 'update.recorded', { state, count: audience }), {
        ephemeral: true,
      });
    }
    return textReply(
      `Update on ${found.state.name} recorded. It goes once to ${audience} subscribed channel${audience === 1 ? '' : 's'}.`,
      { ephemeral: true },
    );
  },
});
