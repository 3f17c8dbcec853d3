import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordRestOptions } from '../../../adapters/discord/discord-client.ts';
import { createDiscordPoster } from '../../../adapters/discord/discord-poster.ts';
import { createLogger } from '../../../src/composition/logger.ts';
import type { ChannelPoster } from '../../../src/core/ports.ts';
import { reply } from '../../../src/core/reply.ts';
import { DM_CHANNEL_ID, MEMBER_ID, TOKEN } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';

// The scheduler's way into Discord, through discord.js's real REST client and its rate-limit queue.

const reminder = reply([
  { kind: 'header', text: 'Reminder: review of China @everyone' },
  { kind: 'section', lines: [['Starts ', { time: '2024-01-23T08:00:00Z', style: 'relative' }]] },
]);

describe('the Discord poster', () => {
  let standIn: DiscordStandIn;
  let poster: ChannelPoster;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    const rest = new REST(discordRestOptions(standIn.apiUrl)).setToken(TOKEN);
    poster = createDiscordPoster(rest, createLogger({ level: 'silent' }));
  });
  afterAll(() => standIn.close());

  const postsTo = (channel: string) =>
    standIn.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channel}/messages`);

  it('fans a reminder out to each subscribed channel, as embeds with <t:…:R> and no mentions parsed', async () => {
    const channels = ['1700000000000000001', '1700000000000000002'];
    const outcomes = await Promise.all(channels.map((ref) => poster.post({ ref }, reminder)));
    expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
    for (const channel of channels) {
      const [sent] = postsTo(channel);
      expect(sent!.body.embeds[0].title).toBe('Reminder: review of China @everyone');
      expect(sent!.body.embeds[0].description).toBe('Starts <t:1705996800:R>');
      expect(sent!.body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('waits out a 429 (retry_after and Retry-After) and delivers: the library retries', async () => {
    const channel = '1700000000000000003';
    standIn.failNext('POST', new RegExp(`/channels/${channel}/messages$`), {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
    });
    const outcome = await poster.post({ ref: channel }, reminder);
    expect(outcome).toEqual({ ok: true });
    expect(postsTo(channel)).toHaveLength(2);
  });

  it.each([
    [404, 10003, 'Unknown Channel'],
    [403, 50001, 'Missing Access'],
    [403, 50013, 'Missing Permissions'],
  ])('reports %i %i (%s) as permanent, so the subscription stops', async (status, code, message) => {
    const channel = `17000000000${code}`;
    standIn.failNext('POST', new RegExp(`/channels/${channel}/messages$`), {
      status,
      body: { message, code },
    });
    const outcome = await poster.post({ ref: channel }, reminder);
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    expect(outcome.ok === false && outcome.reason).toContain(String(code));
  });

  it('reports a server error as retryable', async () => {
    const channel = '1700000000000000005';
    standIn.failNext(
      'POST',
      new RegExp(`/channels/${channel}/messages$`),
      ...Array.from({ length: 4 }, () => ({ status: 502, body: { message: 'Bad Gateway', code: 0 } })),
    );
    const outcome = await poster.post({ ref: channel }, reminder);
    expect(outcome).toMatchObject({ ok: false, retryable: true });
  });

  it('sends a personal reminder by DM, opening the DM channel once', async () => {
    expect(await poster.post({ ref: MEMBER_ID, direct: true }, reminder)).toEqual({ ok: true });
    expect(await poster.post({ ref: MEMBER_ID, direct: true }, reminder)).toEqual({ ok: true });
    const opened = standIn.requests.filter((r) => r.path === '/api/v10/users/@me/channels');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.body).toEqual({ recipient_id: MEMBER_ID });
    expect(postsTo(DM_CHANNEL_ID)).toHaveLength(2);
  });

  it('reports an unknown user as permanent', async () => {
    const user = '1800000000000000001';
    standIn.failNext('POST', /\/users\/@me\/channels$/, {
      status: 400,
      body: { message: 'Unknown User', code: 10013 },
    });
    expect(await poster.post({ ref: user, direct: true }, reminder)).toMatchObject({
      ok: false,
      retryable: false,
    });
  });
});
