import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import {
  followUp,
  postSigned,
  SIGNING_SECRET,
  slashBody,
  startSlackHarness,
} from '../test/adapters/slack/slack-harness.ts';
import { type BenchResult, interleaved } from './bench-harness.ts';

// A signed `/upr next` through the real Bolt app until its reply reaches the stand-in's
// response_url, against a bare Bolt app on the same stand-in that replies with a fixed text.

export async function benchSlackCommand(rounds = 300): Promise<BenchResult> {
  const slack = await startSlackHarness();
  const { api } = slack;
  const bare = new App({
    token: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    clientOptions: { slackApiUrl: api.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  bare.command('/upr', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'in_channel', text: 'A fixed reply.' });
  });
  const server = (await bare.start(0)) as Server;
  const bareUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  let n = 0;
  const bot = async () => {
    const { responseId } = await slack.slash('next', { responseId: `bot-${n++}` });
    await followUp(slack, responseId);
  };
  const baseline = async () => {
    const responseId = `bare-${n++}`;
    const body = slashBody('next', api.responseUrl(responseId));
    await postSigned(bareUrl, body, { contentType: 'application/x-www-form-urlencoded' });
    await api.waitFor('response_url', (c) => c.path === `/response/${responseId}`);
  };
  try {
    const { subject, baseline: base, ratio } = await interleaved(bot, baseline, rounds);
    const reply = await followUp(slack, 'bot-0');
    if (!/review/i.test(reply.text)) throw new Error(`unexpected /upr next reply: ${reply.text}`);
    return {
      name: 'slack /upr next',
      figures: {
        rounds,
        botMedianMs: subject.medianMs,
        botP99Ms: subject.p99Ms,
        bareBoltMedianMs: base.medianMs,
        bareBoltP99Ms: base.p99Ms,
        ratio,
      },
    };
  } finally {
    await bare.stop();
    await slack.close();
  }
}
