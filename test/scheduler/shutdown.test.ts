import { afterEach, describe, expect, it } from 'vitest';
import type { PostTarget } from '../../src/core/ports.ts';
import { createReminderScheduler } from '../../src/scheduler/reminder-scheduler.ts';
import { reminderHarness } from '../support/reminder-harness.ts';

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

describe('scheduler shutdown', () => {
  let cleanup: () => Promise<void> = async () => {};
  afterEach(() => cleanup());

  it('releases the claims of a tick stuck in a post, within its grace, so the next start sends them', async () => {
    const h = await reminderHarness();
    cleanup = h.cleanup;
    await h.subscribe('stuck');
    h.clock.at = '2024-01-15T08:00:30.000Z'; // the 7-days-before window reminder is due
    const posted: PostTarget[] = [];
    const hanging = createReminderScheduler({
      storage: h.storage,
      knowledge: () => h.knowledge,
      refresh: async () => {},
      clock: h.clock,
      posters: [{ platform: 'console', post: () => new Promise(() => {}) }],
      logger: quiet,
      policy: 'upcoming',
      graceMs: 60_000,
      zone: 'Europe/Zurich',
    });
    void hanging.tick();
    // Wait until the post is in flight (the delivery is claimed).
    for (let i = 0; i < 100 && !(await h.storage.ledger.claimedCount()); i++) {
      await new Promise((r) => setImmediate(r));
    }
    expect(await h.storage.ledger.claimedCount()).toBe(1);

    const started = Date.now();
    await hanging.stop(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await h.storage.ledger.claimedCount()).toBe(0);

    const next = createReminderScheduler({
      storage: h.storage,
      knowledge: () => h.knowledge,
      refresh: async () => {},
      clock: h.clock,
      posters: [
        {
          platform: 'console',
          post: async (target) => {
            posted.push(target);
            return { ok: true };
          },
        },
      ],
      logger: quiet,
      policy: 'upcoming',
      graceMs: 60_000,
      zone: 'Europe/Zurich',
    });
    const report = await next.tick();
    expect(report.sent.length + report.late.length).toBe(1);
    expect(posted).toEqual([{ ref: 'stuck' }]);
  });
});
