// The platforms' rate limits, for the stand-ins: each `take` admits a request (undefined) or
// answers how many milliseconds until one would be admitted.

export type Now = () => number;

/** At most `limit` requests in any `windowMs` (Discord's global 50 per second). */
export function slidingWindow(limit: number, windowMs: number, now: Now = () => performance.now()) {
  const admitted: number[] = [];
  return {
    take(): number | undefined {
      const t = now();
      while (admitted.length && admitted[0]! <= t - windowMs) admitted.shift();
      if (admitted.length >= limit) return admitted[0]! + windowMs - t;
      admitted.push(t);
      return undefined;
    },
  };
}

/** `perSecond` on average with bursts of up to `burst` (Slack's ~1 message per second per channel). */
export function tokenBucket(perSecond: number, burst: number, now: Now = () => performance.now()) {
  let tokens = burst;
  let last = now();
  return {
    take(): number | undefined {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) * perSecond) / 1000);
      last = t;
      if (tokens >= 1) {
        tokens -= 1;
        return undefined;
      }
      return ((1 - tokens) * 1000) / perSecond;
    },
  };
}
