import { type ChatInputCommandInteraction, type Message, PermissionFlagsBits } from 'discord.js';
import type { Inbound } from '../../src/core/inbound.ts';

// Discord events as the core's Inbound. Admin = Manage Server in that server; in a DM nobody is.

/**
 * "/upr subscribe states:China, Nigeria kinds:reviews" → the subcommand and its options by name,
 * as Discord separated them: the core takes them whole, with no re-splitting of a text line.
 */
export function commandOf(interaction: ChatInputCommandInteraction): {
  name: string;
  args: Record<string, string>;
} {
  const name = interaction.options.getSubcommand();
  const given = interaction.options.data.find((o) => o.name === name)?.options ?? [];
  const args: Record<string, string> = {};
  for (const option of given) if (typeof option.value === 'string') args[option.name] = option.value;
  return { name, args };
}

export function interactionInbound(interaction: ChatInputCommandInteraction, now: string): Inbound {
  const command = commandOf(interaction);
  return {
    platform: 'discord',
    kind: 'command',
    // Only for the logs: the core reads `command`.
    text: [command.name, ...Object.entries(command.args).map(([k, v]) => `${k}:${v}`)].join(' '),
    command,
    user: {
      id: interaction.user.id,
      name: interaction.user.username,
      isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    },
    channel: {
      ref: interaction.channelId,
      isDirect: !interaction.inGuild(),
      ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
    },
    receivedAt: now,
    // Every interaction carries the user's client language (zh-CN, fr, es-ES, es-419 …).
    ...(interaction.locale ? { language: { tag: interaction.locale, source: 'user' as const } } : {}),
  };
}

/** A message for the bot: a DM, or a channel message that mentions it (not via @everyone or a role). */
export function isForBot(message: Message, botId: string): boolean {
  if (message.author.bot) return false;
  if (!message.inGuild()) return true;
  return message.mentions.users.has(botId);
}

export function messageInbound(message: Message, botId: string, now: string): Inbound {
  const text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
  return {
    platform: 'discord',
    kind: 'message',
    text,
    user: {
      id: message.author.id,
      name: message.author.username,
      isAdmin: message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false,
    },
    channel: {
      ref: message.channelId,
      isDirect: !message.inGuild(),
      ...(message.guildId ? { workspace: message.guildId } : {}),
    },
    receivedAt: now,
  };
}
