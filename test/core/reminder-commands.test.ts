import { afterEach, describe, expect, it } from 'vitest';
import { createBotCore } from '../../src/core/bot-core.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
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
  const core = createBotCore({
    knowledge: () => knowledge,
    ports: {
      dataStatus: () => storage.data.status(),
      subscriptions: storage.subscriptions,
      personalReminders: storage.personalReminders,
      reviewUpdates: storage.reviewUpdates,
    },
  });
  const now = '2024-01-20T10:00:00Z';
  return async (text: string, admin = true) => {
    const reply = await core.handle(inbound(text, now, { user: { id: 'U1', name: 'ana', isAdmin: admin } }));
    return renderPlain(reply, now);
  };
}

describe('subscribe, subscriptions and unsubscribe', () => {
  it('validates the arguments and echoes them back as the channel settings', async () => {
    const say = await chat();
    const text = await say(
      'subscribe China, Saudi Arabia kinds:reviews,digest lead:24h,30m zone:Europe/Paris',
    );
    expect(text).toContain('States: China, Saudi Arabia');
    expect(text).toContain('Kinds: reviews, digest');
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

  it('takes bare values in order too, as Discord sends its options', async () => {
    const say = await chat();
    const text = await say('subscribe Nigeria reviews,updates 2h Asia/Tokyo');
    expect(text).toContain('States: Nigeria');
    expect(text).toContain('Kinds: reviews, updates');
    expect(text).toContain('Lead times: 2h before');
    expect(text).toContain('(Asia/Tokyo)');
  });

  it('subscribes to everything by default', async () => {
    const say = await chat();
    const text = await say('/upr subscribe');
    expect(text).toContain('States: all');
    expect(text).toContain('Kinds: window, digest, reviews, adoptions, side-meetings, updates');
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
    await h.makeScheduler().tick();
    expect((await h.storage.ledger.list({ state: 'pending' })).length).toBeGreaterThan(10);
    expect(await say('unsubscribe')).toContain('no more reminders');
    expect(await h.storage.ledger.list({ state: 'pending' })).toEqual([]);
    expect(await say('subscriptions')).toContain('not subscribed');
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
    expect(await say('remind you China')).toContain('write "remind me');
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
