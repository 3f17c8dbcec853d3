import { DatabaseError } from './database-errors.ts';

// PostgreSQL trouble as a person can act on it. Messages name the server (host:port/database),
// never the user name or the password of the URL.

function codesOf(error: unknown): string[] {
  // node-postgres puts the SQLSTATE or errno on `code`; Prisma's adapter wraps it in `cause`.
  const codes: string[] = [];
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; i++) {
    if (typeof e.code === 'string') codes.push(e.code);
    const original = (e as { originalCode?: unknown }).originalCode;
    if (typeof original === 'string') codes.push(original);
    const kind = (e as { kind?: unknown }).kind;
    if (typeof kind === 'string') codes.push(kind);
    e = e.cause as typeof e;
  }
  return codes;
}

/** Reads an error of connecting to (or migrating) PostgreSQL at `where` as one a person can act on. */
export function postgresProblem(error: unknown, where: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const codes = codesOf(error);
  const message = (error as Error)?.message ?? String(error);
  const has = (...wanted: string[]) => wanted.some((c) => codes.includes(c));
  if (has('ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'DatabaseNotReachable'))
    return new DatabaseError(
      'connection-refused',
      `cannot reach the PostgreSQL server at ${where}: start it, or check the host and port in DATABASE_URL`,
    );
  if (has('28P01', '28000', 'AuthenticationFailed'))
    return new DatabaseError(
      'authentication-failed',
      `PostgreSQL at ${where} refused the user name or password of DATABASE_URL: check them (and pg_hba.conf)`,
    );
  if (has('3D000', 'DatabaseDoesNotExist'))
    return new DatabaseError(
      'database-missing',
      `the database ${where} does not exist on that server: create it (createdb), then start again; the bot creates its tables itself`,
    );
  // The message of the server, without the URL should a driver have repeated it.
  const safe = message.replace(/postgres(ql)?:\/\/\S+/gi, 'DATABASE_URL');
  return new DatabaseError('other', `the PostgreSQL database ${where} could not be used (${safe})`);
}
