import { describe, expect, it } from 'vitest';
import { globalPace } from '../../../adapters/discord/discord-pacing.ts';

// Discord's global limit on our side, on a fake clock: close to 50 requests a second, never more
// than 50 within any window of a second and its margin, even when timers fire late.

function fakeTime(lateMs = 0) {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms + lateMs;
    },
  };
}

async function sendTimes(count: number, time: ReturnType<typeof fakeTime>) {
  const pace = globalPace({ now: time.now, sleep: time.sleep });
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await pace();
    times.push(time.now());
  }
  return times;
}

const mostInAnyWindow = (times: number[], windowMs: number) =>
  Math.max(...times.map((t, i) => times.slice(i).filter((u) => u < t + windowMs).length));

describe("Discord's global limit, paced on our side", () => {
  it('goes close to the limit, and never above it within a second and a margin', async () => {
    const times = await sendTimes(1000, fakeTime());
    const perSecond = 1000 / (times.at(-1)! / 1000);
    expect(perSecond).toBeGreaterThan(46);
    expect(perSecond).toBeLessThanOrEqual(50);
    expect(mostInAnyWindow(times, 1060)).toBeLessThanOrEqual(50);
  });

  it('keeps its pace when timers fire late, without a burst', async () => {
    const times = await sendTimes(1000, fakeTime(7));
    expect(1000 / (times.at(-1)! / 1000)).toBeGreaterThan(44);
    expect(mostInAnyWindow(times, 1060)).toBeLessThanOrEqual(50);
    expect(mostInAnyWindow(times, 100)).toBeLessThanOrEqual(6);
  });
});
