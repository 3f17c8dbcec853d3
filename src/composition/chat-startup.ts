import type { ChatAdapter, Logger } from '../core/chat-adapter.ts';
import { ChatStartError } from '../core/chat-start-error.ts';
import type { Platform } from '../core/inbound.ts';

// Starting the chats. Every chat's credentials are checked first, so that a refused token ends
// start-up (one line naming the setting, exit 2) before any chat listens. A chat that cannot be
// reached is tried again with backoff while the others, and the reminders, run; /readyz says why
// it is not ready. Nothing here leaves a promise to reject unhandled.

export interface ChatRetry {
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_CHAT_RETRY: ChatRetry = { firstDelayMs: 5_000, maxDelayMs: 5 * 60_000 };

/** Start-up ends on a setting to fix (a token a chat refused, a port taken): one line for each. */
export class StartupRefused extends Error {
  constructor(readonly problems: readonly { message: string }[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'StartupRefused';
  }
}

export interface RunningChats {
  /** Why each chat that is not ready is not, for /readyz. */
  problems(): Partial<Record<Platform, string>>;
  /** Cancels pending retries and waits for one in flight. */
  stop(): Promise<void>;
}

function asStartError(adapter: ChatAdapter, error: unknown): ChatStartError {
  if (error instanceof ChatStartError) return error;
  // Not one the adapter could read: treat it as passing trouble, and say what it was.
  return new ChatStartError(
    adapter.platform,
    'unreachable',
    `could not start: ${(error as Error)?.message ?? error}`,
  );
}

async function attempt(adapter: ChatAdapter, phase: 'check' | 'start'): Promise<ChatStartError | undefined> {
  try {
    if (phase === 'check') await adapter.check?.();
    else await adapter.start();
    return undefined;
  } catch (error) {
    return asStartError(adapter, error);
  }
}

export async function startChats(
  adapters: readonly ChatAdapter[],
  logger: Logger,
  retry: ChatRetry = DEFAULT_CHAT_RETRY,
): Promise<RunningChats> {
  const problems = new Map<Platform, string>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const retryLater = (adapter: ChatAdapter, problem: ChatStartError, delayMs: number) => {
    problems.set(adapter.platform, `${problem.message}; trying again in ${Math.round(delayMs / 1000)} s`);
    logger.warn(
      { platform: adapter.platform, retryInMs: delayMs, reason: problem.message },
      'chat not ready',
    );
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      inFlight = (async () => {
        const failed = (await attempt(adapter, 'check')) ?? (await attempt(adapter, 'start'));
        if (!failed) {
          problems.delete(adapter.platform);
          logger.info({ platform: adapter.platform }, 'chat started');
        } else if (failed.problem === 'setting') {
          // Start-up is long past: say so, keep the rest running, and stop trying this one.
          problems.set(adapter.platform, failed.message);
          logger.error({ platform: adapter.platform, reason: failed.message }, 'chat refused its settings');
        } else if (!stopped) retryLater(adapter, failed, Math.min(delayMs * 2, retry.maxDelayMs));
      })();
    }, delayMs);
    timers.add(timer);
  };

  // Every chat's credentials first, together: a refusal ends start-up before anything listens.
  const checked = await Promise.all(adapters.map((adapter) => attempt(adapter, 'check')));
  const refused = checked.filter((p): p is ChatStartError => p?.problem === 'setting');
  if (refused.length) throw new StartupRefused(refused);

  const started: ChatAdapter[] = [];
  // Then each starts, in order. One out of reach starts what it can (Slack's HTTP mode listens,
  // so that /readyz answers) and says so; it is tried again later.
  for (const adapter of adapters) {
    const problem = await attempt(adapter, 'start');
    if (!problem) {
      started.push(adapter);
      logger.info({ platform: adapter.platform }, 'chat started');
    } else if (problem.problem === 'setting') {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      for (const chat of started.reverse()) await chat.stop().catch(() => {});
      throw new StartupRefused([problem]);
    } else retryLater(adapter, problem, retry.firstDelayMs);
  }

  return {
    problems: () => Object.fromEntries(problems),
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await inFlight;
    },
  };
}
