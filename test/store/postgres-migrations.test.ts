import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/store/storage.ts';
import { createPostgresDatabase, POSTGRES_SKIP_REASON } from '../support/test-databases.ts';

// Replicas starting at once on an empty PostgreSQL database: they take turns (an advisory lock),
// the first applies the migrations and the others find them applied.

describe.skipIf(Boolean(POSTGRES_SKIP_REASON))(`PostgreSQL migrations ${POSTGRES_SKIP_REASON ?? ''}`, () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('three replicas starting at once apply each migration exactly once', async () => {
    const database = await createPostgresDatabase('migrations');
    drops.push(database.drop);
    const opened = await Promise.all([1, 2, 3].map(() => openStorage(database.url)));
    try {
      const applied = opened.map((s) => s.migrations.applied.length);
      expect(applied.filter((n) => n > 0)).toHaveLength(1);
      expect(Math.max(...applied)).toBeGreaterThan(0);
      for (const s of opened) expect(await s.ping()).toBe(true);
    } finally {
      for (const s of opened) await s.close();
    }
    const again = await openStorage(database.url);
    expect(again.migrations.applied).toEqual([]);
    expect(again.migrations.alreadyApplied.length).toBeGreaterThan(0);
    await again.close();
  });
});
