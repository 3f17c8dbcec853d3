import { type ChildProcess, spawn } from 'node:child_process';
import { startDiscordStandIn } from '../fakes/discord-stand-in.ts';
import { startSlackWebApi } from '../fakes/slack-web-api.ts';
import { DUE_AT, receivedBy, subscribeDueChannels } from './due-channels.ts';
import { createPostgresDatabase } from './postgres-server.ts';
import { reminderHarness } from './reminder-harness.ts';

// Several bot processes (replicas, no leader) on one PostgreSQL database fan one reminder out to
// channels on Slack and Discord at once; one replica is killed with SIGKILL mid-way. The others
// finish their tick; then a surviving replica ticks again once the dead one's lease has run out,
// takes over its claims and sends what they held (looking first where a post may have gone out).
// Every channel is then counted in the stand-ins, which play the platforms.

const CHILD = new URL('../scheduler/platform-fan-out-child.ts', import.meta.url).pathname;
/** The window's "7 days before" reminder: due at 08:00 UTC on 15 January. */
const DISCORD_LIMIT_PER_SECOND = 50;

export interface ReplicaCrashRun {
  /** Posts received by the stand-ins when the kill came. */
  killedAfter: { slack: number; discord: number };
  /** Claims the killed replica held, taken over by another after the lease. */
  takenOver: number;
  lost: number;
  duplicates: number;
  deliveries: Record<string, number>;
}

function runReplica(
  replicaId: string,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; exited: Promise<NodeJS.Signals | number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env, UPR_REPLICA_ID: replicaId },
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { child, exited };
}

export async function crashReplicaDuringFanOut(options: {
  replicas: number;
  /** Channels on each platform. */
  channels: number;
  slackLatencyMs: number;
  discordLatencyMs: number;
  /** Kill the first replica once the stand-ins have received this many posts (on that platform). */
  killAt: { platform: 'slack' | 'discord'; posts: number };
  /** The claims' lease: the recovering replica ticks this long (and a second) after the due time. */
  leaseMs: number;
}): Promise<ReplicaCrashRun> {
  const database = await createPostgresDatabase('replica_crash');
  const slack = await startSlackWebApi({
    latencyMs: options.slackLatencyMs,
    perChannel: { perSecond: 1, burst: 1 },
  });
  const discord = await startDiscordStandIn({
    latencyMs: options.discordLatencyMs,
    globalPerSecond: DISCORD_LIMIT_PER_SECOND,
  });
  const h = await reminderHarness({ url: database.url, posters: [] });
  try {
    const { slackChannels, discordChannels } = await subscribeDueChannels(
      h,
      options.channels,
      'replica crash test',
    );
    await h.storage.close();

    const received = () => receivedBy({ slack: slack.messages, discord: discord.messages });
    const env = {
      UPR_LEASE_MS: String(options.leaseMs),
      // The replicas share the bot's global Discord limit.
      UPR_DISCORD_PER_SECOND: String(Math.floor(DISCORD_LIMIT_PER_SECOND / options.replicas)),
    };
    const args = [database.url, slack.apiUrl, discord.apiUrl, DUE_AT];
    const replicas = Array.from({ length: options.replicas }, (_, i) => runReplica(`r${i + 1}`, args, env));
    const [victim, ...survivors] = replicas as [(typeof replicas)[0], ...typeof replicas];
    const reached = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        if (received()[options.killAt.platform] < options.killAt.posts) return;
        clearInterval(poll);
        victim.child.kill('SIGKILL');
        resolve(true);
      }, 2);
      victim.exited.then(() => {
        clearInterval(poll);
        resolve(false);
      });
    });
    if (!reached) throw new Error('the replica ended before the kill');
    if ((await victim.exited) !== 'SIGKILL') throw new Error('the replica was not killed');
    const killedAfter = received();
    for (const [i, survivor] of survivors.entries()) {
      const code = await survivor.exited;
      if (code !== 0) throw new Error(`replica r${i + 2} exited with ${code}`);
    }

    await h.reopen();
    const takenOver = await h.storage.ledger.claimedCount();
    // A survivor's next tick, once the lease has run out: it takes the dead replica's claims over.
    const later = new Date(Date.parse(DUE_AT) + options.leaseMs + 1000).toISOString();
    const recovery = runReplica('r2', [database.url, slack.apiUrl, discord.apiUrl, later], env);
    const code = await recovery.exited;
    if (code !== 0) throw new Error(`the recovering replica exited with ${code}`);

    const perChannel = [
      ...slackChannels.map((c) => slack.messages.get(c)?.length ?? 0),
      ...discordChannels.map((c) => discord.messages.get(c)?.length ?? 0),
    ];
    return {
      killedAfter,
      takenOver,
      lost: perChannel.filter((n) => n === 0).length,
      duplicates: perChannel.filter((n) => n > 1).length,
      deliveries: await h.storage.ledger.counts(),
    };
  } finally {
    await h.cleanup().catch(() => undefined);
    await slack.close();
    await discord.close();
    await database.drop().catch(() => undefined);
  }
}
