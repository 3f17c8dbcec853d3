import type { AdapterFactory, AdapterFactoryOptions, ChatAdapter } from './chat-adapter.ts';
import type { Config } from './config.ts';

/**
 * Every chat the bot knows. A chat library is loaded only when its settings ask for it: Bolt and
 * discord.js each take most of a second to import, which `upr-bot chat` should not pay.
 */
const CHATS: { wanted(config: Config): boolean; load(): Promise<AdapterFactory> }[] = [
  {
    wanted: (config) => Boolean(config.SLACK_BOT_TOKEN),
    load: async () => (await import('../../adapters/slack/slack-adapter.ts')).createSlackAdapter,
  },
  {
    wanted: (config) => Boolean(config.DISCORD_TOKEN),
    load: async () => (await import('../../adapters/discord/discord-adapter.ts')).createDiscordAdapter,
  },
  {
    // The factory itself decides: no chat token, or `--console`.
    wanted: () => true,
    load: async () => (await import('../../adapters/console/console-adapter.ts')).createConsoleAdapter,
  },
];

export async function selectAdapters(options: AdapterFactoryOptions): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  for (const chat of CHATS) {
    if (!chat.wanted(options.runtime.config)) continue;
    const adapter = await (await chat.load())(options);
    if (adapter) adapters.push(adapter);
  }
  return adapters;
}
