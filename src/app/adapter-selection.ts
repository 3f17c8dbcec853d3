import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { AdapterFactory, AdapterFactoryOptions, ChatAdapter } from './chat-adapter.ts';

/** Every chat the bot knows; each factory decides from the settings whether it runs. */
const FACTORIES: AdapterFactory[] = [createSlackAdapter, createDiscordAdapter, createConsoleAdapter];

export async function selectAdapters(options: AdapterFactoryOptions): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  for (const factory of FACTORIES) {
    const adapter = await factory(options);
    if (adapter) adapters.push(adapter);
  }
  return adapters;
}
