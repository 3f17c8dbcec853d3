import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/reminders/subscription.ts';
import { prismaOf } from '../../../src/store/inspection.ts';
import type { RecordedCall } from '../../fakes/slack-web-api.ts';
import { testCore } from '../../support/built-in.ts';
import { settableClock, testScheduler } from '../../support/test-scheduler.ts';
import { followUp, type SlackHarness, startSlackHarness } from './slack-harness.ts';

// Reminders fan out to the channels subscribed with the real `/upr subscribe`, through the real
// ReminderScheduler tick and the Slack adapter's poster, against the Web API stand-in.

const CHANNELS = ['C0ALPHA', 'C0BRAVO', 'C0BUSY', 'C0GONE'];

describe('Slack reminders fan out to subscribed channels', () => {
  let slack: SlackHarness;
  const clock = settableClock('2024-01-10T00:00:00.000Z');
  const { knowledge } = testCore();
  const scheduler = () =>
    testScheduler({
      storage: slack.storage,
      knowledge: () => knowledge,
      clock,
      posters: [slack.adapter.poster],
    });
  /** The posts that reached a channel (the stand-in did not fail them). */
  const delivered = (channel: string): RecordedCall[] =>
    slack.api.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && !c.failed);

  beforeAll(async () => {
    slack = await startSlackHarness({
      clock,
      knowledge,
      core: (storage) => createBotCore({ knowledge: () => knowledge, ports: storagePorts(storage) }),
    });
    slack.api.users.set('U0ADMIN', { id: 'U0ADMIN', name: 'admin', is_admin: true });
    for (const channel of CHANNELS) {
      const { responseId } = await slack.slash('subscribe kinds:window', { user: 'U0ADMIN', channel });
      const reply = await followUp(slack, responseId);
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain('This channel is subscribed to reminders');
    }
    // The bot plans the channels' reminders on its next tick.
    clock.at = '2024-01-10T00:00:10.000Z';
    await scheduler().tick();
  });
  afterAll(async () => {
    await slack?.close();
  });

  it('posts the due reminder once to each channel, stops a gone channel, and retries a 429 after Retry-After', async () => {
    const isTo = (channel: string) => (args: Record<string, unknown>) => args.channel === channel;
    slack.api.failNext('chat.postMessage', { error: 'channel_not_found' }, isTo('C0GONE'));
    slack.api.failNext('chat.postMessage', { status: 429, retryAfter: 45 }, isTo('C0BUSY'));
    const ticker = scheduler();

    clock.at = '2024-01-15T08:00:05.000Z';
    const first = await ticker.tick();
    expect(first.sent).toHaveLength(2);
    expect(first.retried).toHaveLength(1);
    expect(first.failed).toHaveLength(1);
    for (const channel of ['C0ALPHA', 'C0BRAVO']) {
      const [post] = delivered(channel);
      expect(delivered(channel)).toHaveLength(1);
      expect(post!.args.text).toContain('UPR session 45 opens in 7 days');
      const blocks = JSON.stringify(post!.args.blocks);
      expect(blocks).toContain('"type":"header"');
      // Opens Mon 22 Jan 2024, 09:00 Geneva = 08:00 UTC, shown in each reader's zone.
      expect(blocks).toMatch(/<!date\^1705910400\^[^|]+\|[^>]+>/);
    }

    const gone = await prismaOf(slack.storage).subscription.findFirstOrThrow({
      where: { channelRef: 'C0GONE' },
    });
    expect(gone.active).toBe(false);
    expect(gone.stoppedWhy).toBe('channel_not_found');

    // Not before Retry-After (45 s beats the first 30 s backoff) ...
    clock.at = '2024-01-15T08:00:40.000Z';
    expect((await ticker.tick()).sent).toEqual([]);
    expect(delivered('C0BUSY')).toHaveLength(0);
    // ... then once.
    clock.at = '2024-01-15T08:00:50.000Z';
    expect((await ticker.tick()).sent).toHaveLength(1);
    await ticker.tick();
    expect(delivered('C0BUSY')).toHaveLength(1);
    expect(delivered('C0BUSY')[0]!.args.text).toContain('UPR session 45 opens in 7 days');

    // The next reminder reaches the live channels and nothing more is tried at the gone one.
    clock.at = '2024-01-21T08:00:10.000Z';
    expect((await scheduler().tick()).sent).toHaveLength(3);
    for (const channel of ['C0ALPHA', 'C0BRAVO', 'C0BUSY']) expect(delivered(channel)).toHaveLength(2);
    expect(slack.api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0GONE')).toHaveLength(1);
  });

  // After the fan-out above, which stopped C0GONE's subscription.
  it("shows this workspace's subscribed channels and their settings in the App Home", async () => {
    // Another workspace's channel and a Discord channel are not this Home's business.
    for (const [platform, workspace, channelRef] of [
      ['slack', 'T0OTHER', 'C0ELSEWHERE'],
      ['discord', 'T0UPR', 'C0DISCORD'],
    ] as const) {
      await slack.storage.subscriptions.save({
        platform,
        channelRef,
        workspace,
        settings: DEFAULT_SETTINGS,
        createdBy: 'test',
        at: clock.now(),
      });
    }
    await slack.event({ type: 'app_home_opened', user: 'U0ADMIN', channel: 'D0ADMIN', tab: 'home' });
    const published = await slack.api.waitFor('views.publish', (c) => c.args.user_id === 'U0ADMIN');
    const view = published.args.view as { type: string; blocks: { type: string; text?: { text: string } }[] };
    expect(view.type).toBe('home');
    const sections = view.blocks.map((b) => b.text?.text ?? '');
    const start = sections.indexOf("*This workspace's subscriptions*");
    expect(start).toBeGreaterThan(0);
    const channels = sections.slice(start + 1).filter((t) => t.startsWith('<#'));
    // The live channels, each with its settings; the gone channel's subscription stopped.
    expect(channels.map((t) => t.split('\n')[0])).toEqual(['<#C0ALPHA>', '<#C0BRAVO>', '<#C0BUSY>']);
    expect(channels[0]).toContain('States: all');
    expect(channels[0]).toContain('Kinds: session start and end (window)');
    expect(channels[0]).toContain('Digest: 08:00 Geneva time (Europe/Zurich)');
    expect(JSON.stringify(view.blocks)).not.toMatch(/C0GONE|C0ELSEWHERE|C0DISCORD/);
  });
});
