import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordChat } from '../../adapters/discord/discord-chat.ts';
import { buildSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { type RunningChats, StartupRefused, startChats } from '../../src/composition/chat-startup.ts';
import { fixedClock } from '../../src/composition/clocks.ts';
import { createLogger } from '../../src/composition/logger.ts';
import type { ChatAdapter } from '../../src/core/chat-adapter.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { TOKEN } from '../fakes/discord-payloads.ts';
import { startDiscordStandIn } from '../fakes/discord-stand-in.ts';
import { type SlackWebApiStandIn, startSlackWebApi } from '../fakes/slack-web-api.ts';
import { testCore } from '../support/built-in.ts';
import { closedPort } from '../support/free-port.ts';
import { tempDatabase } from '../support/temp-database.ts';

// Start-up with the real Bolt app and discord.js client against the local stand-ins: a refused
// token ends start-up before anything listens, naming the variable; a platform out of reach is
// tried again while the other chat runs. A process-level trap fails the file on any unhandled
// rejection, which is how the bot used to die ~2 s after saying "slack listening".

const SLACK_TOKEN = 'xoxb-not-a-real-token';
const RETRY = { firstDelayMs: 50, maxDelayMs: 200 };

describe('starting the chats', () => {
  const db = tempDatabase();
  let storage: Storage;
  const rejections: unknown[] = [];
  const trap = (reason: unknown) => rejections.push(reason);
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  });
  const { core, knowledge } = testCore();
  const deps = { core, knowledge: () => knowledge, clock: fixedClock('2024-01-20T10:00:00Z'), logger };
  const cleanups: (() => Promise<unknown>)[] = [];

  const slack = (apiUrl: string): SlackAdapter => {
    const adapter = buildSlackAdapter({
      ...deps,
      handledEvents: storage.handledEvents,
      botToken: SLACK_TOKEN,
      signingSecret: 'secret',
      apiUrl,
      adminUserIds: [],
      port: 0,
      retries: 0,
    });
    cleanups.push(() => adapter.stop());
    return adapter;
  };
  const discord = (apiUrl: string): ChatAdapter => {
    const adapter = createDiscordChat({ ...deps, token: TOKEN, apiUrl });
    cleanups.push(() => adapter.stop());
    return adapter;
  };
  const untilReady = (adapter: ChatAdapter) =>
    new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!adapter.isReady()) return;
        clearInterval(poll);
        resolve();
      }, 10);
    });

  beforeAll(async () => {
    process.on('unhandledRejection', trap);
    storage = await openStorage(db.url);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
    logLines.length = 0;
  });
  afterAll(async () => {
    process.off('unhandledRejection', trap);
    await storage?.close();
    db.cleanup();
    expect(rejections).toEqual([]);
  });

  it('ends start-up on a refused Slack token, naming SLACK_BOT_TOKEN, before anything listens', async () => {
    const api: SlackWebApiStandIn = await startSlackWebApi();
    cleanups.push(() => api.close());
    api.failNext('auth.test', { error: 'invalid_auth' });
    const standIn = await startDiscordStandIn();
    cleanups.push(() => standIn.close());
    const chats = [slack(api.apiUrl), discord(standIn.apiUrl)];
    const refused = await startChats(chats, logger, RETRY).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StartupRefused);
    expect((refused as Error).message).toBe(
      "SLACK_BOT_TOKEN was refused by Slack (invalid_auth): set it to the app's Bot User OAuth Token (xoxb-…, OAuth & Permissions page)",
    );
    // Neither chat went on: no Slack port, no Discord gateway session, no "listening".
    expect((chats[0] as SlackAdapter).port()).toBeUndefined();
    expect(standIn.connections()).toBe(0);
    expect(logLines.join('')).not.toMatch(/listening|chat started/);
    expect(logLines.join('')).not.toContain(SLACK_TOKEN);
  });

  it('ends start-up on a refused Slack app token (Socket Mode), naming SLACK_APP_TOKEN', async () => {
    const api = await startSlackWebApi();
    cleanups.push(() => api.close());
    api.failNext('apps.connections.open', { error: 'invalid_auth' });
    const socketMode = buildSlackAdapter({
      ...deps,
      handledEvents: storage.handledEvents,
      botToken: SLACK_TOKEN,
      appToken: 'xapp-not-a-real-token',
      apiUrl: api.apiUrl,
      adminUserIds: [],
      port: 0,
      retries: 0,
    });
    cleanups.push(() => socketMode.stop());
    const refused = await startChats([socketMode], logger, RETRY).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StartupRefused);
    expect((refused as Error).message).toMatch(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\): /);
  });

  it('ends start-up when PORT is taken, naming PORT', async () => {
    const api = await startSlackWebApi();
    cleanups.push(() => api.close());
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    cleanups.push(() => new Promise((resolve) => taken.close(resolve)));
    const { port } = taken.address() as AddressInfo;
    const adapter = buildSlackAdapter({
      ...deps,
      handledEvents: storage.handledEvents,
      botToken: SLACK_TOKEN,
      signingSecret: 'secret',
      apiUrl: api.apiUrl,
      adminUserIds: [],
      port,
      retries: 0,
    });
    cleanups.push(() => adapter.stop());
    const refused = await startChats([adapter], logger, RETRY).catch((error: unknown) => error);
    expect((refused as Error).message).toBe(
      `PORT ${port} cannot be listened on (in use by another program): set PORT to a free port`,
    );
  });

  it('ends start-up on a refused Discord token, naming DISCORD_TOKEN', async () => {
    const standIn = await startDiscordStandIn();
    cleanups.push(() => standIn.close());
    standIn.failNext('GET', /\/users\/@me$/, {
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    });
    const refused = await startChats([discord(standIn.apiUrl)], logger, RETRY).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(StartupRefused);
    expect((refused as Error).message).toMatch(
      /^DISCORD_TOKEN was refused by Discord \(401 Unauthorized\): /,
    );
    expect(standIn.connections()).toBe(0);
  });

  it('keeps Discord running while Slack is out of reach, says why Slack is not ready, and connects it later', async () => {
    const port = await closedPort();
    const standIn = await startDiscordStandIn();
    cleanups.push(() => standIn.close());
    const slackChat = slack(`http://127.0.0.1:${port}/api/`);
    const discordChat = discord(standIn.apiUrl);
    const running: RunningChats = await startChats([slackChat, discordChat], logger, RETRY);
    cleanups.push(() => running.stop());
    expect(discordChat.isReady()).toBe(true);
    expect(slackChat.isReady()).toBe(false);
    expect(running.problems().slack).toMatch(/^cannot reach Slack \(ECONNREFUSED\); trying again in \d+ s$/);
    // Slack comes back where it was expected: the next try connects it.
    const api = await startSlackWebApi({ port });
    cleanups.push(() => api.close());
    await untilReady(slackChat);
    expect(running.problems()).toEqual({});
    expect(slackChat.port()).toBeGreaterThan(0);
  });

  it('keeps Slack running while Discord is out of reach, and connects Discord later', async () => {
    const api = await startSlackWebApi();
    cleanups.push(() => api.close());
    const port = await closedPort();
    const slackChat = slack(api.apiUrl);
    const discordChat = discord(`http://127.0.0.1:${port}/api`);
    const running = await startChats([slackChat, discordChat], logger, RETRY);
    cleanups.push(() => running.stop());
    expect(slackChat.isReady()).toBe(true);
    expect(running.problems().discord).toMatch(/^cannot reach Discord \(ECONNREFUSED\); trying again/);
    const standIn = await startDiscordStandIn({ port });
    cleanups.push(() => standIn.close());
    await untilReady(discordChat);
    expect(running.problems()).toEqual({});
  });
});
