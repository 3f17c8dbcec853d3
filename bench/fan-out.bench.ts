import { REST } from 'discord.js';
import { discordRestOptions } from '../adapters/discord/discord-client.ts';
import { createDiscordPoster } from '../adapters/discord/discord-poster.ts';
import { createLogger } from '../src/composition/logger.ts';
import type { Platform } from '../src/core/inbound.ts';
import type { ChannelPoster } from '../src/core/ports.ts';
import { planReminders } from '../src/core/reminders/reminder-planner.ts';
import { DEFAULT_SETTINGS } from '../src/core/reminders/subscription.ts';
import { startSlackHarness } from '../test/adapters/slack/slack-harness.ts';
import { TOKEN } from '../test/fakes/discord-payloads.ts';
import { startDiscordStandIn } from '../test/fakes/discord-stand-in.ts';
import { testCore } from '../test/support/built-in.ts';
import { reminderHarness } from '../test/support/reminder-harness.ts';
import { type BenchResult, round } from './bench-harness.ts';

// One reminder (the session window's 24 h notice) to 1,000 channels through the real path:
// subscriptions in a temporary SQLite file, the ReminderScheduler's ledger ticks, the real
// adapter posters, and stand-ins that enforce the platforms' rate limits.

const DISCORD_LIMIT_PER_SECOND = 50;
const SLACK_PER_CHANNEL = { perSecond: 1, burst: 3 };

/** The instant of the window reminder 24 h before the first review. */
function windowNoticeAt(): string {
  const { knowledge } = testCore();
  const sub = {
    ...DEFAULT_SETTINGS,
    kinds: ['window' as const],
    id: 'probe',
    platform: 'console' as const,
    channelRef: 'probe',
    createdAt: '2023-01-01T00:00:00Z',
  };
  return planReminders(knowledge, [sub]).find((r) => r.leadMinutes === 1440)!.at;
}

interface Run {
  posts: { channel: string; ok: boolean }[];
}

async function fanOut(platform: Platform, poster: ChannelPoster, channels: string[], sent: () => Run) {
  const at = windowNoticeAt();
  const harness = await reminderHarness({ posters: [poster] });
  try {
    const subscribedAt = new Date(Date.parse(at) - 3_600_000).toISOString();
    for (const channelRef of channels) {
      await harness.storage.subscriptions.save({
        platform,
        channelRef,
        settings: { ...DEFAULT_SETTINGS, kinds: ['window'] },
        createdBy: 'bench',
        at: subscribedAt,
      });
    }
    const scheduler = harness.makeScheduler();
    // Planning first, a minute before the reminder is due: 1,000 subscriptions into the ledger.
    harness.clock.at = new Date(Date.parse(at) - 60_000).toISOString();
    let t = performance.now();
    await scheduler.tick();
    const planMs = performance.now() - t;
    // Then the fan-out, on a clock that runs in real time from the reminder's instant, so the
    // ledger's retries (Retry-After) come due as they would.
    t = performance.now();
    const clockAt = () => new Date(Date.parse(at) + (performance.now() - t)).toISOString();
    let ticks = 0;
    let retried = 0;
    for (; ticks < 1000; ticks++) {
      harness.clock.at = clockAt();
      const report = await scheduler.tick();
      retried += report.retried.length;
      if (report.failed.length || report.skipped.length)
        throw new Error(`fan-out lost posts: ${JSON.stringify(report)}`);
      const delivered = new Set(
        sent()
          .posts.filter((p) => p.ok)
          .map((p) => p.channel),
      );
      if (delivered.size === channels.length) break;
      if (!report.sent.length) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const fanOutMs = performance.now() - t;
    const ok = sent().posts.filter((p) => p.ok);
    const perChannel = new Map<string, number>();
    for (const p of ok) perChannel.set(p.channel, (perChannel.get(p.channel) ?? 0) + 1);
    const exactlyOnce = channels.every((c) => perChannel.get(c) === 1) && ok.length === channels.length;
    if (!exactlyOnce) throw new Error(`${platform}: not every channel got exactly one post`);
    return {
      channels: channels.length,
      planMs: round(planMs),
      fanOutMs: round(fanOutMs),
      postsPerSecond: round((ok.length * 1000) / fanOutMs, 3),
      ticks: ticks + 1,
      rateLimited429s: sent().posts.filter((p) => !p.ok).length,
      ledgerRetries: retried,
      everyChannelExactlyOnce: exactlyOnce,
    };
  } finally {
    await harness.cleanup();
  }
}

async function discordFanOut(n: number) {
  const standIn = await startDiscordStandIn({ globalPerSecond: DISCORD_LIMIT_PER_SECOND });
  const rest = new REST(discordRestOptions(standIn.apiUrl)).setToken(TOKEN);
  const poster = createDiscordPoster(rest, createLogger({ level: 'silent' }));
  const channels = Array.from({ length: n }, (_, i) => String(1_700_000_000_000_000_000n + BigInt(i)));
  try {
    const limited = new Set(standIn.rateLimited);
    const figures = await fanOut('discord', poster, channels, () => {
      for (const r of standIn.rateLimited) limited.add(r);
      return {
        posts: standIn.requests
          .filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path))
          .map((r) => ({ channel: r.path.split('/')[4]!, ok: !limited.has(r) })),
      };
    });
    return {
      ...figures,
      limitPerSecond: DISCORD_LIMIT_PER_SECOND,
      ofLimit: round(figures.postsPerSecond / DISCORD_LIMIT_PER_SECOND, 3),
    };
  } finally {
    await standIn.close();
  }
}

async function slackFanOut(n: number) {
  const slack = await startSlackHarness({ api: { perChannel: SLACK_PER_CHANNEL } });
  const channels = Array.from({ length: n }, (_, i) => `C${String(i).padStart(6, '0')}`);
  try {
    const figures = await fanOut('slack', slack.adapter.poster, channels, () => ({
      posts: slack.api
        .callsTo('chat.postMessage')
        .map((c) => ({ channel: String(c.args.channel), ok: !c.failed })),
    }));
    return {
      ...figures,
      limit: `${SLACK_PER_CHANNEL.perSecond}/s per channel, bursts of ${SLACK_PER_CHANNEL.burst}`,
    };
  } finally {
    await slack.close();
  }
}

export async function benchFanOut(channels = 1000): Promise<BenchResult> {
  return {
    name: 'fan-out',
    figures: {
      discord: await discordFanOut(channels),
      slack: await slackFanOut(channels),
    },
  };
}
