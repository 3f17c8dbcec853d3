import type { Server } from 'node:http';
import { terminalLanguage } from '../../adapters/console/console-chat.ts';
import type { ChatAdapter } from '../core/chat-adapter.ts';
import { localeFromTag } from '../core/i18n/locales.ts';
import {
  createReminderScheduler,
  DEFAULT_TICK_CRON,
  type ReminderScheduler,
} from '../scheduler/reminder-scheduler.ts';
import { withinTime } from '../shared/within-time.ts';
import { type AdapterSelectionOptions, selectAdapters } from './adapter-selection.ts';
import type { BotRuntime } from './bot-runtime.ts';
import { type ChatRetry, type RunningChats, StartupRefused, startChats } from './chat-startup.ts';
import { serviceRoutes } from './http-routes.ts';
import { startHttpServer, stopHttpServer } from './http-server.ts';
import { postsWhenReady } from './ready-poster.ts';

/** The terminal chat's one channel, subscribed by default so that reminders show up in it. */
export const CONSOLE_CHANNEL_REF = 'console';

export interface ReminderOptions {
  /** node-cron expression of the ticker. */
  cron: string;
  /** On-time tolerance; a replay widens it to its own tick, in simulated time. */
  graceMs: number;
  /** When the terminal's default subscription begins (a replay: its start); default now. */
  subscribedSince?: string;
}

export interface RunBotOptions extends Omit<AdapterSelectionOptions, 'runtime'> {
  /** false: no reminders (a frozen `--now` clock would never move, and must not touch the ledger). */
  reminders?: ReminderOptions | false;
  /** Ends the bot as well (a replay reaching its end, or interrupted). */
  stopWhen?: Promise<string>;
  /** How long shutdown may take before what is left is abandoned (claims released first). */
  shutdownMs?: number;
  /** Backoff for a chat that cannot be reached at start-up (tests shorten it). */
  chatRetry?: ChatRetry;
}

export const DEFAULT_SHUTDOWN_MS = 10_000;

/**
 * After an import (seen by the scheduler): the data is read again, then each chat that mirrors
 * it (Discord's Events tab) follows, in the background so that reminders do not wait for it.
 */
async function reloadAndTell(runtime: BotRuntime, adapters: readonly ChatAdapter[]): Promise<void> {
  await runtime.reload();
  for (const adapter of adapters) {
    adapter
      .dataChanged?.()
      .catch((error: unknown) =>
        runtime.logger.warn({ err: error, platform: adapter.platform }, 'chat could not follow the import'),
      );
  }
}

/** The bot's own port could not be listened on: a setting to fix when it is taken or not allowed. */
function portRefused(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES') return error;
  const why = code === 'EADDRINUSE' ? 'in use by another program' : 'not allowed';
  return new StartupRefused([
    { message: `PORT ${port} cannot be listened on (${why}): set PORT to a free port` },
  ]);
}

/**
 * Runs the bot until it is told to stop: the terminal chat ends when its input does; as a
 * service (chat tokens, standard input closed) it runs until SIGINT or SIGTERM.
 */
export async function runBot(runtime: BotRuntime, options: RunBotOptions): Promise<void> {
  const { logger, config } = runtime;
  let adapters: ChatAdapter[] = [];
  let scheduler: ReminderScheduler | undefined;
  let chats: RunningChats | undefined;
  // Readiness reads these as they come to exist; the routes are made before the chats start so
  // that Slack's HTTP mode can serve them on its own port.
  const routes = serviceRoutes(
    {
      databaseReachable: () => runtime.storage.ping(),
      chats: () =>
        adapters.map((a) => ({
          platform: a.platform,
          ready: a.isReady(),
          problem: chats?.problems()[a.platform],
        })),
      scheduler: () => scheduler?.health(),
    },
    runtime.knowledge,
    (error, path) => logger.error({ err: error, path }, 'http route failed'),
  );
  adapters = await selectAdapters({ ...options, runtime, httpRoutes: routes });
  try {
    chats = await startChats(adapters, logger, options.chatRetry);
  } catch (error) {
    // A refused setting ends start-up here: nothing listens, and the database is closed.
    await runtime.close();
    throw error;
  }
  // As a service (any chat but the terminal) the routes need a server: Slack's, or our own.
  const asService = adapters.some((a) => a.platform !== 'console');
  let server: Server | undefined;
  if (asService && !adapters.some((a) => a.servesHttpRoutes)) {
    try {
      server = await startHttpServer(config.PORT, routes, logger);
    } catch (error) {
      await chats.stop();
      for (const adapter of [...adapters].reverse()) await adapter.stop().catch(() => {});
      await runtime.close();
      throw portRefused(error, config.PORT);
    }
  }
  if (options.reminders !== false) {
    if (adapters.some((a) => a.platform === 'console')) {
      await runtime.storage.subscriptions.ensureDefault(
        'console',
        CONSOLE_CHANNEL_REF,
        options.reminders?.subscribedSince ?? runtime.clock.now(),
        // Its reminders speak the terminal's language (LANG), as its chat does.
        localeFromTag(terminalLanguage()),
      );
    }
    scheduler = createReminderScheduler({
      storage: runtime.storage,
      knowledge: runtime.knowledge,
      refresh: () => reloadAndTell(runtime, adapters),
      clock: runtime.clock,
      posters: adapters.map(postsWhenReady),
      logger,
      policy: config.REMINDER_LATE_POLICY,
      graceMs: options.reminders?.graceMs ?? config.REMINDER_GRACE_MINUTES * 60_000,
      leaseMs: config.REMINDER_LEASE_SECONDS * 1000,
      ...(config.UPR_REPLICA_ID ? { replicaId: config.UPR_REPLICA_ID } : {}),
      cron: options.reminders?.cron ?? DEFAULT_TICK_CRON,
      zone: options.zone,
    });
    await scheduler.start();
    logger.info('reminders started');
  }
  // The bot ends by itself only when every chat it runs can end (the terminal alone): with
  // `quit` or at the end of its input, piped or typed, a replay's included.
  const ended = adapters.every((a) => a.ended) ? Promise.all(adapters.map((a) => a.ended)) : undefined;
  const signalled = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const reason = await Promise.race([
    signalled,
    ...(ended ? [ended.then(() => 'end of input')] : []),
    ...(options.stopWhen ? [options.stopWhen] : []),
  ]);
  logger.info({ reason }, 'stopping');
  const budget = options.shutdownMs ?? DEFAULT_SHUTDOWN_MS;
  const stopped = await withinTime(
    (async () => {
      // No new work first: the server and the ticker; then the tick in flight finishes (or its
      // claims are released), then the chats close, then the database.
      if (server) await stopHttpServer(server);
      await chats?.stop();
      await scheduler?.stop(budget / 2);
      for (const adapter of [...adapters].reverse()) await adapter.stop();
      await runtime.close();
    })(),
    budget,
  );
  if (!stopped) logger.warn({ afterMs: budget }, 'shutdown took too long; exiting anyway');
  else logger.info('stopped');
}
