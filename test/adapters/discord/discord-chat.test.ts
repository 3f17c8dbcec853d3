import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../../src/core/chat-adapter.ts';
import { textReply } from '../../../src/core/reply.ts';
import {
  BOT_ID,
  CHANNEL_ID,
  commandInteraction,
  DM_CHANNEL_ID,
  MANAGE_GUILD,
  messagePayload,
  TOKEN,
} from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { messageBodies, shownText, startTestBot } from './discord-test-bot.ts';

const ANSWER = 'Ambassador Chen Xu leads the delegation of China.';

describe('the Discord adapter, driving the real discord.js client against a local Discord', () => {
  let standIn: DiscordStandIn;
  let chat: ChatAdapter;
  let release: () => void;
  const questions: string[] = [];

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ heartbeatMs: 500 });
    // A hostile answerer that repeats the question verbatim: mention safety must not rely on the core.
    const bot = startTestBot(standIn, (question) => {
      questions.push(question);
      return textReply(/china/i.test(question) ? ANSWER : `You said: ${question}`);
    });
    chat = bot.chat;
    release = bot.admin.release;
    await chat.start();
  });
  afterAll(async () => {
    await chat?.stop();
    await standIn?.close();
  });

  /** Sends an INTERACTION_CREATE and returns the callback the bot answered it with. */
  async function interact(payload: ReturnType<typeof commandInteraction>) {
    standIn.dispatch('INTERACTION_CREATE', payload);
    const callback = await standIn.waitForRequest(
      (r) => r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`,
    );
    return callback.body;
  }

  it('logs in through the gateway that GET /gateway/bot names: IDENTIFY, READY, GUILD_CREATE', async () => {
    expect(standIn.requests.some((r) => r.method === 'GET' && r.path === '/api/v10/gateway/bot')).toBe(true);
    const identify = standIn.frames.find((f) => f.op === 2)!;
    expect(identify.d.token).toBe(TOKEN);
    // Guilds | GuildMessages | DirectMessages, and no privileged MESSAGE_CONTENT (1 << 15).
    expect(identify.d.intents).toBe(1 | (1 << 9) | (1 << 12));
    expect(chat.isReady()).toBe(true);
    // Heartbeats are acknowledged, so the session stays up.
    await standIn.waitForFrame((f) => f.op === 1, 3000);
  });

  it('/upr review China is answered in the interaction callback with Chen Xu and <t:…> times', async () => {
    const body = await interact(commandInteraction({ subcommand: 'review', options: { state: 'China' } }));
    expect(body.type).toBe(4);
    const text = shownText(body.data);
    expect(text).toContain('Review of China');
    expect(text).toContain('Chen Xu');
    // Tue 23 Jan 2024 09:00-12:30 Geneva = 08:00-11:30 UTC.
    expect(text).toContain('<t:1705996800:F>–<t:1706009400:t>');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.flags ?? 0).toBe(0);
  });

  it.each([
    ['help', {}, 'upr-bot: the UN Universal Periodic Review'],
    ['next', { state: 'Nigeria' }, 'Review of Nigeria'],
    // A multi-word state arrives whole, as Discord separated it.
    ['next', { state: 'Saudi Arabia' }, 'Review of Saudi Arabia'],
    ['review', { state: 'Saudi Arabia' }, 'Review of Saudi Arabia'],
    ['ask', { question: "who leads China's delegation?" }, 'Chen Xu'],
    ['schedule', { period: '2024-01-23' }, 'Review of China'],
    ['delegation', { state: 'PRC' }, 'Delegation of China'],
    ['events', { filter: 'CSHRS' }, 'Events organised by CSHRS'],
    ['about', {}, 'About upr-bot'],
  ])('/upr %s answers through the interaction callback', async (subcommand, options, expected) => {
    const body = await interact(commandInteraction({ subcommand, options }));
    expect(body.type).toBe(4);
    expect(shownText(body.data)).toContain(expected);
    // help is for the asker only.
    expect(Boolean(body.data.flags & 64)).toBe(subcommand === 'help');
  });

  it('refuses an option the command does not have (a stale registration) instead of guessing', async () => {
    const body = await interact(
      commandInteraction({ subcommand: 'review', options: { state: 'China', country: 'Nigeria' } }),
    );
    expect(shownText(body.data)).toContain('"review" has no option "country"');
    expect(body.data.flags & 64).toBe(64);
  });

  it('offers reviewed states while the user types, at most 25', async () => {
    const typed = await interact(
      commandInteraction({ subcommand: 'review', options: { state: 'ma' }, focused: 'state' }),
    );
    expect(typed.type).toBe(8);
    expect(typed.data.choices.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Malaysia', 'Malta', 'Mauritius']),
    );
    const empty = await interact(
      commandInteraction({ subcommand: 'next', options: { state: '' }, focused: 'state' }),
    );
    expect(empty.data.choices).toHaveLength(14);
    expect(empty.data.choices.length).toBeLessThanOrEqual(25);
  });

  it("offers them in the reader's language, found by their names in any language, the value the data's name", async () => {
    const offered = async (state: string, locale: string) =>
      (
        await interact(
          commandInteraction({ subcommand: 'review', options: { state }, focused: 'state', locale }),
        )
      ).data.choices;
    const chinese = await offered('中', 'zh-CN');
    expect(chinese).toContainEqual({ name: '中国', value: 'China' });
    expect(chinese.length).toBeLessThan(14);
    expect(await offered('arabie', 'fr')).toEqual([{ name: 'Arabie saoudite', value: 'Saudi Arabia' }]);
  });

  it.each([
    ['subscribe', { states: 'China' }],
    ['update', { state: 'China', text: 'The report was adopted.' }],
  ])('refuses /upr-admin %s to a member without Manage Server, only to them', async (subcommand, options) => {
    const refused = await interact(
      commandInteraction({ command: 'upr-admin', subcommand, options, permissions: '3072' }),
    );
    expect(refused.type).toBe(4);
    expect(refused.data.flags & 64).toBe(64);
    expect(shownText(refused.data)).toContain(`Only admins can use "${subcommand}"`);
  });

  // A deliberately slow admin command (the test's gate): the real ones answer too fast to defer.
  it('runs a slow admin command for a member with Manage Server, deferred then edited', async () => {
    const payload = commandInteraction({
      command: 'upr-admin',
      subcommand: 'announce',
      options: { text: 'the session opens on Monday' },
      permissions: MANAGE_GUILD,
    });
    // The command is slow: the bot defers (type 5) and then edits the original reply.
    const deferred = await interact(payload);
    expect(deferred.type).toBe(5);
    release();
    const edit = await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path.endsWith(`/webhooks/${payload.application_id}/${payload.token}/messages/@original`),
    );
    expect(edit.body.content).toBe('Announced: the session opens on Monday');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers a mention in the channel with the core's answer, pinging nobody", async () => {
    const asked = messagePayload(`<@${BOT_ID}> who leads China's delegation?`, { mentionsBot: true });
    standIn.dispatch('MESSAGE_CREATE', asked);
    const sent = await standIn.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/api/v10/channels/${CHANNEL_ID}/messages` &&
        r.body.message_reference?.message_id === asked.id,
    );
    expect(questions).toContain("who leads China's delegation?");
    expect(sent.body.content).toBe(ANSWER);
    expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a direct message without a mention', async () => {
    const asked = messagePayload('when is the review of China?', { direct: true });
    standIn.dispatch('MESSAGE_CREATE', asked);
    const sent = await standIn.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/api/v10/channels/${DM_CHANNEL_ID}/messages` &&
        r.body.message_reference?.message_id === asked.id,
    );
    expect(sent.body.content).toBe(ANSWER);
  });

  it('ignores channel messages that do not mention the bot', async () => {
    const before = standIn.requests.length;
    standIn.dispatch('MESSAGE_CREATE', messagePayload("who leads China's delegation?"));
    // A DM right after it is answered; the unaddressed message before it was not.
    const dm = messagePayload('review China', { direct: true });
    standIn.dispatch('MESSAGE_CREATE', dm);
    await standIn.waitForRequest((r) => r.body?.message_reference?.message_id === dm.id);
    const posted = standIn.requests
      .slice(before)
      .filter((r) => r.path === `/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(posted).toHaveLength(0);
  });

  it('never lets user text ping: @everyone in a mention or an argument is sent with parse: []', async () => {
    const asked = messagePayload(`<@${BOT_ID}> @everyone @here <@&123456789012345678> look`, {
      mentionsBot: true,
    });
    standIn.dispatch('MESSAGE_CREATE', asked);
    const echoed = await standIn.waitForRequest((r) => r.body?.message_reference?.message_id === asked.id);
    // The hostile answerer repeated it; Discord is told to parse no mentions, so nobody is pinged.
    expect(echoed.body.content).toContain('@everyone');
    expect(echoed.body.allowed_mentions.parse).toEqual([]);

    const body = await interact(
      commandInteraction({ subcommand: 'review', options: { state: '@everyone' } }),
    );
    expect(shownText(body.data)).not.toContain('@everyone');

    // Every message the stand-in received so far parses no mentions.
    const bodies = messageBodies(standIn.requests);
    expect(bodies.length).toBeGreaterThan(10);
    for (const sent of bodies) expect(sent.allowed_mentions?.parse).toEqual([]);
  });

  it('resumes the session after the gateway drops, and keeps answering', async () => {
    const connections = standIn.connections();
    standIn.dropConnection(4000);
    const resume = await standIn.waitForFrame((f) => f.op === 6, 10_000);
    expect(resume.d.token).toBe(TOKEN);
    expect(resume.d.session_id).toMatch(/^session-/);
    expect(resume.d.seq).toBeGreaterThan(2);
    expect(standIn.connections()).toBe(connections + 1);
    expect(standIn.frames.filter((f) => f.op === 2)).toHaveLength(1);
    const body = await interact(commandInteraction({ subcommand: 'review', options: { state: 'Nigeria' } }));
    expect(shownText(body.data)).toContain('Review of Nigeria');
  });
});
