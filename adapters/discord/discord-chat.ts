import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Client,
  Events,
  type Message,
  REST,
} from 'discord.js';
import type { AdapterDeps, ChatAdapter, ScheduledEventRecords } from '../../src/core/chat-adapter.ts';
import { localeFromTag } from '../../src/core/i18n/locales.ts';
import { stateNameIn } from '../../src/core/i18n/localized-names.ts';
import { somethingWentWrong } from '../../src/core/i18n/something-went-wrong.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/reply.ts';
import { reviewedStateSuggestions } from '../../src/core/state-suggestions.ts';
import { withinTime } from '../../src/shared/within-time.ts';
import { createDiscordClient, type DiscordShard, discordRestOptions } from './discord-client.ts';
import { ADMIN_COMMAND, STATE_OPTION, USER_COMMAND } from './discord-commands.ts';
import { answerEventsTabCommand } from './discord-events-command.ts';
import { createEventsTab } from './discord-events-tab.ts';
import { interactionInbound, isForBot, messageInbound } from './discord-inbound.ts';
import { DISCORD_GLOBAL_PER_SECOND } from './discord-pacing.ts';
import { createDiscordPoster } from './discord-poster.ts';
import { answerInteraction, answerMessage, DEFER_AFTER_MS } from './discord-replies.ts';
import { checkDiscordToken, discordStartError } from './discord-start-check.ts';

/** How long a login may wait for the gateway's READY before Discord counts as out of reach. */
export const READY_WITHIN_MS = 30_000;

export interface DiscordChatOptions extends AdapterDeps {
  token: string;
  /** REST base URL without /v10 (DISCORD_API_URL); Discord's own when absent. */
  apiUrl?: string;
  deferAfterMs?: number;
  /** The scheduled events it made, for the Events tab; without them `events sync` says so. */
  scheduledEvents?: ScheduledEventRecords;
  /** This replica's gateway shard (several replicas on Discord); the whole gateway when absent. */
  shard?: DiscordShard;
}

/** The bot on Discord: a gateway session for commands, mentions and DMs, and REST for posting. */
export function createDiscordChat(options: DiscordChatOptions): ChatAdapter {
  const { core, clock, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  // REST for posting, the Events tab and the start-up check outlives gateway sessions: a failed
  // login destroys its discord.js client for good, so each attempt to connect makes a new one.
  const rest = new REST(discordRestOptions(options.apiUrl)).setToken(options.token);
  let client: Client | undefined;
  const eventsTab = options.scheduledEvents
    ? createEventsTab({
        rest,
        records: options.scheduledEvents,
        knowledge: options.knowledge,
        now: () => clock.now(),
        logger,
      })
    : undefined;

  const safely = (work: Promise<Reply>, inbound: Inbound, what: string): Promise<Reply> =>
    work.catch((error: unknown) => {
      logger.error({ err: error, what }, 'the core failed to answer');
      return somethingWentWrong(inbound);
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
          return somethingWentWrong({ text: '', language: { tag: interaction.locale, source: 'user' } });
        },
      );
    }
    const inbound = interactionInbound(interaction, clock.now());
    const command = core.commands.find((c) => c.name === inbound.command?.name);
    await answerInteraction(interaction, safely(core.handle(inbound), inbound, inbound.text), {
      deferAfterMs,
      expectEphemeral: Boolean(command?.ephemeral),
    });
  };

  const onAutocomplete = async (interaction: AutocompleteInteraction) => {
    const focused = interaction.options.getFocused(true);
    const { index } = options.knowledge();
    const states = focused.name === STATE_OPTION ? reviewedStateSuggestions(index, focused.value) : [];
    // Shown in the reader's language; the value stays the data's name, which every command reads.
    const locale = localeFromTag(interaction.locale) ?? 'en';
    await interaction.respond(
      states.map((s) => ({ name: stateNameIn(index, s.code, locale), value: s.name })),
    );
  };

  const onMessage = async (message: Message) => {
    const botId = message.client.user?.id;
    if (!botId || !isForBot(message, botId)) return;
    const inbound = messageInbound(message, botId, clock.now());
    await answerMessage(message, safely(core.handle(inbound), inbound, 'a message'), { deferAfterMs });
  };

  /** A gateway client with the bot's listeners. */
  const newClient = (): Client => {
    const client = createDiscordClient(options.apiUrl, options.shard);
    listenOn(client);
    return client;
  };

  const listenOn = (client: Client) => {
    client.on(Events.InteractionCreate, (interaction) => {
      const handled = interaction.isChatInputCommand()
        ? onCommand(interaction)
        : interaction.isAutocomplete()
          ? onAutocomplete(interaction)
          : undefined;
      handled?.catch((error: unknown) =>
        logger.warn({ err: error }, 'could not answer a Discord interaction'),
      );
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
  };

  return {
    platform: 'discord',
    // The bot's global limit is shared: each shard's replica posts at its share of it.
    poster: createDiscordPoster(
      rest,
      logger,
      options.shard
        ? { perSecond: Math.max(1, Math.floor(DISCORD_GLOBAL_PER_SECOND / options.shard.count)) }
        : {},
    ),
    check: () => checkDiscordToken(rest),
    async start() {
      if (client?.isReady()) return;
      await client?.destroy();
      const attempt = newClient();
      client = attempt;
      const ready = new Promise<void>((resolve) => attempt.once(Events.ClientReady, () => resolve()));
      try {
        await attempt.login(options.token);
        // A gateway that takes the login but never says READY is out of reach all the same.
        if (!(await withinTime(ready, READY_WITHIN_MS)))
          throw new Error(`no READY within ${READY_WITHIN_MS} ms`);
      } catch (error) {
        await attempt.destroy().catch(() => {});
        throw discordStartError(error);
      }
      logger.info(
        { gateway: attempt.ws.gateway, user: attempt.user?.tag, guilds: attempt.guilds.cache.size },
        'discord logged in',
      );
    },
    async stop() {
      await client?.destroy();
    },
    isReady: () => client?.isReady() ?? false,
    // An import moved or removed items: their events in the Events tab follow.
    dataChanged: async () => eventsTab?.follow(),
  };
}
