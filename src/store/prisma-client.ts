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
