// Discord's global limit (50 requests per second per bot), kept on our side so that a fan-out
// meets no 429 (each counts towards Discord's ban for invalid requests). Two rules:
// - a token bucket spreads requests evenly, a little under the limit, with bursts of a few: the
//   time a late timer loses is made up (spacing each request from the last one's actual start
//   lost it for good on a busy machine), and no burst piles up at Discord;
// - never more than the limit within any window a little longer than a second: the margin covers
//   the jitter between our clock and Discord's (a busy process, the network).

export interface GlobalPaceOptions {
  perSecond?: number;
  /** The bucket's rate: a little under the limit. */
  pacePerSecond?: number;
  burst?: number;
  /** The window is one second plus this much. */
  marginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DISCORD_GLOBAL_PER_SECOND = 50;

/** Resolves when the next request may go. */
export function globalPace(options: GlobalPaceOptions = {}): () => Promise<void> {
  const limit = options.perSecond ?? DISCORD_GLOBAL_PER_SECOND;
  const rate = (options.pacePerSecond ?? limit * 0.97) / 1000;
  const burst = options.burst ?? 2;
  const windowMs = 1000 + (options.marginMs ?? 60);
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  /** When the last `limit` requests went. */
  const sent: number[] = [];
  let tokens = 1;
  let filledAt = now();
  return async () => {
    for (;;) {
      const t = now();
      tokens = Math.min(burst, tokens + (t - filledAt) * rate);
      filledAt = t;
      while (sent.length && sent[0]! <= t - windowMs) sent.shift();
      const windowWait = sent.length >= limit ? sent[0]! + windowMs - t : 0;
      const tokenWait = tokens >= 1 ? 0 : (1 - tokens) / rate;
      if (!windowWait && !tokenWait) {
        tokens -= 1;
        sent.push(t);
        return;
      }
      // Others may take the turn meanwhile: look again after waking.
      await sleep(Math.ceil(Math.max(windowWait, tokenWait)));
    }
  };
}
