import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { textReply } from '../../../src/core/reply.ts';
import { builtInData } from '../../support/built-in.ts';
import { chatText } from '../../support/fuzz-text.ts';
import { slackPings } from '../../support/ping-check.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';

// Random slash commands, mentions, direct messages and raw bodies, signed and sent to the real
// Bolt app: each is answered (or refused with a 4xx), nothing crashes, and no reply can ping.

/** Slack's mention, broadcast and link syntax, escaped and not, and its markup. */
const text = chatText([
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0TEAM|@team>',
  '<@U0OTHER>',
  '<@W0OTHER|bob>',
  '<#C0OTHER|general>',
  '&lt;!channel&gt;',
  '@channel',
  '*bold*',
  '`code`',
  '<https://evil.example|click>',
]);

describe('Slack inbound, fuzzed', () => {
  let slack: SlackHarness;
  let sent = 0;
  const channel = () => `C0FUZZ${++sent}`;

  beforeAll(async () => {
    const knowledge = buildKnowledge(builtInData());
    slack = await startSlackHarness({
      // The real core over the harness's own SQLite file, so that admin commands really run, with
      // a careless questions engine that repeats the question: safety must not rest on the core.
      core: (storage) =>
        createBotCore({
          knowledge: () => knowledge,
          ports: storagePorts(storage),
          answerQuestion: (question) => textReply(`You asked: ${question}`),
        }),
      knowledge,
      adminUserIds: ['U0ADMIN'],
    });
  });
  afterAll(async () => {
    await slack?.close();
  });

  it('answers every /upr command, from admins and others, without a ping', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('U0ADMIN', 'U0MEMBER'), async (typed, user) => {
        const where = channel();
        const { status, responseId } = await slack.slash(typed, { user, channel: where });
        expect(status).toBe(200);
        const reply = await slack.api.waitFor('response_url', (c) => c.path === `/response/${responseId}`);
        expect(slackPings(reply.args)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('answers every mention and direct message without a ping', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (typed, direct) => {
        const where = direct ? `D0FUZZ${++sent}` : channel();
        const event = direct
          ? { type: 'message', channel_type: 'im', user: 'U0MEMBER', text: typed, channel: where, ts: '1.1' }
          : { type: 'app_mention', user: 'U0MEMBER', text: `<@UBOT> ${typed}`, channel: where, ts: '1.1' };
        const { status } = await slack.event(event);
        expect(status).toBe(200);
        // Help and refusals go to the asker alone (postEphemeral) in a channel.
        const inChannel = (c: { args: Record<string, unknown> }) => c.args.channel === where;
        const reply = await Promise.any([
          slack.api.waitFor('chat.postMessage', inChannel),
          slack.api.waitFor('chat.postEphemeral', inChannel),
        ]);
        expect(slackPings(reply.args)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('refuses malformed bodies with a 4xx and keeps answering', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Bodies that are not Slack payloads at all. (A signed object Bolt has no listener for
        // waits out Slack's 3 seconds before its 404: the event test above covers real shapes.)
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom('null', '0', '"text"', 'true', ''),
          fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string()).map((v) => JSON.stringify(v)),
        ),
        // (Any text reads as a form, an object: forms are covered in slack-security.test.ts.)
        fc.constantFrom('application/json', 'text/plain'),
        async (body, contentType) => {
          const { status } = await slack.post(body, { contentType });
          expect(status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    const { responseId } = await slack.slash('about');
    await slack.api.waitFor('response_url', (c) => c.path === `/response/${responseId}`);
  }, 120_000);
});
