// What a person said to the bot, wherever they said it. Adapters build it; the core reads it.

export type Platform = 'slack' | 'discord' | 'console';

export interface Inbound {
  platform: Platform;
  /** `command`: a slash command (text after `/upr`); `message`: a mention, a DM or a chat line. */
  kind: 'command' | 'message';
  text: string;
  /**
   * A command whose arguments the platform already separated (Discord's slash-command options):
   * the core takes them by name instead of splitting `text`, which then only serves the logs.
   */
  command?: { name: string; args: Record<string, string> };
  user: { id: string; name?: string; isAdmin: boolean };
  channel: {
    ref: string;
    isDirect: boolean;
    workspace?: string;
    /** The organisation the workspace belongs to (Slack Enterprise Grid), when there is one. */
    organisation?: string;
  };
  /** When it was received, ISO-8601 UTC: the core's only notion of "now" for this request. */
  receivedAt: string;
  /** The reader's zone, when the platform tells us (Slack users have one). */
  zone?: string;
  /**
   * The reader's language as the platform tells it: `user` for Discord's interaction locale or
   * Slack's user locale, `terminal` for the terminal's LANG (weaker than a channel's setting).
   */
  language?: { tag: string; source: 'user' | 'terminal' };
}
