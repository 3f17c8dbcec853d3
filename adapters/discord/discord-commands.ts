import {
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  SlashCommandSubcommandGroupBuilder,
} from 'discord.js';
import type { CommandDefinition } from '../../src/core/commands/command-definition.ts';
import { argumentsOf } from '../../src/core/commands/command-usage.ts';
import {
  type CommandDeclaration,
  type CommandGroupDeclaration,
  eventsTabCommands,
} from '../../src/core/commands/events-tab-commands.ts';
import { message } from '../../src/core/i18n/catalogue.ts';
import {
  choiceName,
  commandName,
  commandSummary,
  optionDescription,
  optionName,
} from '../../src/core/i18n/command-texts.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';

// The slash commands are derived from the core's definitions, never written by hand: a command
// added to the core appears in Discord after the next `upr-bot discord register`. The builders
// validate names, lengths and counts before anything reaches Discord.

export const USER_COMMAND = 'upr';
export const ADMIN_COMMAND = 'upr-admin';
/** Arguments with this name get autocomplete from the states under review. */
export const STATE_OPTION = 'state';

const MAX_DESCRIPTION = 100;

/** Discord's locales we register words for, and the catalogue language of each. */
const DISCORD_LOCALES = { 'zh-CN': 'zh', fr: 'fr', 'es-ES': 'es', 'es-419': 'es' } as const satisfies Record<
  string,
  Locale
>;

/** One text per Discord locale, from the catalogue: `name_localizations` or `description_localizations`. */
function localized(text: (locale: Locale) => string) {
  return Object.fromEntries(
    Object.entries(DISCORD_LOCALES).map(([discord, locale]) => [discord, text(locale)]),
  ) as Record<keyof typeof DISCORD_LOCALES, string>;
}

function description(text: string): string {
  const chars = [...text];
  return chars.length > MAX_DESCRIPTION ? `${chars.slice(0, MAX_DESCRIPTION - 1).join('')}…` : text;
}

function subcommandFor(command: CommandDefinition | CommandDeclaration): SlashCommandSubcommandBuilder {
  const sub = new SlashCommandSubcommandBuilder()
    .setName(command.name)
    .setDescription(description(command.summary))
    .setNameLocalizations(localized((l) => commandName(l, command.name)))
    .setDescriptionLocalizations(localized((l) => description(commandSummary(l, command))));
  for (const arg of argumentsOf(command)) {
    sub.addStringOption((option) => {
      option
        .setName(arg.name)
        .setDescription(description(arg.description))
        .setNameLocalizations(localized((l) => optionName(l, arg.name)))
        .setDescriptionLocalizations(
          localized((l) => description(optionDescription(l, command.name, arg.name, arg.description))),
        )
        .setRequired(arg.required)
        .setAutocomplete(arg.name === STATE_OPTION);
      if (arg.choices)
        option.addChoices(
          ...arg.choices.map((value) => ({
            name: choiceName('en', arg.name, value),
            value,
            name_localizations: localized((l) => choiceName(l, arg.name, value)),
          })),
        );
      return option;
    });
  }
  return sub;
}

/** `/upr-admin events sync`: a group of subcommands that Discord carries out through the adapter. */
function subcommandGroupFor(group: CommandGroupDeclaration): SlashCommandSubcommandGroupBuilder {
  const builder = new SlashCommandSubcommandGroupBuilder()
    .setName(group.name)
    .setDescription(description(group.summary))
    .setNameLocalizations(localized((l) => commandName(l, group.name, true)))
    .setDescriptionLocalizations(localized((l) => description(commandSummary(l, group, true))));
  for (const command of group.subcommands) builder.addSubcommand(subcommandFor(command));
  return builder;
}

function slashCommand(
  name: typeof USER_COMMAND | typeof ADMIN_COMMAND,
  commands: readonly CommandDefinition[],
  groups: readonly CommandGroupDeclaration[] = [],
) {
  const builder = new SlashCommandBuilder()
    .setName(name)
    .setDescription(message('en', `root.${name}.description`))
    .setNameLocalizations(localized((l) => message(l, `root.${name}.name`)))
    .setDescriptionLocalizations(localized((l) => description(message(l, `root.${name}.description`))));
  for (const command of commands) builder.addSubcommand(subcommandFor(command));
  for (const group of groups) builder.addSubcommandGroup(subcommandGroupFor(group));
  return builder;
}

/** The Discord-only admin groups: the server's Events tab. */
export const DISCORD_ADMIN_GROUPS: readonly CommandGroupDeclaration[] = [eventsTabCommands];

/**
 * `/upr` with a subcommand per user command, and `/upr-admin` (Manage Server) for the admin ones
 * and the Discord-only groups (`events sync`, `events unsync`).
 */
export function discordCommandsFor(
  commands: readonly CommandDefinition[],
  groups: readonly CommandGroupDeclaration[] = DISCORD_ADMIN_GROUPS,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const everyone = commands.filter((c) => c.access === 'everyone');
  const admin = commands.filter((c) => c.access === 'admin');
  const result = [
    slashCommand(USER_COMMAND, everyone)
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .toJSON(),
  ];
  if (admin.length || groups.length) {
    result.push(
      slashCommand(ADMIN_COMMAND, admin, groups)
        // Discord hides it from members without the permission; the core checks again on each use.
        .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
        .setContexts(InteractionContextType.Guild)
        .toJSON(),
    );
  }
  return result;
}
