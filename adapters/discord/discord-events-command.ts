import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { argumentsOf } from '../../src/core/commands/command-usage.ts';
import { eventsTabCommands, parseDeclaredArguments } from '../../src/core/commands/events-tab-commands.ts';
import { calendarLocale } from '../../src/core/events-tab/calendar-language.ts';
import { eventsTabNotice } from '../../src/core/events-tab/events-tab-replies.ts';
import { message } from '../../src/core/i18n/catalogue.ts';
import { localeFromTag } from '../../src/core/i18n/locales.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { type Reply, textReply } from '../../src/core/reply.ts';
import type { EventsTab } from './discord-events-tab.ts';
import { answerInteraction } from './discord-replies.ts';

// `/upr-admin events sync [states]` and `/upr-admin events unsync`, checked as the core checks
// its own commands (admins only, arguments from the declaration), then done by the events tab.

async function eventsTabReply(
  interaction: ChatInputCommandInteraction,
  eventsTab: EventsTab | undefined,
  knowledge: () => Knowledge,
): Promise<Reply> {
  // The admin's own language, as Discord sends it with every interaction.
  const locale = localeFromTag(interaction.locale) ?? 'en';
  if (!interaction.inGuild()) return eventsTabNotice(locale, 'eventsTab.serversOnly');
  // Discord shows /upr-admin only to members with Manage Server; asked again on our side.
  if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
    return eventsTabNotice(locale, 'eventsTab.adminsOnly');
  }
  if (!eventsTab) return eventsTabNotice(locale, 'eventsTab.noStorage');
  // What the bot's role may do here, as Discord sent it with the interaction: no request needed.
  if (!interaction.appPermissions.has(PermissionFlagsBits.ManageEvents))
    return eventsTabNotice(locale, 'eventsTab.missingPermission');
  const name = interaction.options.getSubcommand();
  const declared = eventsTabCommands.subcommands.find((c) => c.name === name);
  if (!declared) return textReply(message(locale, 'eventsTab.unknown', { name }), { ephemeral: true });
  const given: Record<string, string> = {};
  for (const { name: option } of argumentsOf(declared)) {
    const value = interaction.options.getString(option);
    if (value !== null) given[option] = value;
  }
  const parsed = parseDeclaredArguments<{ states?: string[] }>(declared, given, knowledge().states, locale);
  if ('refusal' in parsed) return parsed.refusal;
  if (name === 'unsync') return eventsTab.unsync(interaction.guildId, locale);
  // The events are the server's: in its language, the reply in the admin's.
  const events = calendarLocale({ server: interaction.guildLocale, admin: interaction.locale });
  return eventsTab.sync(interaction.guildId, parsed.args.states ?? [], { reply: locale, events });
}

export function answerEventsTabCommand(
  interaction: ChatInputCommandInteraction,
  options: { eventsTab: EventsTab | undefined; knowledge: () => Knowledge; deferAfterMs: number },
  onError: (error: unknown) => Reply,
): Promise<void> {
  const work = eventsTabReply(interaction, options.eventsTab, options.knowledge).catch(onError);
  // Many events take a while (Discord's rate limits): past the threshold the reply is deferred.
  return answerInteraction(interaction, work, { deferAfterMs: options.deferAfterMs, expectEphemeral: true });
}
