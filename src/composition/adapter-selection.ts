import type { ChatAdapter } from '../core/chat-adapter.ts';
import type { HttpRoute } from '../shared/http-route.ts';
import type { BotRuntime } from './bot-runtime.ts';
import { slackMode } from './config.ts';

export interface AdapterSelectionOptions {
  runtime: BotRuntime;
  /** `--console`: the terminal chat as well, even when chat tokens are set. */
  console: boolean;
  interactive: boolean;
  zone: string;
  banner: () => Promise<string>;
  /** Health, readiness and the calendar feed, for an adapter that runs an HTTP server anyway. */
  httpRoutes?: readonly HttpRoute[];
}

// The composition root alone builds adapters, and hands each only what it needs: the core, a
// clock, a logger, the current data, and the ports it uses. A chat library is loaded only when
// its settings ask for it: Bolt and discord.js each take most of a second to import, which
// `upr-bot chat` should not pay.

/** OAuth mode: the app's credentials, and the stores of installations and paused workspaces. */
function slackOAuth({ config, storage }: BotRuntime) {
  if (slackMode(config) !== 'oauth') return {};
  if (!storage.installations)
    throw new Error('OAuth mode needs the storage opened with SLACK_ENCRYPTION_KEY');
  return {
    oauth: {
      clientId: config.SLACK_CLIENT_ID!,
      clientSecret: config.SLACK_CLIENT_SECRET!,
      stateSecret: config.SLACK_STATE_SECRET!,
      directInstall: config.SLACK_DIRECT_INSTALL,
      installations: storage.installations,
      pauses: storage.workspacePauses,
      channelWorkspaces: storage.channelWorkspaces,
    },
  };
}

async function slackAdapter({ runtime, httpRoutes }: AdapterSelectionOptions): Promise<ChatAdapter> {
  const { config, storage } = runtime;
  const { buildSlackAdapter } = await import('../../adapters/slack/slack-adapter.ts');
  return buildSlackAdapter({
    ...slackOAuth(runtime),
    core: runtime.core,
    knowledge: runtime.knowledge,
    clock: runtime.clock,
    logger: runtime.logger,
    handledEvents: storage.handledEvents,
    subscriptions: storage.subscriptions,
    ...(config.SLACK_BOT_TOKEN ? { botToken: config.SLACK_BOT_TOKEN } : {}),
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
    adminUserIds: config.SLACK_ADMIN_USER_IDS,
    port: config.PORT,
    ...(httpRoutes ? { httpRoutes } : {}),
  });
}

async function discordAdapter({ runtime }: AdapterSelectionOptions): Promise<ChatAdapter> {
  const { config } = runtime;
  const { createDiscordChat } = await import('../../adapters/discord/discord-chat.ts');
  return createDiscordChat({
    token: config.DISCORD_TOKEN!,
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    core: runtime.core,
    knowledge: runtime.knowledge,
    clock: runtime.clock,
    logger: runtime.logger.child({ platform: 'discord' }),
    scheduledEvents: runtime.storage.scheduledEvents,
    ...(config.DISCORD_SHARD ? { shard: config.DISCORD_SHARD } : {}),
  });
}

async function consoleAdapter(options: AdapterSelectionOptions): Promise<ChatAdapter> {
  const { createConsoleAdapter } = await import('../../adapters/console/console-adapter.ts');
  return createConsoleAdapter({
    core: options.runtime.core,
    clock: options.runtime.clock,
    zone: options.zone,
    interactive: options.interactive,
    banner: options.banner,
  });
}

/** Slack and Discord when their tokens (or Slack's OAuth settings) are set; the terminal when neither is, or with `--console`. */
export async function selectAdapters(options: AdapterSelectionOptions): Promise<ChatAdapter[]> {
  const { config } = options.runtime;
  const adapters: ChatAdapter[] = [];
  if (slackMode(config) !== 'off') adapters.push(await slackAdapter(options));
  if (config.DISCORD_TOKEN) adapters.push(await discordAdapter(options));
  if (!adapters.length || options.console) adapters.push(await consoleAdapter(options));
  return adapters;
}
