import { afterEach, describe, expect, it } from 'vitest';
import { DELIVERY_EVENT_TYPE } from '../../../adapters/slack/slack-poster.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/reminders/subscription.ts';
import { testCore } from '../../support/built-in.ts';
import { settableClock, testScheduler } from '../../support/test-scheduler.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';

// Each reminder reaches a Slack channel once, even when a post's outcome is unknown: the message
// carries its delivery key in metadata, and before posting again the bot looks for it with
// conversations.history. The Web API client's own retries never post a second copy.

let slack: SlackHarness;
afterEach(async () => slack?.close());

const clock = settableClock('2024-01-10T00:00:00.000Z');
const { knowledge } = testCore();

async function subscribed(channels: string[]) {
  clock.at = '2024-01-10T00:00:00.000Z';
  slack = await startSlackHarness({ clock, knowledge });
  for (const channelRef of channels) {
    await slack.storage.subscriptions.save({
      platform: 'slack',
      channelRef,
      workspace: 'T0UPR',
      settings: { ...DEFAULT_SETTINGS, kinds: ['window'] },
      createdBy: 'test',
      at: clock.at,
    });
  }
  const scheduler = testScheduler({
    storage: slack.storage,
    knowledge: () => knowledge,
    clock,
    posters: [slack.adapter.poster],
  });
  clock.at = '2024-01-10T00:00:10.000Z';
  await scheduler.tick();
  return scheduler;
}

const postsTo = (channel: string) =>
  slack.api.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

describe('Slack reminders, exactly once', () => {
  it('carry their delivery key in the message metadata', async () => {
    const scheduler = await subscribed(['C0ONE']);
    clock.at = '2024-01-15T08:00:05.000Z';
    expect((await scheduler.tick()).sent).toHaveLength(1);
    const [row] = await slack.storage.ledger.list({ state: 'sent' });
    const [message] = slack.api.messages.get('C0ONE')!;
    expect(message!.metadata).toEqual({
      event_type: DELIVERY_EVENT_TYPE,
      event_payload: { key: row!.key, part: 0 },
    });
    expect(row!.postedRef).toBe(message!.ts);
  });

  it('after a post whose answer never came, finds it in the channel instead of posting again', async () => {
    const scheduler = await subscribed(['C0DROP', 'C0FINE']);
    slack.api.failNext('chat.postMessage', { drop: true }, (args) => args.channel === 'C0DROP');
    clock.at = '2024-01-15T08:00:05.000Z';
    const first = await scheduler.tick();
    expect(first.sent).toHaveLength(1);
    expect(first.retried).toHaveLength(1);
    // The client did not retry by itself: one call, which Slack did post.
    expect(postsTo('C0DROP')).toHaveLength(1);
    expect(slack.api.messages.get('C0DROP')).toHaveLength(1);
    const [unsure] = await slack.storage.ledger.list({ state: 'pending' });
    expect(unsure!.unsureSince?.toISOString()).toBe('2024-01-15T08:00:05.000Z');

    clock.at = '2024-01-15T08:01:00.000Z';
    const second = await scheduler.tick();
    expect(second.sent).toHaveLength(1);
    const [lookup] = slack.api.callsTo('conversations.history');
    expect(lookup!.args).toMatchObject({ channel: 'C0DROP', include_all_metadata: 'true' });
    expect(Number(lookup!.args.oldest)).toBeLessThanOrEqual(Date.parse('2024-01-15T08:00:05Z') / 1000);
    expect(postsTo('C0DROP')).toHaveLength(1);
    expect(slack.api.messages.get('C0DROP')).toHaveLength(1);
    expect(await slack.storage.ledger.counts()).toEqual({ sent: 2 });
  });

  it('after a crash before the post went out, looks, finds nothing, and posts once', async () => {
    const scheduler = await subscribed(['C0LOST']);
    clock.at = '2024-01-15T08:00:05.000Z';
    // A process claimed the delivery and died before posting: the next start releases the claim.
    await slack.storage.templates.releaseDue(clock.at);
    const [claimed] = await slack.storage.ledger.claim({
      platform: 'slack',
      now: clock.at,
      limit: 10,
      claimedBy: 'dead-process',
    });
    expect(claimed).toBeDefined();
    expect(await slack.storage.ledger.releaseClaims()).toBe(1);

    expect((await scheduler.tick()).sent).toHaveLength(1);
    expect(slack.api.callsTo('conversations.history')).toHaveLength(1);
    expect(postsTo('C0LOST')).toHaveLength(1);
    expect(slack.api.messages.get('C0LOST')).toHaveLength(1);
  });

  it('does not post when it cannot look (the lookup failed): it tries again later', async () => {
    const scheduler = await subscribed(['C0BLIND']);
    slack.api.failNext('chat.postMessage', { drop: true });
    clock.at = '2024-01-15T08:00:05.000Z';
    await scheduler.tick();
    slack.api.failNext('conversations.history', { error: 'internal_error' });
    clock.at = '2024-01-15T08:01:00.000Z';
    expect((await scheduler.tick()).retried).toHaveLength(1);
    expect(postsTo('C0BLIND')).toHaveLength(1);
    clock.at = '2024-01-15T08:03:00.000Z';
    expect((await scheduler.tick()).sent).toHaveLength(1);
    expect(slack.api.messages.get('C0BLIND')).toHaveLength(1);
  });
});
