import { Prisma } from './generated/client.ts';

// The two engines the store speaks. Most SQL is the same text on both; where it is not (row
// locks, parameter types, advisory locks), the statement builders take the dialect.

export type Dialect = 'sqlite' | 'postgres';

/** Anything that runs a raw query: the client or an interactive transaction. */
interface RawRunner {
  $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T>;
}

/**
 * Serialises a piece of work across replicas for the rest of the transaction (PostgreSQL's
 * transaction-scoped advisory lock, released at commit or rollback). SQLite needs none: one
 * process per file, and a write transaction holds the file's lock.
 */
export async function lockForTransaction(tx: RawRunner, dialect: Dialect, name: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await tx.$queryRaw(Prisma.sql`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext(${name}))`);
}

/** A parameter with its PostgreSQL type where the statement alone does not tell it (a CASE, a SELECT list). */
export function typed(dialect: Dialect, value: unknown, pgType: string): Prisma.Sql {
  return dialect === 'postgres' ? Prisma.sql`CAST(${value} AS ${Prisma.raw(pgType)})` : Prisma.sql`${value}`;
}
