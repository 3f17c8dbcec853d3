import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN } from '../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../fakes/discord-stand-in.ts';
import { type RunningCli, startCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// The bot as a service (Discord only, standard input closed, the real clock so reminders run):
// its own HTTP server for health, readiness and the calendar feed, and a clean, bounded stop.

describe('upr-bot start as a service', () => {
  const db = tempDatabase();
  let standIn: DiscordStandIn;
  let bot: RunningCli;
  let base = '';

  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    bot = startCli(['start'], {
      env: {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: standIn.apiUrl,
        DATABASE_URL: db.url,
        PORT: '0',
        LOG_LEVEL: 'info',
      },
    });
    const log = await bot.waitForLog('reminders started', 20_000);
    const port = /http listening on port (\d+)/.exec(log)?.[1];
    expect(port).toBeDefined();
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
    db.cleanup();
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready: database reachable, Discord connected, scheduler ticking', async () => {
    const response = await fetch(`${base}/readyz`);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      ready: true,
      database: true,
      chats: { discord: true },
      scheduler: { ticking: true },
    });
  });

  it('serves the calendar, for all or for one state, and refuses an unknown state', async () => {
    const all = await fetch(`${base}/calendar.ics`);
    expect(all.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await all.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('Review of Nigeria');
    const china = await (await fetch(`${base}/calendar.ics?state=CHN`)).text();
    expect(china).toContain('Review of China');
    expect(china).not.toContain('Review of Nigeria');
    const unknown = await fetch(`${base}/calendar.ics?state=Atlantis`);
    expect(unknown.status).toBe(400);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('stops on SIGTERM within the shutdown budget, exits 0 and leaves the database closed and usable', async () => {
    const started = Date.now();
    expect(await bot.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(bot.stderr()).toContain('"reason":"SIGTERM"');
    expect(bot.stderr()).toContain('"msg":"stopped"');
    expect(bot.stderr()).not.toContain(TOKEN);
    const sqlite = new Database(db.path);
    expect(
      sqlite.prepare('SELECT count(*) AS n FROM "Delivery" WHERE "claimToken" IS NOT NULL').get(),
    ).toEqual({ n: 0 });
    sqlite.close();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
