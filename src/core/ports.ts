import type { Platform } from './inbound.ts';
import type { PersonalReminder } from './reminders/personal-reminders.ts';
import type { Subscription, SubscriptionSettings } from './reminders/subscription.ts';
import type { Reply } from './reply.ts';

// The interfaces the core declares and the edges implement. The core never does I/O itself.

export interface DataStatus {
  revision: string;
  origin: string;
  importedAt: string;
}

export interface CorePorts {
  dataStatus(): Promise<DataStatus | undefined>;
  subscriptions?: SubscriptionPort;
  personalReminders?: PersonalReminderPort;
  reviewUpdates?: ReviewUpdatePort;
}

/** Where "now" comes from: the machine's clock, a fixed instant (`--now`) or a replay. */
export interface Clock {
  /** ISO-8601 UTC. */
  now(): string;
}

/**
 * How the scheduler reaches a chat. Each adapter implements it; the delivery ledger reads the
 * outcome to decide between done, retry later, and stop this subscription.
 */
export type PostOutcome =
  | {
      ok: true;
      /** The platform's id of the (first) message: Slack's ts, Discord's message id. */
      ref?: string;
    }
  | {
      ok: false;
      /** false: the channel is gone, the bot was removed, the token revoked. Stop trying. */
      retryable: boolean;
      /** The platform's Retry-After, when it gave one. */
      retryAfterMs?: number;
      /** The post may have gone out (a timeout, a dropped connection): look before posting again. */
      unsure?: boolean;
      /** Not tried at all (the platform asked us to wait): try after `retryAfterMs`, no attempt counted. */
      deferred?: boolean;
      reason: string;
    };

export interface PostTarget {
  /** A channel id, or a user id when `direct` (personal reminders go by direct message). */
  ref: string;
  direct?: boolean;
  /** The Slack workspace or Discord server, when known: rate limits are per workspace. */
  workspace?: string;
}

/** Which delivery a post is: the key travels with the post so that a repeat can be recognised. */
export interface DeliveryIdentity {
  key: string;
  /** An earlier attempt's outcome is unknown since this instant: it may already be posted. */
  unsureSince?: string;
}

export interface ChannelPoster {
  platform: Platform;
  /** How many posts the scheduler may have in flight at once on this platform (default 1). */
  concurrency?: number;
  /**
   * true when the platform recognises a repeat of the same delivery (Discord's nonce, a Slack
   * lookup by message metadata): outcomes may then be recorded in batches, since a crash before
   * the record cannot make a second post. Otherwise each outcome is recorded before the next post.
   */
  recognisesRepeats?: boolean;
  post(target: PostTarget, reply: Reply, delivery?: DeliveryIdentity): Promise<PostOutcome>;
}

// Reminders: the core asks for these; src/store implements them. Optional, so that a core built
// for a test or a one-off answer works without storage, and says so.

export interface SubscriptionPort {
  find(platform: Platform, channelRef: string): Promise<Subscription | undefined>;
  /** Creates or replaces the channel's settings. A channel that comes back starts afresh. */
  save(input: {
    platform: Platform;
    channelRef: string;
    workspace?: string | undefined;
    organisation?: string | undefined;
    settings: SubscriptionSettings;
    createdBy: string;
    at: string;
  }): Promise<Subscription>;
  /** Stops the channel's subscription and withdraws its pending reminders; false if none. */
  stop(platform: Platform, channelRef: string, why: string): Promise<boolean>;
}

export interface PersonalReminderPort {
  /** false when the same user already asked for the same reminder. */
  add(wish: Omit<PersonalReminder, 'id'>, at: string): Promise<boolean>;
}

export interface ReviewUpdatePort {
  record(update: {
    state: string;
    text: string;
    postedBy: string;
    publishedAt: string;
  }): Promise<{ id: string }>;
  /** How many active subscriptions will receive an update about this state. */
  audience(state: string): Promise<number>;
}
