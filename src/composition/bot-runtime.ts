import { type BotCore, createBotCore } from '../core/bot-core.ts';
import type { DataSet } from '../core/data-schema.ts';
import { buildKnowledge, type Knowledge } from '../core/knowledge.ts';
import type { Clock, CorePorts } from '../core/ports.ts';
import { DatabaseError } from '../store/database-errors.ts';
import { sqlitePathFromUrl } from '../store/database-location.ts';
import { keyFromBase64 } from '../store/secret-box.ts';
import { openStorage, type Storage } from '../store/storage.ts';
import { ensureBuiltInData, readDataFile } from './built-in-data.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

/** The core's ports as the storage implements them. */
export function storagePorts(storage: Storage): CorePorts {
  return {
    dataStatus: () => storage.data.status(),
    subscriptions: storage.subscriptions,
    personalReminders: storage.personalReminders,
    reviewUpdates: storage.reviewUpdates,
  };
}

/** The bot without any chat attached: storage opened and migrated, data loaded, core ready. */
export interface BotRuntime {
  config: Config;
  clock: Clock;
  logger: Logger;
  storage: Storage;
  core: BotCore;
  knowledge(): Knowledge;
  /** Re-reads the data set from storage after an import. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export async function startRuntime(options: {
  config: Config;
  clock: Clock;
  logger: Logger;
  /** A data set to start from instead of the built-in one (a replay's throwaway database). */
  seed?: DataSet;
  /** A reading command (chat, reminders, ics): a database this user cannot write is read as it is. */
  readOnlyFallback?: boolean;
}): Promise<BotRuntime> {
  const { config, clock, logger } = options;
  const secretKey = config.SLACK_ENCRYPTION_KEY ? keyFromBase64(config.SLACK_ENCRYPTION_KEY) : undefined;
  const storage = await openStorage(config.DATABASE_URL, {
    ...(secretKey ? { secretKey } : {}),
    ...(options.readOnlyFallback ? { readOnlyFallback: true } : {}),
  });
  if (storage.migrations.applied.length && !storage.readOnly)
    logger.info({ migrations: storage.migrations.applied }, 'database migrated');
  if (storage.readOnly) {
    // Nothing can be imported: answer from the data the file holds, if it holds any.
    logger.warn(
      // The file's path only: a URL may one day carry a password.
      { database: sqlitePathFromUrl(config.DATABASE_URL) },
      'database is read-only for this user: reading it as it is',
    );
    if (!(await storage.data.lastImport())) {
      await storage.close();
      throw new DatabaseError(
        'read-only',
        `the database ${sqlitePathFromUrl(config.DATABASE_URL)} is read-only for this user and holds no data yet: make it writable and run upr-bot once`,
      );
    }
  } else if (options.seed) {
    await storage.data.apply(options.seed, 'replay copy of the data set', new Date());
  } else if (config.UPR_DATA_FILE) {
    const last = await storage.data.lastImport();
    if (!last)
      await storage.data.apply(
        readDataFile(config.UPR_DATA_FILE, config.UPR_IMPORT_MAX_MB),
        config.UPR_DATA_FILE,
        new Date(),
      );
  } else {
    // Import records use the machine's clock: `--now` moves the session, not the bookkeeping.
    const summary = await ensureBuiltInData(storage.data, new Date());
    if (summary)
      logger.info(
        { revision: summary.revision, added: summary.added.length, changed: summary.changed.length },
        'built-in data imported',
      );
  }
  let knowledge = buildKnowledge((await storage.data.load())!);
  const core = createBotCore({
    knowledge: () => knowledge,
    ports: storagePorts(storage),
  });
  return {
    config,
    clock,
    logger,
    storage,
    core,
    knowledge: () => knowledge,
    async reload() {
      knowledge = buildKnowledge((await storage.data.load())!);
    },
    close: () => storage.close(),
  };
}
