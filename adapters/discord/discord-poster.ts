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
import type { ChannelPoster, PostOutcome } from '../../src/core/ports.ts';
import { NO_MENTIONS } from './discord-client.ts';
import { type DiscordMessage, discordMessagesFor } from './discord-embeds.ts';

// How the scheduler posts into Discord: plain REST calls (no gateway needed). 429s are retried
// by discord.js's REST queue; what reaches us is either done or a failure to classify.

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
  if (error instanceof HTTPError)
    return { ok: false, retryable: true, reason: `${error.status} ${error.message}` };
  return { ok: false, retryable: true, reason: (error as Error).message ?? String(error) };
}

export function messageBody(message: DiscordMessage) {
  return { content: message.content ?? '', embeds: message.embeds, allowed_mentions: NO_MENTIONS };
}

export function createDiscordPoster(rest: REST, logger: Logger): ChannelPoster {
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
    async post(target, reply) {
      try {
        const channelId = target.direct ? await dmChannelOf(target.ref) : target.ref;
        for (const message of discordMessagesFor(reply)) {
          await rest.post(Routes.channelMessages(channelId), { body: messageBody(message) });
        }
        return { ok: true };
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
