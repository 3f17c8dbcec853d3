import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/app/bot-runtime.ts';
import type { ChatAdapter } from '../../../src/app/chat-adapter.ts';
import { openStorage, type Storage } from '../../../src/store/storage.ts';
import { commandInteraction, MANAGE_GUILD } from '../../fakes/discord-payloads.ts';
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

  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    storage = await openStorage(db.url);
    const bot = startTestBot(standIn, undefined, { ports: storagePorts(storage), clock });
    chat = bot.chat;
    knowledge = bot.knowledge;
    await chat.start();
    for (const channel of [ALPHA, BRAVO, BUSY, GONE]) {
      const payload = commandInteraction({
        command: 'upr-admin',
        subcommand: 'subscribe',
        options: { kinds: 'window' },
        permissions: MANAGE_GUILD,
        channel,
      });
      standIn.dispatch('INTERACTION_CREATE', payload);
      const callback = await standIn.waitForRequest((r) => r.path.endsWith(`/${payload.token}/callback`));
      expect(shownText(callback.body.data)).toContain('This channel is subscribed to reminders');
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

    const gone = await storage.prisma.subscription.findFirstOrThrow({ where: { channelRef: GONE } });
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
});
