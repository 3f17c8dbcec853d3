import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/chat-adapter.ts';
import type { ChannelPoster, DeliveryIdentity, PostOutcome, PostTarget } from '../../src/core/ports.ts';
import type { Reply } from '../../src/core/reply.ts';
import { type SlackMessage, slackMessagesOf } from './slack-blocks.ts';
import { slackLoggerFrom } from './slack-logger.ts';
import { type SlackPacing, slackPacing } from './slack-pacing.ts';

// How the scheduler posts into Slack, many channels at once and each delivery exactly once:
// - the Web API client never retries by itself (a blind retry of a post that timed out could
//   post twice) and hands 429s back, so the ledger reschedules by Retry-After;
// - every message carries its delivery key in its metadata, and a delivery whose earlier outcome
//   is unknown is first looked up with conversations.history: found, it is not posted again;
// - posts are paced per channel (about one a second) and held back per workspace after a 429.

/** How many posts the scheduler may have in flight to Slack. */
export const SLACK_CONCURRENCY = 50;
/** The metadata event type of a reminder's messages. */
export const DELIVERY_EVENT_TYPE = 'upr_delivery';
/** Slack and our clock may disagree a little: look back this much further than the claim. */
const LOOKUP_SKEW_S = 300;
const LOOKUP_PAGES = 20;

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

export function outcomeOfSlackError(error: unknown): PostOutcome & { ok: false } {
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
  // Network trouble, a timeout, a 5xx: Slack may have posted it. The ledger tries again later,
  // and that attempt looks before it posts.
  return { ok: false, retryable: true, unsure: true, reason: e.message ?? String(error) };
}

/**
 * The poster's own Web API client: no automatic retries (an ambiguous failure is settled by our
 * lookup, not by posting again), 429s handed back, and a timeout so a hung call becomes unsure.
 */
export function slackPosterClient(options: {
  /** Absent in OAuth mode: each call then carries its workspace's token. */
  botToken?: string | undefined;
  apiUrl?: string | undefined;
  logger: Logger;
  timeoutMs?: number;
}): webApi.WebClient {
  return new webApi.WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
    logger: slackLoggerFrom(options.logger),
  });
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

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: { key?: unknown; part?: unknown } };
}

export function createSlackPoster(options: {
  client: webApi.WebClient;
  logger: Logger;
  now: () => string;
  pacing?: SlackPacing;
  concurrency?: number;
  /**
   * OAuth mode: the token of the workspace that owns the target, passed with each call. Without
   * it, the client's own token (one workspace) is used.
   */
  tokenFor?: (target: PostTarget) => Promise<string | undefined>;
}): ChannelPoster {
  const { client, logger } = options;
  const pacing = options.pacing ?? slackPacing({ botNow: () => Date.parse(options.now()) });
  const dmChannels = new Map<string, string>();
  // The channels of one reminder share its reply: rendered once a minute, not once per channel
  // (relative times such as "in 2 hours" are worded to the minute).
  const rendered = new WeakMap<Reply, { minute: string; messages: SlackMessage[] }>();
  const renderedOnce = (reply: Reply, now: string): SlackMessage[] => {
    const minute = now.slice(0, 16);
    const known = rendered.get(reply);
    if (known?.minute === minute) return known.messages;
    const messages = slackMessagesOf(reply, now);
    rendered.set(reply, { minute, messages });
    return messages;
  };

  /** Where a target's messages are: a user's DM channel is opened (once) to read it. */
  const channelOf = async (target: PostTarget, token: { token?: string }): Promise<string> => {
    if (!target.direct) return target.ref;
    let channel = dmChannels.get(target.ref);
    if (!channel) {
      const opened = await client.conversations.open({ ...token, users: target.ref });
      channel = opened.channel?.id ?? target.ref;
      dmChannels.set(target.ref, channel);
    }
    return channel;
  };

  /** The parts of a delivery already in the channel (part → ts), posted since `since`. */
  const postedParts = async (
    target: PostTarget,
    key: string,
    since: string,
    token: { token?: string },
  ): Promise<Map<number, string>> => {
    const found = new Map<number, string>();
    const channel = await channelOf(target, token);
    const oldest = (Date.parse(since) / 1000 - LOOKUP_SKEW_S).toFixed(6);
    let cursor: string | undefined;
    for (let page = 0; page < LOOKUP_PAGES; page++) {
      const result = await client.conversations.history({
        ...token,
        channel,
        oldest,
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const message of (result.messages ?? []) as HistoryMessage[]) {
        const meta = message.metadata;
        if (meta?.event_type !== DELIVERY_EVENT_TYPE || meta.event_payload?.key !== key || !message.ts)
          continue;
        found.set(Number(meta.event_payload.part ?? 0), message.ts);
      }
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!result.has_more || !cursor) return found;
    }
    logger.warn({ channel, pages: LOOKUP_PAGES }, 'slack lookup stopped before the claim time; posting');
    return found;
  };

  const failed = (target: PostTarget, outcome: PostOutcome & { ok: false }): PostOutcome => {
    const log = outcome.retryable ? logger.info.bind(logger) : logger.warn.bind(logger);
    log(
      { channel: target.ref, direct: Boolean(target.direct), reason: outcome.reason },
      outcome.retryable ? 'slack post failed; will retry' : 'slack post failed for good; stop posting here',
    );
    return outcome;
  };

  return {
    platform: 'slack',
    concurrency: options.concurrency ?? SLACK_CONCURRENCY,
    recognisesRepeats: true,
    async post(target, reply, delivery?: DeliveryIdentity) {
      const workspace = target.workspace ?? 'default';
      const tokenOf = options.tokenFor ? await options.tokenFor(target) : undefined;
      if (options.tokenFor && !tokenOf) {
        // Retried later: a reinstall brings the token back, and an uninstall pauses the channel.
        logger.info(
          { channel: target.ref, direct: Boolean(target.direct) },
          `slack post waits: ${NOT_INSTALLED}`,
        );
        return { ok: false, retryable: true, reason: NOT_INSTALLED };
      }
      const token = tokenOf ? { token: tokenOf } : {};
      /** In OAuth mode a token error is the workspace's, not the channel's: an uninstall pauses it. */
      const outcomeOf = (error: unknown): PostOutcome & { ok: false } => {
        const outcome = outcomeOfSlackError(error);
        return options.tokenFor && TOKEN_ERRORS.has(outcome.reason)
          ? { ...outcome, retryable: true }
          : outcome;
      };
      let already = new Map<number, string>();
      if (delivery?.unsureSince) {
        try {
          already = await postedParts(target, delivery.key, delivery.unsureSince, token);
        } catch (error) {
          // Not knowing whether it went out, do not post: try again later.
          const outcome = outcomeOf(error);
          if (outcome.retryAfterMs) pacing.holdBack(workspace, outcome.retryAfterMs);
          return failed(target, { ...outcome, reason: `looking for an earlier post: ${outcome.reason}` });
        }
      }
      let ref: string | undefined;
      const messages = renderedOnce(reply, options.now());
      for (const [part, message] of messages.entries()) {
        const posted = already.get(part);
        if (posted) {
          ref ??= posted;
          continue;
        }
        const { heldBackMs } = await pacing.turn(workspace, target.ref);
        if (heldBackMs !== undefined) {
          const reason = `workspace held back by a 429 for ${Math.ceil(heldBackMs / 1000)} s`;
          // Parts already out make it an attempt like any other; otherwise it was never tried.
          return part > 0
            ? { ok: false, retryable: true, retryAfterMs: heldBackMs, unsure: true, reason }
            : { ok: false, retryable: true, retryAfterMs: heldBackMs, deferred: true, reason };
        }
        try {
          // A user id as channel: Slack opens the DM with the app (personal reminders).
          const result = await client.chat.postMessage({
            ...token,
            channel: target.ref,
            text: message.text,
            blocks: message.blocks,
            ...(delivery
              ? { metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key: delivery.key, part } } }
              : {}),
          });
          ref ??= result.ts;
        } catch (error) {
          const outcome = outcomeOf(error);
          if (outcome.retryAfterMs) pacing.holdBack(workspace, outcome.retryAfterMs);
          // Earlier parts went out: the next attempt must look for them before posting.
          return failed(target, part > 0 ? { ...outcome, unsure: true } : outcome);
        }
      }
      return ref ? { ok: true, ref } : { ok: true };
    },
  };
}
