import {
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type Message,
  MessageFlags,
} from 'discord.js';
import type { Reply } from '../../src/core/reply.ts';
import { NO_MENTIONS } from './discord-client.ts';
import { type DiscordMessage, discordMessagesFor } from './discord-embeds.ts';

// Answering on Discord. Most answers come from memory in milliseconds, so they go straight into
// the interaction callback (one request, no "thinking…" flash). Only when the answer is not
// ready after `deferAfterMs` (a slow question, a busy database) do we defer (type 5), which keeps
// the interaction alive past Discord's 3-second limit, and then edit the original reply.

export const DEFER_AFTER_MS = 1500;

function options(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    content: message.content ?? '',
    embeds: message.embeds,
    allowedMentions: NO_MENTIONS,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Resolves to the value, or to undefined when it is not there after `ms`. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  work: Promise<Reply>,
  settings: { deferAfterMs: number; expectEphemeral: boolean },
): Promise<void> {
  const quick = await within(work, settings.deferAfterMs);
  if (quick) {
    const [first, ...rest] = discordMessagesFor(quick);
    await interaction.reply(options(first!, quick.ephemeral));
    for (const message of rest) await interaction.followUp(options(message, quick.ephemeral));
    return;
  }
  // Whether the answer is private is known for sure only at the end; guess from the command.
  await interaction.deferReply(settings.expectEphemeral ? { flags: MessageFlags.Ephemeral } : {});
  const late = await work;
  const [first, ...rest] = discordMessagesFor(late);
  if (late.ephemeral === settings.expectEphemeral) {
    const { flags: _flags, ...edit } = options(first!, false);
    await interaction.editReply(edit);
  } else {
    await interaction.deleteReply();
    await interaction.followUp(options(first!, late.ephemeral));
  }
  for (const message of rest) await interaction.followUp(options(message, late.ephemeral));
}

/** Replies to a mention or a DM in the same channel, showing "typing…" while a slow answer comes. */
export async function answerMessage(
  message: Message,
  work: Promise<Reply>,
  settings: { deferAfterMs: number },
): Promise<void> {
  const quick = await within(work, settings.deferAfterMs);
  if (!quick && message.channel.isSendable()) await message.channel.sendTyping().catch(() => {});
  const answer = quick ?? (await work);
  const [first, ...rest] = discordMessagesFor(answer);
  const payload = (m: DiscordMessage) => ({
    content: m.content ?? '',
    embeds: m.embeds,
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
  });
  await message.reply(payload(first!));
  for (const next of rest) if (message.channel.isSendable()) await message.channel.send(payload(next));
}
