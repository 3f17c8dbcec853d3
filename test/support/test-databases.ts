import pg from 'pg';
import { afterAll, describe } from 'vitest';
import {
  createPostgresDatabase,
  POSTGRES_ADMIN_URL,
  POSTGRES_REQUIRED,
  postgresServerAddress,
  postgresServerProblem,
} from './postgres-server.ts';
import { tempDatabase } from './temp-database.ts';

export { createPostgresDatabase, POSTGRES_ADMIN_URL };

// The store's tests run on both engines: a real SQLite file and a real PostgreSQL server. Each
// test file makes its own uniquely named PostgreSQL database (dropped at the end) and empties its
// tables before each test, as a fresh SQLite file would be.
//
// The server: UPR_TEST_POSTGRES_URL, or this project's machines' default below (trust auth).
// Without a server the PostgreSQL half is skipped, saying so and how to run it; with CI=1 or
// UPR_REQUIRE_POSTGRES=1 (.ci/run sets it) a missing server fails the suite instead.

export interface TestDatabase {
  label: 'SQLite' | 'PostgreSQL';
  /** A DATABASE_URL for an empty database (a new file; the file's PostgreSQL database, emptied). */
  fresh(): Promise<{ url: string; cleanup: () => Promise<void> }>;
}

const problem = await postgresServerProblem();
const where = postgresServerAddress();
if (problem && POSTGRES_REQUIRED)
  throw new Error(
    `PostgreSQL is required here (CI=1 or UPR_REQUIRE_POSTGRES=1) but ${where} cannot be used: ${problem}`,
  );
export const POSTGRES_SKIP_REASON = problem
  ? `skipped: no PostgreSQL at ${where} (${problem}); start one or set UPR_TEST_POSTGRES_URL=postgresql://user@host:port/postgres`
  : undefined;

/** Empties every table but the migrations' record, as a new database would be (schema kept). */
async function emptyTables(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length)
      await client.query(
        `TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
      );
  } finally {
    await client.end();
  }
}

const sqlite: TestDatabase = {
  label: 'SQLite',
  fresh: async () => {
    const db = tempDatabase();
    return { url: db.url, cleanup: async () => db.cleanup() };
  },
};

function postgres(tag: string): TestDatabase {
  let database: Promise<{ url: string; drop: () => Promise<void> }> | undefined;
  afterAll(async () => {
    await (await database)?.drop();
  });
  return {
    label: 'PostgreSQL',
    fresh: async () => {
      database ??= createPostgresDatabase(tag);
      const { url } = await database;
      await emptyTables(url).catch(() => undefined); // before the first migration there is nothing to empty
      return { url, cleanup: async () => {} };
    },
  };
}

/**
 * Declares `body`'s tests once per engine (`describe.each` over SQLite and PostgreSQL). The
 * PostgreSQL half is a skipped describe, with the reason in its name, when there is no server.
 */
export function forEachDatabase(title: string, tag: string, body: (db: TestDatabase) => void): void {
  describe.each([sqlite])(`${title} on $label`, body);
  // Skipped only where no PostgreSQL server can be reached (a developer's machine): the reason and
  // how to run it are in the suite's name, and under CI=1 or UPR_REQUIRE_POSTGRES=1 (as .ci/run
  // sets) the global set-up fails the run instead, so CI never skips these.
  if (POSTGRES_SKIP_REASON)
    describe.skip(`${title} on PostgreSQL (${POSTGRES_SKIP_REASON})`, () => body(postgres(tag)));
  else describe.each([postgres(tag)])(`${title} on $label`, body);
}
