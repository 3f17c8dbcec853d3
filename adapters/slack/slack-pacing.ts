// Slack's limits for chat.postMessage, kept on our side so that a fan-out meets no 429: about one
// message per second per channel, and a workspace-wide limit whose 429 (with Retry-After) holds
// back every post to that workspace, and only that workspace, until it has passed.

export interface SlackPacing {
  /**
   * Resolves when this channel may take its next message; with how long its workspace is still
   * held back by a 429 instead, and then the post should not be made (nor wait: it would hold a
   * slot of the pool that other workspaces can use).
   */
  turn(workspace: string, channel: string): Promise<{ heldBackMs?: number }>;
  /** A 429 from this workspace: nothing more is posted there for `ms`. */
  holdBack(workspace: string, ms: number): void;
}

export interface SlackPacingOptions {
  /** The gap between two messages to one channel; a little over Slack's second, for jitter. */
  perChannelMs?: number;
  /** A ceiling per workspace (messages per second); none by default, 429s then set the pace. */
  workspacePerSecond?: number;
  /**
   * The bot's clock, in ms: a hold ends on it, as the ledger's retry does (a replay or a test
   * moves it). The per-channel gap is real time, since it is Slack's own pace.
   */
  botNow?: () => number;
  /** Monotonic real time, in ms. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const SLACK_PER_CHANNEL_MS = 1_100;

export function slackPacing(options: SlackPacingOptions = {}): SlackPacing {
  const perChannelMs = options.perChannelMs ?? SLACK_PER_CHANNEL_MS;
  const now = options.now ?? (() => performance.now());
  const botNow = options.botNow ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const workspaceGapMs = options.workspacePerSecond ? 1000 / options.workspacePerSecond : 0;
  /** When each channel (and, with a ceiling, each workspace) may take its next message. */
  const free = new Map<string, number>();
  /** Until when (bot clock) each workspace is held back by a 429. */
  const heldUntil = new Map<string, number>();

  const forget = (t: number) => {
    // Channels posted to long ago need no entry: a fan-out to 100,000 channels leaves none behind.
    if (free.size < 10_000) return;
    for (const [key, at] of free) if (at <= t) free.delete(key);
  };

  return {
    async turn(workspace, channel) {
      const channelKey = `${workspace}\u0000${channel}`;
      for (;;) {
        const held = (heldUntil.get(workspace) ?? 0) - botNow();
        if (held > 0) return { heldBackMs: held };
        const t = now();
        const wait = Math.max(free.get(channelKey) ?? 0, free.get(workspace) ?? 0) - t;
        if (wait <= 0) {
          forget(t);
          free.set(channelKey, t + perChannelMs);
          if (workspaceGapMs) free.set(workspace, t + workspaceGapMs);
          return {};
        }
        // Others may take the turn meanwhile: look again after waking.
        await sleep(wait);
      }
    },
    holdBack(workspace, ms) {
      heldUntil.set(workspace, Math.max(heldUntil.get(workspace) ?? 0, botNow() + ms));
    },
  };
}
