import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/composition/logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

describe('logger', () => {
  it('writes structured JSON lines', () => {
    const { lines, logger } = capture();
    logger.info({ platform: 'slack' }, 'chat started');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 30, platform: 'slack', msg: 'chat started' });
  });

  it('redacts tokens and signing secrets wherever they appear', () => {
    const { lines, logger } = capture();
    const secrets = {
      token: 'xoxb-secret-1',
      config: {
        SLACK_BOT_TOKEN: 'xoxb-secret-2',
        SLACK_SIGNING_SECRET: 'sign-secret-3',
        DISCORD_TOKEN: 'disc-secret-4',
      },
      request: { headers: { authorization: 'Bot disc-secret-5' } },
      client: { signingSecret: 'sign-secret-6', appToken: 'xapp-secret-7' },
    };
    logger.info(secrets, 'settings loaded');
    const out = lines.join('');
    for (const secret of [
      'secret-1',
      'secret-2',
      'secret-3',
      'secret-4',
      'secret-5',
      'secret-6',
      'secret-7',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
  });

  it('redacts the OAuth secrets: client and state secrets, the encryption key, tokens and refresh tokens', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        config: {
          SLACK_CLIENT_SECRET: 'oauth-secret-1',
          SLACK_STATE_SECRET: 'oauth-secret-2',
          SLACK_ENCRYPTION_KEY: 'oauth-secret-3',
        },
        response: { access_token: 'oauth-secret-4', refresh_token: 'oauth-secret-5' },
        bot: { refreshToken: 'oauth-secret-6', token: 'oauth-secret-7' },
        record: { secrets: '{"token":"oauth-secret-8"}' },
        installation: { bot: { token: 'oauth-secret-9' } },
      },
      'installed',
    );
    const out = lines.join('');
    for (let n = 1; n <= 9; n++) expect(out).not.toContain(`oauth-secret-${n}`);
  });
});
