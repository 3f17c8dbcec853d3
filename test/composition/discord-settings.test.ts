import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/composition/config.ts';

describe('Discord settings', () => {
  it('takes the REST base URL without a trailing slash, and treats empty values as unset', () => {
    const config = loadConfig({ DISCORD_TOKEN: 't', DISCORD_API_URL: 'http://127.0.0.1:8080/api/' });
    expect(config.DISCORD_API_URL).toBe('http://127.0.0.1:8080/api');
    expect(loadConfig({ DISCORD_API_URL: '', DISCORD_APPLICATION_ID: '' })).toMatchObject({
      DISCORD_API_URL: undefined,
      DISCORD_APPLICATION_ID: undefined,
    });
  });

  it('refuses a versioned or non-http URL and a non-numeric application id, naming only the variable', () => {
    expect(() => loadConfig({ DISCORD_API_URL: 'https://discord.com/api/v10' })).toThrow(
      /without the version/,
    );
    expect(() => loadConfig({ DISCORD_API_URL: 'discord.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ DISCORD_APPLICATION_ID: 'my-app' })).toThrow(/DISCORD_APPLICATION_ID/);
  });
});
