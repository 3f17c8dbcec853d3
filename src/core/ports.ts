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
  | { ok: true }
  | {
      ok: false;
      /** false: the channel is gone, the bot was removed, the token revoked. Stop trying. */
      retryable: boolean;
      /** The platform's Retry-After, when it gave one. */
      retryAfterMs?: number;
      reason: string;
    };

export interface PostTarget {
  /** A channel id, or a user id when `direct` (personal reminders go by direct message). */
  ref: string;
  direct?: boolean;
}

export interface ChannelPoster {
  platform: Platform;
  post(target: PostTarget, reply: Reply): Promise<PostOutcome>;
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
