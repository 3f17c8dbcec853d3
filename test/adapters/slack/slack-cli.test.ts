import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackWebApiStandIn, startSlackWebApi } from '../../fakes/slack-web-api.ts';
import { BIN } from '../../support/run-cli.ts';
import { tempDatabase } from '../../support/temp-database.ts';
import { sign } from './slack-harness.ts';

// The "done when" of the Slack issue: `upr-bot start` with Slack settings and standard input
// closed runs as a service, serves POST /slack/events and answers a signed `/upr review China`.

const SECRET = 'cli-signing-secret';

describe('upr-bot start with Slack settings', () => {
  let api: SlackWebApiStandIn;
  let child: ChildProcess;
  let stderr = '';
  let port: number;
  const db = tempDatabase();

  beforeAll(async () => {
    api = await startSlackWebApi();
    child = spawn(process.execPath, [BIN, 'start'], {
      env: {
        ...process.env,
        SLACK_BOT_TOKEN: 'xoxb-cli-token',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: api.apiUrl,
        PORT: '0',
        DATABASE_URL: db.url,
        LOG_LEVEL: 'info',
      },
      // Standard input closed, as under Docker or systemd.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    port = await new Promise<number>((resolve, reject) => {
      child.stderr!.on('data', (chunk) => {
        stderr += chunk;
        const match = /"port":(\d+)[^\n]*slack listening/.exec(stderr);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', (code) => reject(new Error(`upr-bot exited (${code}) before listening:\n${stderr}`)));
    });
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await api?.close();
    db.cleanup();
  });

  it('answers a signed /upr review China within 3 s and a mention, keeps running, and stops on SIGTERM', async () => {
    const body = new URLSearchParams({
      command: '/upr',
      text: 'review China',
      user_id: 'U0CLI',
      channel_id: 'C0CLI',
      team_id: 'T0UPR',
      response_url: api.responseUrl('cli'),
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Slack-Request-Timestamp': String(timestamp),
        'X-Slack-Signature': sign(body, timestamp, SECRET),
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3000);
    const followUp = await api.waitFor('response_url', (c) => c.path === '/response/cli', 10_000);
    expect(String(followUp.args.text)).toContain('Chen Xu');
    expect(String(followUp.args.text)).toContain('Tue 23 Jan 2024, 09:00-12:30 Geneva time');
    expect(JSON.stringify(followUp.args.blocks)).toContain('<!date^1705996800^');
    expect(api.callsTo('auth.test')[0]?.authorization).toBe('Bearer xoxb-cli-token');
    // A signed mention is answered in the channel by the questions engine.
    const mention = JSON.stringify({
      team_id: 'T0UPR',
      type: 'event_callback',
      event_id: 'EvCliMention',
      event: {
        type: 'app_mention',
        user: 'U0CLI',
        text: "<@UBOT> who leads China's delegation?",
        channel: 'C0CLI',
        ts: '1706000000.000300',
      },
    });
    const signedAt = Math.floor(Date.now() / 1000);
    const acknowledged = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Slack-Request-Timestamp': String(signedAt),
        'X-Slack-Signature': sign(mention, signedAt, SECRET),
      },
      body: mention,
    });
    expect(acknowledged.status).toBe(200);
    const answer = await api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0CLI', 10_000);
    expect(String(answer.args.text)).toContain('Chen Xu');

    // Its input was closed from the start, and it is still serving.
    expect(child.exitCode).toBeNull();
    expect(stderr).not.toContain('xoxb-cli-token');
    expect(stderr).not.toContain(SECRET);

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
