import { randomBytes } from 'node:crypto';
import pg from 'pg';

// The PostgreSQL server tests and benchmarks use: UPR_TEST_POSTGRES_URL, or this project's
// machines' default (trust authentication), and databases of their own on it.

export const POSTGRES_ADMIN_URL =
  process.env.UPR_TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Why the test server cannot be used, or undefined when it answers. */
export async function postgresServerProblem(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** host:port of the test server, for messages. */
export function postgresServerAddress(): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  return `${url.hostname}:${url.port || 5432}`;
}

/** CI=1 or UPR_REQUIRE_POSTGRES=1: a missing server fails the tests instead of skipping them. */
export const POSTGRES_REQUIRED = Boolean(process.env.CI) || process.env.UPR_REQUIRE_POSTGRES === '1';

/** A database of this name on the test server, made now; the returned function drops it. */
export async function createPostgresDatabase(
  tag: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `upr_test_${tag.replace(/\W+/g, '_').toLowerCase()}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
