// What to do with a reminder whose time has passed: the catch-up policy, explicit and pure.

/** upcoming: send late only if what it announces has not started; always: send; never: skip. */
export const LATE_POLICIES = ['upcoming', 'always', 'never'] as const;
export type LatePolicy = (typeof LATE_POLICIES)[number];

export type DeliveryDecision = { action: 'send'; late: boolean } | { action: 'skip'; reason: string };

export function decideDelivery(options: {
  dueAt: string;
  relevantUntil?: string | undefined;
  now: string;
  /** A delay within which a reminder still counts as on time (the ticker's own granularity). */
  graceMs: number;
  policy: LatePolicy;
}): DeliveryDecision {
  const { dueAt, relevantUntil, now, graceMs, policy } = options;
  if (Date.parse(now) - Date.parse(dueAt) <= graceMs) return { action: 'send', late: false };
  if (policy === 'always') return { action: 'send', late: true };
  if (policy === 'never') return { action: 'skip', reason: 'late, and the late policy is "never"' };
  if (relevantUntil && Date.parse(relevantUntil) <= Date.parse(now)) {
    return { action: 'skip', reason: `late: what it announces began at ${relevantUntil}` };
  }
  return { action: 'send', late: true };
}

/** Exponential backoff from 30 s, capped at 30 min, never sooner than the platform's Retry-After. */
export function retryDelayMs(attempts: number, retryAfterMs?: number): number {
  const backoff = Math.min(30 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/** After this many failed attempts a delivery is given up and logged. */
export const MAX_ATTEMPTS = 8;
