import { DataRepository } from './data-repository.ts';
import { sqlitePathFromUrl } from './database-location.ts';
import { HandledEventRepository } from './handled-events.ts';
import { applyMigrations, type MigrationResult } from './migrator.ts';
import { openPrisma, type PrismaClient } from './prisma-client.ts';

export interface Storage {
  prisma: PrismaClient;
  data: DataRepository;
  handledEvents: HandledEventRepository;
  migrations: MigrationResult;
  close(): Promise<void>;
}

/** Opens the database named by a `file:` URL, bringing its schema up to date first. */
export async function openStorage(databaseUrl: string): Promise<Storage> {
  const path = sqlitePathFromUrl(databaseUrl);
  const migrations = applyMigrations(path);
  const prisma = openPrisma(path);
  await prisma.$connect();
  return {
    prisma,
    data: new DataRepository(prisma),
    handledEvents: new HandledEventRepository(prisma),
    migrations,
    close: () => prisma.$disconnect(),
  };
}
