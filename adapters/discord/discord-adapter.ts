import type { AdapterFactory } from '../../src/app/chat-adapter.ts';
import { createDiscordChat } from './discord-chat.ts';

/** Discord runs when DISCORD_TOKEN is set, beside Slack and (with --console) the terminal. */
export const createDiscordAdapter: AdapterFactory = async ({ runtime }) => {
  const token = runtime.config.DISCORD_TOKEN;
  if (!token) return undefined;
  return createDiscordChat({
    token,
    apiUrl: runtime.config.DISCORD_API_URL,
    core: runtime.core,
    clock: runtime.clock,
    logger: runtime.logger.child({ platform: 'discord' }),
    index: () => runtime.knowledge().index,
  });
};
