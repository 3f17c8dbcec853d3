import { ChannelWorkspaceRepository } from './channel-workspaces.ts';
import { DataRepository } from './data-repository.ts';
import { sqlitePathFromUrl } from './database-location.ts';
import { DeliveryLedger } from './delivery-ledger.ts';
import { HandledEventRepository } from './handled-events.ts';
import { InstallationRepository } from './installation-repository.ts';
import { applyMigrations, type MigrationResult } from './migrator.ts';
import { PersonalReminderRepository } from './personal-reminder-repository.ts';
import { planInputsVersion } from './plan-inputs-version.ts';
import { openPrisma, type PrismaClient } from './prisma-client.ts';
import { ReviewUpdateRepository } from './review-update-repository.ts';
import { ScheduledEventRepository } from './scheduled-event-repository.ts';
import { createSecretBox } from './secret-box.ts';
import { SubscriptionRepository } from './subscription-repository.ts';
import { WorkspacePauseRepository } from './workspace-pauses.ts';

export interface Storage {
  /** The client itself, for the store's own tests; code outside src/store uses the methods below. */
  prisma: PrismaClient;
  data: DataRepository;
  handledEvents: HandledEventRepository;
  subscriptions: SubscriptionRepository;
  personalReminders: PersonalReminderRepository;
  reviewUpdates: ReviewUpdateRepository;
  ledger: DeliveryLedger;
  /** Apps installed by OAuth, sealed with the key given to openStorage; absent without one. */
  installations?: InstallationRepository;
  workspacePauses: WorkspacePauseRepository;
  channelWorkspaces: ChannelWorkspaceRepository;
  scheduledEvents: ScheduledEventRepository;
  migrations: MigrationResult;
  /** Resolves true when the database answers a trivial query (readiness). */
  ping(): Promise<boolean>;
  /** A cheap fingerprint of what the reminder plan depends on; the scheduler re-plans when it moves. */
  planInputsVersion(): Promise<string>;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** The 32-byte key that seals installation secrets (SLACK_ENCRYPTION_KEY). */
  secretKey?: Buffer;
}

/** Opens the database named by a `file:` URL, bringing its schema up to date first. */
export async function openStorage(databaseUrl: string, options: StorageOptions = {}): Promise<Storage> {
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
    ...(options.secretKey
      ? { installations: new InstallationRepository(prisma, createSecretBox(options.secretKey)) }
      : {}),
    workspacePauses: new WorkspacePauseRepository(prisma),
    channelWorkspaces: new ChannelWorkspaceRepository(prisma),
    scheduledEvents: new ScheduledEventRepository(prisma),
    migrations,
    ping: async () => {
      await prisma.$queryRawUnsafe('SELECT 1');
      return true;
    },
    planInputsVersion: () => planInputsVersion(prisma),
    close: () => prisma.$disconnect(),
  };
}
