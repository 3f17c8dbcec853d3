import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import type { ChatAdapter } from '../../../src/core/chat-adapter.ts';
import { prismaOf } from '../../../src/store/inspection.ts';
import { openStorage, type Storage } from '../../../src/store/storage.ts';
import { CHANNEL_ID, commandInteraction, MANAGE_GUILD, MEMBER_ID } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { tempDatabase } from '../../support/temp-database.ts';
import { settableClock, testScheduler } from '../../support/test-scheduler.ts';
import { shownText, startTestBot } from './discord-test-bot.ts';

// Reminders fan out to the channels subscribed with the real `/upr-admin subscribe`, through the
// real ReminderScheduler tick and discord.js's REST client, against the local Discord.

const ALPHA = '1310000000000000001';
const BRAVO = '1310000000000000002';
const BUSY = '1310000000000000003';
const GONE = '1310000000000000004';

describe('Discord reminders fan out to subscribed channels', () => {
  let standIn: DiscordStandIn;
  let chat: ChatAdapter;
  let storage: Storage;
  let knowledge: ReturnType<typeof startTestBot>['knowledge'];
  const db = tempDatabase();
  const clock = settableClock('2024-01-10T00:00:00.000Z');
  const scheduler = () =>
    testScheduler({ storage, knowledge: () => knowledge, clock, posters: [chat.poster] });
  const postsTo = (channel: string) =>
    standIn.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channel}/messages`);

  /** Sends a slash command and returns what the bot answered in the interaction callback. */
  async function slash(options: Parameters<typeof commandInteraction>[0]) {
    const payload = commandInteraction(options);
    standIn.dispatch('INTERACTION_CREATE', payload);
    const callback = await standIn.waitForRequest((r) => r.path.endsWith(`/${payload.token}/callback`));
    return callback.body;
  }
  const admin = (subcommand: string, options: Record<string, string> = {}) =>
    slash({ command: 'upr-admin', subcommand, options, permissions: MANAGE_GUILD });

  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    storage = await openStorage(db.url);
    const bot = startTestBot(standIn, undefined, { ports: storagePorts(storage), clock });
    chat = bot.chat;
    knowledge = bot.knowledge;
    await chat.start();
    for (const channel of [ALPHA, BRAVO, BUSY, GONE]) {
      const body = await slash({
        command: 'upr-admin',
        subcommand: 'subscribe',
        options: { kinds: 'window' },
        permissions: MANAGE_GUILD,
        channel,
      });
      expect(shownText(body.data)).toContain('This channel is subscribed to reminders');
    }
    clock.at = '2024-01-10T00:00:10.000Z';
    await scheduler().tick();
  });
  afterAll(async () => {
    await chat?.stop();
    await standIn?.close();
    await storage?.close();
    db.cleanup();
  });

  it('posts the due reminder once to each channel, stops an Unknown Channel, and lets the library wait out a 429', async () => {
    standIn.failNext('POST', new RegExp(`/channels/${GONE}/messages$`), {
      status: 404,
      body: { message: 'Unknown Channel', code: 10003 },
    });
    standIn.failNext('POST', new RegExp(`/channels/${BUSY}/messages$`), {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
    });

    clock.at = '2024-01-15T08:00:05.000Z';
    const report = await scheduler().tick();
    expect(report.sent).toHaveLength(3);
    expect(report.failed).toHaveLength(1);
    for (const channel of [ALPHA, BRAVO]) {
      const posts = postsTo(channel);
      expect(posts).toHaveLength(1);
      expect(shownText(posts[0]!.body)).toContain('UPR session 45 opens in 7 days');
      // Opens Mon 22 Jan 2024, 09:00 Geneva = 08:00 UTC, in each reader's zone.
      expect(shownText(posts[0]!.body)).toContain('<t:1705910400:F>');
    }
    // discord.js waited out the 429 and sent it again: one refused, one delivered.
    expect(postsTo(BUSY)).toHaveLength(2);

    const gone = await prismaOf(storage).subscription.findFirstOrThrow({ where: { channelRef: GONE } });
    expect(gone.active).toBe(false);
    expect(gone.stoppedWhy).toContain('10003');

    clock.at = '2024-01-21T08:00:10.000Z';
    expect((await scheduler().tick()).sent).toHaveLength(3);
    for (const channel of [ALPHA, BRAVO]) expect(postsTo(channel)).toHaveLength(2);
    expect(postsTo(BUSY)).toHaveLength(3);
    expect(postsTo(GONE)).toHaveLength(1);

    const posted = standIn.requests.filter(
      (r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path),
    );
    expect(posted).toHaveLength(8);
    for (const post of posted) expect(post.body.allowed_mentions.parse).toEqual([]);
  });

  it('/upr-admin subscribe takes its options by name: multi-word states, lists, a zone, any left out', async () => {
    const body = await admin('subscribe', {
      states: 'China, Saudi Arabia',
      kinds: 'reviews,digest',
      lead: '24h,1h',
      zone: 'Europe/Paris',
    });
    expect(body.data.flags & 64).toBe(64);
    const shown = shownText(body.data);
    expect(shown).toContain('States: China, Saudi Arabia');
    expect(shown).toContain('Kinds: reviews, daily digest (digest)');
    expect(shown).toContain('Lead times: 24h, 1h before');
    expect(shown).toContain('(Europe/Paris)');
    expect(await storage.subscriptions.find('discord', CHANNEL_ID)).toMatchObject({
      states: ['CHN', 'SAU'],
      kinds: ['reviews', 'digest'],
      leadMinutes: [1440, 60],
      zone: 'Europe/Paris',
    });
    // Only the kinds: the states stay every state rather than taking "updates" as a state.
    expect(shownText((await admin('subscribe', { kinds: 'updates' })).data)).toContain('States: all');
    expect(shownText((await admin('subscriptions')).data)).toContain('Kinds: review updates (updates)');
  });

  it('/upr-admin update and unsubscribe, and a member refused', async () => {
    const refused = await slash({
      command: 'upr-admin',
      subcommand: 'update',
      options: { state: 'China', text: 'x' },
    });
    expect(shownText(refused.data)).toContain('Only admins can use "update"');
    const updated = await admin('update', {
      state: 'Saudi Arabia',
      text: 'The Working Group adopted the report.',
    });
    expect(shownText(updated.data)).toContain(
      'Update on Saudi Arabia recorded. It goes once to 1 subscribed channel.',
    );
    expect(shownText((await admin('unsubscribe')).data)).toContain('will get no more reminders');
  });

  it('/upr remind target lead: a personal reminder for whoever asks, no "me" option', async () => {
    clock.at = '2024-01-20T10:00:00.000Z';
    const body = await slash({ subcommand: 'remind', options: { target: 'Saudi Arabia', lead: '30m' } });
    expect(body.data.flags & 64).toBe(64);
    expect(shownText(body.data)).toContain('30 minutes before Review of Saudi Arabia starts');
    const byDefault = await slash({ subcommand: 'remind', options: { target: 'China' } });
    expect(shownText(byDefault.data)).toContain('1 hour before Review of China starts');
    const wishes = await prismaOf(storage).personalReminder.findMany({ where: { userRef: MEMBER_ID } });
    expect(wishes.map((w) => [w.subjectKey, w.leadMinutes])).toEqual([
      ['review:upr45-sau', 30],
      ['review:upr45-chn', 60],
    ]);
  });
});
