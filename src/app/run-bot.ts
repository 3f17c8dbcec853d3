import { selectAdapters } from './adapter-selection.ts';
import type { BotRuntime } from './bot-runtime.ts';
import type { AdapterFactoryOptions } from './chat-adapter.ts';

/**
 * Runs the bot until it is told to stop: the terminal chat ends when its input does; as a
 * service (chat tokens, standard input closed) it runs until SIGINT or SIGTERM.
 */
export async function runBot(
  runtime: BotRuntime,
  options: Omit<AdapterFactoryOptions, 'runtime'>,
): Promise<void> {
  const { logger } = runtime;
  const adapters = await selectAdapters({ ...options, runtime });
  for (const adapter of adapters) {
    await adapter.start();
    logger.info({ platform: adapter.platform }, 'chat started');
  }
  // The bot ends by itself only when every chat it runs can end (the terminal alone).
  const ended = adapters.every((a) => a.ended) ? Promise.all(adapters.map((a) => a.ended)) : undefined;
  const signalled = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const reason = await Promise.race([signalled, ...(ended ? [ended.then(() => 'end of input')] : [])]);
  logger.info({ reason }, 'stopping');
  for (const adapter of [...adapters].reverse()) await adapter.stop();
  await runtime.close();
}
