import { type ChildProcess, spawn } from 'node:child_process';
import { startDiscordStandIn } from '../fakes/discord-stand-in.ts';
import { startSlackWebApi } from '../fakes/slack-web-api.ts';
import { DUE_AT, receivedBy, subscribeDueChannels } from './due-channels.ts';
import { reminderHarness } from './reminder-harness.ts';

// A fan-out of one reminder to channels on Slack and Discord at once, by a bot process that is
// killed with SIGKILL mid-way and started again; then every channel is counted in the stand-ins,
// which play the platforms (and so outlive the bot).

const CHILD = new URL('../scheduler/platform-fan-out-child.ts', import.meta.url).pathname;
/** The window's "7 days before" reminder: due at 08:00 UTC on 15 January. */

export interface CrashRun {
  /** Posts received by the stand-ins when the kill came. */
  killedAfter: { slack: number; discord: number };
  lost: number;
  duplicates: number;
  deliveries: Record<string, number>;
}

function runChild(args: string[]): { child: ChildProcess; exited: Promise<NodeJS.Signals | number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { child, exited };
}

export async function crashDuringFanOut(options: {
  /** Channels on each platform. */
  channels: number;
  slackLatencyMs: number;
  discordLatencyMs: number;
  /** Kill the bot once the stand-ins have received this many posts (on that platform). */
  killAt: { platform: 'slack' | 'discord'; posts: number };
}): Promise<CrashRun> {
  const slack = await startSlackWebApi({
    latencyMs: options.slackLatencyMs,
    perChannel: { perSecond: 1, burst: 1 },
  });
  const discord = await startDiscordStandIn({ latencyMs: options.discordLatencyMs, globalPerSecond: 50 });
  const h = await reminderHarness({ posters: [] });
  try {
    const { slackChannels, discordChannels } = await subscribeDueChannels(h, options.channels, 'crash test');
    await h.storage.close();

    const received = () => receivedBy({ slack: slack.messages, discord: discord.messages });
    const args = [h.url, slack.apiUrl, discord.apiUrl, DUE_AT];
    const first = runChild(args);
    const reached = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        if (received()[options.killAt.platform] < options.killAt.posts) return;
        clearInterval(poll);
        first.child.kill('SIGKILL');
        resolve(true);
      }, 2);
      first.exited.then(() => {
        clearInterval(poll);
        resolve(false);
      });
    });
    if (!reached) throw new Error('the bot ended before the kill');
    if ((await first.exited) !== 'SIGKILL') throw new Error('the bot was not killed');
    const killedAfter = received();

    const second = runChild(args);
    const code = await second.exited;
    if (code !== 0) throw new Error(`the restarted bot exited with ${code}`);

    const perChannel = [
      ...slackChannels.map((c) => slack.messages.get(c)?.length ?? 0),
      ...discordChannels.map((c) => discord.messages.get(c)?.length ?? 0),
    ];
    await h.reopen();
    return {
      killedAfter,
      lost: perChannel.filter((n) => n === 0).length,
      duplicates: perChannel.filter((n) => n > 1).length,
      deliveries: await h.storage.ledger.counts(),
    };
  } finally {
    await h.cleanup().catch(() => undefined);
    await slack.close();
    await discord.close();
  }
}
