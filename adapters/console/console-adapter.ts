import type { AdapterDeps, ChatAdapter } from '../../src/core/chat-adapter.ts';
import { renderPlain } from '../../src/core/reply-text.ts';
import { type ConsoleChat, startConsoleChat } from './console-chat.ts';

export interface ConsoleAdapterOptions extends Pick<AdapterDeps, 'core' | 'clock'> {
  zone: string;
  interactive: boolean;
  /** The greeting shown when the chat opens (session, data freshness). */
  banner: () => Promise<string>;
}

/**
 * The terminal chat as an adapter. Reminders posted to it appear between the user's lines; it
 * counts as one subscribed channel.
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ChatAdapter {
  const { core, clock, zone } = options;
  let chat: ConsoleChat | undefined;
  let markEnded: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    markEnded = resolve;
  });
  return {
    platform: 'console',
    ended,
    poster: {
      platform: 'console',
      async post(_target, reply) {
        if (!chat) return { ok: false, retryable: true, reason: 'the terminal chat is not open yet' };
        // A blank line and a bell mark what the bot says unasked, apart from answers.
        chat.post(`\n🔔 ${renderPlain(reply, clock.now(), zone)}`);
        return { ok: true };
      },
    },
    async start() {
      chat = startConsoleChat({
        core,
        clock,
        zone,
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
}
