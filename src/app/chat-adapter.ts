import type { Platform } from '../core/inbound.ts';
import type { ChannelPoster } from '../core/ports.ts';
import type { BotRuntime } from './bot-runtime.ts';
import type { HttpRoute } from './http-routes.ts';

/**
 * One chat the bot is present in. Like Bolt's receivers: the app composes, each adapter is a
 * swappable object behind this small interface, chosen at start-up by configuration.
 */
export interface ChatAdapter {
  platform: Platform;
  /** How the scheduler posts reminders and updates into this chat. */
  poster: ChannelPoster;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Connected and able to post, for readiness checks. */
  isReady(): boolean;
  /** Resolves if the chat ends by itself (the terminal's input closed); services never do. */
  ended?: Promise<void>;
  /** It serves the bot's own HTTP routes on its server (Slack HTTP mode), so no other is needed. */
  servesHttpRoutes?: boolean;
}

export interface AdapterFactoryOptions {
  runtime: BotRuntime;
  /** `--console`: the terminal chat as well, even when chat tokens are set. */
  console: boolean;
  interactive: boolean;
  zone: string;
  banner: () => Promise<string>;
  /** Health, readiness and the calendar feed, for an adapter that runs an HTTP server anyway. */
  httpRoutes?: readonly HttpRoute[];
}

/** Builds the adapter for one platform when its settings are present, or returns undefined. */
export type AdapterFactory = (options: AdapterFactoryOptions) => Promise<ChatAdapter | undefined>;
