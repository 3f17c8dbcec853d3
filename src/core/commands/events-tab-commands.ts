import { z } from 'zod';
import { message } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedIssue } from '../i18n/localized-issue.ts';
import { type Reply, textReply } from '../reply.ts';
import type { StateResolver } from '../state-names.ts';
import type { Access, CommandDefinition } from './command-definition.ts';
import { namedSubscribe, subscribeArguments } from './subscribe-command.ts';

// `/upr-admin events sync [states…]` and `/upr-admin events unsync`: the Events tab is Discord's
// alone, so these are declared here (names, summaries, arguments, who may) and carried out by
// the Discord adapter, which builds its slash commands and parses the options from them.

/** A command whose work a platform does itself: everything of a definition but `run`. */
export type CommandDeclaration = Omit<CommandDefinition, 'run'>;

export interface CommandGroupDeclaration {
  name: string;
  summary: string;
  access: Access;
  subcommands: readonly CommandDeclaration[];
}

export const eventsSyncCommand: CommandDeclaration = {
  name: 'sync',
  summary: 'Add reviews, adoptions and side meetings with a known time to the Events tab',
  args: z.object({ states: subscribeArguments.shape.states }),
  examples: ['events sync', 'events sync <state>, <state>'],
  access: 'admin',
  named: namedSubscribe,
};

export const eventsUnsyncCommand: CommandDeclaration = {
  name: 'unsync',
  summary: 'Delete the events this bot made in the Events tab (and no others)',
  args: z.object({}),
  examples: ['events unsync'],
  access: 'admin',
};

export const eventsTabCommands: CommandGroupDeclaration = {
  name: 'events',
  summary: "The server's Events tab (needs Manage Events)",
  access: 'admin',
  subcommands: [eventsSyncCommand, eventsUnsyncCommand],
};

/** Options as the platform named them, checked against the declaration; a refusal says why. */
export function parseDeclaredArguments<T = Record<string, unknown>>(
  command: CommandDeclaration,
  given: Record<string, string>,
  states: StateResolver,
  locale: Locale = 'en',
): { args: T } | { refusal: Reply } {
  const trimmed = Object.fromEntries(
    Object.entries(given)
      .map(([name, value]) => [name, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
  const raw = command.named ? command.named(trimmed, { states }) : trimmed;
  const parsed = command.args.safeParse(raw);
  if (parsed.success) return { args: parsed.data as T };
  const problems = parsed.error.issues
    .map((i) => localizedIssue(i, locale))
    .join(message(locale, 'fact.separator'));
  return { refusal: textReply(message(locale, 'error.nothingChanged', { problems }), { ephemeral: true }) };
}
