import type { APIEmbed, APIEmbedField } from 'discord.js';
import { message as catalogueText } from '../../src/core/i18n/catalogue.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';
import type { Block, Reply } from '../../src/core/reply.ts';
import { renderLineDiscord } from './discord-text.ts';

// A reply as Discord messages of embeds, inside Discord's limits: a long reply becomes several
// embeds, and several messages, rather than a refused request or a silently cut list.

export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  charsPerMessage: 6000,
  fields: 25,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
} as const;

/** What one send carries; `allowed_mentions` is added by whoever sends it. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

const ACCENT = 0x009edb; // UN blue

type Piece =
  | { kind: 'title'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: APIEmbedField };

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Lines joined into chunks of at most `max` characters; a single overlong line is clipped. */
function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = clip(raw, max);
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function fields(name: string, lines: string[], locale: Locale): Piece[] {
  return chunkLines(lines, DISCORD_LIMITS.fieldValue).map((value, i) => ({
    kind: 'field',
    field: {
      name: clip(
        i === 0 ? name : catalogueText(locale, 'surface.continued', { heading: name }),
        DISCORD_LIMITS.fieldName,
      ),
      value,
    },
  }));
}

function piecesOf(block: Block, zone: string, locale: Locale): Piece[] {
  switch (block.kind) {
    case 'header':
      return [{ kind: 'title', text: clip(block.text, DISCORD_LIMITS.title) }];
    case 'divider':
      return [];
    case 'sources':
      return fields(
        block.label ?? (block.sources.length > 1 ? 'Sources' : 'Source'),
        block.sources.map((s) => renderLineDiscord([{ link: s.url, text: s.title }], zone)),
        locale,
      );
    case 'section': {
      const lines = block.lines.map((l) => renderLineDiscord(l, zone));
      if (block.heading) return fields(block.heading, lines, locale);
      return chunkLines(lines, DISCORD_LIMITS.description).map((text) => ({ kind: 'text', text }));
    }
    case 'context':
      return chunkLines(
        block.lines.map((l) => renderLineDiscord(l, zone)),
        DISCORD_LIMITS.description,
      ).map((text) => ({ kind: 'text', text }));
  }
}

function embedChars(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function pieceChars(piece: Piece): number {
  return piece.kind === 'field' ? piece.field.name.length + piece.field.value.length : piece.text.length;
}

/** A reply with nothing but short plain text goes as the message's content; anything else as embeds. */
function asContent(reply: Reply): string | undefined {
  if (!reply.blocks.every((b) => (b.kind === 'section' && !b.heading) || b.kind === 'context'))
    return undefined;
  const text = reply.blocks
    .flatMap((b) => (b.kind === 'section' || b.kind === 'context' ? b.lines : []))
    .map((l) => renderLineDiscord(l, reply.zone))
    .join('\n');
  return text && text.length <= DISCORD_LIMITS.content ? text : undefined;
}

export function discordMessagesFor(reply: Reply): DiscordMessage[] {
  const content = asContent(reply);
  if (content !== undefined) return [{ content, embeds: [] }];
  const messages: DiscordMessage[] = [];
  let message: DiscordMessage | undefined;
  let embed: APIEmbed | undefined;
  const used = () => (message ? message.embeds.reduce((n, e) => n + embedChars(e), 0) : 0);
  const startEmbed = (size: number): APIEmbed => {
    if (
      !message ||
      message.embeds.length >= DISCORD_LIMITS.embedsPerMessage ||
      used() + size > DISCORD_LIMITS.charsPerMessage
    ) {
      message = { embeds: [] };
      messages.push(message);
    }
    embed = { color: ACCENT };
    message.embeds.push(embed);
    return embed;
  };
  const locale = reply.locale ?? 'en';
  for (const piece of reply.blocks.flatMap((b) => piecesOf(b, reply.zone, locale))) {
    const size = pieceChars(piece);
    const fitsMessage = used() + size + 2 <= DISCORD_LIMITS.charsPerMessage;
    if (piece.kind === 'title') {
      const target = embed && embedChars(embed) === 0 && fitsMessage ? embed : startEmbed(size);
      target.title = piece.text;
    } else if (piece.kind === 'text') {
      // Text goes above the fields in an embed, so text after fields starts a new embed.
      const fits =
        embed &&
        !embed.fields?.length &&
        fitsMessage &&
        (embed.description?.length ?? 0) + 2 + size <= DISCORD_LIMITS.description;
      const target = fits && embed ? embed : startEmbed(size);
      target.description = target.description ? `${target.description}\n\n${piece.text}` : piece.text;
    } else {
      const fits = embed && (embed.fields?.length ?? 0) < DISCORD_LIMITS.fields && fitsMessage;
      const target = fits && embed ? embed : startEmbed(size);
      target.fields = [...(target.fields ?? []), piece.field];
    }
  }
  return messages.length ? messages : [{ content: catalogueText(locale, 'surface.noAnswer'), embeds: [] }];
}
