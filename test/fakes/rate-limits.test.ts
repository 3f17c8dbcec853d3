import { describe, expect, it } from 'vitest';
import { startDiscordStandIn } from './discord-stand-in.ts';
import { slidingWindow, tokenBucket } from './rate-limits.ts';
import { startSlackWebApi } from './slack-web-api.ts';

// The stand-ins' rate limits, which the fan-out benchmark measures the bot against.

describe('rate limits of the stand-ins', () => {
  it('a sliding window admits `limit` in any window and says when the next fits', () => {
    let t = 0;
    const window = slidingWindow(3, 1000, () => t);
    expect([window.take(), window.take()]).toEqual([undefined, undefined]);
    t = 400;
    expect(window.take()).toBeUndefined();
    expect(window.take()).toBe(600);
    t = 1000;
    expect([window.take(), window.take()]).toEqual([undefined, undefined]);
    expect(window.take()).toBe(400);
  });

  it('a token bucket allows a short burst, then about one per second', () => {
    let t = 0;
    const bucket = tokenBucket(1, 2, () => t);
    expect([bucket.take(), bucket.take()]).toEqual([undefined, undefined]);
    expect(bucket.take()).toBe(1000);
    t = 500;
    expect(bucket.take()).toBe(500);
    t = 1000;
    expect(bucket.take()).toBeUndefined();
  });

  it('Slack: the per-channel limit answers 429 with Retry-After in seconds, channel by channel', async () => {
    const api = await startSlackWebApi({ perChannel: { perSecond: 1, burst: 2 } });
    try {
      const post = (channel: string) =>
        fetch(`${api.apiUrl}chat.postMessage`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ channel, text: 'hi' }),
        });
      expect((await post('C1')).status).toBe(200);
      expect((await post('C1')).status).toBe(200);
      const limited = await post('C1');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('1');
      expect((await post('C2')).status).toBe(200);
      expect(api.calls.filter((c) => c.rateLimited).map((c) => c.args.channel)).toEqual(['C1']);
    } finally {
      await api.close();
    }
  });

  it('Discord: the global limit answers 429 with retry_after and X-RateLimit headers, callbacks excepted', async () => {
    const standIn = await startDiscordStandIn({ globalPerSecond: 2 });
    try {
      const post = (path: string) =>
        fetch(`${standIn.apiUrl}/v10${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'hi' }),
        });
      expect((await post('/channels/1/messages')).status).toBe(200);
      expect((await post('/channels/2/messages')).status).toBe(200);
      const limited = await post('/channels/3/messages');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('x-ratelimit-global')).toBe('true');
      expect(limited.headers.get('x-ratelimit-scope')).toBe('global');
      const body = (await limited.json()) as { retry_after: number; global: boolean };
      expect(body.global).toBe(true);
      expect(body.retry_after).toBeGreaterThan(0);
      expect(body.retry_after).toBeLessThanOrEqual(1);
      expect((await post('/interactions/9/token/callback')).status).toBe(204);
      expect(standIn.rateLimited.map((r) => r.path)).toEqual(['/api/v10/channels/3/messages']);
    } finally {
      await standIn.close();
    }
  });
});
