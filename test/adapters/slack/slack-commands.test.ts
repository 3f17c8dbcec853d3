import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUp, type SlackHarness, startSlackHarness } from './slack-harness.ts';

// Every core command through a signed `/upr`, against the real Bolt app and the built-in data.

describe('Slack /upr commands', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await startSlackHarness();
  });
  afterAll(async () => {
    await slack?.close();
  });

  const ask = async (text: string) => {
    const { status, elapsedMs, responseId } = await slack.slash(text);
    expect(status).toBe(200);
    expect(elapsedMs).toBeLessThan(3000);
    return followUp(slack, responseId);
  };

  it('answers review China with Chen Xu and a local-time token, for the channel', async () => {
    const reply = await ask('review China');
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toContain('Chen Xu');
    expect(reply.text).toContain('Geneva time');
    const blocks = JSON.stringify(reply.blocks);
    expect(blocks).toContain('Chen Xu');
    expect(blocks).toMatch(/<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^>]*>/);
  });

  it.each([
    ['help', /\/upr review/, 'ephemeral'],
    ['', /\/upr review/, 'ephemeral'],
    ['next', /Next review/, 'in_channel'],
    ['schedule today', /Tue 23 Jan 2024/, 'in_channel'],
    ['delegation China', /Chen Xu/, 'in_channel'],
    ['events', /side meeting|Side meeting|event/i, 'in_channel'],
    ['about', /Data revision/, 'in_channel'],
    ["ask who leads China's delegation?", /Chen Xu/, 'in_channel'],
    ['frobnicate', /I don't know the command "frobnicate"/, 'ephemeral'],
    ['review Atlantis', /Atlantis/, 'ephemeral'],
  ])('/upr %s', async (text, expected, responseType) => {
    const reply = await ask(text);
    expect(reply.text).toMatch(expected);
    expect(reply.response_type).toBe(responseType);
    expect(reply.blocks.length).toBeGreaterThan(0);
  });

  it('serves health, readiness and the calendar on the same port', async () => {
    const base = slack.eventsUrl.replace('/slack/events', '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, chats: { slack: true } });
    const calendar = await fetch(`${base}/calendar.ics?state=China`);
    expect(calendar.headers.get('content-type')).toContain('text/calendar');
    expect(await calendar.text()).toContain('Review of China');
  });

  it('splits nothing and keeps within limits for the whole session', async () => {
    const reply = await ask('schedule session');
    expect(reply.blocks.length).toBeLessThanOrEqual(50);
    expect(reply.text).toContain('China');
  });
});
