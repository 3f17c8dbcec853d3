import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Events,
  type Message,
} from 'discord.js';
import type { AdapterDeps, ChatAdapter, ScheduledEventRecords } from '../../src/core/chat-adapter.ts';
import { type Reply, SOMETHING_WENT_WRONG } from '../../src/core/reply.ts';
import { reviewedStateSuggestions } from '../../src/core/state-suggestions.ts';
import { createDiscordClient } from './discord-client.ts';
import { ADMIN_COMMAND, STATE_OPTION, USER_COMMAND } from './discord-commands.ts';
import { answerEventsTabCommand } from './discord-events-command.ts';
import { createEventsTab } from './discord-events-tab.ts';
import { interactionInbound, isForBot, messageInbound } from './discord-inbound.ts';
import { createDiscordPoster } from './discord-poster.ts';
import { answerInteraction, answerMessage, DEFER_AFTER_MS } from './discord-replies.ts';

export interface DiscordChatOptions extends AdapterDeps {
  token: string;
  /** REST base URL without /v10 (DISCORD_API_URL); Discord's own when absent. */
  apiUrl?: string;
  deferAfterMs?: number;
  /** The scheduled events it made, for the Events tab; without them `events sync` says so. */
  scheduledEvents?: ScheduledEventRecords;
}

/** The bot on Discord: a gateway session for commands, mentions and DMs, and REST for posting. */
export function createDiscordChat(options: DiscordChatOptions): ChatAdapter {
  const { core, clock, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const client = createDiscordClient(options.apiUrl);
  const eventsTab = options.scheduledEvents
    ? createEventsTab({
        rest: client.rest,
        records: options.scheduledEvents,
        knowledge: options.knowledge,
        now: () => clock.now(),
        logger,
      })
    : undefined;

  const safely = (work: Promise<Reply>, what: string): Promise<Reply> =>
    work.catch((error: unknown) => {
      logger.error({ err: error, what }, 'the core failed to answer');
      return SOMETHING_WENT_WRONG;
    });

  const onCommand = async (interaction: ChatInputCommandInteraction) => {
    if (interaction.commandName !== USER_COMMAND && interaction.commandName !== ADMIN_COMMAND) return;
    if (
      interaction.commandName === ADMIN_COMMAND &&
      interaction.options.getSubcommandGroup(false) === 'events'
    ) {
      return answerEventsTabCommand(
        interaction,
        { eventsTab, knowledge: options.knowledge, deferAfterMs },
        (error) => {
          logger.error({ err: error }, 'the events tab failed');
          return SOMETHING_WENT_WRONG;
        },
      );
    }
    const inbound = interactionInbound(interaction, clock.now());
    const command = core.commands.find((c) => c.name === inbound.command?.name);
    await answerInteraction(interaction, safely(core.handle(inbound), inbound.text), {
      deferAfterMs,
      expectEphemeral: Boolean(command?.ephemeral),
    });
  };

  const onAutocomplete = async (interaction: AutocompleteInteraction) => {
    const focused = interaction.options.getFocused(true);
    const states =
      focused.name === STATE_OPTION ? reviewedStateSuggestions(options.knowledge().index, focused.value) : [];
    await interaction.respond(states.map((s) => ({ name: s.name, value: s.name })));
  };

  const onMessage = async (message: Message) => {
    const botId = client.user?.id;
    if (!botId || !isForBot(message, botId)) return;
    const inbound = messageInbound(message, botId, clock.now());
    await answerMessage(message, safely(core.handle(inbound), 'a message'), { deferAfterMs });
  };

  client.on(Events.InteractionCreate, (interaction) => {
    const handled = interaction.isChatInputCommand()
      ? onCommand(interaction)
      : interaction.isAutocomplete()
        ? onAutocomplete(interaction)
        : undefined;
    handled?.catch((error: unknown) => logger.warn({ err: error }, 'could not answer a Discord interaction'));
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not answer a Discord message'),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event) =>
    logger.warn({ code: event.code }, 'discord gateway disconnected'),
  );
  client.on(Events.ShardResume, () => logger.info('discord gateway session resumed'));

  return {
    platform: 'discord',
    poster: createDiscordPoster(client.rest, logger),
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      logger.info(
        { gateway: client.ws.gateway, user: client.user?.tag, guilds: client.guilds.cache.size },
        'discord logged in',
      );
    },
    async stop() {
      await client.destroy();
    },
    isReady: () => client.isReady(),
    // An import moved or removed items: their events in the Events tab follow.
    dataChanged: async () => eventsTab?.follow(),
  };
}
