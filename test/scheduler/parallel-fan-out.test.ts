import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelPoster, PostTarget } from '../../src/core/ports.ts';
import { reminderHarness } from '../support/reminder-harness.ts';
import { testScheduler } from '../support/test-scheduler.ts';

// A fan-out posts in parallel, never more at once than the platform's pool allows, and a slow
// channel keeps one slot busy while the others go on.

type Harness = Awaited<ReturnType<typeof reminderHarness>>;
let h: Harness;
afterEach(async () => h?.cleanup());

const CHANNELS = Array.from({ length: 12 }, (_, i) => `C${String(i).padStart(2, '0')}`);
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Subscribed channels with the window's 7-day reminder due. */
async function dueToAll() {
  h = await reminderHarness();
  for (const channel of CHANNELS) await h.subscribe(channel, { kinds: ['window'] });
  h.clock.at = '2024-01-10T00:00:10.000Z';
  await h.makeScheduler().tick();
  h.clock.at = '2024-01-15T08:00:10.000Z';
}

function schedulerWith(poster: ChannelPoster) {
  return testScheduler({
    storage: h.storage,
    knowledge: () => h.knowledge,
    clock: h.clock,
    posters: [poster],
  });
}

describe('a fan-out to many channels', () => {
  it('has at most the pool size of posts in flight, and uses the pool', async () => {
    await dueToAll();
    let inFlight = 0;
    let most = 0;
    const posted: string[] = [];
    const report = await schedulerWith({
      platform: 'console',
      concurrency: 4,
      recognisesRepeats: true,
      async post(target: PostTarget) {
        most = Math.max(most, ++inFlight);
        for (let i = 0; i < 5; i++) await turn();
        inFlight--;
        posted.push(target.ref);
        return { ok: true };
      },
    }).tick();
    expect(most).toBe(4);
    expect(report.sent).toHaveLength(CHANNELS.length);
    expect(posted.sort()).toEqual(CHANNELS);
    expect(await h.storage.ledger.counts()).toEqual({ sent: CHANNELS.length });
  });

  it('goes on past a slow channel: the others are posted and recorded while it hangs', async () => {
    await dueToAll();
    let release = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const posted: string[] = [];
    const tick = schedulerWith({
      platform: 'console',
      concurrency: 3,
      recognisesRepeats: true,
      async post(target: PostTarget) {
        if (target.ref === 'C00') await slow;
        posted.push(target.ref);
        return { ok: true };
      },
    }).tick();
    for (let i = 0; i < 2000 && posted.length < CHANNELS.length - 1; i++) await turn();
    expect(posted.sort()).toEqual(CHANNELS.slice(1));
    // Every other channel's outcome reaches the ledger while the slow one is still in flight.
    for (let i = 0; i < 2000 && ((await h.storage.ledger.counts()).sent ?? 0) < CHANNELS.length - 1; i++)
      await turn();
    expect(await h.storage.ledger.counts()).toEqual({ sent: CHANNELS.length - 1, claimed: 1 });
    release();
    expect((await tick).sent).toHaveLength(CHANNELS.length);
    expect(await h.storage.ledger.counts()).toEqual({ sent: CHANNELS.length });
  });
});
