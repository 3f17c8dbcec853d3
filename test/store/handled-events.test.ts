import { afterEach, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { forEachDatabase } from '../support/test-databases.ts';

forEachDatabase('handled events', 'handled-events', (db) => {
  const opened: Storage[] = [];
  let cleanup = async () => {};
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    await cleanup();
  });

  async function open(url?: string): Promise<Storage> {
    if (!url) {
      const fresh = await db.fresh();
      cleanup = fresh.cleanup;
      url = fresh.url;
    }
    const storage = await openStorage(url);
    opened.push(storage);
    return storage;
  }

  it('claims a key once, and still knows it after a restart', async () => {
    const fresh = await db.fresh();
    cleanup = fresh.cleanup;
    const first = await openStorage(fresh.url);
    expect(await first.handledEvents.claim('slack:T1:Ev1', new Date('2024-01-23T09:00:00Z'))).toBe(true);
    expect(await first.handledEvents.claim('slack:T1:Ev1', new Date('2024-01-23T09:01:00Z'))).toBe(false);
    await first.close();
    const second = await open(fresh.url);
    expect(await second.handledEvents.claim('slack:T1:Ev1', new Date('2024-01-23T09:05:00Z'))).toBe(false);
    expect(await second.handledEvents.claim('slack:T1:Ev2', new Date('2024-01-23T09:05:00Z'))).toBe(true);
  });

  it('gives a key back after a failure and forgets old keys', async () => {
    const storage = await open();
    const events = storage.handledEvents;
    await events.claim('a', new Date('2024-01-20T00:00:00Z'));
    await events.claim('b', new Date('2024-01-23T00:00:00Z'));
    await events.release('b');
    expect(await events.claim('b', new Date('2024-01-23T00:00:00Z'))).toBe(true);
    expect(await events.forgetBefore(new Date('2024-01-22T00:00:00Z'))).toBe(1);
    expect(await events.claim('a', new Date('2024-01-23T00:00:00Z'))).toBe(true);
  });

  it('a retry reaching another replica is recognised, even when both arrive at once', async () => {
    const fresh = await db.fresh();
    cleanup = fresh.cleanup;
    const one = await open(fresh.url);
    const two = await open(fresh.url);
    const at = new Date('2024-01-23T09:00:00Z');
    expect(await one.handledEvents.claim('slack:T1:Ev9', at)).toBe(true);
    expect(await two.handledEvents.claim('slack:T1:Ev9', at)).toBe(false);
    // The same event delivered to both replicas at the same moment: exactly one takes it.
    for (let i = 0; i < 20; i++) {
      const key = `slack:T1:race${i}`;
      const won = await Promise.all([one.handledEvents.claim(key, at), two.handledEvents.claim(key, at)]);
      expect(won.filter(Boolean), key).toHaveLength(1);
    }
  });
});
