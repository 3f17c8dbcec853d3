import { ChannelWorkspaceRepository } from './channel-workspaces.ts';
import { DataRepository } from './data-repository.ts';
import { databaseProblem } from './database-errors.ts';
import { databaseTarget } from './database-location.ts';
import { DeliveryLedger } from './delivery-ledger.ts';
import type { Dialect } from './dialect.ts';
import { HandledEventRepository } from './handled-events.ts';
import { registerClient } from './inspection.ts';
import { InstallationRepository } from './installation-repository.ts';
import { applyMigrations, type MigrationResult } from './migrator.ts';
import { PersonalReminderRepository } from './personal-reminder-repository.ts';
import { planInputsVersion } from './plan-inputs-version.ts';
import { postgresProblem } from './postgres-errors.ts';
import { openPostgresPrisma, openPrisma, type PrismaClient } from './prisma-client.ts';
import { type ReadOnlySnapshot, readOnlySnapshot } from './read-only-snapshot.ts';
import { ReminderTemplates } from './reminder-templates.ts';
import { ReviewUpdateRepository } from './review-update-repository.ts';
import { ScheduledEventRepository } from './scheduled-event-repository.ts';
import { createSecretBox } from './secret-box.ts';
import { SubscriptionRepository } from './subscription-repository.ts';
import { WorkspacePauseRepository } from './workspace-pauses.ts';

export interface Storage {
  /** SQLite (one process per file) or PostgreSQL (any number of replicas on one database). */
  dialect: Dialect;
  data: DataRepository;
  handledEvents: HandledEventRepository;
  subscriptions: SubscriptionRepository;
  personalReminders: PersonalReminderRepository;
  reviewUpdates: ReviewUpdateRepository;
  templates: ReminderTemplates;
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
 * Opens the database named by DATABASE_URL (`file:` for SQLite, `postgresql://` for PostgreSQL),
 * bringing its schema up to date first. Trouble (read-only, damaged, a folder that cannot be made
 * or written, a server that cannot be reached) is a DatabaseError that says what to do.
 */
export async function openStorage(databaseUrl: string, options: StorageOptions = {}): Promise<Storage> {
  const target = databaseTarget(databaseUrl);
  if (target.dialect === 'postgres') {
    let prisma: PrismaClient | undefined;
    try {
      // Loaded only for PostgreSQL: the embedded default never loads its driver.
      const { applyPostgresMigrations } = await import('./postgres-migrator.ts');
      const migrations = await applyPostgresMigrations(target.url);
      prisma = await openPostgresPrisma(target.url);
      await prisma.$connect();
      return storageOver(prisma, 'postgres', migrations, options, { readOnly: false });
    } catch (error) {
      await prisma?.$disconnect().catch(() => undefined);
      throw postgresProblem(error, target.where);
    }
  }
  const { path } = target;
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
  return storageOver(prisma, 'sqlite', migrations, options, {
    readOnly: Boolean(snapshot),
    closed: () => snapshot?.remove(),
  });
}

function storageOver(
  prisma: PrismaClient,
  dialect: Dialect,
  migrations: MigrationResult,
  options: StorageOptions,
  extra: { readOnly: boolean; closed?: () => void },
): Storage {
  const storage: Storage = {
    dialect,
    data: new DataRepository(prisma, dialect),
    handledEvents: new HandledEventRepository(prisma),
    subscriptions: new SubscriptionRepository(prisma),
    personalReminders: new PersonalReminderRepository(prisma),
    reviewUpdates: new ReviewUpdateRepository(prisma),
    templates: new ReminderTemplates(prisma, dialect),
    ledger: new DeliveryLedger(prisma, dialect),
    ...(options.secretKey
      ? { installations: new InstallationRepository(prisma, createSecretBox(options.secretKey)) }
      : {}),
    workspacePauses: new WorkspacePauseRepository(prisma),
    channelWorkspaces: new ChannelWorkspaceRepository(prisma),
    scheduledEvents: new ScheduledEventRepository(prisma),
    migrations,
    readOnly: extra.readOnly,
    ping: async () => {
      await prisma.$queryRawUnsafe('SELECT 1');
      return true;
    },
    planInputsVersion: () => planInputsVersion(prisma),
    close: async () => {
      await prisma.$disconnect();
      extra.closed?.();
    },
  };
  registerClient(storage, prisma);
  return storage;
}
