import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { commandInteraction, TOKEN } from '../fakes/discord-payloads.ts';
import { startDiscordStandIn } from '../fakes/discord-stand-in.ts';
import { startSlackWebApi } from '../fakes/slack-web-api.ts';
import { closedPort } from '../support/free-port.ts';
import { cliBudget, runCli, startCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// `upr-bot start` as a service meets a wrong token and a platform that is down, as a new user
// would: the first ends start-up with one line naming the variable (exit 2) before anything
// listens; the second leaves the other chat running and /readyz saying which chat is not ready.

const SLACK_TOKEN = 'xoxb-revoked-long-ago';

// Each test starts the command line once, as a service or until it refuses (see cliBudget).
vi.setConfig({ testTimeout: cliBudget(2) });

describe('upr-bot start, when a chat refuses or cannot be reached', () => {
  const db = tempDatabase();
  afterAll(() => db.cleanup());

  it('exits 2 with one line naming SLACK_BOT_TOKEN when Slack refuses it, before listening', async () => {
    const api = await startSlackWebApi();
    api.failNext('auth.test', { error: 'invalid_auth' });
    try {
      const { code, stdout, stderr } = await runCli(['start'], {
        env: {
          SLACK_BOT_TOKEN: SLACK_TOKEN,
          SLACK_SIGNING_SECRET: 'secret',
          SLACK_API_URL: api.apiUrl,
          DATABASE_URL: db.url,
          PORT: '0',
          LOG_LEVEL: 'info',
        },
      });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines.at(-1)).toBe(
        "upr-bot: SLACK_BOT_TOKEN was refused by Slack (invalid_auth): set it to the app's Bot User OAuth Token (xoxb-…, OAuth & Permissions page)",
      );
      expect(stderr).not.toMatch(/listening|reminders started|chat started|Unhandled|\n\s+at /);
      expect(stderr).not.toContain(SLACK_TOKEN);
    } finally {
      await api.close();
    }
  });

  it('exits 2 naming PORT when the port for health checks is taken', async () => {
    const standIn = await startDiscordStandIn();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const { code, stderr } = await runCli(['start'], {
        env: {
          DISCORD_TOKEN: TOKEN,
          DISCORD_API_URL: standIn.apiUrl,
          DATABASE_URL: db.url,
          PORT: String(port),
        },
      });
      expect(code).toBe(2);
      expect(stderr.trim()).toBe(
        `upr-bot: PORT ${port} cannot be listened on (in use by another program): set PORT to a free port`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
      await standIn.close();
    }
  });

  it('keeps Discord answering while Slack is down, and /readyz says Slack is not ready and why', async () => {
    const standIn = await startDiscordStandIn();
    const bot = startCli(['start'], {
      env: {
        SLACK_BOT_TOKEN: SLACK_TOKEN,
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: `http://127.0.0.1:${await closedPort()}/api/`,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: standIn.apiUrl,
        DATABASE_URL: db.url,
        PORT: '0',
        LOG_LEVEL: 'info',
      },
    });
    try {
      const log = await bot.waitForLog('reminders started', 20_000);
      const port = /(?:slack|http) listening on port (\d+)/.exec(log)?.[1];
      expect(port).toBeDefined();
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(response.status).toBe(503);
      const readiness = (await response.json()) as { chats: unknown; problems: Record<string, string> };
      expect(readiness.chats).toEqual({ slack: false, discord: true });
      expect(readiness.problems.slack).toMatch(
        /^cannot reach Slack \(ECONNREFUSED\); trying again in \d+ s$/,
      );
      // Discord answers all the same.
      const interaction = commandInteraction({ subcommand: 'review', options: { state: 'China' } });
      standIn.dispatch('INTERACTION_CREATE', interaction);
      const callback = await standIn.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`));
      expect(JSON.stringify(callback.body)).toContain('Review of China');
    } finally {
      expect(await bot.stop()).toBe(0);
      await standIn.close();
    }
    expect(bot.stderr()).not.toMatch(/Unhandled|\n\s+at /);
  });
});
