import { DataRepository } from './data-repository.ts';
import { sqlitePathFromUrl } from './database-location.ts';
import { DeliveryLedger } from './delivery-ledger.ts';
import { HandledEventRepository } from './handled-events.ts';
import { applyMigrations, type MigrationResult } from './migrator.ts';
import { PersonalReminderRepository } from './personal-reminder-repository.ts';
import { planInputsVersion } from './plan-inputs-version.ts';
import { openPrisma, type PrismaClient } from './prisma-client.ts';
import { ReviewUpdateRepository } from './review-update-repository.ts';
import { SubscriptionRepository } from './subscription-repository.ts';

export interface Storage {
  /** The client itself, for the store's own tests; code outside src/store uses the methods below. */
  prisma: PrismaClient;
  data: DataRepository;
  handledEvents: HandledEventRepository;
  subscriptions: SubscriptionRepository;
  personalReminders: PersonalReminderRepository;
  reviewUpdates: ReviewUpdateRepository;
  ledger: DeliveryLedger;
  migrations: MigrationResult;
  /** Resolves true when the database answers a trivial query (readiness). */
  ping(): Promise<boolean>;
  /** A cheap fingerprint of what the reminder plan depends on; the scheduler re-plans when it moves. */
  planInputsVersion(): Promise<string>;
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
    subscriptions: new SubscriptionRepository(prisma),
    personalReminders: new PersonalReminderRepository(prisma),
    reviewUpdates: new ReviewUpdateRepository(prisma),
    ledger: new DeliveryLedger(prisma),
    migrations,
    ping: async () => {
      await prisma.$queryRawUnsafe('SELECT 1');
      return true;
    },
    planInputsVersion: () => planInputsVersion(prisma),
    close: () => prisma.$disconnect(),
  };
}
