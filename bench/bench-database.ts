import { createPostgresDatabase } from '../test/support/postgres-server.ts';
import { reminderHarness } from '../test/support/reminder-harness.ts';

// The benchmarks of the reminder path run on either engine: a SQLite file, or a database of their
// own on the PostgreSQL server of the tests (UPR_TEST_POSTGRES_URL, else 127.0.0.1:5432).

export type BenchEngine = 'sqlite' | 'postgres';

export const ENGINE_NAMES: Record<BenchEngine, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** A reminder harness (no posters) on a fresh database of that engine; `dispose` removes it. */
export async function benchHarness(engine: BenchEngine, tag: string) {
  const database = engine === 'postgres' ? await createPostgresDatabase(tag) : undefined;
  const h = await reminderHarness({ posters: [], ...(database ? { url: database.url } : {}) });
  return {
    h,
    async dispose() {
      await h.cleanup();
      await database?.drop();
    },
  };
}
