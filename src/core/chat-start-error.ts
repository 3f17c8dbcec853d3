import type { Platform } from './inbound.ts';

// Why a chat could not start, as its adapter read the platform's answer. The composition root
// decides what follows: a setting to fix (a refused token, a port in use) ends start-up with
// one line naming it; a platform out of reach is tried again, with backoff, while the rest of
// the bot runs.

export type ChatStartProblem = 'setting' | 'unreachable';

export class ChatStartError extends Error {
  constructor(
    readonly platform: Platform,
    readonly problem: ChatStartProblem,
    /** One line for a person: what is wrong, and for a setting, which one and what to do. */
    message: string,
  ) {
    super(message);
    this.name = 'ChatStartError';
  }
}
