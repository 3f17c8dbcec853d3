import { crashReplicaDuringFanOut } from '../test/support/replica-crash.ts';
import { type BenchResult, round } from './bench-harness.ts';

// Three bot processes (replicas, no leader) on one PostgreSQL database, a reminder due for 1,000
// Slack and 1,000 Discord channels at once (stand-ins answering after 150 ms and 100 ms and
// enforcing their limits), one replica killed with SIGKILL at a random point of the fan-out; a
// survivor takes its claims over after the lease. Every channel counted in the stand-ins: how
// many got nothing (lost) and how many more than one (duplicates), over several rounds.

function between(low: number, high: number): number {
  return low + Math.floor(Math.random() * (high - low + 1));
}

export async function benchReplicaCrash(runs = 5, channels = 1000, replicas = 3): Promise<BenchResult> {
  let lost = 0;
  let duplicates = 0;
  let takenOver = 0;
  const killedAfter: string[] = [];
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    const platform = run % 2 ? 'discord' : 'slack';
    // Discord's share is slower (its global limit): kill within the posts it will have made.
    const posts = platform === 'slack' ? between(1, channels - 100) : between(1, channels / 2);
    const result = await crashReplicaDuringFanOut({
      replicas,
      channels,
      slackLatencyMs: 150,
      discordLatencyMs: 100,
      killAt: { platform, posts },
      leaseMs: 30_000,
    });
    lost += result.lost;
    duplicates += result.duplicates;
    takenOver += result.takenOver;
    killedAfter.push(`slack ${result.killedAfter.slack}, discord ${result.killedAfter.discord}`);
    process.stderr.write(
      `  replica crash run ${run + 1}: killed after ${killedAfter.at(-1)}; ${result.takenOver} claims taken over; lost ${result.lost}, duplicates ${result.duplicates}\n`,
    );
  }
  return {
    name: 'replicas on PostgreSQL',
    figures: {
      replicas,
      runs,
      channelsPerPlatform: channels,
      lost,
      duplicates,
      claimsTakenOverAfterLease: takenOver,
      killedAfterPosts: killedAfter,
      minutes: round((performance.now() - started) / 60_000, 3),
    },
  };
}
