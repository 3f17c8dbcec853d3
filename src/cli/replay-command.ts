import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { startRuntime } from '../composition/bot-runtime.ts';
import { parseInstant, replayClock, UsageError } from '../composition/clocks.ts';
import type { Config } from '../composition/config.ts';
import type { Logger } from '../composition/logger.ts';
import { runBot } from '../composition/run-bot.ts';
import { message } from '../core/i18n/catalogue.ts';
import { openStorage } from '../store/storage.ts';
import { bannerFor, terminalLocale } from './cli-banner.ts';

// `start --replay-from`: the whole bot on a simulated clock, over a throwaway copy of the
// database (the data set only), so that a replay never touches the real ledger. The copy is
// removed however the replay ends: its end, `quit`, the end of piped input, SIGINT or SIGTERM.

export interface ReplayRequest {
  from: string;
  to?: string | undefined;
  speed?: string | undefined;
}

/**
 * The first SIGINT or SIGTERM, from the moment it is called: without a listener a signal during
 * start-up would kill the process before the temporary database is removed.
 */
function watchSignals() {
  let signalled: string | undefined;
  let notify: (signal: string) => void = () => {};
  const interrupted = new Promise<string>((resolve) => {
    notify = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    signalled ??= signal;
    notify(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    interrupted,
    signalled: () => signalled,
    release() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

export async function replay(
  request: ReplayRequest,
  config: Config,
  logger: Logger,
  zone: string,
  interactive: boolean,
): Promise<number> {
  const from = parseInstant(request.from, '--replay-from');
  const speed = request.speed === undefined ? 60 : Number(request.speed);
  if (!Number.isFinite(speed) || speed < 1 || speed > 1_000_000)
    throw new UsageError(
      `--speed needs a number of simulated seconds per real second, 1 to 1000000 (got "${request.speed}")`,
    );
  const until = request.to ? parseInstant(request.to, '--replay-to') : undefined;
  const signals = watchSignals();
  const dir = mkdtempSync(join(tmpdir(), 'upr-bot-replay-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  // A last resort if something calls process.exit before the finally below runs.
  process.once('exit', removeDir);
  try {
    // Only read: a database this user cannot write still seeds a replay.
    const real = await openStorage(config.DATABASE_URL, { readOnlyFallback: true });
    const seed = await real.data.load().finally(() => real.close());
    const clock = replayClock(from, speed);
    const runtime = await startRuntime({
      config: { ...config, DATABASE_URL: `file:${join(dir, 'replay.db')}` },
      clock,
      logger,
      ...(seed ? { seed } : {}),
    });
    if (signals.signalled()) {
      await runtime.close();
      return 0;
    }
    const session = runtime.knowledge().index.session;
    const end =
      until ??
      DateTime.fromISO(session.window.end, { zone: session.zone }).plus({ days: 1 }).toUTC().toISO()!;
    const reachedEnd = new Promise<string>((resolve) => {
      const timer = setInterval(() => {
        if (clock.now() >= end) {
          clearInterval(timer);
          resolve('end of the replay');
        }
      }, 200);
      timer.unref();
    });
    clock.begin();
    await runBot(runtime, {
      console: true,
      interactive,
      zone,
      banner: async () =>
        `${await bannerFor(runtime, zone, 'replay')}\n${message(terminalLocale(), 'banner.replaying', { from, end, speed })}`,
      // One tick per real second; "on time" stretches to two ticks of simulated time.
      reminders: {
        cron: '* * * * * *',
        graceMs: Math.max(config.REMINDER_GRACE_MINUTES * 60_000, 2_000 * speed),
        subscribedSince: from,
      },
      stopWhen: Promise.race([reachedEnd, signals.interrupted]),
    });
    return 0;
  } finally {
    removeDir();
    process.off('exit', removeDir);
    signals.release();
  }
}
