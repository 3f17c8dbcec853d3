import { z } from 'zod';
import { message } from '../i18n/catalogue.ts';
import { subscriptionReply } from '../reminders/subscription-reply.ts';
import { textReply } from '../reply.ts';
import { defineCommand } from './command-definition.ts';

export const subscriptionsCommand = defineCommand({
  name: 'subscriptions',
  summary: "This channel's reminder settings",
  args: z.object({}),
  examples: ['subscriptions'],
  access: 'admin',
  ephemeral: true,
  async run(_args, ctx) {
    const port = ctx.ports.subscriptions;
    if (!port) return textReply(message(ctx.locale, 'error.noStorage'), { ephemeral: true });
    const sub = await port.find(ctx.inbound.platform, ctx.inbound.channel.ref);
    if (!sub) return textReply(message(ctx.locale, 'subscription.none'), { ephemeral: true });
    return subscriptionReply(ctx.index, sub, 'subscription.current', ctx.locale);
  },
});

export const unsubscribeCommand = defineCommand({
  name: 'unsubscribe',
  summary: 'Stop reminders in this channel',
  args: z.object({}),
  examples: ['unsubscribe'],
  access: 'admin',
  ephemeral: true,
  async run(_args, ctx) {
    const port = ctx.ports.subscriptions;
    if (!port) return textReply(message(ctx.locale, 'error.noStorage'), { ephemeral: true });
    const { inbound } = ctx;
    const stopped = await port.stop(
      inbound.platform,
      inbound.channel.ref,
      `unsubscribed by ${inbound.user.name ?? inbound.user.id}`,
    );
    return textReply(message(ctx.locale, stopped ? 'subscription.stopped' : 'subscription.notSubscribed'), {
      ephemeral: true,
    });
  },
});
