import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textReply } from '../../../src/core/reply.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';

// The scheduler's way into Slack: chat.postMessage, with Slack's failures as PostOutcome.

describe('Slack poster', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await startSlackHarness();
  });
  afterAll(async () => {
    await slack?.close();
  });
  const reminder = textReply("China's review starts in 30 minutes.");

  it('posts a reminder to a channel, and a personal one by direct message', async () => {
    const { poster } = slack.adapter;
    expect(poster.platform).toBe('slack');
    expect(await poster.post({ ref: 'C0SUBSCRIBED' }, reminder)).toMatchObject({ ok: true });
    expect(await poster.post({ ref: 'U0PERSON', direct: true }, reminder)).toMatchObject({ ok: true });
    const posts = slack.api.callsTo('chat.postMessage');
    expect(posts.map((c) => c.args.channel)).toEqual(['C0SUBSCRIBED', 'U0PERSON']);
    expect(posts[0]!.args.text).toBe("China's review starts in 30 minutes.");
    expect(posts[0]!.authorization).toBe('Bearer xoxb-test-token');
  });

  it('hands a 429 back with Retry-After instead of waiting inside the tick', async () => {
    slack.api.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const started = performance.now();
    const outcome = await slack.adapter.poster.post({ ref: 'C0BUSY', workspace: 'T0BUSY' }, reminder);
    expect(outcome).toMatchObject({ ok: false, retryable: true, retryAfterMs: 7000 });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('holds back that workspace only, until Retry-After, without trying or waiting', async () => {
    const calls = slack.api.callsTo('chat.postMessage').length;
    const held = await slack.adapter.poster.post({ ref: 'C0BUSY2', workspace: 'T0BUSY' }, reminder);
    expect(held).toMatchObject({ ok: false, retryable: true, deferred: true, retryAfterMs: 7000 });
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(calls);
    expect(await slack.adapter.poster.post({ ref: 'C0CALM', workspace: 'T0CALM' }, reminder)).toMatchObject({
      ok: true,
    });
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'token_revoked'])(
    'stops for good on %s',
    async (error) => {
      slack.api.failNext('chat.postMessage', { error });
      expect(await slack.adapter.poster.post({ ref: `C0GONE${error}` }, reminder)).toEqual({
        ok: false,
        retryable: false,
        reason: error,
      });
    },
  );

  it('tries again later after a passing Slack error', async () => {
    slack.api.failNext('chat.postMessage', { error: 'internal_error' });
    expect(await slack.adapter.poster.post({ ref: 'C0FLAKY' }, reminder)).toMatchObject({
      ok: false,
      retryable: true,
      reason: 'internal_error',
    });
  });
});
