import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/composition/config.ts';

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
});
