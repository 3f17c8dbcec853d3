import { describe, expect, it } from 'vitest';
import { crashDuringFanOut } from '../support/crash-fan-out.ts';

// The real posters, many posts in flight on both platforms, and a bot killed without warning in
// the middle: after a restart every channel has its reminder exactly once. (The benchmark runs
// the same at 1,000 channels a platform, killed at random points.)

describe('a bot killed with SIGKILL during a fan-out on Slack and Discord at once', () => {
  // Killed when Discord is a dozen posts in (paced at ~48/s), while Slack's posts have reached
  // Slack and their answers are still on the way (150 ms): both kinds of unknown outcome at once.
  it('loses nothing and repeats nothing', async () => {
    const run = await crashDuringFanOut({
      channels: 40,
      slackLatencyMs: 150,
      discordLatencyMs: 100,
      killAt: { platform: 'discord', posts: 12 },
    });
    expect(run.killedAfter.discord).toBeGreaterThanOrEqual(12);
    expect(run.killedAfter.discord).toBeLessThan(40);
    expect(run.lost).toBe(0);
    expect(run.duplicates).toBe(0);
    expect(run.deliveries).toEqual({ sent: 80 });
  }, 90_000);
});
