import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT_ID, CLIENT_SECRET } from '../../fakes/slack-oauth-workspaces.ts';
import { runCli, startCli } from '../../support/run-cli.ts';
import { tempDatabase } from '../../support/temp-database.ts';

// `upr-bot start` in OAuth mode, as an operator runs it: without a valid SLACK_ENCRYPTION_KEY it
// refuses to start and says why; with one it serves the install page beside Slack's events.

const OAUTH = {
  SLACK_CLIENT_ID: CLIENT_ID,
  SLACK_CLIENT_SECRET: CLIENT_SECRET,
  SLACK_STATE_SECRET: 'cli-state-secret-long-enough',
  SLACK_SIGNING_SECRET: 'cli-signing-secret',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
  DISCORD_TOKEN: '',
  PORT: '0',
};

describe('upr-bot start in OAuth mode', () => {
  const db = tempDatabase();
  afterAll(() => db.cleanup());

  it.each([
    ['without a key', '', /SLACK_ENCRYPTION_KEY: is needed in OAuth mode.*openssl rand -base64 32/],
    [
      'with a key of the wrong size',
      randomBytes(16).toString('base64'),
      /SLACK_ENCRYPTION_KEY must be 32 bytes/,
    ],
  ])('refuses to start %s, exit 2, and names the setting', async (_case, key, message) => {
    const result = await runCli(['start'], {
      env: { ...OAUTH, SLACK_ENCRYPTION_KEY: key, DATABASE_URL: db.url },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain(CLIENT_SECRET);
    if (key) expect(result.stderr).not.toContain(key);
  });

  it('with a key, serves GET /slack/install on the port it listens on', async () => {
    const bot = startCli(['start'], {
      env: {
        ...OAUTH,
        SLACK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        DATABASE_URL: db.url,
        LOG_LEVEL: 'info',
      },
    });
    try {
      const log = await bot.waitForLog('slack listening', 30_000);
      const port = /"port":(\d+)[^\n]*slack listening/.exec(log)![1];
      const page = await fetch(`http://127.0.0.1:${port}/slack/install`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Add to Slack');
      expect(bot.stderr()).toContain('"mode":"oauth"');
    } finally {
      expect(await bot.stop()).toBe(0);
    }
    // Starting Bolt and the database in a child process is slow on a shared machine.
  }, 45_000);
});
