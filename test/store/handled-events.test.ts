import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { tempDatabase } from '../support/temp-database.ts';

describe('handled events', () => {
  const opened: { storage: Storage; cleanup: () => void }[] = [];
  afterEach(async () => {
    for (const { storage, cleanup } of opened.splice(0)) {
      await storage.close();
      cleanup();
    }
  });

  it('claims a key once, and still knows it after a restart', async () => {
    const db = tempDatabase();
    const first = await openStorage(db.url);
    expect(await first.handledEvents.claim('slack:T1:Ev1', new Date('2024-01-23T09:00:00Z'))).toBe(true);
    expect(await first.handledEvents.claim('slack:T1:Ev1', new Date('2024-01-23T09:01:00Z'))).toBe(false);
    await first.close();
    const second = await openStorage(db.url);
    opened.push({ storage: second, cleanup: db.cleanup });
    expect(await second.handledEvents.claim('slack:T1:Ev1', new Date('2024-01-23T09:05:00Z'))).toBe(false);
    expect(await second.handledEvents.claim('slack:T1:Ev2', new Date('2024-01-23T09:05:00Z'))).toBe(true);
  });

  it('gives a key back after a failure and forgets old keys', async () => {
    const db = tempDatabase();
    const storage = await openStorage(db.url);
    opened.push({ storage, cleanup: db.cleanup });
    const events = storage.handledEvents;
    await events.claim('a', new Date('2024-01-20T00:00:00Z'));
    await events.claim('b', new Date('2024-01-23T00:00:00Z'));
    await events.release('b');
    expect(await events.claim('b', new Date('2024-01-23T00:00:00Z'))).toBe(true);
    expect(await events.forgetBefore(new Date('2024-01-22T00:00:00Z'))).toBe(1);
    expect(await events.claim('a', new Date('2024-01-23T00:00:00Z'))).toBe(true);
  });
});
