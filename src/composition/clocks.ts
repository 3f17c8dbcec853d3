import { DateTime } from 'luxon';
import type { Clock } from '../core/ports.ts';

export const systemClock: Clock = { now: () => new Date().toISOString() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso).toISOString();
  return { now: () => at };
}

/** Parses a `--now` or `--from` value; throws a short message for anything but ISO-8601. */
export function parseInstant(text: string, flag: string): string {
  const parsed = DateTime.fromISO(text, { zone: 'utc', setZone: true });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new UsageError(
      `${flag} needs an ISO-8601 date or instant, like 2024-01-23T10:00:00+01:00 (got "${text}")`,
    );
  }
  return parsed.toUTC().toISO()!;
}

export class UsageError extends Error {}

/**
 * A simulated clock for `start --replay-from`: it starts at `from` and runs `speed` simulated
 * seconds per real second.
 */
export function replayClock(from: string, speed: number): Clock & { begin(): void } {
  const start = Date.parse(from);
  // Held at `from` until `begin`, so that setting up the replay does not eat simulated hours.
  let realStart: number | undefined;
  return {
    now: () =>
      new Date(start + (realStart === undefined ? 0 : (Date.now() - realStart) * speed)).toISOString(),
    begin: () => {
      realStart = Date.now();
    },
  };
}
