import {
  Client,
  GatewayIntentBits,
  type MessageMentionOptions,
  Partials,
  type RESTOptions,
} from 'discord.js';

/** Sent with every message and reply (and the client's default): nothing a reply says can ping. */
export const NO_MENTIONS = { parse: [] } as const satisfies MessageMentionOptions;

/** `DISCORD_API_URL` is the REST base without `/v10`; the gateway URL then comes from its /gateway/bot. */
export function discordRestOptions(apiUrl: string | undefined): Partial<RESTOptions> {
  return apiUrl ? { api: apiUrl } : {};
}

/**
 * Mentions and DMs only: neither needs the privileged MESSAGE_CONTENT intent, since Discord
 * delivers the content of messages that mention the bot and of DMs anyway. DM channels arrive
 * uncached, hence the Channel partial.
 */
export function createDiscordClient(apiUrl: string | undefined, shard?: DiscordShard): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: discordRestOptions(apiUrl),
    allowedMentions: NO_MENTIONS,
    ...(shard ? { shards: shard.id, shardCount: shard.count } : {}),
  });
}

/**
 * One replica's share of the bot's gateway (DISCORD_SHARD): Discord sends each server's events
 * to shard (server id >> 22) % count, and DMs to shard 0, so each interaction reaches one replica.
 */
export interface DiscordShard {
  id: number;
  count: number;
}
