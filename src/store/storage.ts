import { ChannelWorkspaceRepository } from './channel-workspaces.ts';
import { DataRepository } from './data-repository.ts';
import { databaseProblem } from './database-errors.ts';
import { sqlitePathFromUrl } from './database-location.ts';
import { DeliveryLedger } from './delivery-ledger.ts';
import { HandledEventRepository } from './handled-events.ts';
import { InstallationRepository } from './installation-repository.ts';
import { applyMigrations, type MigrationResult } from './migrator.ts';
import { PersonalReminderRepository } from './personal-reminder-repository.ts';
import { planInputsVersion } from './plan-inputs-version.ts';
import { openPrisma, type PrismaClient } from './prisma-client.ts';
import { type ReadOnlySnapshot, readOnlySnapshot } from './read-only-snapshot.ts';
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
  /**
   * Opened for reading only: this user cannot write the file (or its folder), and a reading
   * command asked to go on with a snapshot of it. A write fails; nothing reaches the file.
   */
  readOnly: boolean;
  /** Resolves true when the database answers a trivial query (readiness). */
  ping(): Promise<boolean>;
  /** A cheap fingerprint of what the reminder plan depends on; the scheduler re-plans when it moves. */
  planInputsVersion(): Promise<string>;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** The 32-byte key that seals installation secrets (SLACK_ENCRYPTION_KEY). */
  secretKey?: Buffer;
  /** A reading command: when the file cannot be written, read a snapshot of it rather than fail. */
  readOnlyFallback?: boolean;
}

/**
 * Opens the database named by a `file:` URL, bringing its schema up to date first. Trouble
 * (read-only, damaged, a folder that cannot be made or written) is a DatabaseError that names the
 * file and what to do.
 */
export async function openStorage(databaseUrl: string, options: StorageOptions = {}): Promise<Storage> {
  const path = sqlitePathFromUrl(databaseUrl);
  let opened: { source: string; migrations: MigrationResult; snapshot?: ReadOnlySnapshot };
  try {
    opened = { source: path, migrations: applyMigrations(path) };
  } catch (error) {
    const problem = databaseProblem(error, path);
    if (problem.problem !== 'read-only' || !options.readOnlyFallback) throw problem;
    let snapshot: ReadOnlySnapshot;
    try {
      snapshot = readOnlySnapshot(path);
    } catch {
      throw problem;
    }
    try {
      // The copy may be brought up to date: nothing goes back to the file.
      opened = { source: snapshot.path, migrations: applyMigrations(snapshot.path), snapshot };
    } catch (copyError) {
      snapshot.remove();
      throw databaseProblem(copyError, path);
    }
  }
  const { source, migrations, snapshot } = opened;
  const prisma = openPrisma(source, { readOnly: Boolean(snapshot) });
  try {
    await prisma.$connect();
  } catch (error) {
    snapshot?.remove();
    throw databaseProblem(error, path);
  }
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
    readOnly: Boolean(snapshot),
    ping: async () => {
      await prisma.$queryRawUnsafe('SELECT 1');
      return true;
    },
    planInputsVersion: () => planInputsVersion(prisma),
    close: async () => {
      await prisma.$disconnect();
      snapshot?.remove();
    },
  };
}
