import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../../src/core/bot-core.ts';
import type { EventLedger } from '../../../src/core/chat-adapter.ts';
import type { Inbound } from '../../../src/core/inbound.ts';
import { reply } from '../../../src/core/reply.ts';
import { testCore } from '../../support/built-in.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';

// Mentions and direct messages reach the core as messages and are answered with chat.postMessage;
// a retried event is answered once; opening the App Home publishes it.

const ANSWER = 'Ambassador Chen Xu leads the delegation of China.';

describe('Slack events', () => {
  let slack: SlackHarness;
  const seen: Inbound[] = [];
  const ledgerEvents = new EventEmitter();
  const watched = (real: EventLedger): EventLedger => ({
    async claim(key, at) {
      const claimed = await real.claim(key, at);
      ledgerEvents.emit('claim', key, claimed);
      return claimed;
    },
    async release(key) {
      await real.release(key);
      ledgerEvents.emit('release', key);
    },
    forgetBefore: (before) => real.forgetBefore(before),
  });
  const next = (name: string, key: string) =>
    new Promise<unknown[]>((resolve) => {
      const listener = (k: string, ...rest: unknown[]) => {
        if (k !== key) return;
        ledgerEvents.off(name, listener);
        resolve(rest);
      };
      ledgerEvents.on(name, listener);
    });

  beforeAll(async () => {
    const { knowledge } = testCore();
    const core = createBotCore({
      knowledge: () => knowledge,
      ports: { dataStatus: async () => undefined },
      // The questions engine's stand-in: it answers, and (carelessly) repeats the question.
      answerQuestion: (question) =>
        reply([{ kind: 'section', lines: [[ANSWER], [`You asked: ${question}`]] }]),
    });
    slack = await startSlackHarness({
      core: {
        commands: core.commands,
        handle: (inbound) => {
          seen.push(inbound);
          return core.handle(inbound);
        },
      },
      knowledge,
      ledger: watched,
    });
    slack.api.users.set('U0ASKER', { id: 'U0ASKER', name: 'asker', tz: 'Asia/Tokyo' });
  });
  afterAll(async () => {
    await slack?.close();
  });

  const mention = (channel: string, text: string) => ({
    type: 'app_mention',
    user: 'U0ASKER',
    text,
    ts: '1706000000.000100',
    channel,
    event_ts: '1706000000.000100',
  });

  it('answers a mention in the channel with the core answer, as a message', async () => {
    const { status, elapsedMs } = await slack.event(
      mention('C0ASK', "<@UBOT> who leads China's delegation?"),
    );
    expect(status).toBe(200);
    expect(elapsedMs).toBeLessThan(3000);
    const posted = await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0ASK');
    expect(String(posted.args.text)).toContain(ANSWER);
    expect(JSON.stringify(posted.args.blocks)).toContain('Chen Xu');
    const inbound = seen.find((i) => i.channel.ref === 'C0ASK')!;
    expect(inbound).toMatchObject({
      platform: 'slack',
      kind: 'message',
      text: "who leads China's delegation?",
      user: { id: 'U0ASKER', isAdmin: false },
      channel: { isDirect: false, workspace: 'T0UPR' },
      zone: 'Asia/Tokyo',
    });
  });

  it('never lets a question ping the channel, even when the answer repeats it', async () => {
    await slack.event(
      mention('C0PING', '<@UBOT> <!channel> <!here|here> &lt;!everyone&gt; @here <@U0OTHER> hi?'),
    );
    const posted = await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0PING');
    const sent = JSON.stringify(posted.args);
    expect(sent).toContain('You asked');
    expect(sent).not.toMatch(/<!(channel|here|everyone)|<@U|<!subteam|(^|[^\u200B])@(here|channel|everyone)/);
  });

  it('answers a direct message, with a command typed as text', async () => {
    await slack.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D0ASKER',
      user: 'U0ASKER',
      text: 'review China',
      ts: '1706000000.000200',
    });
    const posted = await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'D0ASKER');
    expect(String(posted.args.text)).toContain('Chen Xu');
    expect(seen.find((i) => i.channel.ref === 'D0ASKER')).toMatchObject({
      kind: 'message',
      channel: { isDirect: true },
    });
  });

  it('ignores its own posts, edits and channel chatter', async () => {
    const before = seen.length;
    const events = [
      {
        type: 'message',
        channel_type: 'im',
        channel: 'D0X',
        user: 'UBOT',
        bot_id: 'BUPR',
        text: 'hi',
        ts: '1.1',
      },
      { type: 'message', channel_type: 'im', channel: 'D0X', subtype: 'message_changed', ts: '1.2' },
      {
        type: 'message',
        channel_type: 'channel',
        channel: 'C0X',
        user: 'U0ASKER',
        text: 'review China',
        ts: '1.3',
      },
    ];
    for (const event of events) await slack.event(event, { eventId: `Ev-ignore-${event.ts}` });
    // Ignored before the core is asked; a later mention shows the app went on past them.
    await slack.event(mention('C0SENTINEL', '<@UBOT> about'));
    await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0SENTINEL');
    expect(seen.slice(before).map((i) => i.channel.ref)).toEqual(['C0SENTINEL']);
  });

  it('answers a retried event once', async () => {
    const event = mention('C0RETRY', '<@UBOT> who leads China?');
    const firstClaim = next('claim', 'slack:T0UPR:EvRetry');
    await slack.event(event, { eventId: 'EvRetry' });
    expect(await firstClaim).toEqual([true]);
    await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0RETRY');
    const retryClaim = next('claim', 'slack:T0UPR:EvRetry');
    expect((await slack.event(event, { eventId: 'EvRetry', retryNum: 1 })).status).toBe(200);
    expect(await retryClaim).toEqual([false]);
    expect(slack.api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0RETRY')).toHaveLength(1);
  });

  it('answers the retry when the first attempt could not post', async () => {
    const event = mention('C0FLAKY', '<@UBOT> who leads China?');
    slack.api.failNext('chat.postMessage', { error: 'internal_error' });
    const released = next('release', 'slack:T0UPR:EvFlaky');
    await slack.event(event, { eventId: 'EvFlaky' });
    await released;
    await slack.event(event, { eventId: 'EvFlaky', retryNum: 1 });
    await slack.api.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0FLAKY' && !c.failed && String(c.args.text).includes(ANSWER),
    );
    const attempts = slack.api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0FLAKY');
    expect(attempts.map((c) => c.failed)).toEqual([true, false]);
  });

  it('answers a command-only mention for the asker alone when the reply is ephemeral', async () => {
    await slack.event(mention('C0HELP', '<@UBOT> help'));
    const posted = await slack.api.waitFor('chat.postEphemeral', (c) => c.args.channel === 'C0HELP');
    expect(posted.args.user).toBe('U0ASKER');
    expect(String(posted.args.text)).toContain('/upr review');
  });

  it('publishes the App Home when the tab is opened', async () => {
    await slack.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0ASKER', tab: 'home' });
    const published = await slack.api.waitFor('views.publish', (c) => c.args.user_id === 'U0ASKER');
    const view = published.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Coming up');
    // At 10:00 on 23 January, China's review is under way and Nigeria's is still to come.
    expect(text).toContain('China');
    expect(text).toContain('Nigeria');
    expect(text).toContain("This workspace's subscriptions");
  });

  it.each([
    ['zh-CN', ['即将进行', '中国的审议', '本工作区的订阅', '在任何地方输入“/upr help”']],
    ['fr-FR', ['À venir', 'Examen : Chine', 'Abonnements de cet espace de travail', 'Tapez « /upr help »']],
    [
      'es-ES',
      ['Próximamente', 'Examen de China', 'Suscripciones de este espacio de trabajo', 'Escriba «/upr help»'],
    ],
  ] as const)("publishes the App Home in the person's Slack language (%s)", async (locale, expected) => {
    const user = `U0HOME${locale.slice(0, 2).toUpperCase()}`;
    slack.api.users.set(user, { id: user, name: 'reader', tz: 'Europe/Paris', locale });
    await slack.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' });
    const published = await slack.api.waitFor('views.publish', (c) => c.args.user_id === user);
    const text = JSON.stringify((published.args.view as { blocks: unknown[] }).blocks);
    for (const part of expected) expect(text).toContain(part);
    expect(text).not.toMatch(/Coming up|This workspace's subscriptions|Type \\"\/upr help/);
  });
});
