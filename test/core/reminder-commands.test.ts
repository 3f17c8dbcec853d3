import { afterEach, describe, expect, it } from 'vitest';
import { storagePorts } from '../../src/composition/bot-runtime.ts';
import { createBotCore } from '../../src/core/bot-core.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { settingsKey } from '../../src/core/reminders/settings-key.ts';
import { renderPlain } from '../../src/core/reply-text.ts';
import { inbound } from '../support/built-in.ts';
import { reminderHarness } from '../support/reminder-harness.ts';

type Harness = Awaited<ReturnType<typeof reminderHarness>>;
let h: Harness;
afterEach(async () => h?.cleanup());

async function chat() {
  h = await reminderHarness();
  const { storage } = h;
  const knowledge = buildKnowledge((await storage.data.load())!);
  const core = createBotCore({ knowledge: () => knowledge, ports: storagePorts(storage) });
  const now = '2024-01-20T10:00:00Z';
  return async (text: string, admin = true) => {
    const reply = await core.handle(inbound(text, now, { user: { id: 'U1', name: 'ana', isAdmin: admin } }));
    return renderPlain(reply, now);
  };
}

/** The same core, given a command with named arguments, as the Discord adapter sends them. */
async function namedChat() {
  await chat();
  const knowledge = buildKnowledge((await h.storage.data.load())!);
  const core = createBotCore({ knowledge: () => knowledge, ports: storagePorts(h.storage) });
  const now = '2024-01-20T10:00:00Z';
  return async (name: string, args: Record<string, string>, admin = true) => {
    const message = inbound(name, now, {
      platform: 'discord',
      command: { name, args },
      user: { id: 'U1', name: 'ana', isAdmin: admin },
    });
    return renderPlain(await core.handle(message), now);
  };
}

describe('subscribe, subscriptions and unsubscribe', () => {
  it('validates the arguments and echoes them back as the channel settings', async () => {
    const say = await chat();
    const text = await say(
      'subscribe China, Saudi Arabia kinds:reviews,digest lead:24h,30m zone:Europe/Paris',
    );
    expect(text).toContain('States: China, Saudi Arabia');
    expect(text).toContain('Kinds: reviews, daily digest (digest)');
    expect(text).toContain('Lead times: 24h, 30m before reviews');
    expect(text).toContain('Digest: 08:00 Paris time');
    expect(await say('subscriptions')).toContain('States: China, Saudi Arabia');
    const sub = (await h.storage.subscriptions.find('console', 'C1'))!;
    expect(sub).toMatchObject({
      states: ['CHN', 'SAU'],
      kinds: ['reviews', 'digest'],
      leadMinutes: [1440, 30],
      zone: 'Europe/Paris',
    });
  });

  it('takes bare values too', async () => {
    const say = await chat();
    const text = await say('subscribe Nigeria reviews,updates 2h Asia/Tokyo');
    expect(text).toContain('States: Nigeria');
    expect(text).toContain('Kinds: reviews, review updates (updates)');
    expect(text).toContain('Lead times: 2h before');
    expect(text).toContain('(Asia/Tokyo)');
  });

  it('subscribes to everything by default', async () => {
    const say = await chat();
    const text = await say('/upr subscribe');
    expect(text).toContain('States: all');
    expect(text).toContain(
      'Kinds: session start and end (window), daily digest (digest), reviews, report adoptions (adoptions), side meetings (side-meetings), review updates (updates)',
    );
    expect(text).toContain('Digest: 08:00 Geneva time (Europe/Zurich)');
  });

  it('refuses bad input with a short message and changes nothing', async () => {
    const say = await chat();
    await say('subscribe China');
    for (const [input, message] of [
      ['subscribe Atlantis', 'I don\'t know the state "Atlantis"'],
      ['subscribe kinds:gossip', 'kinds are window, digest, reviews'],
      ['subscribe lead:soon', 'lead times look like 24h'],
      ['subscribe zone:Mars/Olympus', 'IANA zone'],
      ['subscribe Germany', 'Germany is not reviewed in this session'],
    ] as const) {
      const text = await say(input);
      expect(text, input).toContain(message);
      expect(text.length, input).toBeLessThan(300);
    }
    expect((await h.storage.subscriptions.find('console', 'C1'))!.states).toEqual(['CHN']);
  });

  it('is for admins only', async () => {
    const say = await chat();
    expect(await say('subscribe', false)).toContain('Only admins can use "subscribe"');
    expect(await say('update China hello', false)).toContain('Only admins');
    expect(await h.storage.subscriptions.find('console', 'C1')).toBeUndefined();
  });

  it('unsubscribes, withdrawing pending reminders', async () => {
    const say = await chat();
    await say('subscribe');
    h.clock.at = '2024-01-20T10:00:10.000Z';
    const scheduler = h.makeScheduler();
    await scheduler.tick();
    // Reminders are planned once for the channel's settings; none is a row before it is due.
    const sub = (await h.storage.subscriptions.find('console', 'C1'))!;
    expect(await h.storage.templates.upcoming(settingsKey(sub), h.clock.at)).toBeGreaterThan(10);
    expect(await say('unsubscribe')).toContain('no more reminders');
    expect(await say('subscriptions')).toContain('not subscribed');
    // When they fall due, nothing is written or sent for the channel.
    h.clock.at = '2024-01-23T12:00:00.000Z';
    await scheduler.tick();
    expect(await h.storage.ledger.list({ subscriptionId: sub.id })).toEqual([]);
    expect(h.posts).toEqual([]);
  });
});

describe('remind me and update', () => {
  it('records a personal reminder and says when it will come', async () => {
    const say = await chat();
    expect(await say('remind me China 30m')).toContain(
      'I will send you a direct message Tue 23 Jan 2024, 08:30 Geneva time, 30 minutes before Review of China starts.',
    );
    expect(await say('remind me China 30m')).toContain('You already asked');
    expect(await say('remind me Mauritius')).toContain('has no announced time yet');
    expect(await say('remind China 30m')).toContain('You already asked');
    expect(await say('remind you China')).toContain('Write "remind me <state or event> [lead]"');
  });

  it('finds events by organiser or acronym, and explains an event without a time', async () => {
    const say = await chat();
    expect(await say('remind me CSHRS')).toContain(
      'Chinese Modernization and Human Rights Protection has no announced time yet',
    );
    expect(await say('remind me protest during 24h')).toContain(
      "24 hours before Protest during China's review",
    );
  });

  it('records an update with who posted it and says how many channels it goes to', async () => {
    const say = await chat();
    await say('subscribe');
    expect(await say('update China The delegation answered @everyone 30 questions')).toContain(
      'Update on China recorded. It goes once to 1 subscribed channel.',
    );
    const [update] = await h.storage.reviewUpdates.all();
    expect(update).toMatchObject({ state: 'CHN', postedBy: 'ana' });
    expect(update!.text).not.toContain('@everyone');
  });
});

describe('named arguments, as Discord sends its options', () => {
  it('subscribe takes each option whole: multi-word states, spaced lists, a zone', async () => {
    const say = await namedChat();
    const text = await say('subscribe', {
      states: 'China, Saudi Arabia',
      kinds: 'reviews, digest',
      lead: '24h,1h',
      zone: 'Europe/Paris',
    });
    expect(text).toContain('States: China, Saudi Arabia');
    expect((await h.storage.subscriptions.find('discord', 'C1'))!).toMatchObject({
      states: ['CHN', 'SAU'],
      kinds: ['reviews', 'digest'],
      leadMinutes: [1440, 60],
      zone: 'Europe/Paris',
    });
  });

  it('an option left out shifts nothing: kinds alone is kinds, not states', async () => {
    const say = await namedChat();
    expect(await say('subscribe', { kinds: 'updates' })).toContain('States: all');
    expect(await say('subscribe', { lead: '2h', states: 'Nigeria' })).toContain('Lead times: 2h before');
    expect((await h.storage.subscriptions.find('discord', 'C1'))!).toMatchObject({
      states: ['NGA'],
      kinds: ['window', 'digest', 'reviews', 'adoptions', 'side-meetings', 'updates'],
    });
  });

  it('still validates, checks rights and refuses what the command does not have', async () => {
    const say = await namedChat();
    expect(await say('subscribe', { zone: 'Mars/Olympus' })).toContain('the zone must be an IANA zone');
    expect(await say('subscribe', { states: 'Atlantis' })).toContain(`I don't know the state "Atlantis"`);
    expect(await say('subscribe', {}, false)).toContain('Only admins can use "subscribe"');
    expect(await say('subscribe', { channel: 'x' })).toContain('"subscribe" has no option "channel"');
    expect(await say('frobnicate', {})).toContain(`I don't know the command "frobnicate"`);
    expect(await h.storage.subscriptions.find('discord', 'C1')).toBeUndefined();
  });

  it('remind takes a multi-word target and an optional lead, with no "me"', async () => {
    const say = await namedChat();
    expect(await say('remind', { target: 'China', lead: '30m' })).toContain(
      '30 minutes before Review of China',
    );
    expect(await say('remind', { target: 'China' })).toContain('1 hour before Review of China');
    expect(await say('remind', { target: 'Saudi Arabia', lead: '24h' })).toContain(
      '24 hours before Review of Saudi Arabia',
    );
    expect(await say('remind', {})).toContain('Missing target');
  });

  it('update and review take multi-word states and text whole', async () => {
    const say = await namedChat();
    await say('subscribe', {});
    expect(await say('update', { state: 'Saudi Arabia', text: 'The report was adopted.' })).toContain(
      'Update on Saudi Arabia recorded. It goes once to 1 subscribed channel.',
    );
    expect(await say('review', { state: 'Saudi Arabia' })).toContain('Review of Saudi Arabia');
  });
});
