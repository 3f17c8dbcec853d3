import { crashDuringFanOut } from '../test/support/crash-fan-out.ts';
import { type BenchResult, round } from './bench-harness.ts';

// A bot process killed with SIGKILL at a random point of a fan-out to 1,000 Slack and 1,000
// Discord channels at once (the stand-ins answering after 150 ms and 100 ms, enforcing their
// limits), started again, and every channel counted in the stand-ins: how many got nothing
// (lost) and how many got more than one (duplicates), over many runs.

/** A random whole number in [low, high]. */
function between(low: number, high: number): number {
  return low + Math.floor(Math.random() * (high - low + 1));
}

export async function benchCrashDuringFanOut(runs = 10, channels = 1000): Promise<BenchResult> {
  let lost = 0;
  let duplicates = 0;
  const killedAfter: string[] = [];
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    // Alternately while Slack and while Discord is posting, at a random count of posts.
    const platform = run % 2 ? 'discord' : 'slack';
    const result = await crashDuringFanOut({
      channels,
      slackLatencyMs: 150,
      discordLatencyMs: 100,
      killAt: { platform, posts: between(1, channels - 1) },
    });
    lost += result.lost;
    duplicates += result.duplicates;
    killedAfter.push(`slack ${result.killedAfter.slack}, discord ${result.killedAfter.discord}`);
    process.stderr.write(
      `  crash run ${run + 1}: killed after ${killedAfter.at(-1)}; lost ${result.lost}, duplicates ${result.duplicates}\n`,
    );
  }
  return {
    name: 'crash during fan-out',
    figures: {
      runs,
      channelsPerPlatform: channels,
      lost,
      duplicates,
      killedAfterPosts: killedAfter,
      minutes: round((performance.now() - started) / 60_000, 3),
    },
  };
}
