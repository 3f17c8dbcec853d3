import { POSTGRES_REQUIRED, postgresServerAddress, postgresServerProblem } from './postgres-server.ts';

// Vitest's global setup: say once, before any test, whether the PostgreSQL halves of the store's
// suites will run. Without a server they are skipped (each file says so too), unless CI=1 or
// UPR_REQUIRE_POSTGRES=1, where the run fails here instead.
export default async function checkPostgres(): Promise<void> {
  const problem = await postgresServerProblem();
  if (!problem) return;
  const message = `PostgreSQL at ${postgresServerAddress()} cannot be used (${problem})`;
  if (POSTGRES_REQUIRED) throw new Error(`${message}; CI=1 or UPR_REQUIRE_POSTGRES=1 requires it`);
  process.stderr.write(
    `\n!! ${message}: the PostgreSQL halves of the store, replica and CLI tests are SKIPPED.\n` +
      '!! Start a server, or set UPR_TEST_POSTGRES_URL=postgresql://user@host:port/postgres, to run them.\n\n',
  );
}
