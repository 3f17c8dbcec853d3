// What the stand-in Discord sends: one server, one channel, a bot, a member and an admin, and
// the gateway payloads discord.js expects for them (trimmed to the fields it reads).

export const APP_ID = '1100000000000000001';
export const BOT_ID = APP_ID;
export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1300000000000000001';
export const DM_CHANNEL_ID = '1300000000000000099';
export const MEMBER_ID = '1400000000000000001';
export const TOKEN = 'stand-in-token.not-a-secret';
/** Manage Server (ManageGuild) = 1 << 5. */
export const MANAGE_GUILD = '32';

let nextId = 1500000000000000000n;
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

export function user(id: string, name: string, bot = false) {
  return { id, username: name, discriminator: '0', global_name: name, avatar: null, bot };
}

export const botUser = user(BOT_ID, 'upr-bot', true);
export const member = user(MEMBER_ID, 'ada');

export function readyPayload(gatewayUrl: string, sessionId: string) {
  return {
    v: 10,
    user: { ...botUser, verified: true, flags: 0, mfa_enabled: false },
    guilds: [{ id: GUILD_ID, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: gatewayUrl,
    application: { id: APP_ID, flags: 0 },
    shard: [0, 1],
  };
}

export function guildPayload() {
  const joined = '2024-01-01T00:00:00.000Z';
  return {
    id: GUILD_ID,
    name: 'UPR watchers',
    icon: null,
    owner_id: MEMBER_ID,
    unavailable: false,
    joined_at: joined,
    large: false,
    member_count: 2,
    features: [],
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: '3072',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      { id: CHANNEL_ID, type: 0, name: 'upr', guild_id: GUILD_ID, position: 0, permission_overwrites: [] },
    ],
    members: [{ user: botUser, roles: [], joined_at: joined, deaf: false, mute: false, flags: 0 }],
    emojis: [],
    stickers: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export type OptionValues = Record<string, string>;

interface InteractionOptions {
  command?: string;
  /** A subcommand group (`/upr-admin events sync`). */
  group?: string;
  /** What the bot may do in the channel (a bitfield string); default: everything below 1 << 31. */
  appPermissions?: string;
  subcommand: string;
  options?: OptionValues;
  /** The member's permissions in the channel, as Discord sends them (a bitfield string). */
  permissions?: string;
  /** In a DM with the bot instead of the server's channel. */
  direct?: boolean;
  /** Another channel of the server than CHANNEL_ID. */
  channel?: string;
  /** The user's client language, as Discord sends it with every interaction (default en-GB). */
  locale?: string;
  /** The server's preferred locale (default en-US, what Discord gives a server that chose none). */
  guildLocale?: string;
  /** The option being typed, for an autocomplete request. */
  focused?: string;
}

function interactionBase(options: InteractionOptions, type: number) {
  const id = snowflake();
  const token = `interaction-token-${id}`;
  const channelId = options.channel ?? CHANNEL_ID;
  const where = options.direct
    ? { channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1 }, user: member, context: 1 }
    : {
        guild_id: GUILD_ID,
        channel_id: channelId,
        channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: 'upr' },
        guild: { id: GUILD_ID, locale: options.guildLocale ?? 'en-US', features: [] },
        member: {
          user: member,
          roles: [],
          permissions: options.permissions ?? '3072',
          joined_at: '2024-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
        context: 0,
      };
  return {
    id,
    token,
    type,
    application_id: APP_ID,
    version: 1,
    locale: options.locale ?? 'en-GB',
    guild_locale: options.guildLocale ?? 'en-US',
    app_permissions: options.appPermissions ?? '2147483647',
    entitlements: [],
    authorizing_integration_owners: {},
    ...where,
  };
}

export function commandInteraction(options: InteractionOptions) {
  const values = Object.entries(options.options ?? {}).map(([name, value]) => ({
    type: 3,
    name,
    value,
    ...(options.focused === name ? { focused: true } : {}),
  }));
  return {
    ...interactionBase(options, options.focused ? 4 : 2),
    data: {
      id: snowflake(),
      name: options.command ?? 'upr',
      type: 1,
      options: options.group
        ? [
            {
              type: 2,
              name: options.group,
              options: [{ type: 1, name: options.subcommand, options: values }],
            },
          ]
        : [{ type: 1, name: options.subcommand, options: values }],
    },
  };
}

export function messagePayload(content: string, options: { direct?: boolean; mentionsBot?: boolean } = {}) {
  return {
    id: snowflake(),
    channel_id: options.direct ? DM_CHANNEL_ID : CHANNEL_ID,
    // Discord sends the channel's type with each message, which is how an uncached DM is known.
    channel_type: options.direct ? 1 : 0,
    ...(options.direct
      ? {}
      : {
          guild_id: GUILD_ID,
          member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        }),
    author: member,
    content,
    timestamp: '2024-01-20T10:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentionsBot ? [botUser] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** The message object Discord answers a send or an edit with. */
export function sentMessage(channelId: string, body: Record<string, unknown>) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    pinned: false,
    type: 0,
    flags: body.flags ?? 0,
  };
}
