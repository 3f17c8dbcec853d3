import type { BotCore } from './bot-core.ts';
import type { Platform } from './inbound.ts';
import type { Knowledge } from './knowledge.ts';
import type { ChannelPoster, Clock, PostTarget } from './ports.ts';
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
  /**
   * Checks the credentials with the platform before anything is served (Slack's auth.test, a
   * Discord REST call), throwing a ChatStartError; start() then connects and listens.
   */
  check?(): Promise<void>;
  /** Connects and listens; throws a ChatStartError when the platform refuses or cannot be reached. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Connected and able to post, for readiness checks. */
  isReady(): boolean;
  /** Resolves if the chat ends by itself (the terminal's input closed); services never do. */
  ended?: Promise<void>;
  /** It serves the bot's own HTTP routes on its server (Slack HTTP mode), so no other is needed. */
  servesHttpRoutes?: boolean;
  /** The data set changed (an import): what the chat mirrors of it follows (Discord's Events tab). */
  dataChanged?(): Promise<void>;
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

// Installed in many workspaces (Slack's "Add to Slack"): where installations live, which
// workspace a scheduled post goes to, and what happens to reminders while the app is gone.

/** A workspace (a Slack team, a Discord server), or a whole organisation (Slack Enterprise Grid). */
export interface WorkspaceRef {
  platform: Platform;
  workspace?: string;
  organisation?: string;
  /** The installation covers every workspace of `organisation`. */
  wholeOrganisation: boolean;
}

/** An app installed by OAuth. `secrets` is the platform's own record, tokens included: kept encrypted. */
export interface InstallationRecord extends WorkspaceRef {
  secrets: string;
  installedAt: string;
}

export interface InstallationRecords {
  /** Creates or replaces the installation of that workspace (or organisation). */
  save(record: InstallationRecord): Promise<void>;
  /** A whole-organisation query finds the organisation's; otherwise the workspace's own, else its organisation's. */
  find(ref: WorkspaceRef): Promise<InstallationRecord | undefined>;
  /** false when there was none. */
  remove(ref: WorkspaceRef): Promise<boolean>;
}

export interface PauseCount {
  subscriptions: number;
  personalReminders: number;
}

/** Holds a workspace's reminders while the app is not installed there, and lets them go on after. */
export interface WorkspacePauses {
  /** Pauses its subscriptions and personal reminders with the reason, withdrawing pending posts. */
  pause(ref: WorkspaceRef, why: string): Promise<PauseCount>;
  /** Resumes what `pause` held; posts it withdrew are due again (the late policy decides). */
  resume(ref: WorkspaceRef): Promise<PauseCount>;
}

/** Which workspace a scheduled post's channel (or, for a direct message, its user) belongs to. */
export interface ChannelWorkspaces {
  workspaceOf(
    platform: Platform,
    target: PostTarget,
  ): Promise<{ workspace?: string; organisation?: string } | undefined>;
}

/** A Discord scheduled event the bot made for an agenda item. */
export interface ScheduledEventRecord {
  guildId: string;
  itemKey: string;
  eventId: string;
  /** What the event said when synced; a different one means the item changed. */
  fingerprint: string;
  syncedAt: string;
}

/** The scheduled events the bot made, so that it moves, cancels and deletes its own and no others. */
export interface ScheduledEventRecords {
  inGuild(guildId: string): Promise<ScheduledEventRecord[]>;
  /** Servers where the bot made events, for a resync after an import. */
  guilds(): Promise<string[]>;
  save(record: ScheduledEventRecord): Promise<void>;
  remove(guildId: string, itemKey: string): Promise<void>;
}
