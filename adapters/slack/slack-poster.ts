import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/chat-adapter.ts';
import type { ChannelPoster, PostOutcome } from '../../src/core/ports.ts';
import { slackMessagesOf } from './slack-blocks.ts';

// How the scheduler posts into Slack. The Web API client is told to hand 429s back instead of
// sleeping on them, so the delivery ledger can reschedule by Retry-After and free the tick.

/** Errors after which posting to this channel (or with this token) can never succeed. */
export const PERMANENT_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'token_revoked',
  'invalid_auth',
  'not_authed',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
]);

interface CodedSlackError {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  message?: string;
}

export function outcomeOfSlackError(error: unknown): PostOutcome {
  const e = error as CodedSlackError;
  if (e.code === webApi.ErrorCode.RateLimitedError) {
    const seconds = e.retryAfter ?? 1;
    return {
      ok: false,
      retryable: true,
      retryAfterMs: seconds * 1000,
      reason: `rate limited for ${seconds} s`,
    };
  }
  if (e.code === webApi.ErrorCode.PlatformError) {
    const reason = e.data?.error ?? 'unknown Slack error';
    return { ok: false, retryable: !PERMANENT_ERRORS.has(reason), reason };
  }
  // Network trouble and 5xx: the ledger tries again later.
  return { ok: false, retryable: true, reason: e.message ?? String(error) };
}

export function createSlackPoster(options: {
  client: webApi.WebClient;
  logger: Logger;
  now: () => string;
}): ChannelPoster {
  const { client, logger } = options;
  return {
    platform: 'slack',
    async post(target, reply) {
      // A user id as channel: Slack opens the DM with the app (personal reminders).
      for (const message of slackMessagesOf(reply, options.now())) {
        try {
          await client.chat.postMessage({ channel: target.ref, text: message.text, blocks: message.blocks });
        } catch (error) {
          const outcome = outcomeOfSlackError(error);
          if (!outcome.ok) {
            const log = outcome.retryable ? logger.info.bind(logger) : logger.warn.bind(logger);
            log(
              { channel: target.ref, direct: Boolean(target.direct), reason: outcome.reason },
              outcome.retryable
                ? 'slack post failed; will retry'
                : 'slack post failed for good; stop posting here',
            );
          }
          return outcome;
        }
      }
      return { ok: true };
    },
  };
}
