import { describe, expect, it } from 'vitest';
import { slackPacing } from '../../../adapters/slack/slack-pacing.ts';

// Slack's pace, on a fake clock: about one message per second per channel, and a 429 that holds
// back its workspace, not the others.

function fakeTime() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('Slack pacing', () => {
  it('spaces messages to one channel by the per-channel gap, and lets other channels go at once', async () => {
    const time = fakeTime();
    const pacing = slackPacing({ perChannelMs: 1100, now: time.now, botNow: time.now, sleep: time.sleep });
    const starts: [string, number][] = [];
    for (const channel of ['C1', 'C2', 'C1', 'C3', 'C1']) {
      await pacing.turn('T1', channel);
      starts.push([channel, time.now()]);
    }
    expect(starts).toEqual([
      ['C1', 0],
      ['C2', 0],
      ['C1', 1100],
      ['C3', 1100],
      ['C1', 2200],
    ]);
  });

  it('holds back a workspace after a 429 until Retry-After has passed, and only that workspace', async () => {
    const time = fakeTime();
    const pacing = slackPacing({ now: time.now, botNow: time.now, sleep: time.sleep });
    pacing.holdBack('T1', 30_000);
    expect(await pacing.turn('T1', 'C1')).toEqual({ heldBackMs: 30_000 });
    expect(await pacing.turn('T2', 'C1')).toEqual({});
    time.advance(29_000);
    expect(await pacing.turn('T1', 'C1')).toEqual({ heldBackMs: 1_000 });
    time.advance(1_000);
    expect(await pacing.turn('T1', 'C1')).toEqual({});
  });

  it('keeps an optional ceiling per workspace', async () => {
    const time = fakeTime();
    const pacing = slackPacing({ workspacePerSecond: 2, now: time.now, botNow: time.now, sleep: time.sleep });
    for (const channel of ['C1', 'C2', 'C3']) await pacing.turn('T1', channel);
    expect(time.now()).toBe(1000);
  });
});
