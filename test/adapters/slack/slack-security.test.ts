import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUp, type SlackHarness, sign, startSlackHarness } from './slack-harness.ts';

// Bolt checks every request's HMAC signature and age; a refused request must change nothing.

describe('Slack request signing', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await startSlackHarness();
  });
  afterAll(async () => {
    await slack?.close();
  });

  const slashBody = (text: string, responseId: string) =>
    new URLSearchParams({
      command: '/upr',
      text,
      user_id: 'U0MEMBER',
      channel_id: 'C0GENERAL',
      team_id: 'T0UPR',
      response_url: slack.api.responseUrl(responseId),
    }).toString();
  const form = 'application/x-www-form-urlencoded';
  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a forged signature, a tampered body and a stale or future timestamp, and answers none of them', async () => {
    const before = slack.api.calls.length;
    const forged = slashBody('review China', 'forged');
    const t = now();
    const refused = [
      await slack.post(forged, {
        contentType: form,
        timestamp: t,
        signature: sign(forged, t, 'not-the-secret'),
      }),
      await slack.post(slashBody('review China', 'tampered'), {
        contentType: form,
        timestamp: t,
        // Signed for other text: the body was changed on the way.
        signature: sign(slashBody('help', 'tampered'), t),
      }),
      await slack.post(slashBody('review China', 'stale'), {
        contentType: form,
        // Six minutes old, correctly signed: a replay.
        timestamp: t - 6 * 60,
      }),
      await slack.post(slashBody('review China', 'unsigned'), { contentType: form, signature: '' }),
      await slack.post(slashBody('review China', 'future'), {
        contentType: form,
        // Six minutes ahead, correctly signed: as suspect as six minutes old.
        timestamp: t + 6 * 60,
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    // A signed request afterwards is answered, and nothing of the refused ones reached Slack.
    const { responseId } = await slack.slash('about');
    await followUp(slack, responseId);
    const since = slack.api.calls.slice(before);
    expect(since.filter((c) => c.method === 'response_url').map((c) => c.path)).toEqual([
      `/response/${responseId}`,
    ]);
  });

  it('answers a request dated a little ahead (clocks differ), within the 5 minutes', async () => {
    const { status } = await slack.post(slashBody('about', 'slightly-ahead'), {
      contentType: form,
      timestamp: now() + 4 * 60,
    });
    expect(status).toBe(200);
    await followUp(slack, 'slightly-ahead');
  });

  it.each([
    ['application/json', 'null'],
    ['application/x-www-form-urlencoded', 'payload=null'],
  ])('refuses a signed %s body of %s with 400, where Bolt itself would throw', async (contentType, body) => {
    expect((await slack.post(body, { contentType })).status).toBe(400);
    // Still serving.
    const { responseId } = await slack.slash('about');
    await followUp(slack, responseId);
  });

  it('does not let a refused event use up its event_id', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0MEMBER',
      text: '<@UBOT> review China',
      ts: '1706000001.000100',
      channel: 'C0SIGNED',
      event_ts: '1706000001.000100',
    };
    const body = JSON.stringify({ team_id: 'T0UPR', event, type: 'event_callback', event_id: 'EvForged' });
    const refused = await slack.post(body, { signature: sign(body, now(), 'wrong') });
    expect(refused.status).toBe(401);
    expect(await slack.event(event, { eventId: 'EvForged' })).toMatchObject({ status: 200 });
    const posted = await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0SIGNED');
    expect(String(posted.args.text)).toContain('Chen Xu');
  });
});
