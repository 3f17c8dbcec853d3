import { afterEach, describe, expect, it } from 'vitest';
import { postsWhenReady } from '../../src/composition/ready-poster.ts';
import type { ChatAdapter } from '../../src/core/chat-adapter.ts';
import type { ChannelPoster, PostTarget } from '../../src/core/ports.ts';
import { DEFAULT_SETTINGS } from '../../src/core/reminders/subscription.ts';
import { reminderHarness } from '../support/reminder-harness.ts';

// While Slack is out of reach, Discord's (here the terminal's) reminders still go out on time:
// the chat that is not connected is not asked to post, and its delivery waits for a later tick.

type Harness = Awaited<ReturnType<typeof reminderHarness>>;
let h: Harness | undefined;
afterEach(async () => h?.cleanup());

function recording(platform: ChannelPoster['platform']) {
  const targets: PostTarget[] = [];
  const poster: ChannelPoster = {
    platform,
    post: async (target) => {
      targets.push(target);
      return { ok: true };
    },
  };
  return { poster, targets };
}

const adapter = (poster: ChannelPoster, ready: () => boolean): ChatAdapter => ({
  platform: poster.platform,
  poster,
  start: async () => {},
  stop: async () => {},
  isReady: ready,
});

describe('reminders while a chat is not connected', () => {
  it('go out to the connected chats, and wait for the other without calling it', async () => {
    const slack = recording('slack');
    const terminal = recording('console');
    let slackReady = false;
    h = await reminderHarness({
      posters: [
        postsWhenReady(adapter(slack.poster, () => slackReady)),
        postsWhenReady(adapter(terminal.poster, () => true)),
      ],
    });
    await h.subscribe('C1', { kinds: ['window'] });
    await h.storage.subscriptions.save({
      platform: 'slack',
      channelRef: 'C0SLACK',
      settings: { ...DEFAULT_SETTINGS, kinds: ['window'] },
      createdBy: 'test',
      at: '2024-01-10T00:00:00Z',
    });
    const scheduler = h.makeScheduler();
    h.clock.at = '2024-01-15T08:00:00.000Z';
    const report = await scheduler.tick();
    expect(terminal.targets.map((t) => t.ref)).toEqual(['C1']);
    expect(slack.targets).toEqual([]);
    expect(report.retried).toHaveLength(1);
    // Slack connects; the waiting delivery goes at its next attempt, once.
    slackReady = true;
    h.clock.at = '2024-01-15T08:30:00.000Z';
    await scheduler.tick();
    expect(slack.targets.map((t) => t.ref)).toEqual(['C0SLACK']);
  });
});
