import { DataRepository } from './data-repository.ts';
import { sqlitePathFromUrl } from './database-location.ts';
import { DeliveryLedger } from './delivery-ledger.ts';
import { HandledEventRepository } from './handled-events.ts';
import { applyMigrations, type MigrationResult } from './migrator.ts';
import { PersonalReminderRepository } from './personal-reminder-repository.ts';
import { openPrisma, type PrismaClient } from './prisma-client.ts';
import { ReminderTemplates } from './reminder-templates.ts';
import { ReviewUpdateRepository } from './review-update-repository.ts';
import { SubscriptionRepository } from './subscription-repository.ts';

export interface Storage {
  prisma: PrismaClient;
  data: DataRepository;
  handledEvents: HandledEventRepository;
  subscriptions: SubscriptionRepository;
  personalReminders: PersonalReminderRepository;
  reviewUpdates: ReviewUpdateRepository;
  templates: ReminderTemplates;
  ledger: DeliveryLedger;
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
    subscriptions: new SubscriptionRepository(prisma),
    personalReminders: new PersonalReminderRepository(prisma),
    reviewUpdates: new ReviewUpdateRepository(prisma),
    templates: new ReminderTemplates(prisma),
    ledger: new DeliveryLedger(prisma),
    migrations,
    close: () => prisma.$disconnect(),
  };
}
