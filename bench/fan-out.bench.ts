import { spawn } from 'node:child_process';
import type { Platform } from '../src/core/inbound.ts';
import { DEFAULT_SETTINGS } from '../src/core/reminders/subscription.ts';
import { startDiscordStandIn } from '../test/fakes/discord-stand-in.ts';
import { startSlackWebApi } from '../test/fakes/slack-web-api.ts';
import { type BenchEngine, benchHarness, ENGINE_NAMES } from './bench-database.ts';
import { type BenchResult, round } from './bench-harness.ts';

// One reminder (the session window's "7 days before") to 1,000 channels through the real path:
// subscriptions created through the store in a SQLite file (or a PostgreSQL database); a bot process of its own running
// the scheduler's tick (the deliveries written when due, claimed and posted in parallel by the
// real posters and clients, outcomes recorded); and, in this process, as the platforms are
// elsewhere, stand-ins that answer after 150 ms (Slack) or 100 ms (Discord), enforce one message
// per second per channel (Slack) or 50 requests per second in all (Discord), and count what
// each channel received.

const CHILD = new URL('../test/scheduler/platform-fan-out-child.ts', import.meta.url).pathname;
const SUBSCRIBED_AT = '2024-01-10T00:00:00.000Z';
/** The running bot's previous tick, and the one at which the reminder is due. */
const WARM_AT = '2024-01-15T07:59:45.000Z';
const DUE_AT = '2024-01-15T08:00:00.000Z';
const DISCORD_LIMIT_PER_SECOND = 50;
const SLACK_LATENCY_MS = 150;
const DISCORD_LATENCY_MS = 100;

interface TickFigures {
  seconds: number;
  cpuSeconds: number;
  sent: number;
  retried: number;
  peakMiB: number;
}

/** Runs the bot process (asynchronously: the stand-ins in this process must keep answering). */
function runBot(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(out.trim().split('\n').at(-1)!) : reject(new Error(`the bot failed: ${err}`)),
    );
  });
}

/** Subscribes the channels, plans, then has a bot process post the due reminder to them all. */
async function fanOut(
  platform: Platform,
  channels: string[],
  apis: { slack: string; discord: string },
  messages: () => Map<string, unknown[]>,
  engine: BenchEngine,
) {
  const { h, dispose } = await benchHarness(engine, 'fan_out');
  try {
    await h.storage.subscriptions.saveMany(
      channels.map((channelRef) => ({
        platform,
        channelRef,
        settings: { ...DEFAULT_SETTINGS, kinds: ['window' as const] },
        createdBy: 'bench',
        at: SUBSCRIBED_AT,
      })),
    );
    h.clock.at = SUBSCRIBED_AT;
    await h.makeScheduler().tick();
    await h.storage.close();
    const tick = JSON.parse(await runBot([h.url, apis.slack, apis.discord, DUE_AT, WARM_AT])) as TickFigures;
    await h.reopen();
    const counts = channels.map((c) => messages().get(c)?.length ?? 0);
    return {
      channels: channels.length,
      seconds: round(tick.seconds, 3),
      postsPerSecond: round(channels.length / tick.seconds, 3),
      lost: counts.filter((n) => n === 0).length,
      duplicates: counts.filter((n) => n > 1).length,
      ledgerSent: (await h.storage.ledger.counts()).sent ?? 0,
      retriedInTick: tick.retried,
      // The bot's CPU time: on a shared machine, wall time also measures the neighbours.
      botCpuSeconds: round(tick.cpuSeconds, 3),
      botPeakMiB: round(tick.peakMiB, 3),
    };
  } finally {
    await dispose();
  }
}

export async function benchFanOut(n = 1000, engine: BenchEngine = 'sqlite'): Promise<BenchResult> {
  const slack = await startSlackWebApi({
    latencyMs: SLACK_LATENCY_MS,
    perChannel: { perSecond: 1, burst: 1 },
  });
  const discord = await startDiscordStandIn({
    latencyMs: DISCORD_LATENCY_MS,
    globalPerSecond: DISCORD_LIMIT_PER_SECOND,
  });
  const apis = { slack: slack.apiUrl, discord: discord.apiUrl };
  try {
    const slackChannels = Array.from({ length: n }, (_, i) => `C${String(i).padStart(6, '0')}`);
    const slackFigures = await fanOut('slack', slackChannels, apis, () => slack.messages, engine);
    const discordChannels = Array.from({ length: n }, (_, i) =>
      String(1_700_000_000_000_000_000n + BigInt(i)),
    );
    const discordFigures = await fanOut('discord', discordChannels, apis, () => discord.messages, engine);
    return {
      name:
        engine === 'sqlite' ? 'fan-out at real latency' : `fan-out at real latency (${ENGINE_NAMES[engine]})`,
      figures: {
        slack: {
          ...slackFigures,
          rateLimited429s: slack.callsTo('chat.postMessage').filter((c) => c.rateLimited).length,
          latencyMs: SLACK_LATENCY_MS,
          limit: '1 message per second per channel, no burst',
        },
        discord: {
          ...discordFigures,
          rateLimited429s: discord.rateLimited.length,
          latencyMs: DISCORD_LATENCY_MS,
          limitPerSecond: DISCORD_LIMIT_PER_SECOND,
          limitRatio: round(discordFigures.postsPerSecond / DISCORD_LIMIT_PER_SECOND, 3),
        },
      },
    };
  } finally {
    await slack.close();
    await discord.close();
  }
}
