import { z } from 'zod';
import { subscriptionReply } from '../reminders/subscription-reply.ts';
import { textReply } from '../reply.ts';
import { defineCommand } from './command-definition.ts';
import { NO_STORAGE } from './storage-required.ts';

export const subscriptionsCommand = defineCommand({
  name: 'subscriptions',
  summary: "This channel's reminder settings",
  args: z.object({}),
  examples: ['subscriptions'],
  access: 'admin',
  ephemeral: true,
  async run(_args, ctx) {
    const port = ctx.ports.subscriptions;
    if (!port) return textReply(NO_STORAGE, { ephemeral: true });
    const sub = await port.find(ctx.inbound.platform, ctx.inbound.channel.ref);
    if (!sub) {
      return textReply('This channel is not subscribed. Type "subscribe" for the default reminders.', {
        ephemeral: true,
      });
    }
    return subscriptionReply(ctx.index, sub, "This channel's reminders");
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
    if (!port) return textReply(NO_STORAGE, { ephemeral: true });
    const { inbound } = ctx;
    const stopped = await port.stop(
      inbound.platform,
      inbound.channel.ref,
      `unsubscribed by ${inbound.user.name ?? inbound.user.id}`,
    );
    return textReply(
      stopped
        ? 'This channel will get no more reminders; the pending ones are withdrawn.'
        : 'This channel was not subscribed; nothing changed.',
      { ephemeral: true },
    );
  },
});
