import type { Platform } from './inbound.ts';
import type { Reply } from './reply.ts';

// The interfaces the core declares and the edges implement. The core never does I/O itself.

export interface DataStatus {
  revision: string;
  origin: string;
  importedAt: string;
}

export interface CorePorts {
  dataStatus(): Promise<DataStatus | undefined>;
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
