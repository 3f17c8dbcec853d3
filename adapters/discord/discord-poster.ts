import { createHash } from 'node:crypto';
import {
  type APIChannel,
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  type REST,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import type { Logger } from '../../src/core/chat-adapter.ts';
import type { ChannelPoster, DeliveryIdentity, PostOutcome } from '../../src/core/ports.ts';
import type { Reply } from '../../src/core/reply.ts';
import { NO_MENTIONS } from './discord-client.ts';
import { type DiscordMessage, discordMessagesFor } from './discord-embeds.ts';
import { globalPace } from './discord-pacing.ts';

// How the scheduler posts into Discord: plain REST calls (no gateway needed), many channels at
// once. discord.js's REST queue keeps each route's bucket (a channel's messages go one after the
// other) and retries 429s; we pace requests under the global 50 per second, so that no burst
// meets a 429 at all (see discord-pacing.ts). Every message carries a nonce made from its
// delivery key, with `enforce_nonce`: a repeat within Discord's window (a retry, a restart after
// a crash) returns the first message instead of posting a second one.

/** How many posts the scheduler may have in flight to Discord. */
export const DISCORD_CONCURRENCY = 8;
/** A message's nonce: Discord takes at most 25 characters; the same delivery part, the same nonce. */
export function deliveryNonce(key: string, part: number): string {
  return createHash('sha256').update(`${key}#${part}`).digest('base64url').slice(0, 25);
}

/** Errors that will not go away by trying again: the channel or user is gone, or we may not post. */
const PERMANENT_CODES = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
]);

export function outcomeOf(error: unknown): PostOutcome & { ok: false } {
  if (error instanceof DiscordAPIError) {
    const reason = `${error.status} ${error.code}: ${error.message}`;
    const permanent =
      (typeof error.code === 'number' && PERMANENT_CODES.has(error.code)) ||
      error.status === 401 ||
      error.status === 403 ||
      error.status === 404;
    return { ok: false, retryable: !permanent, reason };
  }
  if (error instanceof RateLimitError) {
    return { ok: false, retryable: true, retryAfterMs: error.retryAfter, reason: 'rate limited' };
  }
  // A server error or a network failure: Discord may have created the message (the nonce makes
  // the next attempt return it rather than post again).
  if (error instanceof HTTPError)
    return { ok: false, retryable: true, unsure: true, reason: `${error.status} ${error.message}` };
  return { ok: false, retryable: true, unsure: true, reason: (error as Error).message ?? String(error) };
}

export function messageBody(message: DiscordMessage) {
  return { content: message.content ?? '', embeds: message.embeds, allowed_mentions: NO_MENTIONS };
}

export function createDiscordPoster(
  rest: REST,
  logger: Logger,
  options: { concurrency?: number; perSecond?: number } = {},
): ChannelPoster {
  const pace = globalPace(options.perSecond ? { perSecond: options.perSecond } : {});
  // The channels of one reminder share its reply: rendered once, not once per channel.
  const rendered = new WeakMap<Reply, DiscordMessage[]>();
  const renderedOnce = (reply: Reply): DiscordMessage[] => {
    let messages = rendered.get(reply);
    if (!messages) {
      messages = discordMessagesFor(reply);
      rendered.set(reply, messages);
    }
    return messages;
  };
  const dmChannels = new Map<string, string>();
  const dmChannelOf = async (userId: string): Promise<string> => {
    const known = dmChannels.get(userId);
    if (known) return known;
    const channel = (await rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
    })) as APIChannel;
    dmChannels.set(userId, channel.id);
    return channel.id;
  };
  return {
    platform: 'discord',
    concurrency: options.concurrency ?? DISCORD_CONCURRENCY,
    recognisesRepeats: true,
    async post(target, reply, delivery?: DeliveryIdentity) {
      try {
        const channelId = target.direct ? await dmChannelOf(target.ref) : target.ref;
        let ref: string | undefined;
        for (const [part, message] of renderedOnce(reply).entries()) {
          await pace();
          const body = {
            ...messageBody(message),
            ...(delivery ? { nonce: deliveryNonce(delivery.key, part), enforce_nonce: true } : {}),
          };
          const sent = (await rest.post(Routes.channelMessages(channelId), { body })) as { id?: string };
          ref ??= sent.id;
        }
        return ref ? { ok: true, ref } : { ok: true };
      } catch (error) {
        const outcome = outcomeOf(error);
        const where = { target: target.ref, direct: Boolean(target.direct), reason: outcome.reason };
        if (outcome.retryable) logger.warn(where, 'discord post failed; it will be retried');
        else logger.warn(where, 'discord post refused for good; the subscription should stop');
        return outcome;
      }
    },
  };
}
