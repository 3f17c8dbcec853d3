import type { Inbound } from '../../src/core/inbound.ts';

// Slack payloads as the core's Inbound. The text is what the person typed: our own bot mention
// removed, Slack's entities (&amp; &lt; &gt;) decoded.

/** What the workspace tells us about a person (see slack-rights.ts). */
export interface SlackPerson {
  isAdmin: boolean;
  name?: string;
  zone?: string;
  /** The user's Slack language (users.info with include_locale), e.g. zh-CN, fr-FR, es-LA. */
  locale?: string;
}

export interface SlashCommandPayload {
  text: string;
  user_id: string;
  user_name?: string;
  channel_id: string;
  channel_name?: string;
  team_id?: string;
  /** Set when the workspace belongs to an Enterprise Grid organisation. */
  enterprise_id?: string;
}

export interface MessageEventPayload {
  text?: string;
  user?: string;
  channel: string;
  channel_type?: string;
}

export function unescapeSlack(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

export function withoutBotMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

function personFields(id: string, person: SlackPerson, fallbackName?: string) {
  const name = person.name ?? fallbackName;
  return { user: { id, isAdmin: person.isAdmin, ...(name ? { name } : {}) } };
}

function isDirectChannel(channelId: string, channelName?: string, channelType?: string): boolean {
  return channelType === 'im' || channelName === 'directmessage' || channelId.startsWith('D');
}

export function commandInbound(
  command: SlashCommandPayload,
  person: SlackPerson,
  receivedAt: string,
): Inbound {
  return {
    platform: 'slack',
    kind: 'command',
    text: unescapeSlack(command.text ?? ''),
    ...personFields(command.user_id, person, command.user_name),
    channel: {
      ref: command.channel_id,
      isDirect: isDirectChannel(command.channel_id, command.channel_name),
      ...(command.team_id ? { workspace: command.team_id } : {}),
      ...(command.enterprise_id ? { organisation: command.enterprise_id } : {}),
    },
    receivedAt,
    ...(person.zone ? { zone: person.zone } : {}),
    ...(person.locale ? { language: { tag: person.locale, source: 'user' as const } } : {}),
  };
}

/** A mention or a direct message: free text, for the questions engine (or a command typed as text). */
export function messageInbound(
  event: MessageEventPayload,
  context: { teamId?: string; enterpriseId?: string; botUserId?: string },
  person: SlackPerson,
  receivedAt: string,
): Inbound {
  return {
    platform: 'slack',
    kind: 'message',
    text: unescapeSlack(withoutBotMention(event.text ?? '', context.botUserId)),
    ...personFields(event.user ?? 'unknown', person),
    channel: {
      ref: event.channel,
      isDirect: isDirectChannel(event.channel, undefined, event.channel_type),
      ...(context.teamId ? { workspace: context.teamId } : {}),
      ...(context.enterpriseId ? { organisation: context.enterpriseId } : {}),
    },
    receivedAt,
    ...(person.zone ? { zone: person.zone } : {}),
    ...(person.locale ? { language: { tag: person.locale, source: 'user' as const } } : {}),
  };
}
