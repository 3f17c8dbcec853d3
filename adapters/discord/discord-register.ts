import { type APIApplication, type APIApplicationCommand, REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../../src/core/commands/command-definition.ts';
import { discordRestOptions } from './discord-client.ts';
import { discordCommandsFor } from './discord-commands.ts';

// `upr-bot discord register`: one bulk overwrite (PUT) of the whole set, so running it twice
// changes nothing and a command removed from the core disappears from Discord too.

export interface RegisterOptions {
  token: string;
  apiUrl?: string;
  /** DISCORD_APPLICATION_ID; read from GET /applications/@me when absent. */
  applicationId?: string;
  /** A server for instant, server-only commands (testing); global otherwise. */
  guildId?: string;
  commands: readonly CommandDefinition[];
}

export interface RegisterResult {
  applicationId: string;
  where: string;
  commands: { name: string; subcommands: string[] }[];
}

export async function registerDiscordCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST(discordRestOptions(options.apiUrl)).setToken(options.token);
  const applicationId =
    options.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const route = options.guildId
    ? Routes.applicationGuildCommands(applicationId, options.guildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, {
    body: discordCommandsFor(options.commands),
  })) as APIApplicationCommand[];
  return {
    applicationId,
    where: options.guildId ? `in server ${options.guildId}` : 'globally',
    commands: saved.map((c) => ({ name: c.name, subcommands: (c.options ?? []).map((o) => o.name) })),
  };
}
