import type { AdapterFactory, ChatAdapter } from '../../src/app/chat-adapter.ts';
import { renderPlain } from '../../src/core/reply-text.ts';
import { type ConsoleChat, startConsoleChat } from './console-chat.ts';

/**
 * The terminal chat as an adapter: it runs when no chat token is set, or with `--console`.
 * Reminders posted to it appear between the user's lines; it counts as one subscribed channel.
 */
export const createConsoleAdapter: AdapterFactory = async (options) => {
  const { runtime } = options;
  const hasChatTokens = Boolean(runtime.config.SLACK_BOT_TOKEN || runtime.config.DISCORD_TOKEN);
  if (hasChatTokens && !options.console) return undefined;
  let chat: ConsoleChat | undefined;
  let markEnded: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    markEnded = resolve;
  });
  const adapter: ChatAdapter = {
    platform: 'console',
    ended,
    poster: {
      platform: 'console',
      async post(_target, reply) {
        if (!chat) return { ok: false, retryable: true, reason: 'the terminal chat is not open yet' };
        // A blank line and a bell mark what the bot says unasked, apart from answers.
        chat.post(`\n🔔 ${renderPlain(reply, runtime.clock.now(), options.zone)}`);
        return { ok: true };
      },
    },
    async start() {
      chat = startConsoleChat({
        core: runtime.core,
        clock: runtime.clock,
        zone: options.zone,
        input: process.stdin,
        output: process.stdout,
        interactive: options.interactive,
        banner: await options.banner(),
      });
      chat.closed.then(markEnded);
    },
    async stop() {
      chat?.close();
      await chat?.closed;
    },
    isReady: () => chat !== undefined,
  };
  return adapter;
};
