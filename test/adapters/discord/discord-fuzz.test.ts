import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../../src/core/chat-adapter.ts';
import { coreCommands } from '../../../src/core/commands/command-registry.ts';
import { textReply } from '../../../src/core/reply.ts';
import { BOT_ID, commandInteraction, MANAGE_GUILD, messagePayload } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, type Json, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { chatText } from '../../support/fuzz-text.ts';
import { startTestBot } from './discord-test-bot.ts';

// Random mentions, direct messages and slash commands through the real discord.js client and
// the stand-in Discord: each is answered, nothing crashes, and whatever the text repeats, every
// message tells Discord to parse no mention at all, so nobody and no role is pinged.

const text = chatText([
  `<@${BOT_ID}>`,
  `<@!${BOT_ID}>`,
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '**bold**',
  '||spoiler||',
  '```',
]);

/** Every message body the bot sent since `from`: interaction answers, edits, follow-ups, posts. */
function messagesSince(standIn: DiscordStandIn, from: number): Json[] {
  return standIn.requests
    .slice(from)
    .filter((r) => r.body && typeof r.body === 'object')
    .map((r) => (/\/callback$/.test(r.path) ? r.body.data : r.body))
    .filter((body) => body && (body.content !== undefined || body.embeds !== undefined));
}

/** No mention is parsed: no @everyone/@here, no role, no user, not even the replied-to author. */
function pings(body: Json): boolean {
  const allowed = body.allowed_mentions;
  return (
    !allowed ||
    (allowed.parse ?? []).length > 0 ||
    (allowed.users ?? []).length > 0 ||
    (allowed.roles ?? []).length > 0 ||
    allowed.replied_user === true
  );
}

describe('Discord inbound, fuzzed', () => {
  let standIn: DiscordStandIn;
  let chat: ChatAdapter;

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ heartbeatMs: 500 });
    // A careless questions engine that repeats the question: safety must not rest on the core.
    chat = startTestBot(standIn, (question) => textReply(`You asked: ${question}`)).chat;
    await chat.start();
  });
  afterAll(async () => {
    await chat?.stop();
    await standIn?.close();
  });

  it('answers every mention and direct message, parsing no mention', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (typed, direct) => {
        const from = standIn.requests.length;
        const message = direct
          ? messagePayload(typed, { direct: true })
          : messagePayload(`<@${BOT_ID}> ${typed}`, { mentionsBot: true });
        standIn.dispatch('MESSAGE_CREATE', message);
        await standIn.waitForRequest((r) => r.body?.message_reference?.message_id === message.id);
        const sent = messagesSince(standIn, from);
        expect(sent.length).toBeGreaterThan(0);
        expect(sent.filter(pings)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('answers every slash command, whatever its options, parsing no mention', async () => {
    const names = coreCommands.map((c) => c.name);
    const optionNames = [...new Set(coreCommands.flatMap((c) => Object.keys(c.args.shape))), 'unknown'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.dictionary(fc.constantFrom(...optionNames), text, { maxKeys: 3 }),
        fc.boolean(),
        fc.boolean(),
        async (subcommand, options, admin, direct) => {
          const from = standIn.requests.length;
          const interaction = commandInteraction({
            command:
              coreCommands.find((c) => c.name === subcommand)?.access === 'admin' ? 'upr-admin' : 'upr',
            subcommand,
            options,
            direct,
            ...(admin ? { permissions: MANAGE_GUILD } : {}),
          });
          standIn.dispatch('INTERACTION_CREATE', interaction);
          const callback = await standIn.waitForRequest(
            (r) => r.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`,
          );
          // A deferred answer ("thinking…") is filled in by an edit of the original.
          if (callback.body.type === 5)
            await standIn.waitForRequest(
              (r) =>
                r.method === 'PATCH' && r.path.includes(`/webhooks/`) && r.path.includes(interaction.token),
            );
          const sent = messagesSince(standIn, from);
          expect(sent.length).toBeGreaterThan(0);
          expect(sent.filter(pings)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
