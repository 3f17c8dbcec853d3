import { type REST, Routes } from 'discord.js';
import { ChatStartError } from '../../src/core/chat-start-error.ts';

// Before the bot says it is connected, Discord is asked who the token belongs to (GET
// /users/@me). A 401 means the token is wrong (a setting to fix, named in one line); no answer,
// or a server error, means Discord cannot be reached now (try again later).

const WHAT_TO_DO =
  'set it to the bot token (Developer Portal > your application > Bot > Reset Token), not the application id or secret';

interface DiscordError {
  status?: number;
  code?: string | number;
  cause?: { code?: string };
  message?: string;
}

/** Reads an error of discord.js (REST or login) as a start-up problem. */
export function discordStartError(error: unknown): ChatStartError {
  const e = (error ?? {}) as DiscordError;
  if (e.status === 401 || e.code === 'TokenInvalid' || e.code === 'TokenMissing')
    return new ChatStartError(
      'discord',
      'setting',
      `DISCORD_TOKEN was refused by Discord (401 Unauthorized): ${WHAT_TO_DO}`,
    );
  const why =
    e.cause?.code ??
    (typeof e.code === 'string' ? e.code : undefined) ??
    (e.status ? `HTTP ${e.status}` : (e.message ?? String(error)));
  return new ChatStartError('discord', 'unreachable', `cannot reach Discord (${why})`);
}

/** The token, asked of Discord's REST API once; the caller retries with backoff. */
export async function checkDiscordToken(rest: REST): Promise<void> {
  try {
    await rest.get(Routes.user('@me'));
  } catch (error) {
    throw discordStartError(error);
  }
}
