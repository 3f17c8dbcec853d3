import {
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { CommandDefinition } from '../../src/core/commands/command-definition.ts';
import { argumentsOf } from '../../src/core/commands/command-usage.ts';

// The slash commands are derived from the core's definitions, never written by hand: a command
// added to the core appears in Discord after the next `upr-bot discord register`. The builders
// validate names, lengths and counts before anything reaches Discord.

export const USER_COMMAND = 'upr';
export const ADMIN_COMMAND = 'upr-admin';
/** Arguments with this name get autocomplete from the states under review. */
export const STATE_OPTION = 'state';

const MAX_DESCRIPTION = 100;

function description(text: string): string {
  const chars = [...text];
  return chars.length > MAX_DESCRIPTION ? `${chars.slice(0, MAX_DESCRIPTION - 1).join('')}…` : text;
}

function subcommandFor(command: CommandDefinition): SlashCommandSubcommandBuilder {
  const sub = new SlashCommandSubcommandBuilder()
    .setName(command.name)
    .setDescription(description(command.summary));
  for (const arg of argumentsOf(command)) {
    sub.addStringOption((option) =>
      option
        .setName(arg.name)
        .setDescription(description(arg.description))
        .setRequired(arg.required)
        .setAutocomplete(arg.name === STATE_OPTION),
    );
  }
  return sub;
}

function slashCommand(name: string, summary: string, commands: readonly CommandDefinition[]) {
  const builder = new SlashCommandBuilder().setName(name).setDescription(summary);
  for (const command of commands) builder.addSubcommand(subcommandFor(command));
  return builder;
}

/** `/upr` with a subcommand per user command, and `/upr-admin` (Manage Server) for the admin ones. */
export function discordCommandsFor(
  commands: readonly CommandDefinition[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const everyone = commands.filter((c) => c.access === 'everyone');
  const admin = commands.filter((c) => c.access === 'admin');
  const result = [
    slashCommand(
      USER_COMMAND,
      'The UN Universal Periodic Review: schedule, reviews, delegations, events',
      everyone,
    )
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .toJSON(),
  ];
  if (admin.length) {
    result.push(
      slashCommand(ADMIN_COMMAND, 'Manage the UPR bot in this server (needs Manage Server)', admin)
        // Discord hides it from members without the permission; the core checks again on each use.
        .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
        .setContexts(InteractionContextType.Guild)
        .toJSON(),
    );
  }
  return result;
}
