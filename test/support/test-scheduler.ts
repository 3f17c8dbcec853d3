import type { Knowledge } from '../../src/core/knowledge.ts';
import type { ChannelPoster } from '../../src/core/ports.ts';
import type { LatePolicy } from '../../src/core/reminders/late-policy.ts';
import { createReminderScheduler, type SchedulerOptions } from '../../src/scheduler/reminder-scheduler.ts';

// The real ReminderScheduler as tests drive it: a clock the test moves, no ticker, no logs.

export interface SettableClock {
  at: string;
  now(): string;
}

export function settableClock(at: string): SettableClock {
  return {
    at,
    now() {
      return this.at;
    },
  };
}

export function testScheduler(options: {
  storage: SchedulerOptions['storage'];
  knowledge: () => Knowledge;
  refresh?: () => Promise<void>;
  clock: SettableClock;
  posters: readonly ChannelPoster[];
  policy?: LatePolicy;
}) {
  return createReminderScheduler({
    storage: options.storage,
    knowledge: options.knowledge,
    refresh: options.refresh ?? (async () => {}),
    clock: options.clock,
    posters: options.posters,
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    policy: options.policy ?? 'upcoming',
    graceMs: 60_000,
    zone: 'Europe/Zurich',
  });
}
