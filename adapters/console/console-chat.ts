import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BotCore } from '../../src/core/bot-core.ts';
import { message } from '../../src/core/i18n/catalogue.ts';
import { resolveLocale } from '../../src/core/i18n/locale-resolution.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Clock } from '../../src/core/ports.ts';
import type { Reply } from '../../src/core/reply.ts';
import { renderPlain } from '../../src/core/reply-text.ts';

// The terminal chat: the embedded default. The local user is the admin of their own terminal.

export const CONSOLE_CHANNEL = 'console';

/** The terminal's language as POSIX says: LC_ALL, then LC_MESSAGES, then LANG (zh_CN.UTF-8 …). */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

export function consoleInbound(
  text: string,
  now: string,
  zone: string,
  language: string | undefined = terminalLanguage(),
): Inbound {
  return {
    platform: 'console',
    kind: 'message',
    text,
    user: { id: 'local', name: 'you', isAdmin: true },
    channel: { ref: CONSOLE_CHANNEL, isDirect: true },
    receivedAt: now,
    zone,
    ...(language ? { language: { tag: language, source: 'terminal' as const } } : {}),
  };
}

export function renderForConsole(reply: Reply, now: string, zone: string): string {
  return renderPlain(reply, now, zone);
}

export async function answerOnce(
  core: BotCore,
  text: string,
  clock: Clock,
  zone: string,
  language: string | undefined = terminalLanguage(),
): Promise<string> {
  const now = clock.now();
  return renderForConsole(await core.handle(consoleInbound(text, now, zone, language)), now, zone);
}

/** The line shown when answering failed, in the language of the line or else of the terminal. */
export function failureLine(text: string, error: unknown, language = terminalLanguage()): string {
  const locale = resolveLocale({ text, ...(language ? { terminal: language } : {}) });
  return message(locale, 'surface.consoleFailed', { reason: (error as Error).message });
}

export interface ConsoleChatOptions {
  core: BotCore;
  clock: Clock;
  zone: string;
  input: Readable;
  output: Writable;
  /** Interactive: a prompt and a banner. Otherwise each line is answered and the chat ends with the input. */
  interactive: boolean;
  banner?: string;
}

const QUIT = new Set(['quit', 'exit', '/quit', '/exit', ':q']);

export interface ConsoleChat {
  /** Shows a message the bot sends by itself (a reminder), without breaking the prompt. */
  post(text: string): void;
  /** Resolves when the input ends or the user quits. */
  closed: Promise<void>;
  close(): void;
}

export function startConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const { core, clock, zone, output } = options;
  const rl = createInterface({
    input: options.input,
    output: options.interactive ? output : undefined,
    terminal: options.interactive,
  });
  const write = (text: string) => output.write(`${text}\n`);
  if (options.interactive) {
    if (options.banner) write(options.banner);
    rl.setPrompt('upr> ');
    rl.prompt();
  }
  // Lines are answered one after another, in order, even when answers take different times.
  let queue = Promise.resolve();
  const closed = new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      const text = line.trim();
      if (!text) {
        if (options.interactive) rl.prompt();
        return;
      }
      if (QUIT.has(text.toLowerCase())) {
        rl.close();
        return;
      }
      queue = queue.then(async () => {
        try {
          write(await answerOnce(core, text, clock, zone));
        } catch (error) {
          write(failureLine(text, error));
        }
        write('');
        if (options.interactive) rl.prompt();
      });
    });
    rl.on('close', () => {
      queue.then(resolve);
    });
  });
  return {
    post(text) {
      if (options.interactive) output.write('\r');
      write(text);
      if (options.interactive) rl.prompt(true);
    },
    closed,
    close: () => rl.close(),
  };
}
