import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/chat-adapter.ts';
import type { ChannelPoster, PostOutcome, PostTarget } from '../../src/core/ports.ts';
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

/** Errors about the workspace's token, not the channel: in OAuth mode an uninstall event pauses instead. */
const TOKEN_ERRORS = new Set([
  'token_revoked',
  'token_expired',
  'invalid_auth',
  'not_authed',
  'account_inactive',
]);

export const NOT_INSTALLED = 'the app is not installed in the workspace of this channel';

export function createSlackPoster(options: {
  client: webApi.WebClient;
  logger: Logger;
  now: () => string;
  /**
   * OAuth mode: the token of the workspace that owns the target, passed with each call. Without
   * it, the client's own token (one workspace) is used.
   */
  tokenFor?: (target: PostTarget) => Promise<string | undefined>;
}): ChannelPoster {
  const { client, logger } = options;
  return {
    platform: 'slack',
    async post(target, reply) {
      const token = await options.tokenFor?.(target);
      if (options.tokenFor && !token) {
        // Retried later: a reinstall brings the token back, and an uninstall pauses the channel.
        logger.info(
          { channel: target.ref, direct: Boolean(target.direct) },
          `slack post waits: ${NOT_INSTALLED}`,
        );
        return { ok: false, retryable: true, reason: NOT_INSTALLED };
      }
      // A user id as channel: Slack opens the DM with the app (personal reminders).
      for (const message of slackMessagesOf(reply, options.now())) {
        try {
          await client.chat.postMessage({
            ...(token ? { token } : {}),
            channel: target.ref,
            text: message.text,
            blocks: message.blocks,
          });
        } catch (error) {
          let outcome = outcomeOfSlackError(error);
          if (options.tokenFor && !outcome.ok && TOKEN_ERRORS.has(outcome.reason))
            outcome = { ...outcome, retryable: true };
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
