import { type ChatInputCommandInteraction, type Message, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../../src/core/commands/command-definition.ts';
import { argumentsOf } from '../../src/core/commands/command-usage.ts';
import type { Inbound } from '../../src/core/inbound.ts';

// Discord events as the core's Inbound. Admin = Manage Server in that server; in a DM nobody is.

/** "/upr review state:China" → "review China": the subcommand, then its options in definition order. */
export function commandText(
  interaction: ChatInputCommandInteraction,
  commands: readonly CommandDefinition[],
): string {
  const name = interaction.options.getSubcommand();
  const command = commands.find((c) => c.name === name);
  const values = command
    ? argumentsOf(command).map((a) => interaction.options.getString(a.name)?.trim())
    : [];
  return [name, ...values.filter((v): v is string => Boolean(v))].join(' ');
}

export function interactionInbound(
  interaction: ChatInputCommandInteraction,
  commands: readonly CommandDefinition[],
  now: string,
): Inbound {
  return {
    platform: 'discord',
    kind: 'command',
    text: commandText(interaction, commands),
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
