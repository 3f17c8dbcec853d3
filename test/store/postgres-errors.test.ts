import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/store/database-errors.ts';
import { openStorage } from '../../src/store/storage.ts';
import { POSTGRES_ADMIN_URL, POSTGRES_SKIP_REASON } from '../support/test-databases.ts';

// What openStorage says when a PostgreSQL server cannot be used: which server (host, port,
// database), what is wrong and what to do; never the user name's password.

const refusal = (url: string) =>
  openStorage(url).then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).not.toContain('s3cret');
      return error as DatabaseError;
    },
  );

/** A port nothing listens on: bound, then closed. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The test server's URL with another user, password or database. */
function serverUrl(change: { user?: string; password?: string; database?: string }): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  if (change.user) url.username = change.user;
  if (change.password) url.password = change.password;
  if (change.database) url.pathname = `/${change.database}`;
  return url.toString();
}
const host = (() => {
  const url = new URL(POSTGRES_ADMIN_URL);
  return `${url.hostname}:${url.port || 5432}`;
})();

describe('opening a PostgreSQL database that cannot be used', () => {
  it('no server at that address: names host and port, and what to check', async () => {
    const port = await freePort();
    const error = await refusal(`postgresql://upr:s3cret@127.0.0.1:${port}/upr_bot`);
    expect(error.problem).toBe('connection-refused');
    expect(error.message).toBe(
      `cannot reach the PostgreSQL server at 127.0.0.1:${port}/upr_bot: start it, or check the host and port in DATABASE_URL`,
    );
  });

  describe.skipIf(Boolean(POSTGRES_SKIP_REASON))(`on the test server ${POSTGRES_SKIP_REASON ?? ''}`, () => {
    it('a user the server refuses: says so without repeating the password', async () => {
      const error = await refusal(serverUrl({ user: 'no_such_upr_user', password: 's3cret' }));
      expect(error.problem).toBe('authentication-failed');
      expect(error.message).toContain(`PostgreSQL at ${host}/postgres refused the user name or password`);
    });

    it('a database that does not exist: names it and says to create it', async () => {
      const error = await refusal(serverUrl({ database: 'upr_no_such_database', password: 's3cret' }));
      expect(error.problem).toBe('database-missing');
      expect(error.message).toBe(
        `the database ${host}/upr_no_such_database does not exist on that server: create it (createdb), then start again; the bot creates its tables itself`,
      );
    });
  });
});
