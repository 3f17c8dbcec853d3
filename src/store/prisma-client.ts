import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/client.ts';

export type { PrismaClient } from './generated/client.ts';

export function openPrisma(sqlitePath: string, options: { readOnly?: boolean } = {}): PrismaClient {
  const adapter = new PrismaBetterSqlite3({
    url: sqlitePath,
    timeout: 5000,
    ...(options.readOnly ? { readonly: true } : {}),
  });
  return new PrismaClient({ adapter });
}

/**
 * The PostgreSQL client, loaded only when DATABASE_URL names PostgreSQL (the embedded default
 * never loads it). Both clients come from one data model (test/store/schema-parity.test.ts), so
 * their model APIs are the same: the repositories are written once, against the SQLite types.
 */
export async function openPostgresPrisma(url: string): Promise<PrismaClient> {
  const [{ PrismaPg }, { PrismaClient: PgClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('./generated-pg/client.ts'),
  ]);
  const adapter = new PrismaPg({ connectionString: url, connectionTimeoutMillis: 10_000 });
  return new PgClient({ adapter }) as unknown as PrismaClient;
}
