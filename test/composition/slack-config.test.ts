import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, slackMode } from '../../src/composition/config.ts';

// Slack's settings are checked at start-up, together: a bot token needs a way in.

describe('Slack settings', () => {
  it('reads the admin list, the API URL and the port', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: 'http://127.0.0.1:4000/api',
      SLACK_ADMIN_USER_IDS: ' U1, U2 ,,',
      PORT: '8080',
    });
    expect(config.SLACK_ADMIN_USER_IDS).toEqual(['U1', 'U2']);
    expect(config.SLACK_API_URL).toBe('http://127.0.0.1:4000/api/');
    expect(config.PORT).toBe(8080);
  });

  it('defaults to no admins, Slack itself and port 3000', () => {
    const config = loadConfig({});
    expect(config.SLACK_ADMIN_USER_IDS).toEqual([]);
    expect(config.SLACK_API_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /needs SLACK_SIGNING_SECRET \(HTTP mode\) or SLACK_APP_TOKEN/],
    [{ SLACK_SIGNING_SECRET: 'secret' }, /SLACK_BOT_TOKEN: is needed/],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' },
      /SLACK_APP_TOKEN should start with "xapp-"/,
    ],
    [{ SLACK_API_URL: 'slack.com/api' }, /SLACK_API_URL must be an http\(s\) URL/],
    [{ PORT: 'eighty' }, /PORT/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never repeats a secret in its complaint', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-very-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('very-secret') }),
    );
  });

  describe('OAuth mode (many workspaces)', () => {
    const oauth = {
      SLACK_CLIENT_ID: '1234567890.0987654321',
      SLACK_CLIENT_SECRET: 'client-secret-value',
      SLACK_STATE_SECRET: 'a-long-state-secret-value',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };

    it('is on when the client id, client secret and state secret are set, with a key', () => {
      const config = loadConfig(oauth);
      expect(slackMode(config)).toBe('oauth');
      expect(config.SLACK_DIRECT_INSTALL).toBe(false);
      expect(loadConfig({ ...oauth, SLACK_DIRECT_INSTALL: 'true' }).SLACK_DIRECT_INSTALL).toBe(true);
      expect(slackMode(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }))).toBe('single');
      expect(slackMode(loadConfig({}))).toBe('off');
    });

    it.each([
      [
        { SLACK_ENCRYPTION_KEY: undefined },
        /SLACK_ENCRYPTION_KEY: is needed in OAuth mode.*openssl rand -base64 32/,
      ],
      [
        { SLACK_ENCRYPTION_KEY: randomBytes(16).toString('base64') },
        /SLACK_ENCRYPTION_KEY must be 32 bytes in base64/,
      ],
      [{ SLACK_ENCRYPTION_KEY: 'not a key' }, /SLACK_ENCRYPTION_KEY must be 32 bytes/],
      [
        { SLACK_STATE_SECRET: undefined },
        /SLACK_STATE_SECRET: is needed with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET/,
      ],
      [{ SLACK_STATE_SECRET: 'short' }, /SLACK_STATE_SECRET must be at least 16 characters/],
      [{ SLACK_CLIENT_ID: 'abc' }, /SLACK_CLIENT_ID looks like/],
      [{ SLACK_SIGNING_SECRET: undefined }, /SLACK_SIGNING_SECRET: is needed in OAuth mode/],
      [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_BOT_TOKEN: leave it unset in OAuth mode/],
      [{ SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_APP_TOKEN: leave it unset in OAuth mode/],
    ])('refuses to start with %o, saying why', (change, message) => {
      const env = { ...oauth, ...change };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('never repeats the key or a secret in its complaint', () => {
      const key = randomBytes(16).toString('base64');
      expect(() => loadConfig({ ...oauth, SLACK_ENCRYPTION_KEY: key, SLACK_STATE_SECRET: 'tiny' })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining(key) }),
      );
      expect(() => loadConfig({ ...oauth, SLACK_ENCRYPTION_KEY: key })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining('client-secret-value') }),
      );
    });
  });
});
