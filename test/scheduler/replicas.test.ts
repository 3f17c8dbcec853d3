import { afterEach, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import type { PostTarget } from '../../src/core/ports.ts';
import { DEFAULT_SETTINGS } from '../../src/core/reminders/subscription.ts';
import type { Reply } from '../../src/core/reply.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { builtInData } from '../support/built-in.ts';
import { reminderHarness } from '../support/reminder-harness.ts';
import { forEachDatabase } from '../support/test-databases.ts';
import { testScheduler } from '../support/test-scheduler.ts';

// Two replicas (two Storage instances and two schedulers on one database), no leader: what is
// made on one reaches the other's ticks, an import on one is reloaded by the other, and a
// reminder due for many channels is posted once per channel by the two together.

const SUBSCRIBED_AT = '2024-01-10T00:00:00.000Z';
const DUE_AT = '2024-01-15T08:00:05.000Z';

type Harness = Awaited<ReturnType<typeof reminderHarness>>;

forEachDatabase('two replicas', 'replicas', (db) => {
  let a: Harness | undefined;
  const others: Storage[] = [];
  afterEach(async () => {
    for (const s of others.splice(0)) await s.close();
    await a?.storage.close();
    a = undefined;
  });

  /** Replica A (a harness with a recording poster) and replica B's storage, on one fresh database. */
  async function replicas() {
    const { url } = await db.fresh();
    a = await reminderHarness({ url });
    const b = await openStorage(url);
    others.push(b);
    return { a, b };
  }

  const window = (channelRef: string) => ({
    platform: 'console' as const,
    channelRef,
    settings: { ...DEFAULT_SETTINGS, kinds: ['window' as const] },
    createdBy: 'test',
    at: SUBSCRIBED_AT,
  });

  it("a subscription and a personal reminder made on one replica reach the other's ticks", async () => {
    const { a, b } = await replicas();
    const scheduler = a.makeScheduler();
    a.clock.at = SUBSCRIBED_AT;
    expect((await scheduler.tick()).planned).toBe(true);
    expect((await scheduler.tick()).planned).toBe(false);
    await b.subscriptions.save(window('C-from-B'));
    expect((await scheduler.tick()).planned).toBe(true);
    await b.personalReminders.add(
      {
        platform: 'console',
        userRef: 'U-from-B',
        subjectKey: 'review:upr45-chn',
        subject: 'Review of China',
        leadMinutes: 30,
        zone: 'UTC',
      },
      SUBSCRIBED_AT,
    );
    expect((await scheduler.tick()).planned).toBe(true);
    a.clock.at = DUE_AT;
    await scheduler.tick();
    expect(a.posts.map((p) => p.target.ref)).toEqual(['C-from-B']);
    a.clock.at = '2024-01-23T07:30:00.000Z';
    await scheduler.tick();
    expect(a.posts.map((p) => p.target.ref)).toContain('U-from-B');
  });

  it("an import on one replica is reloaded by the other's next tick", async () => {
    const { a, b } = await replicas();
    let reloads = 0;
    let revision = '';
    const scheduler = testScheduler({
      storage: a.storage,
      knowledge: () => a!.knowledge,
      refresh: async () => {
        reloads++;
        revision = (await a!.storage.data.load())!.revision;
      },
      clock: a.clock,
      posters: [],
    });
    a.clock.at = SUBSCRIBED_AT;
    await scheduler.tick();
    await scheduler.tick();
    expect(reloads).toBe(0);
    const next = { ...builtInData(), revision: 'imported on B' };
    await b.data.apply(next, 'replica B', new Date());
    await scheduler.tick();
    expect(reloads).toBe(1);
    expect(revision).toBe('imported on B');
  });

  // Ticking at once is for PostgreSQL: a SQLite file serves one bot process (its writers would
  // wait on each other's locks), so there the claims of one process suffice.
  if (db.label !== 'PostgreSQL') return;
  it('two replicas ticking at once post a reminder due for 60 channels once to each', async () => {
    const { a, b } = await replicas();
    await a.storage.subscriptions.saveMany(Array.from({ length: 60 }, (_, i) => window(`C${i}`)));
    a.clock.at = SUBSCRIBED_AT;
    await a.makeScheduler().tick();
    const byB: string[] = [];
    const slowPoster = {
      platform: 'console' as const,
      async post(target: PostTarget, _reply: Reply) {
        await new Promise((resolve) => setImmediate(resolve));
        byB.push(target.ref);
        return { ok: true as const };
      },
    };
    const knowledge = buildKnowledge((await b.data.load())!);
    const schedulerB = testScheduler({
      storage: b,
      knowledge: () => knowledge,
      clock: a.clock,
      posters: [slowPoster],
    });
    a.clock.at = DUE_AT;
    await Promise.all([a.makeScheduler().tick(), schedulerB.tick()]);
    const all = [...a.posts.map((p) => p.target.ref), ...byB];
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
    expect(await b.ledger.counts()).toEqual({ sent: 60 });
  });
});
