import type { BotCore } from './bot-core.ts';
import type { Platform } from './inbound.ts';
import type { Knowledge } from './knowledge.ts';
import type { ChannelPoster, Clock } from './ports.ts';
import type { Subscription } from './reminders/subscription.ts';

// The contract between the bot and each chat it runs in, and the narrow ports an adapter may
// be given. The composition root alone builds adapters and hands each only what it needs; an
// adapter never sees the storage, the configuration or the runtime as a whole.

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

/** A log method: structured fields first, or a message alone. */
export interface LogMethod {
  (fields: object, message?: string): void;
  (message: string): void;
}

/** The logging an adapter may do; the composition root passes its own (redacting) logger. */
export interface Logger {
  child(bindings: Record<string, unknown>): Logger;
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}

/** What every adapter needs: the core to answer, a clock, a logger and the current data. */
export interface AdapterDeps {
  core: BotCore;
  clock: Clock;
  logger: Logger;
  knowledge: () => Knowledge;
}

/** Where retried platform events are recognised, so each is answered once. */
export interface EventLedger {
  claim(key: string, at: Date): Promise<boolean>;
  release(key: string): Promise<void>;
  forgetBefore(before: Date): Promise<number>;
}

/** Where a home view finds the subscriptions of one workspace. */
export interface WorkspaceSubscriptions {
  inWorkspace(platform: Platform, workspace: string): Promise<Subscription[]>;
}
